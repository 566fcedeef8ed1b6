/**
 * The receiver's storage: repositories over one SqlDb (see sql-db.ts), opened from the
 * receiver's options. SQLite (a file at WIR_DB_PATH) is the embedded default; PostgreSQL
 * (WIR_DATABASE_URL) serves several instances.
 */
import { migrate } from './migrations.js';
import { RequestRepository } from './requests.js';
import type { SqlDb } from './sql-db.js';
import { SqliteDb } from './sqlite/sqlite-db.js';

export interface StoreOptions {
  /** SQLite file; its folder is created. Used when `databaseUrl` is not set. */
  dbPath?: string;
  /** `postgres://…`: PostgreSQL instead of SQLite. */
  databaseUrl?: string;
}

export class Store {
  readonly requests: RequestRepository;

  constructor(readonly db: SqlDb) {
    this.requests = new RequestRepository(db);
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
