/**
 * Received requests, written once for both engines (see sql-db.ts). The PRIMARY KEY on the
 * request id is what makes a resend idempotent, across requests, processes and instances.
 */
import type { AnfrageRequest, RequestStatus } from '../../core/schema/request.js';
import type { SqlDb, SqlValue } from './sql-db.js';

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

export class RequestRepository {
  constructor(private readonly db: SqlDb) {}

  async insert(request: AnfrageRequest, now: Date): Promise<InsertResult> {
    const at = now.toISOString();
    const fingerprint = fingerprintOf(request);
    const { changes } = await this.db.run(
      `INSERT INTO anfragen (id, payload, fingerprint, kommune, need_date, status, received_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 'received', ?, ?) ON CONFLICT (id) DO NOTHING`,
      [request.id, JSON.stringify(request), fingerprint, request.kommune, request.need.date, at, at],
    );
    if (changes === 1) return { kind: 'created' };
    const existing = await this.db.get<{ fingerprint: string }>('SELECT fingerprint FROM anfragen WHERE id = ?', [request.id]);
    return existing?.fingerprint === fingerprint ? { kind: 'replay' } : { kind: 'conflict' };
  }

  async get(id: string): Promise<StoredAnfrage | undefined> {
    const row = await this.db.get<Row>('SELECT * FROM anfragen WHERE id = ?', [id]);
    return row ? fromRow(row) : undefined;
  }

  async list(filter: ListFilter = {}): Promise<StoredAnfrage[]> {
    // Built from fixed fragments only; every value goes in as a bound parameter.
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (filter.kommune) {
      // A Kreisschlüssel (5 digits) also matches the AGS of its Gemeinden (8 digits, same prefix).
      where.push(filter.kommune.length === 5 ? 'substr(kommune, 1, 5) = ?' : 'kommune = ?');
      params.push(filter.kommune);
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
    const sql = `SELECT * FROM anfragen ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY need_date, received_at, id`;
    return (await this.db.all<Row>(sql, params)).map(fromRow);
  }

  async setStatus(id: string, status: RequestStatus, now: Date): Promise<StoredAnfrage | undefined> {
    const { changes } = await this.db.run('UPDATE anfragen SET status = ?, updated_at = ? WHERE id = ?', [status, now.toISOString(), id]);
    return changes === 1 ? this.get(id) : undefined;
  }

  /** Deletes requests received before `cutoff` and scrubs their bytes from the files; returns how many. */
  async deleteReceivedBefore(cutoff: Date): Promise<number> {
    const { changes } = await this.db.run('DELETE FROM anfragen WHERE received_at < ?', [cutoff.toISOString()]);
    if (changes > 0) await this.db.scrub();
    return changes;
  }

  /** Erasure of one request (GDPR Art. 17): gone from the files, not hidden. */
  async delete(id: string): Promise<boolean> {
    const { changes } = await this.db.run('DELETE FROM anfragen WHERE id = ?', [id]);
    if (changes > 0) await this.db.scrub();
    return changes > 0;
  }

  async count(): Promise<number> {
    const row = await this.db.get<{ n: number | string }>('SELECT COUNT(*) AS n FROM anfragen');
    return Number(row?.n ?? 0);
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
