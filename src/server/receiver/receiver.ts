/**
 * Reference receiver for request contract v1 (docs/receiver.md): plain node:http, so a
 * Kommune's IT can read all of it in one sitting and run it without a framework.
 *
 *   POST  /api/anfragen            public: the form sends here
 *   OPTIONS /api/anfragen          CORS preflight for allowed origins
 *   GET   /api/anfragen            coordinators (Bearer token): JSON, ?kommune=&status=&from=&to=
 *   GET   /api/anfragen.csv        coordinators: the same as CSV
 *   PATCH /api/anfragen/:id        coordinators: { "status": … }
 *   GET   /healthz                 200 when the database answers, else 503
 *
 * The workspace (src/server/koordination/) is the coordinators' browser door to the same
 * requests; both go through one AnfrageWorkflow, so a change made by a script is audited and
 * mailed exactly like one made in the workspace.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { receiverRuleErrors } from '../../core/request/lead-time.js';
import { REQUEST_ERROR_MESSAGES, type RequestFieldError, validateRequest } from '../../core/request/validate.js';
import { REQUEST_STATUSES, type RequestStatus } from '../../core/schema/request.js';
import { createBearerCheck } from '../http/bearer-auth.js';
import { clientAddress } from '../http/client-address.js';
import { isSameOrigin, normaliseOrigin, setCorsHeaders } from '../http/cors.js';
import { NO_BODY, readJsonBody } from '../http/json-body.js';
import { sendBusy, sendInvalid, sendJson, sendMethodNotAllowed, sendNotFound, setApiHeaders } from '../http/json-response.js';
import { linkBase } from '../http/public-url.js';
import { TokenBucketLimiter } from '../http/rate-limit.js';
import { formatEventLog, formatRequestLog, type LogFormat } from '../http/request-log.js';
import { AnfrageWorkflow } from '../koordination/anfrage-workflow.js';
import { type ListFilter, openStore, type Store, StoreBusyError } from '../store/index.js';
import { anfragenToCsv } from './csv-export.js';

export const RECEIVER_BASE_PATH = '/api/anfragen';
export const HEALTH_PATH = '/healthz';

/** Whether a request URL belongs to the receiver (/api/anfragen, …/anfragen.csv, …/anfragen/:id, /healthz). */
export function isReceiverPath(url: string | undefined): boolean {
  const path = (url ?? '/').split('?')[0] ?? '/';
  return (
    path === HEALTH_PATH ||
    path === RECEIVER_BASE_PATH ||
    path.startsWith(`${RECEIVER_BASE_PATH}/`) ||
    path.startsWith(`${RECEIVER_BASE_PATH}.`)
  );
}
export const MAX_BODY_BYTES = 32 * 1024;
const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export interface ReceiverOptions {
  /** SQLite file; its folder is created. Used unless `databaseUrl` or `store` is set. */
  dbPath: string;
  /** An opened store to use (the server composition shares one); the receiver then does not close it. */
  store?: Store;
  /** Where stored requests go next (audit, mails); default: a workflow that sends no mail. */
  workflow?: AnfrageWorkflow;
  /** `https://anfragen.example.de`: the base of status links (WIR_PUBLIC_URL); default the request's Host. */
  publicUrl?: string;
  /** `postgres://…`: store in PostgreSQL instead of SQLite. */
  databaseUrl?: string;
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
  /** `json`: log lines as JSON objects (WIR_LOG_FORMAT). Default text. */
  logFormat?: LogFormat;
  /** Clock, injectable so retention can be tested without waiting 90 days. */
  now?: () => Date;
}

export interface Receiver {
  /** Handles any request under /api/anfragen and /healthz (404 for paths it does not know). */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Runs the retention delete now; returns the number of rows deleted. */
  purgeExpired(): Promise<number>;
  /** The storage, for tools that run beside the receiver (counting in tests, the CLI). */
  readonly store: Store;
  /** Stops the hourly purge and closes the database (unless it was passed in). */
  close(): Promise<void>;
}

/** Opens the store (running its migrations) and returns the receiver's request handler. */
export async function createReceiver(options: ReceiverOptions): Promise<Receiver> {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const retentionDays = options.retentionDays ?? 90;
  const store = options.store ?? (await openStore({ dbPath: options.dbPath, databaseUrl: options.databaseUrl }));
  const ownsStore = options.store === undefined;
  const workflow = options.workflow ?? new AnfrageWorkflow({ store, now, notify: new Map(), mail: false, mailQueued: () => undefined });
  const limiter = new TokenBucketLimiter(options.rateLimit?.perMinute ?? 30, { burst: options.rateLimit?.burst });
  const isAdmin = options.adminToken ? createBearerCheck(options.adminToken) : undefined;
  const allowedOrigins = new Set((options.allowedOrigins ?? []).map(normaliseOrigin));

  // One instance at a time across a shared database; a second one finds the work done.
  const logFormat = options.logFormat ?? 'text';
  const purgeExpired = async () => {
    const cutoff = new Date(now().getTime() - retentionDays * DAY_MS);
    const deleted = await store.db.exclusive('retention', () => workflow.purgeReceivedBefore(cutoff));
    if (deleted) log(formatEventLog(logFormat, 'retention', { deleted }));
    return deleted ?? 0;
  };
  await purgeExpired();
  // unref: the timer must not keep a test run or a stopping server alive.
  const purgeTimer = setInterval(() => {
    purgeExpired().catch(() => log(formatEventLog(logFormat, 'retention-failed')));
  }, HOUR_MS);
  purgeTimer.unref();

  async function route(req: IncomingMessage, res: ServerResponse, ctx: LogContext): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://receiver.invalid');
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const method = req.method ?? 'GET';
    setApiHeaders(res);

    if (path === HEALTH_PATH) {
      if (method !== 'GET' && method !== 'HEAD') return sendMethodNotAllowed(res, 'GET, HEAD');
      const up = await store.db.ping();
      return sendJson(res, up ? 200 : 503, { status: up ? 'ok' : 'database-unreachable' });
    }
    if (path === RECEIVER_BASE_PATH) {
      if (method === 'OPTIONS') return preflight(req, res);
      if (method === 'POST') return postAnfrage(req, res, ctx);
      if (method === 'GET' || method === 'HEAD') return admin(req, res, () => listJson(res, url));
      return sendMethodNotAllowed(res, 'POST, GET, OPTIONS');
    }
    if (path === `${RECEIVER_BASE_PATH}.csv`) {
      if (method === 'GET' || method === 'HEAD') return admin(req, res, () => listCsv(res, url));
      return sendMethodNotAllowed(res, 'GET');
    }
    const idMatch = path.startsWith(`${RECEIVER_BASE_PATH}/`) ? path.slice(RECEIVER_BASE_PATH.length + 1) : undefined;
    if (idMatch !== undefined && /^[0-9a-f-]{36}$/i.test(idMatch)) {
      // Ids are stored lower-case (the schema normalises them); the path may carry either case.
      const id = idMatch.toLowerCase();
      ctx.id = id;
      if (method === 'PATCH') return admin(req, res, () => patchStatus(req, res, id));
      return sendMethodNotAllowed(res, 'PATCH');
    }
    sendNotFound(res);
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

    const parsed = await readJsonBody(req, res, MAX_BODY_BYTES);
    if (parsed === NO_BODY) return;

    const validation = validateRequest(parsed);
    if (!validation.ok) return sendInvalid(res, validation.errors);
    const request = validation.value;
    ctx.id = request.id;

    const key = req.headers['idempotency-key'];
    if (typeof key !== 'string' || key.trim().toLowerCase() !== request.id) {
      return sendInvalid(res, [
        { path: 'id', code: 'idempotency-key-mismatch', message: REQUEST_ERROR_MESSAGES['idempotency-key-mismatch']! },
      ]);
    }
    const ruleErrors = receiverRuleErrors(request, now());
    if (ruleErrors.length) return sendInvalid(res, ruleErrors);

    const base = linkBase(req, options.publicUrl, options.trustProxy === true);
    const { result, statusPath } = await workflow.receive(request, base);
    if (result.kind === 'conflict') return sendJson(res, 409, { error: 'conflict', id: request.id });
    // A replay answers like the 201 — `status` stays "received" whatever happened since, so
    // the id alone reveals nothing — but with a fresh status link: see MAX_STATUS_LINKS in
    // anfrage-workflow.ts for why that is safe and why the link is new.
    const body: { id: string; status: 'received'; statusUrl?: string } = { id: request.id, status: 'received' };
    if (statusPath) body.statusUrl = base + statusPath;
    return sendJson(res, result.kind === 'created' ? 201 : 200, body);
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

  async function admin(req: IncomingMessage, res: ServerResponse, next: () => Promise<void>): Promise<void> {
    // Off unless configured: a receiver without a token must not even hint that a list exists.
    if (!isAdmin) return sendNotFound(res);
    if (!isAdmin(req.headers.authorization)) {
      // Wrong tokens spend from the same per-address budget as POSTs, so guessing is as slow
      // as flooding; a coordinator with the right token never touches the budget.
      if (rateLimited(req, res)) return;
      res.setHeader('WWW-Authenticate', 'Bearer realm="wir-anfragen"');
      return sendJson(res, 401, { error: 'unauthorized' });
    }
    return next();
  }

  async function listJson(res: ServerResponse, url: URL): Promise<void> {
    const filter = parseFilter(url);
    if ('errors' in filter) return sendInvalid(res, filter.errors);
    sendJson(res, 200, { items: await store.requests.list(filter) });
  }

  async function listCsv(res: ServerResponse, url: URL): Promise<void> {
    const filter = parseFilter(url);
    if ('errors' in filter) return sendInvalid(res, filter.errors);
    const csv = anfragenToCsv(await store.requests.list(filter));
    const day = now().toISOString().slice(0, 10);
    res.writeHead(200, {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': `attachment; filename="anfragen-${day}.csv"`,
    });
    res.end(csv);
  }

  async function patchStatus(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
    const parsed = await readJsonBody(req, res, MAX_BODY_BYTES);
    if (parsed === NO_BODY) return;
    const status = (parsed as { status?: unknown } | null)?.status;
    if (!isStatus(status)) return sendInvalid(res, [invalidStatus()]);
    const base = linkBase(req, options.publicUrl, options.trustProxy === true);
    const updated = await workflow.changeStatus(id, status, { kind: 'token' }, base);
    if (!updated) return sendNotFound(res);
    sendJson(res, 200, { id: updated.id, status: updated.status, updatedAt: updated.updatedAt });
  }

  // ---- plumbing -----------------------------------------------------------------------

  /** Spends one token of the client's budget; answers 429 and returns true when it is empty. */
  function rateLimited(req: IncomingMessage, res: ServerResponse): boolean {
    const decision = limiter.take(clientAddress(req, options.trustProxy === true), now().getTime());
    if (decision.allowed) return false;
    res.setHeader('Retry-After', String(decision.retryAfterSeconds));
    sendJson(res, 429, { error: 'rate-limited', retryAfterSeconds: decision.retryAfterSeconds });
    return true;
  }

  return {
    handle(req, res) {
      const started = process.hrtime.bigint();
      const ctx: LogContext = {};
      res.on('finish', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        const path = (req.url ?? '/').split('?')[0] ?? '/';
        log(formatRequestLog(logFormat, { method: req.method ?? '', path, status: res.statusCode, ms, ...(ctx.id ? { id: ctx.id } : {}) }));
      });
      route(req, res, ctx).catch((error: unknown) => {
        if (res.headersSent) res.destroy();
        else if (error instanceof StoreBusyError) sendBusy(res, error.retryAfterSeconds);
        else {
          log(formatEventLog(logFormat, 'server-error', errorFields(error)));
          sendJson(res, 500, { error: 'server' });
        }
      });
    },
    purgeExpired,
    store,
    async close() {
      clearInterval(purgeTimer);
      if (ownsStore) await store.close();
    },
  };
}

interface LogContext {
  id?: string;
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

/**
 * What an operator needs to find an unexpected failure — the error's class, its code (a
 * database's SQLSTATE) and the constraint it names — and never its message, which can quote
 * the values a requester typed.
 */
function errorFields(error: unknown): Record<string, string> {
  const fields: Record<string, string> = { error: error instanceof Error ? error.name : typeof error };
  const { code, constraint } = (error ?? {}) as { code?: unknown; constraint?: unknown };
  if (typeof code === 'string') fields.code = code;
  if (typeof constraint === 'string') fields.constraint = constraint;
  return fields;
}
