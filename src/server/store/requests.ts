/**
 * Received requests, written once for both engines (see sql-db.ts). The PRIMARY KEY on the
 * request id is what makes a resend idempotent, across requests, processes and instances.
 */
import type { AnfrageRequest, RequestStatus } from '../../core/schema/request.js';
import { scopeCondition } from './kommune-scope.js';
import type { SqlDb, SqlValue } from './sql-db.js';

/** Who the office arranged for a request ("Vermitteln an …"). */
export interface Assignment {
  /** Record id in the office's interpreter list; absent when arranged outside the list. */
  id?: string;
  name: string;
  gender?: string;
}

export interface StoredAnfrage {
  id: string;
  status: RequestStatus;
  /** Server time of arrival (ISO 8601, UTC); retention counts from here, not from the client's clock. */
  receivedAt: string;
  updatedAt: string;
  request: AnfrageRequest;
  /** The office's internal note; never shown to the requester. */
  note: string;
  assignment?: Assignment;
}

export type InsertResult = { kind: 'created' } | { kind: 'replay' } | { kind: 'conflict' };

export interface ListFilter {
  kommune?: string;
  status?: RequestStatus;
  /** Inclusive bounds on the appointment date (`need.date`, YYYY-MM-DD). */
  from?: string;
  to?: string;
  /** Only requests of these Kommunen (see kommune-scope.ts); the workspace always sets it. */
  scope?: readonly string[];
  /** `dolmetscher`, `lotse`, … */
  kind?: string;
  /** Primary language subtag or full tag: `ar` also finds `ar-SY`. */
  language?: string;
  /** Start of a request number or id (hex digits and dashes, any case). */
  number?: string;
  /** `appointment` (default: by date, for scripts) or `inbox` (new ones first, newest first). */
  order?: 'appointment' | 'inbox';
  limit?: number;
  offset?: number;
}

interface Row {
  id: string;
  payload: string;
  fingerprint: string;
  status: RequestStatus;
  received_at: string;
  updated_at: string;
  note: string | null;
  interpreter_id: string | null;
  interpreter_name: string | null;
  interpreter_gender: string | null;
}

const ORDER_BY = {
  appointment: 'need_date, received_at, id',
  // New requests first, then those in progress, then the rest; newest first within each.
  inbox: "CASE status WHEN 'received' THEN 0 WHEN 'in-progress' THEN 1 ELSE 2 END, received_at DESC, id",
} as const;

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
      `INSERT INTO anfragen (id, payload, fingerprint, kommune, need_date, status, received_at, updated_at, kind, language)
       VALUES (?, ?, ?, ?, ?, 'received', ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
      [
        request.id,
        JSON.stringify(request),
        fingerprint,
        request.kommune,
        appointmentDate(request),
        at,
        at,
        request.kind,
        request.need.language,
      ],
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
    const { sql, params } = whereOf(filter);
    const page = filter.limit !== undefined ? ` LIMIT ${Math.trunc(filter.limit)} OFFSET ${Math.trunc(filter.offset ?? 0)}` : '';
    const rows = await this.db.all<Row>(`SELECT * FROM anfragen ${sql} ORDER BY ${ORDER_BY[filter.order ?? 'appointment']}${page}`, params);
    return rows.map(fromRow);
  }

  /** How many requests match, ignoring paging. */
  async total(filter: ListFilter = {}): Promise<number> {
    const { sql, params } = whereOf(filter);
    const row = await this.db.get<{ n: number | string }>(`SELECT COUNT(*) AS n FROM anfragen ${sql}`, params);
    return Number(row?.n ?? 0);
  }

  /** Requests per status for a filter without its status (the inbox's tabs). */
  async countByStatus(filter: ListFilter = {}): Promise<Partial<Record<RequestStatus, number>>> {
    const { sql, params } = whereOf({ ...filter, status: undefined });
    const rows = await this.db.all<{ status: RequestStatus; n: number | string }>(
      `SELECT status, COUNT(*) AS n FROM anfragen ${sql} GROUP BY status`,
      params,
    );
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  }

  async setStatus(id: string, status: RequestStatus, now: Date): Promise<StoredAnfrage | undefined> {
    const { changes } = await this.db.run('UPDATE anfragen SET status = ?, updated_at = ? WHERE id = ?', [status, now.toISOString(), id]);
    return changes === 1 ? this.get(id) : undefined;
  }

  /** The office's internal note (plain text, at most a few thousand characters; the caller caps it). */
  async setNote(id: string, note: string, now: Date): Promise<boolean> {
    const { changes } = await this.db.run('UPDATE anfragen SET note = ?, updated_at = ? WHERE id = ?', [note, now.toISOString(), id]);
    return changes === 1;
  }

  /** Records or clears who was arranged. */
  async setAssignment(id: string, assignment: Assignment | undefined, now: Date): Promise<boolean> {
    const { changes } = await this.db.run(
      'UPDATE anfragen SET interpreter_id = ?, interpreter_name = ?, interpreter_gender = ?, updated_at = ? WHERE id = ?',
      [assignment?.id ?? null, assignment?.name ?? null, assignment?.gender ?? null, now.toISOString(), id],
    );
    return changes === 1;
  }

  /** Deletes requests received before `cutoff` and scrubs their bytes from the files; returns how many. */
  async deleteReceivedBefore(cutoff: Date): Promise<number> {
    const { changes } = await this.db.run('DELETE FROM anfragen WHERE received_at < ?', [cutoff.toISOString()]);
    if (changes > 0) await this.db.scrub();
    return changes;
  }

  /**
   * Erasure of one request (GDPR Art. 17): gone from the files, not hidden. Its status links,
   * queued mails and audit entries go with it (ON DELETE CASCADE, migrations.ts).
   */
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

/** The column `need_date` (NOT NULL since release 0.1): a Lotse contact has no appointment, so it is empty and sorts first. */
function appointmentDate(request: AnfrageRequest): string {
  return request.kind === 'dolmetscher' ? request.need.date : '';
}

/** Built from fixed fragments only; every value goes in as a bound parameter. */
function whereOf(filter: ListFilter): { sql: string; params: SqlValue[] } {
  const where: string[] = [];
  const params: SqlValue[] = [];
  const add = (fragment: string, ...values: SqlValue[]) => {
    where.push(fragment);
    params.push(...values);
  };
  if (filter.scope) {
    const scope = scopeCondition(filter.scope);
    add(scope.sql, ...scope.params);
  }
  // A Kreisschlüssel (5 digits) also matches the AGS of its Gemeinden (8 digits, same prefix).
  if (filter.kommune) add(filter.kommune.length === 5 ? 'substr(kommune, 1, 5) = ?' : 'kommune = ?', filter.kommune);
  if (filter.status) add('status = ?', filter.status);
  if (filter.from) add('need_date >= ?', filter.from);
  if (filter.to) add('need_date <= ?', filter.to);
  if (filter.kind) add('kind = ?', filter.kind);
  if (filter.language) {
    const tag = filter.language.toLowerCase();
    if (tag.includes('-')) add('lower(language) = ?', tag);
    else add('(lower(language) = ? OR lower(language) LIKE ?)', tag, `${tag}-%`);
  }
  // Callers pass only hex digits and dashes, so the value holds no LIKE wildcard.
  if (filter.number) add('id LIKE ?', `${filter.number.toLowerCase()}%`);
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

function fromRow(row: Row): StoredAnfrage {
  const stored: StoredAnfrage = {
    id: row.id,
    status: row.status,
    receivedAt: row.received_at,
    updatedAt: row.updated_at,
    request: JSON.parse(row.payload) as AnfrageRequest,
    note: row.note ?? '',
  };
  if (row.interpreter_name) {
    stored.assignment = { name: row.interpreter_name };
    if (row.interpreter_id) stored.assignment.id = row.interpreter_id;
    if (row.interpreter_gender) stored.assignment.gender = row.interpreter_gender;
  }
  return stored;
}
