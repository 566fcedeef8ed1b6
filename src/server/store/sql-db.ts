/**
 * The one seam between the receiver and a database engine. Everything the receiver keeps is
 * read and written by repositories (requests.ts, …) written ONCE in SQL that SQLite and
 * PostgreSQL both understand; an engine only supplies this small interface. So there is one
 * code path for the rules (idempotency, retention, isolation) and two thin drivers.
 *
 * SQL is written with `?` placeholders; the PostgreSQL driver numbers them ($1, $2, …).
 * Timestamps are ISO 8601 UTC text in both engines, so ordering and comparison agree.
 */

export type SqlValue = string | number | null;

export interface RunResult {
  /** Rows inserted, updated or deleted. */
  changes: number;
}

export interface SqlDb {
  readonly dialect: 'sqlite' | 'postgres';
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  run(sql: string, params?: readonly SqlValue[]): Promise<RunResult>;
  /** Runs several statements (DDL of a migration); no parameters. */
  exec(sql: string): Promise<void>;
  /**
   * Runs `fn` in one transaction that holds the write lock from its start (SQLite: BEGIN
   * IMMEDIATE; PostgreSQL: a pooled client). Inside, `tx` is the only way to the database;
   * calling `transaction` on it runs `fn` in the same transaction.
   */
  transaction<T>(fn: (tx: SqlDb) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` only if no other instance on the same database is running a job of that name
   * (PostgreSQL advisory lock; SQLite has one writer per file anyway). Returns undefined when
   * another instance holds it.
   */
  exclusive<T>(name: string, fn: () => Promise<T>): Promise<T | undefined>;
  /**
   * Personal data was deleted: make sure its bytes leave the database files now (SQLite:
   * secure_delete is on, and a TRUNCATE checkpoint empties the write-ahead log). Inside a
   * transaction it runs after the commit. Returns false when the engine could not finish.
   */
  scrub(): Promise<boolean>;
  /** Answers quickly whether the database can be reached (for /healthz). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * The database stayed locked by someone else for longer than a request may wait. The HTTP
 * layer answers 503 with Retry-After; the form retries 5xx on its own.
 */
export class StoreBusyError extends Error {
  constructor(readonly retryAfterSeconds = 5) {
    super('database busy');
    this.name = 'StoreBusyError';
  }
}
