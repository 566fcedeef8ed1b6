/**
 * PostgreSQL engine (the `pg` driver with its pool) behind the SqlDb seam: for a central
 * operator running several receiver instances on one database. The repositories' SQL is the
 * same as for SQLite; this driver numbers the `?` placeholders and maps results.
 */
import pg from 'pg';
import { type RunResult, type SqlDb, type SqlValue, StoreBusyError } from '../sql-db.js';

/** How long a request waits for a free connection before it is answered 503 (the form retries). */
const CONNECTION_WAIT_MS = 5000;

type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

export class PostgresDb implements SqlDb {
  readonly dialect = 'postgres' as const;
  readonly #pool: pg.Pool;

  private constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  /** Connects and checks the connection once, so a wrong URL fails at start with its reason. */
  static async connect(url: string, options: { max?: number; connectionWaitMs?: number } = {}): Promise<PostgresDb> {
    const pool = new pg.Pool({
      connectionString: url,
      max: options.max ?? 10,
      connectionTimeoutMillis: options.connectionWaitMs ?? CONNECTION_WAIT_MS,
    });
    // An idle client that loses its connection emits 'error' on the pool; without a listener
    // that would end the process. The next query gets a fresh client.
    pool.on('error', () => undefined);
    try {
      await pool.query('SELECT 1');
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresDb(pool);
  }

  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]> {
    return busyWhenPoolFull(all<T>(this.#pool, sql, params));
  }

  async get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  run(sql: string, params?: readonly SqlValue[]): Promise<RunResult> {
    return busyWhenPoolFull(run(this.#pool, sql, params));
  }

  async exec(sql: string): Promise<void> {
    await busyWhenPoolFull(this.#pool.query(sql));
  }

  async transaction<T>(fn: (tx: SqlDb) => Promise<T>): Promise<T> {
    const client = await busyWhenPoolFull(this.#pool.connect());
    try {
      await client.query('BEGIN');
      const result = await fn(new PostgresTransaction(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async exclusive<T>(name: string, fn: () => Promise<T>): Promise<T | undefined> {
    // A session-level advisory lock on its own client: held while fn runs, across its statements.
    const client = await busyWhenPoolFull(this.#pool.connect());
    try {
      const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [name]);
      if (!rows[0]?.locked) return undefined;
      try {
        return await fn();
      } finally {
        await client.query('SELECT pg_advisory_unlock(hashtext($1))', [name]);
      }
    } finally {
      client.release();
    }
  }

  async scrub(): Promise<boolean> {
    // Deleted rows are invisible at once and their space is reclaimed by (auto)vacuum; see
    // docs/receiver.md for what stays in WAL segments and backups until they expire.
    return true;
  }

  async ping(): Promise<boolean> {
    try {
      await this.#pool.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }
}

/**
 * Every pooled connection stayed busy for CONNECTION_WAIT_MS (a burst of requests on a slow
 * database): the same answer as a locked SQLite file, 503 with Retry-After, instead of a 500.
 */
async function busyWhenPoolFull<T>(pending: Promise<T>): Promise<T> {
  try {
    return await pending;
  } catch (error) {
    if (error instanceof Error && error.message === 'timeout exceeded when trying to connect') throw new StoreBusyError(2);
    throw error;
  }
}

class PostgresTransaction implements SqlDb {
  readonly dialect = 'postgres' as const;

  constructor(private readonly client: pg.PoolClient) {}

  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]> {
    return all<T>(this.client, sql, params);
  }

  async get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined> {
    return (await all<T>(this.client, sql, params))[0];
  }

  run(sql: string, params?: readonly SqlValue[]): Promise<RunResult> {
    return run(this.client, sql, params);
  }

  async exec(sql: string): Promise<void> {
    await this.client.query(sql);
  }

  transaction<T>(fn: (tx: SqlDb) => Promise<T>): Promise<T> {
    return fn(this);
  }

  async exclusive<T>(name: string, fn: () => Promise<T>): Promise<T | undefined> {
    const { rows } = await this.client.query<{ locked: boolean }>('SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked', [name]);
    return rows[0]?.locked ? fn() : undefined;
  }

  async scrub(): Promise<boolean> {
    return true;
  }

  async ping(): Promise<boolean> {
    return true;
  }

  async close(): Promise<void> {
    throw new Error('close the database, not a transaction');
  }
}

async function all<T>(db: Queryable, sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
  const result = await db.query(numberPlaceholders(sql), [...params]);
  return result.rows as T[];
}

async function run(db: Queryable, sql: string, params: readonly SqlValue[] = []): Promise<RunResult> {
  const result = await db.query(numberPlaceholders(sql), [...params]);
  return { changes: result.rowCount ?? 0 };
}

const numbered = new Map<string, string>();

/** `?` → `$1, $2, …`, skipping quoted text; memoised per statement text. */
export function numberPlaceholders(sql: string): string {
  let out = numbered.get(sql);
  if (out !== undefined) return out;
  let n = 0;
  let quote: string | undefined;
  out = '';
  for (const ch of sql) {
    if (quote) {
      if (ch === quote) quote = undefined;
      out += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
    } else out += ch === '?' ? `$${++n}` : ch;
  }
  numbered.set(sql, out);
  return out;
}
