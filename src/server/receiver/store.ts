/**
 * SQLite storage for received requests (better-sqlite3: synchronous, so one Node process
 * never interleaves two inserts of the same id — the PRIMARY KEY makes it safe across
 * processes too).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { AnfrageRequest, RequestStatus } from '../../core/schema/request.js';

export interface StoredAnfrage {
  id: string;
  status: RequestStatus;
  /** Server time of arrival (ISO 8601, UTC); retention counts from here, not from the client's clock. */
  receivedAt: string;
  updatedAt: string;
  request: AnfrageRequest;
}

export type InsertResult = { kind: 'created' } | { kind: 'replay' } | { kind: 'conflict' };

export interface ListFilter {
  kommune?: string;
  status?: RequestStatus;
  /** Inclusive bounds on the appointment date (`need.date`, YYYY-MM-DD). */
  from?: string;
  to?: string;
}

interface Row {
  id: string;
  payload: string;
  fingerprint: string;
  status: RequestStatus;
  received_at: string;
  updated_at: string;
}

/**
 * What makes two sends "the same request". createdAt and consent.at are stamps a form may
 * renew when the user presses "Erneut senden"; they do not change what was asked for, so a
 * resend with a new stamp is a replay, not a conflict.
 */
export function fingerprintOf(request: AnfrageRequest): string {
  const { createdAt: _createdAt, consent, ...rest } = request;
  return JSON.stringify({ ...rest, consent: { privacy: consent.privacy } });
}

export class AnfrageStore {
  readonly #db: Database.Database;
  readonly #insert: Database.Statement<[string, string, string, string, string, string, string, string]>;
  readonly #byId: Database.Statement<[string], Row>;
  readonly #setStatus: Database.Statement<[string, string, string]>;
  readonly #purge: Database.Statement<[string]>;
  readonly #count: Database.Statement<[], { n: number }>;

  constructor(dbPath: string) {
    if (dbPath !== ':memory:') mkdirSync(dirname(dbPath), { recursive: true });
    this.#db = new Database(dbPath);
    // WAL: coordinators can read (list/CSV) while the form writes; NORMAL sync is durable
    // across process crashes in WAL mode and much faster than FULL.
    this.#db.pragma('journal_mode = WAL');
    this.#db.pragma('synchronous = NORMAL');
    this.#db.pragma('busy_timeout = 5000');
    this.#db.exec(`
      CREATE TABLE IF NOT EXISTS anfragen (
        id          TEXT PRIMARY KEY,
        payload     TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        kommune     TEXT NOT NULL,
        need_date   TEXT NOT NULL,
        status      TEXT NOT NULL DEFAULT 'received',
        received_at TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS anfragen_received_at ON anfragen (received_at);
      CREATE INDEX IF NOT EXISTS anfragen_kommune_date ON anfragen (kommune, need_date);
    `);
    this.#insert = this.#db.prepare(
      `INSERT INTO anfragen (id, payload, fingerprint, kommune, need_date, status, received_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
    );
    this.#byId = this.#db.prepare('SELECT * FROM anfragen WHERE id = ?');
    this.#setStatus = this.#db.prepare('UPDATE anfragen SET status = ?, updated_at = ? WHERE id = ?');
    this.#purge = this.#db.prepare('DELETE FROM anfragen WHERE received_at < ?');
    this.#count = this.#db.prepare('SELECT COUNT(*) AS n FROM anfragen');
  }

  insert(request: AnfrageRequest, now: Date): InsertResult {
    const at = now.toISOString();
    const fingerprint = fingerprintOf(request);
    const info = this.#insert.run(request.id, JSON.stringify(request), fingerprint, request.kommune, request.need.date, 'received', at, at);
    if (info.changes === 1) return { kind: 'created' };
    const existing = this.#byId.get(request.id);
    return existing?.fingerprint === fingerprint ? { kind: 'replay' } : { kind: 'conflict' };
  }

  get(id: string): StoredAnfrage | undefined {
    const row = this.#byId.get(id);
    return row ? fromRow(row) : undefined;
  }

  list(filter: ListFilter = {}): StoredAnfrage[] {
    // Built from fixed fragments only; every value goes in as a bound parameter.
    const where: string[] = [];
    const params: string[] = [];
    if (filter.kommune) {
      // A Kreisschlüssel (5 digits) also matches the AGS of its Gemeinden (8 digits, same prefix).
      where.push('(kommune = ? OR (length(?) = 5 AND substr(kommune, 1, 5) = ?))');
      params.push(filter.kommune, filter.kommune, filter.kommune);
    }
    if (filter.status) {
      where.push('status = ?');
      params.push(filter.status);
    }
    if (filter.from) {
      where.push('need_date >= ?');
      params.push(filter.from);
    }
    if (filter.to) {
      where.push('need_date <= ?');
      params.push(filter.to);
    }
    const sql = `SELECT * FROM anfragen ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY need_date, received_at`;
    return (this.#db.prepare(sql).all(...params) as Row[]).map(fromRow);
  }

  setStatus(id: string, status: RequestStatus, now: Date): StoredAnfrage | undefined {
    const info = this.#setStatus.run(status, now.toISOString(), id);
    return info.changes === 1 ? this.get(id) : undefined;
  }

  /** Deletes requests received before `cutoff`; returns how many. */
  deleteReceivedBefore(cutoff: Date): number {
    return this.#purge.run(cutoff.toISOString()).changes;
  }

  count(): number {
    return this.#count.get()?.n ?? 0;
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }
}

function fromRow(row: Row): StoredAnfrage {
  return {
    id: row.id,
    status: row.status,
    receivedAt: row.received_at,
    updatedAt: row.updated_at,
    request: JSON.parse(row.payload) as AnfrageRequest,
  };
}
