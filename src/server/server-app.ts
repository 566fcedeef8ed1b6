/**
 * The whole server in one place: one store, one request workflow, one mail outbox, and the
 * parts that answer HTTP — each claims its paths:
 *
 *   /api/anfragen…, /healthz      the receiver (public POST; bearer-token routes for scripts)
 *   /api/koordination/…           the workspace's JSON API (sessions)
 *   /koordination/…               the workspace's pages and built scripts
 *   /api/anfrage-status/:id       the requester's status (token from the link's fragment)
 *   /anfrage/:id                  the requester's status page
 *   /feeds/<kommune>/<kind>.json  the lists offices published from the workspace (public, CORS *)
 *
 * `runReceiver` (receiver-cli.ts) and the demo server both use this, so a part added here
 * (published feeds, …) is served by both without either composing routes by hand.
 * `handle` answers false for paths no part claims; the caller decides (404, or demo pages).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isFeedsPath, PublishedFeeds } from './feeds/published-feeds.js';
import { sendJson } from './http/json-response.js';
import { TokenBucketLimiter } from './http/rate-limit.js';
import { formatMessageLog, formatRequestLog } from './http/request-log.js';
import { AnfrageWorkflow } from './koordination/anfrage-workflow.js';
import { InterpreterLists, OfficeFeeds } from './koordination/interpreter-lists.js';
import { createKoordinationApi, isKoordinationApiPath } from './koordination/koordination-api.js';
import { KoordinationAuth } from './koordination/koordination-auth.js';
import type { ScryptCost } from './koordination/password-hash.js';
import type { MailSettings } from './mail/mail-config.js';
import { logTransport, type MailTransport, smtpTransport } from './mail/mail-transport.js';
import { OutboxWorker, type OutboxWorkerOptions } from './mail/outbox-worker.js';
import { answerStatus, STATUS_API_PATH, STATUS_PAGE_PATH, serveStatusPage } from './pages/status-page.js';
import { isWorkspacePath, serveWorkspace } from './pages/workspace-pages.js';
import { createReceiver, isReceiverPath, type Receiver, type ReceiverOptions } from './receiver/receiver.js';
import { openStore, type Store, StoreBusyError } from './store/index.js';

const PROJECT_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const HOUR_MS = 60 * 60 * 1000;
/** Sent or abandoned mails keep their (address-free) bookkeeping this long. */
const OUTBOX_KEEP_MS = 30 * 24 * HOUR_MS;

export interface ServerAppOptions extends ReceiverOptions {
  /** Folder of the offices' lists, `<kommune>/<kind>.json` (WIR_FEEDS_DIR): published feeds and interpreter lists. */
  feedsDir?: string;
  /** SMTP, sender and office addresses; default: mails go to the log. */
  mail?: MailSettings;
  /** Where mails go instead of SMTP or the plain log (the demo prints status links). */
  mailTransport?: (log: (line: string) => void) => MailTransport;
  /** scrypt cost for new password hashes (default in password-hash.ts). */
  scryptCost?: ScryptCost;
  /** Kommunen whose accounts must use a second factor; `*` for all (WIR_REQUIRE_TOTP). */
  totpPolicy?: string[];
  /** Timing of the outbox worker (tests shorten the retry delays). */
  outbox?: Partial<Pick<OutboxWorkerOptions, 'pollMs' | 'leaseMs' | 'retryBaseMs' | 'retryMaxMs' | 'maxAttempts'>>;
  /** Login and password-link attempts per client address and minute (burst of half that). Default 20. */
  loginAttemptsPerMinute?: number;
  /** Built workspace scripts; default dist/koordination of this package. */
  assetsDir?: string;
}

export interface ServerApp {
  /** Answers the request if a part claims its path; false otherwise (nothing was written). */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  readonly store: Store;
  readonly receiver: Receiver;
  readonly outbox: OutboxWorker;
  readonly auth: KoordinationAuth;
  readonly workflow: AnfrageWorkflow;
  close(): Promise<void>;
}

export async function createServerApp(options: ServerAppOptions): Promise<ServerApp> {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const logFormat = options.logFormat ?? 'text';
  /** Lines of the mail parts, as text or JSON like every other line (WIR_LOG_FORMAT). */
  const mailLog = (line: string) => log(formatMessageLog(logFormat, 'mail', line));
  const store = options.store ?? (await openStore({ dbPath: options.dbPath, databaseUrl: options.databaseUrl }));
  let transport: MailTransport;
  try {
    transport = options.mail?.smtpUrl
      ? await smtpTransport(options.mail.smtpUrl, options.mail.from)
      : (options.mailTransport?.(mailLog) ?? logTransport(mailLog));
  } catch (error) {
    if (!options.store) await store.close();
    throw error;
  }
  const outbox = new OutboxWorker(store, transport, { log: mailLog, now, ...options.outbox });
  const workflow = new AnfrageWorkflow({
    store,
    now,
    notify: options.mail?.notify ?? new Map(),
    mail: true,
    mailQueued: () => outbox.kick(),
  });
  const receiver = await createReceiver({ ...options, store, workflow, log, now });
  const auth = new KoordinationAuth({
    store,
    now,
    ...(options.scryptCost ? { scryptCost: options.scryptCost } : {}),
    totpPolicy: options.totpPolicy ?? [],
  });
  const api = createKoordinationApi({
    store,
    auth,
    workflow,
    lists: new InterpreterLists(options.feedsDir),
    ...(options.feedsDir ? { feedsDir: options.feedsDir } : {}),
    lotsen: new OfficeFeeds(options.feedsDir, 'lotsen'),
    now,
    log,
    // Logins and link checks per client address: a person mistyping has plenty; a guesser does not.
    attemptLimiter: new TokenBucketLimiter(options.loginAttemptsPerMinute ?? 20, {
      burst: Math.ceil((options.loginAttemptsPerMinute ?? 20) / 2),
    }),
    trustProxy: options.trustProxy === true,
    ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
  });
  const publishedFeeds = new PublishedFeeds(options.feedsDir);
  const assetsDir = options.assetsDir ?? resolve(PROJECT_ROOT, 'dist', 'koordination');

  const housekeeping = async () => {
    await store.db.exclusive('koordination-housekeeping', async () => {
      await auth.purge();
      await store.outbox.deleteFinishedBefore(new Date(now().getTime() - OUTBOX_KEEP_MS));
    });
  };
  await housekeeping();
  const housekeepingTimer = setInterval(
    () => housekeeping().catch(() => log(formatMessageLog(logFormat, 'housekeeping-failed', 'housekeeping failed'))),
    HOUR_MS,
  );
  housekeepingTimer.unref();
  outbox.start();

  /** One log line per answered request, as the receiver writes them: method, path, status, time, request id. */
  function logged(req: IncomingMessage, res: ServerResponse, work: (logId: (id: string) => void) => Promise<void> | void): void {
    const started = process.hrtime.bigint();
    let id: string | undefined;
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      log(formatRequestLog(logFormat, { method: req.method ?? '', path, status: res.statusCode, ms, ...(id ? { id } : {}) }));
    });
    Promise.resolve(
      work((value) => {
        id = value;
      }),
    ).catch((error: unknown) => {
      if (res.headersSent) res.destroy();
      else if (error instanceof StoreBusyError) {
        res.setHeader('Retry-After', String(error.retryAfterSeconds));
        sendJson(res, 503, { error: 'busy', retryAfterSeconds: error.retryAfterSeconds });
      } else sendJson(res, 500, { error: 'server' });
    });
  }

  return {
    handle(req, res) {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      if (isReceiverPath(req.url)) receiver.handle(req, res);
      else if (isKoordinationApiPath(path)) logged(req, res, (logId) => api.handle(req, res, logId));
      else if (path.startsWith(STATUS_API_PATH)) logged(req, res, () => answerStatus(req, res, path, store));
      else if (path.startsWith(STATUS_PAGE_PATH)) serveStatusPage(req, res, path);
      else if (isWorkspacePath(path)) serveWorkspace(req, res, path, assetsDir);
      else if (isFeedsPath(path)) logged(req, res, () => publishedFeeds.handle(req, res, path));
      else return false;
      return true;
    },
    store,
    receiver,
    outbox,
    auth,
    workflow,
    async close() {
      clearInterval(housekeepingTimer);
      await outbox.stop();
      await receiver.close();
      if (!options.store) await store.close();
    },
  };
}
