/**
 * Reads a JSON request body: application/json only, capped, decoded as strict UTF-8.
 *
 * Requiring application/json also forces a CORS preflight, so a plain cross-site HTML form
 * (which can only send "simple" content types) cannot post here. Invalid UTF-8 is refused
 * instead of being turned into U+FFFD: a stored name must be what the sender's device sent.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { REQUEST_ERROR_MESSAGES } from '../../core/request/validate.js';
import { sendInvalid, sendJson } from './json-response.js';
import { readBodyCapped } from './request-body.js';

/** Returned when the answer (415, 413, 400) has been sent already, or the client left. */
export const NO_BODY = Symbol('no body');

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export async function readJsonBody(req: IncomingMessage, res: ServerResponse, maxBytes: number): Promise<unknown> {
  if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')) {
    sendJson(res, 415, { error: 'unsupported-media-type', expected: 'application/json' });
    return NO_BODY;
  }
  const body = await readBodyCapped(req, maxBytes);
  if (!body.ok) {
    if (body.reason !== 'aborted') sendTooLarge(req, res, maxBytes);
    return NO_BODY;
  }
  let text: string;
  try {
    text = strictUtf8.decode(body.body);
  } catch {
    sendInvalid(res, [{ path: '', code: 'invalid-encoding', message: REQUEST_ERROR_MESSAGES['invalid-encoding']! }]);
    return NO_BODY;
  }
  try {
    return JSON.parse(text);
  } catch {
    sendInvalid(res, [{ path: '', code: 'invalid-json', message: REQUEST_ERROR_MESSAGES['invalid-json']! }]);
    return NO_BODY;
  }
}

/** 413 for a body over the cap; the connection closes after the answer. */
export function sendTooLarge(req: IncomingMessage, res: ServerResponse, maxBytes: number): void {
  // The unread rest of the body stays in the socket: close the connection instead of
  // reading it, after a short grace so the client can read the 413 before the reset.
  res.setHeader('Connection', 'close');
  res.on('finish', () => setTimeout(() => req.destroy(), 1000).unref());
  sendJson(res, 413, { error: 'too-large', maxBytes });
}
