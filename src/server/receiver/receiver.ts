/**
 * Reference receiver for request contract v1 (docs/architecture.md, Request contract v1): plain node:http, so a Kommune's
 * IT can read all of it in one sitting and run it without a framework.
 *
 *   POST  /api/anfragen            public: the form sends here
 *   OPTIONS /api/anfragen          CORS preflight for allowed origins
 *   GET   /api/anfragen            coordinators (Bearer token): JSON, ?kommune=&status=&from=&to=
 *   GET   /api/anfragen.csv        coordinators: the same as CSV
 *   PATCH /api/anfragen/:id        coordinators: { "status": … }
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { REQUEST_ERROR_MESSAGES, type RequestFieldError, validateRequest } from '../../core/request/validate.js';
import { REQUEST_STATUSES, type RequestStatus } from '../../core/schema/request.js';
import { createBearerCheck } from './admin-auth.js';
import { anfragenToCsv } from './csv-export.js';
import { TokenBucketLimiter } from './rate-limit.js';
import { readBodyCapped } from './request-body.js';
import { AnfrageStore, type ListFilter } from './store.js';

export const RECEIVER_BASE_PATH = '/api/anfragen';

/** Whether a request URL belongs to the receiver (/api/anfragen, …/anfragen.csv, …/anfragen/:id). */
export function isReceiverPath(url: string | undefined): boolean {
  const path = (url ?? '/').split('?')[0] ?? '/';
  return path === RECEIVER_BASE_PATH || path.startsWith(`${RECEIVER_BASE_PATH}/`) || path.startsWith(`${RECEIVER_BASE_PATH}.`);
}
export const MAX_BODY_BYTES = 32 * 1024;
const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export interface ReceiverOptions {
  /** SQLite file; its folder is created. */
  dbPath: string;
  /** Enables the coordinator routes; without it they answer 404. */
  adminToken?: string;
  /** Exact origins (scheme://host[:port]) allowed to POST from a browser on another origin. */
  allowedOrigins?: string[];
  /** Requests older than this are deleted at start and every hour. Default 90. */
  retentionDays?: number;
  /** POSTs per minute per client address (burst of the same size). Default 30. */
  rateLimit?: { perMinute: number; burst?: number };
  /** Behind a reverse proxy: take the client address from the last X-Forwarded-For hop. */
  trustProxy?: boolean;
  /** One line per request, never personal data. Default: stdout. */
  log?: (line: string) => void;
  /** Clock, injectable so retention can be tested without waiting 90 days. */
  now?: () => Date;
}

export interface Receiver {
  /** Handles any request under /api/anfragen (answers 404 for paths it does not know). */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Runs the retention delete now; returns the number of rows deleted. */
  purgeExpired(): number;
  /** Stops the hourly purge and closes the database. */
  close(): void;
}

type Json = Record<string, unknown>;

export function createReceiver(options: ReceiverOptions): Receiver {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const retentionDays = options.retentionDays ?? 90;
  const store = new AnfrageStore(options.dbPath);
  const limiter = new TokenBucketLimiter(options.rateLimit?.perMinute ?? 30, { burst: options.rateLimit?.burst });
  const isAdmin = options.adminToken ? createBearerCheck(options.adminToken) : undefined;
  const allowedOrigins = new Set((options.allowedOrigins ?? []).map(normaliseOrigin));

  const purgeExpired = () => store.deleteReceivedBefore(new Date(now().getTime() - retentionDays * DAY_MS));
  purgeExpired();
  // unref: the timer must not keep a test run or a stopping server alive.
  const purgeTimer = setInterval(() => {
    try {
      purgeExpired();
    } catch {
      log('retention purge failed');
    }
  }, HOUR_MS);
  purgeTimer.unref();

  async function route(req: IncomingMessage, res: ServerResponse, ctx: LogContext): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://receiver.invalid');
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const method = req.method ?? 'GET';
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');

    if (path === RECEIVER_BASE_PATH) {
      if (method === 'OPTIONS') return preflight(req, res);
      if (method === 'POST') return postAnfrage(req, res, ctx);
      if (method === 'GET' || method === 'HEAD') return admin(req, res, () => listJson(res, url));
      return methodNotAllowed(res, 'POST, GET, OPTIONS');
    }
    if (path === `${RECEIVER_BASE_PATH}.csv`) {
      if (method === 'GET' || method === 'HEAD') return admin(req, res, () => listCsv(res, url));
      return methodNotAllowed(res, 'GET');
    }
    const idMatch = path.startsWith(`${RECEIVER_BASE_PATH}/`) ? path.slice(RECEIVER_BASE_PATH.length + 1) : undefined;
    if (idMatch !== undefined && /^[0-9a-f-]{36}$/i.test(idMatch)) {
      ctx.id = idMatch.toLowerCase();
      if (method === 'PATCH') return admin(req, res, () => patchStatus(req, res, idMatch.toLowerCase()));
      return methodNotAllowed(res, 'PATCH');
    }
    sendJson(res, 404, { error: 'not-found' });
  }

  // ---- public: POST -------------------------------------------------------------------

  async function postAnfrage(req: IncomingMessage, res: ServerResponse, ctx: LogContext): Promise<void> {
    const origin = req.headers.origin;
    if (origin !== undefined) {
      if (allowedOrigins.has(normaliseOrigin(origin))) setCorsHeaders(res, origin);
      // A browser on an origin we do not know is refused before anything is stored: the
      // response would be unreadable to it anyway, and the webmaster did not approve that page.
      else if (!isSameOrigin(origin, req.headers.host)) return sendJson(res, 403, { error: 'origin-not-allowed' });
    }

    if (rateLimited(req, res)) return;

    const parsed = await readJson(req, res);
    if (parsed === NO_BODY) return;

    const validation = validateRequest(parsed);
    if (!validation.ok) return sendInvalid(res, validation.errors);
    const request = validation.value;
    ctx.id = request.id;

    const key = req.headers['idempotency-key'];
    if (typeof key !== 'string' || key.trim().toLowerCase() !== request.id.toLowerCase()) {
      return sendInvalid(res, [
        { path: 'id', code: 'idempotency-key-mismatch', message: REQUEST_ERROR_MESSAGES['idempotency-key-mismatch']! },
      ]);
    }

    const result = store.insert(request, now());
    // The replay body is the 201 body, byte for byte; it does not reveal later status
    // changes to whoever holds the id.
    if (result.kind === 'created') return sendJson(res, 201, { id: request.id, status: 'received' });
    if (result.kind === 'replay') return sendJson(res, 200, { id: request.id, status: 'received' });
    return sendJson(res, 409, { error: 'conflict', id: request.id });
  }

  function preflight(req: IncomingMessage, res: ServerResponse): void {
    const origin = req.headers.origin;
    if (origin === undefined || !allowedOrigins.has(normaliseOrigin(origin))) {
      res.setHeader('Vary', 'Origin');
      sendJson(res, 403, { error: 'origin-not-allowed' });
      return;
    }
    setCorsHeaders(res, origin);
    res.setHeader('Access-Control-Allow-Methods', 'POST');
    res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Idempotency-Key');
    res.setHeader('Access-Control-Max-Age', '600');
    res.writeHead(204).end();
  }

  // ---- coordinators -------------------------------------------------------------------

  async function admin(req: IncomingMessage, res: ServerResponse, next: () => void | Promise<void>): Promise<void> {
    // Off unless configured: a receiver without a token must not even hint that a list exists.
    if (!isAdmin) return sendJson(res, 404, { error: 'not-found' });
    if (!isAdmin(req.headers.authorization)) {
      // Wrong tokens spend from the same per-address budget as POSTs, so guessing is as slow
      // as flooding; a coordinator with the right token never touches the budget.
      if (rateLimited(req, res)) return;
      res.setHeader('WWW-Authenticate', 'Bearer realm="wir-anfragen"');
      return sendJson(res, 401, { error: 'unauthorized' });
    }
    return next();
  }

  function listJson(res: ServerResponse, url: URL): void {
    const filter = parseFilter(url);
    if ('errors' in filter) {
      sendInvalid(res, filter.errors);
      return;
    }
    sendJson(res, 200, { items: store.list(filter) });
  }

  function listCsv(res: ServerResponse, url: URL): void {
    const filter = parseFilter(url);
    if ('errors' in filter) {
      sendInvalid(res, filter.errors);
      return;
    }
    const csv = anfragenToCsv(store.list(filter));
    const day = now().toISOString().slice(0, 10);
    res.writeHead(200, {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': `attachment; filename="anfragen-${day}.csv"`,
    });
    res.end(csv);
  }

  async function patchStatus(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
    const parsed = await readJson(req, res);
    if (parsed === NO_BODY) return;
    const status = (parsed as { status?: unknown } | null)?.status;
    if (!isStatus(status)) return sendInvalid(res, [invalidStatus()]);
    const updated = store.setStatus(id, status, now());
    if (!updated) return sendJson(res, 404, { error: 'not-found' });
    sendJson(res, 200, { id: updated.id, status: updated.status, updatedAt: updated.updatedAt });
  }

  // ---- plumbing -----------------------------------------------------------------------

  /** Spends one token of the client's budget; answers 429 and returns true when it is empty. */
  function rateLimited(req: IncomingMessage, res: ServerResponse): boolean {
    const decision = limiter.take(clientAddress(req), now().getTime());
    if (decision.allowed) return false;
    res.setHeader('Retry-After', String(decision.retryAfterSeconds));
    sendJson(res, 429, { error: 'rate-limited', retryAfterSeconds: decision.retryAfterSeconds });
    return true;
  }

  function clientAddress(req: IncomingMessage): string {
    if (options.trustProxy) {
      const forwarded = req.headers['x-forwarded-for'];
      const hops = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? '')).split(',');
      // The last hop is the one our own proxy appended; earlier ones are client-supplied.
      const last = hops[hops.length - 1]?.trim();
      if (last) return last;
    }
    return req.socket.remoteAddress ?? 'unknown';
  }

  function setCorsHeaders(res: ServerResponse, origin: string): void {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
    // Retry-After is not a CORS-safelisted response header: without this the widget on
    // another origin could not honour it.
    res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
  }

  return {
    handle(req, res) {
      const started = process.hrtime.bigint();
      const ctx: LogContext = {};
      res.on('finish', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        // Method, path without query, status, duration, request id: nothing a person typed.
        const path = (req.url ?? '/').split('?')[0];
        log(`${req.method} ${path} ${res.statusCode} ${ms.toFixed(1)}ms${ctx.id ? ` id=${ctx.id}` : ''}`);
      });
      route(req, res, ctx).catch(() => {
        if (!res.headersSent) sendJson(res, 500, { error: 'server' });
        else res.destroy();
      });
    },
    purgeExpired,
    close() {
      clearInterval(purgeTimer);
      store.close();
    },
  };
}

interface LogContext {
  id?: string;
}

/** Returned by readJson when it has already answered (415, 413, 400) or the client left. */
const NO_BODY = Symbol('no body');

/**
 * Reads a capped JSON body. Requiring application/json also forces a CORS preflight, so a
 * plain cross-site HTML form (which can only send "simple" content types) cannot post here.
 */
async function readJson(req: IncomingMessage, res: ServerResponse): Promise<unknown> {
  if (!isJsonContentType(req.headers['content-type'])) {
    sendJson(res, 415, { error: 'unsupported-media-type', expected: 'application/json' });
    return NO_BODY;
  }
  const body = await readBodyCapped(req, MAX_BODY_BYTES);
  if (!body.ok) {
    if (body.reason !== 'aborted') sendTooLarge(req, res);
    return NO_BODY;
  }
  try {
    return JSON.parse(body.body.toString('utf8'));
  } catch {
    sendInvalid(res, [{ path: '', code: 'invalid-json', message: REQUEST_ERROR_MESSAGES['invalid-json']! }]);
    return NO_BODY;
  }
}

function invalidStatus(): RequestFieldError {
  return { path: 'status', code: 'invalid-value', message: `Expected one of: ${REQUEST_STATUSES.join(', ')}.` };
}

function isStatus(value: unknown): value is RequestStatus {
  return typeof value === 'string' && (REQUEST_STATUSES as readonly string[]).includes(value);
}

function parseFilter(url: URL): ListFilter | { errors: RequestFieldError[] } {
  const filter: ListFilter = {};
  const errors: RequestFieldError[] = [];
  const kommune = url.searchParams.get('kommune');
  if (kommune) {
    if (/^\d{5}(\d{3})?$/.test(kommune)) filter.kommune = kommune;
    else errors.push({ path: 'kommune', code: 'invalid-kommune', message: REQUEST_ERROR_MESSAGES['invalid-kommune']! });
  }
  const status = url.searchParams.get('status');
  if (status) {
    if (isStatus(status)) filter.status = status;
    else errors.push(invalidStatus());
  }
  for (const key of ['from', 'to'] as const) {
    const value = url.searchParams.get(key);
    if (!value) continue;
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) filter[key] = value;
    else errors.push({ path: key, code: 'invalid-date', message: REQUEST_ERROR_MESSAGES['invalid-date']! });
  }
  return errors.length ? { errors } : filter;
}

function sendJson(res: ServerResponse, status: number, body: Json): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function sendInvalid(res: ServerResponse, errors: RequestFieldError[]): void {
  sendJson(res, 400, { error: 'invalid', errors });
}

function sendTooLarge(req: IncomingMessage, res: ServerResponse): void {
  // The unread rest of the body stays in the socket: close the connection instead of
  // reading it, after a short grace so the client can read the 413 before the reset.
  res.setHeader('Connection', 'close');
  res.on('finish', () => setTimeout(() => req.destroy(), 1000).unref());
  sendJson(res, 413, { error: 'too-large', maxBytes: MAX_BODY_BYTES });
}

function methodNotAllowed(res: ServerResponse, allow: string): void {
  res.setHeader('Allow', allow);
  sendJson(res, 405, { error: 'method-not-allowed' });
}

function isJsonContentType(value: string | undefined): boolean {
  return /^application\/json\s*(;|$)/i.test(value ?? '');
}

function normaliseOrigin(origin: string): string {
  return origin.trim().replace(/\/+$/, '').toLowerCase();
}

function isSameOrigin(origin: string, host: string | undefined): boolean {
  if (!host) return false;
  try {
    return new URL(origin).host.toLowerCase() === host.toLowerCase();
  } catch {
    return false;
  }
}
