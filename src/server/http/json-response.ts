/** JSON answers of the receiver's API, with the headers every answer carries. */
import type { ServerResponse } from 'node:http';
import type { RequestFieldError } from '../../core/request/validate.js';

/** Set on every API answer, error or not: nothing here is cacheable or sniffable. */
export function setApiHeaders(res: ServerResponse): void {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
}

export function sendJson(res: ServerResponse, status: number, body: object): void {
  const text = JSON.stringify(body);
  setApiHeaders(res);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

export function sendInvalid(res: ServerResponse, errors: RequestFieldError[]): void {
  sendJson(res, 400, { error: 'invalid', errors });
}

export function sendNotFound(res: ServerResponse): void {
  sendJson(res, 404, { error: 'not-found' });
}

export function sendMethodNotAllowed(res: ServerResponse, allow: string): void {
  res.setHeader('Allow', allow);
  sendJson(res, 405, { error: 'method-not-allowed' });
}

/** The database is locked by someone else for now; the form retries 5xx after Retry-After. */
export function sendBusy(res: ServerResponse, retryAfterSeconds: number): void {
  res.setHeader('Retry-After', String(retryAfterSeconds));
  sendJson(res, 503, { error: 'busy', retryAfterSeconds });
}
