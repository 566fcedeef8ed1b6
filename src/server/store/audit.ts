/**
 * The audit trail: who did what to which request, when, from which value to which. It holds
 * codes, never what a requester typed: a status change is `status: received → in-progress`,
 * a note change is `note` without its text, an assignment names the interpreter from the
 * office's own list. A request's entries go with it (ON DELETE CASCADE); erasure then
 * records one `deleted` entry that names only the request number, the Kommune, who and when.
 */
import type { SqlDb } from './sql-db.js';

export type AuditActorKind = 'account' | 'token' | 'requester' | 'system';

export type AuditAction =
  | 'received'
  | 'status'
  | 'note'
  | 'assigned'
  | 'deleted'
  | 'export'
  | 'retention'
  | 'login'
  | 'account-created'
  | 'account-changed'
  | 'password-set'
  | 'totp-enabled'
  | 'totp-disabled'
  | 'feed-published';

export interface AuditEntry {
  at: string;
  actorKind: AuditActorKind;
  actorId?: string;
  /** The account's e-mail address at reading time (accounts are never deleted). */
  actorEmail?: string;
  anfrageId?: string;
  kommune?: string;
  action: AuditAction;
  from?: string;
  to?: string;
}

export type NewAuditEntry = Omit<AuditEntry, 'at' | 'actorEmail'>;

interface Row {
  at: string;
  actor_kind: AuditActorKind;
  actor_id: string | null;
  actor_email: string | null;
  anfrage_id: string | null;
  kommune: string | null;
  action: AuditAction;
  from_value: string | null;
  to_value: string | null;
}

export class AuditRepository {
  constructor(private readonly db: SqlDb) {}

  async record(entry: NewAuditEntry, now: Date): Promise<void> {
    await this.db.run(
      'INSERT INTO audit (at, actor_kind, actor_id, anfrage_id, kommune, action, from_value, to_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      [
        now.toISOString(),
        entry.actorKind,
        entry.actorId ?? null,
        entry.anfrageId ?? null,
        entry.kommune ?? null,
        entry.action,
        entry.from ?? null,
        entry.to ?? null,
      ],
    );
  }

  /** A request's trail, oldest first. */
  async forAnfrage(anfrageId: string): Promise<AuditEntry[]> {
    const rows = await this.db.all<Row>(
      `SELECT audit.*, accounts.email AS actor_email FROM audit LEFT JOIN accounts ON accounts.id = audit.actor_id
       WHERE audit.anfrage_id = ? ORDER BY audit.id`,
      [anfrageId],
    );
    return rows.map(fromRow);
  }

  /** Entries about no single stored request (deletions, exports, retention, accounts), newest first. */
  async general(limit: number): Promise<AuditEntry[]> {
    const rows = await this.db.all<Row>(
      `SELECT audit.*, accounts.email AS actor_email FROM audit LEFT JOIN accounts ON accounts.id = audit.actor_id
       WHERE audit.anfrage_id IS NULL ORDER BY audit.id DESC LIMIT ${Math.trunc(limit)}`,
    );
    return rows.map(fromRow);
  }
}

function fromRow(row: Row): AuditEntry {
  const entry: AuditEntry = { at: row.at, actorKind: row.actor_kind, action: row.action };
  if (row.actor_id) entry.actorId = row.actor_id;
  if (row.actor_email) entry.actorEmail = row.actor_email;
  if (row.anfrage_id) entry.anfrageId = row.anfrage_id;
  if (row.kommune) entry.kommune = row.kommune;
  if (row.from_value !== null) entry.from = row.from_value;
  if (row.to_value !== null) entry.to = row.to_value;
  return entry;
}
