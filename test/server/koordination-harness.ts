/**
 * Starts the whole server (server-app.ts: receiver, workspace API, status page, outbox) on
 * 127.0.0.1:0 with a temp SQLite file, and talks to it like the workspace does: a cookie jar,
 * JSON bodies and the Origin header on every state-changing call.
 *
 * Accounts get their passwords through the real code path (setPassword) with a smaller scrypt
 * cost than production (N = 2^12 instead of 2^16): the hashing is the same function, and the
 * default cost is tested on its own in koordination-auth.test.ts.
 *
 * `startApp({ engine: 'postgres' })` runs the same server on a fresh database of the test
 * run's PostgreSQL cluster (test/support/postgres.ts); a file that uses it calls
 * `after(releasePostgres)`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DolmetscherRecord } from '../../src/core/schema/index.js';
import { createAccount, setPassword } from '../../src/server/koordination/account-admin.js';
import type { ScryptCost } from '../../src/server/koordination/password-hash.js';
import { createServerApp, type ServerApp, type ServerAppOptions } from '../../src/server/server-app.js';
import type { Account } from '../../src/server/store/index.js';
import { testPostgres } from '../support/postgres.js';

export const TEST_COST: ScryptCost = { log2N: 12, r: 8, p: 1 };
export const PASSWORD = 'ein-langes-test-passwort';

export interface RunningApp {
  url: string;
  app: ServerApp;
  logs: string[];
  dir: string;
  dbPath: string;
  /** Set when the app runs on PostgreSQL (WIR_TEST_DATABASE_URL). */
  databaseUrl?: string;
  feedsDir: string;
  addAccount(email: string, kommunen: string[], extra?: { admin?: boolean; totpRequired?: boolean }): Promise<Account>;
  close(): Promise<void>;
}

let cluster: ReturnType<typeof testPostgres> | undefined;

/** Stops the cluster this file started (nothing when the run shares one). */
export async function releasePostgres(): Promise<void> {
  if (cluster) await (await cluster).release();
  cluster = undefined;
}

export type Engine = 'sqlite' | 'postgres';

export async function startApp(options: Partial<ServerAppOptions> & { engine?: Engine } = {}): Promise<RunningApp> {
  const { engine = 'sqlite', ...rest } = options;
  const dir = mkdtempSync(join(tmpdir(), 'wir-koordination-test-'));
  const dbPath = join(dir, 'anfragen.sqlite');
  const feedsDir = join(dir, 'feeds');
  const logs: string[] = [];
  // A second instance on the same database (databaseUrl given) shares it.
  if (engine === 'postgres' && !rest.databaseUrl) {
    cluster ??= testPostgres();
    rest.databaseUrl = await (await cluster).createDatabase();
  }
  const app = await createServerApp({
    dbPath,
    feedsDir,
    scryptCost: TEST_COST,
    log: (line) => logs.push(line),
    rateLimit: { perMinute: 10_000 },
    // Every test logs in from 127.0.0.1; the per-address limit has its own test.
    loginAttemptsPerMinute: 10_000,
    ...rest,
  });
  const server: Server = createServer((req, res) => {
    if (!app.handle(req, res)) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    app,
    logs,
    dir,
    dbPath: rest.dbPath ?? dbPath,
    ...(rest.databaseUrl ? { databaseUrl: rest.databaseUrl } : {}),
    feedsDir,
    async addAccount(email, kommunen, extra = {}) {
      const created = await createAccount(
        app.store,
        { email, kommunen, admin: extra.admin ?? false, totpRequired: extra.totpRequired },
        { kind: 'system' },
        new Date(),
      );
      if (!('account' in created)) throw new Error(created.problem);
      const set = await setPassword(app.store, created.account, PASSWORD, TEST_COST, { kind: 'system' }, new Date());
      if (!set.ok) throw new Error(set.problem);
      return (await app.store.accounts.get(created.account.id))!;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(
          () =>
            void app.close().then(() => {
              rmSync(dir, { recursive: true, force: true });
              resolve();
            }),
        );
        server.closeAllConnections();
      }),
  };
}

/** Writes an office's interpreter list where the server looks for it. */
export function writeInterpreterList(feedsDir: string, kommune: string, records: DolmetscherRecord[]): void {
  mkdirSync(join(feedsDir, kommune), { recursive: true });
  writeFileSync(
    join(feedsDir, kommune, 'dolmetscher.json'),
    JSON.stringify({
      format: 'wir-feed',
      version: 1,
      kind: 'dolmetscher',
      publisher: { name: 'Testbüro', kommune },
      updated: '2026-11-01',
      records,
    }),
  );
}

export interface ApiAnswer<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

/** A logged-in (or not yet) browser: keeps the session cookie and sends Origin like fetch() in a page. */
export class Browser {
  cookie = '';

  constructor(readonly base: string) {}

  async call<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiAnswer<T>> {
    const sent: Record<string, string> = { ...headers };
    if (this.cookie) sent.Cookie = this.cookie;
    if (method !== 'GET' && !('Origin' in sent)) sent.Origin = this.base;
    if (body !== undefined) sent['Content-Type'] = 'application/json';
    const res = await fetch(`${this.base}${path}`, { method, headers: sent, body: body === undefined ? undefined : JSON.stringify(body) });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0]!;
      this.cookie = pair.endsWith('=') ? '' : pair;
    }
    const type = res.headers.get('content-type') ?? '';
    const parsed = type.includes('json') ? await res.json() : type ? { raw: Buffer.from(await res.arrayBuffer()) } : {};
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  async login(email: string, password = PASSWORD, code?: string): Promise<ApiAnswer> {
    return this.call('POST', '/api/koordination/login', { email, password, ...(code ? { code } : {}) });
  }
}

export async function loggedIn(base: string, email: string): Promise<Browser> {
  const browser = new Browser(base);
  const answer = await browser.login(email);
  if (answer.status !== 200) throw new Error(`login of ${email} answered ${answer.status}`);
  return browser;
}

/** A minimal valid interpreter record, with overrides. */
export function interpreter(overrides: Partial<DolmetscherRecord> & { id: string; name: string }): DolmetscherRecord {
  return {
    languages: ['ti'],
    serves: ['06438'],
    settings: ['schule-kita', 'gesundheit'],
    modes: ['vor-ort', 'telefon'],
    contact: { name: 'WIR-Koordination Kreis Offenbach', email: 'wir@kreis-offenbach.example' },
    ...overrides,
  } as DolmetscherRecord;
}
