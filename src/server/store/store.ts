/**
 * The receiver's storage: repositories over one SqlDb (see sql-db.ts), opened from the
 * receiver's options. SQLite (a file at WIR_DB_PATH) is the embedded default; PostgreSQL
 * (WIR_DATABASE_URL) serves several instances.
 */
import { AccountRepository } from './accounts.js';
import { AuditRepository } from './audit.js';
import { migrate } from './migrations.js';
import { OutboxRepository } from './outbox.js';
import { RequestRepository } from './requests.js';
import { LoginThrottleRepository, PasswordLinkRepository, SessionRepository } from './sessions.js';
import type { SqlDb } from './sql-db.js';
import { SqliteDb } from './sqlite/sqlite-db.js';
import { StatusLinkRepository } from './status-links.js';

export interface StoreOptions {
  /** SQLite file; its folder is created. Used when `databaseUrl` is not set. */
  dbPath?: string;
  /** `postgres://…`: PostgreSQL instead of SQLite. */
  databaseUrl?: string;
}

export class Store {
  readonly requests: RequestRepository;
  readonly accounts: AccountRepository;
  readonly sessions: SessionRepository;
  readonly passwordLinks: PasswordLinkRepository;
  readonly loginThrottle: LoginThrottleRepository;
  readonly audit: AuditRepository;
  readonly outbox: OutboxRepository;
  readonly statusLinks: StatusLinkRepository;

  constructor(readonly db: SqlDb) {
    this.requests = new RequestRepository(db);
    this.accounts = new AccountRepository(db);
    this.sessions = new SessionRepository(db);
    this.passwordLinks = new PasswordLinkRepository(db);
    this.loginThrottle = new LoginThrottleRepository(db);
    this.audit = new AuditRepository(db);
    this.outbox = new OutboxRepository(db);
    this.statusLinks = new StatusLinkRepository(db);
  }

  /** Runs `fn` with repositories bound to one transaction (all of it, or none of it). */
  transaction<T>(fn: (store: Store) => Promise<T>): Promise<T> {
    return this.db.transaction((tx) => fn(new Store(tx)));
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

/** Opens the configured engine and brings its schema up to date. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const db = await openDb(options);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return new Store(db);
}

async function openDb(options: StoreOptions): Promise<SqlDb> {
  if (options.databaseUrl) {
    // Loaded only when configured: a SQLite installation never needs the pg driver.
    const { PostgresDb } = await import('./postgres/postgres-db.js');
    return PostgresDb.connect(options.databaseUrl);
  }
  return new SqliteDb(options.dbPath ?? './data/anfragen.sqlite');
}
