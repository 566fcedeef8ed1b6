/**
 * SQLite engine (better-sqlite3) behind the SqlDb seam.
 *
 * better-sqlite3 is synchronous: a statement that waited for a lock inside the driver would
 * stop the whole Node event loop (static files and health checks included). So the driver
 * never waits (`busy_timeout = 0`): a statement that finds the file locked by another
 * process fails at once, and this class retries it after an asynchronous pause, up to a
 * budget, then gives up with StoreBusyError (answered 503 + Retry-After).
 *
 * One connection serves the process. Statements and transactions run one at a time through
 * a queue, so an `await` inside a transaction never lets another request's statement slip
 * into it.
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { type RunResult, type SqlDb, type SqlValue, StoreBusyError } from '../sql-db.js';

export interface SqliteOptions {
  /** How long one statement may keep retrying a locked file before StoreBusyError. Default 1,500 ms. */
  busyBudgetMs?: number;
}

/** Pauses between retries of a locked statement: short first (locks are usually brief). */
const RETRY_PAUSES_MS = [2, 5, 10, 20, 40, 80, 150, 250, 400];

export class SqliteDb implements SqlDb {
  readonly dialect = 'sqlite' as const;
  readonly #db: Database.Database;
  readonly #statements = new Map<string, Database.Statement>();
  readonly #busyBudgetMs: number;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(path: string, options: SqliteOptions = {}) {
    this.#busyBudgetMs = options.busyBudgetMs ?? 1500;
    if (path !== ':memory:') createPrivateFile(path);
    this.#db = new Database(path);
    // WAL: coordinators can read while the form writes; NORMAL sync is durable across process
    // crashes in WAL mode and much faster than FULL.
    this.#db.pragma('journal_mode = WAL');
    this.#db.pragma('synchronous = NORMAL');
    this.#db.pragma('busy_timeout = 0');
    // Deleted rows are overwritten with zeros in the file, not merely unlinked: erasure and
    // retention must remove personal data from disk (see scrub()).
    this.#db.pragma('secure_delete = ON');
    this.#db.pragma('foreign_keys = ON');
  }

  all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return this.#serial(() => this.#retrying(() => this.#statement(sql).all(...params) as T[]));
  }

  get<T>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return this.#serial(() => this.#retrying(() => this.#statement(sql).get(...params) as T | undefined));
  }

  run(sql: string, params: readonly SqlValue[] = []): Promise<RunResult> {
    return this.#serial(() => this.#retrying(() => ({ changes: this.#statement(sql).run(...params).changes })));
  }

  exec(sql: string): Promise<void> {
    return this.#serial(() => this.#retrying(() => void this.#db.exec(sql)));
  }

  transaction<T>(fn: (tx: SqlDb) => Promise<T>): Promise<T> {
    return this.#serial(async () => {
      await this.#retrying(() => this.#db.exec('BEGIN IMMEDIATE'));
      const tx = new SqliteTransaction(this.#db, (sql) => this.#statement(sql));
      let result: T;
      try {
        result = await fn(tx);
        this.#db.exec('COMMIT');
      } catch (error) {
        if (this.#db.inTransaction) this.#db.exec('ROLLBACK');
        throw error;
      }
      if (tx.scrubRequested) this.#checkpoint();
      return result;
    });
  }

  exclusive<T>(_name: string, fn: () => Promise<T>): Promise<T | undefined> {
    // One file, one writer at a time: SQLite's own lock already keeps two processes from
    // running the same delete at once, and a second run finds nothing left to do.
    return fn();
  }

  scrub(): Promise<boolean> {
    return this.#serial(async () => this.#checkpoint());
  }

  async ping(): Promise<boolean> {
    // Not queued: a reader never waits for a writer in WAL mode, so health answers stay fast
    // even while a statement is retrying a lock held by another process.
    try {
      this.#statement('SELECT 1').get();
      return true;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return this.#serial(async () => {
      if (!this.#db.open) return;
      this.#checkpoint();
      this.#db.close();
    });
  }

  /** Copies the write-ahead log into the file and truncates it to zero bytes. */
  #checkpoint(): boolean {
    try {
      const [row] = this.#db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>;
      return row?.busy === 0;
    } catch {
      // Another process holds the file; the next purge or the shutdown tries again.
      return false;
    }
  }

  #statement(sql: string): Database.Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.#db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  #serial<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#queue.then(task, task);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  async #retrying<T>(attempt: () => T): Promise<T> {
    const started = Date.now();
    for (let i = 0; ; i++) {
      try {
        return attempt();
      } catch (error) {
        if (!isBusy(error)) throw error;
        const pause = RETRY_PAUSES_MS[Math.min(i, RETRY_PAUSES_MS.length - 1)]!;
        if (Date.now() - started + pause > this.#busyBudgetMs) throw new StoreBusyError();
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    }
  }
}

/** The view of the connection inside a transaction: no queue, no retries (the lock is held). */
class SqliteTransaction implements SqlDb {
  readonly dialect = 'sqlite' as const;
  scrubRequested = false;

  constructor(
    private readonly db: Database.Database,
    private readonly statement: (sql: string) => Database.Statement,
  ) {}

  async all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return this.statement(sql).all(...params) as T[];
  }

  async get<T>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return this.statement(sql).get(...params) as T | undefined;
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<RunResult> {
    return { changes: this.statement(sql).run(...params).changes };
  }

  async exec(sql: string): Promise<void> {
    this.db.exec(sql);
  }

  transaction<T>(fn: (tx: SqlDb) => Promise<T>): Promise<T> {
    return fn(this);
  }

  exclusive<T>(_name: string, fn: () => Promise<T>): Promise<T | undefined> {
    return fn();
  }

  async scrub(): Promise<boolean> {
    this.scrubRequested = true;
    return true;
  }

  async ping(): Promise<boolean> {
    return true;
  }

  async close(): Promise<void> {
    throw new Error('close the database, not a transaction');
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/**
 * The database holds names, e-mail addresses and notes: its folder is created 0700 and the
 * file 0600 whatever the umask (SQLite gives its -wal and -shm files the file's mode). A file
 * left 0644 by an older release is tightened; an existing folder is left as it is, because it
 * may be shared with other programs.
 */
function createPrivateFile(path: string): void {
  const folder = dirname(path);
  if (!existsSync(folder)) {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    chmodSync(folder, 0o700);
  }
  closeSync(openSync(path, 'a', 0o600));
  for (const file of [path, `${path}-wal`, `${path}-shm`]) if (existsSync(file)) chmodSync(file, 0o600);
}
