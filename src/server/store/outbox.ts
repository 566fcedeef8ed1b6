/**
 * The mail outbox: a mail is written in the same transaction as what caused it (a stored
 * request, a status change), so it is neither lost when the mail server is down nor sent
 * for something that was rolled back. Workers on any number of instances claim due rows with
 * a lease (claim token + expiry): a row is sent by the one worker whose claim took it, and a
 * worker that died mid-send frees its rows when the lease runs out.
 *
 * Once sent, a row keeps only its bookkeeping: recipients, subject and body are blanked, so
 * the outbox holds no addresses longer than it needs them.
 */
import type { SqlDb } from './sql-db.js';

export type MailPurpose = 'office-notice' | 'confirmation' | 'status-update';

export interface OutgoingMail {
  /** One mail per key: a second enqueue with the same key is ignored. */
  dedupeKey: string;
  anfrageId?: string;
  purpose: MailPurpose;
  recipients: string[];
  subject: string;
  body: string;
}

export interface ClaimedMail extends OutgoingMail {
  id: string;
  attempts: number;
}

interface Row {
  id: string;
  dedupe_key: string;
  anfrage_id: string | null;
  purpose: MailPurpose;
  recipients: string;
  subject: string;
  body: string;
  attempts: number;
}

export class OutboxRepository {
  constructor(private readonly db: SqlDb) {}

  async enqueue(mail: OutgoingMail, now: Date): Promise<boolean> {
    const at = now.toISOString();
    const { changes } = await this.db.run(
      `INSERT INTO outbox (id, dedupe_key, anfrage_id, purpose, recipients, subject, body, created_at, next_attempt_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING`,
      [
        crypto.randomUUID(),
        mail.dedupeKey,
        mail.anfrageId ?? null,
        mail.purpose,
        JSON.stringify(mail.recipients),
        mail.subject,
        mail.body,
        at,
        at,
      ],
    );
    return changes === 1;
  }

  /**
   * Takes up to `limit` due rows for `claim` until `leaseUntil`. The lease conditions stand in
   * the outer WHERE as well as in the subquery: PostgreSQL re-checks only the outer one on a
   * row another transaction changed meanwhile, and that re-check is what keeps two instances
   * from taking the same row.
   */
  async claim(claim: string, now: Date, leaseUntil: Date, limit: number): Promise<ClaimedMail[]> {
    const at = now.toISOString();
    const due = 'sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until < ?)';
    await this.db.run(
      `UPDATE outbox SET lease_owner = ?, lease_until = ?
       WHERE ${due} AND id IN (SELECT id FROM outbox WHERE ${due} ORDER BY next_attempt_at, id LIMIT ${Math.trunc(limit)})`,
      [claim, leaseUntil.toISOString(), at, at, at, at],
    );
    const rows = await this.db.all<Row>('SELECT * FROM outbox WHERE lease_owner = ? AND sent_at IS NULL ORDER BY next_attempt_at, id', [
      claim,
    ]);
    return rows.map((row) => {
      const mail: ClaimedMail = {
        id: row.id,
        dedupeKey: row.dedupe_key,
        purpose: row.purpose,
        recipients: JSON.parse(row.recipients) as string[],
        subject: row.subject,
        body: row.body,
        attempts: Number(row.attempts),
      };
      if (row.anfrage_id) mail.anfrageId = row.anfrage_id;
      return mail;
    });
  }

  /** Sent: forget who it went to and what it said. False when the claim was lost meanwhile. */
  async markSent(id: string, claim: string, now: Date): Promise<boolean> {
    const { changes } = await this.db.run(
      `UPDATE outbox SET sent_at = ?, attempts = attempts + 1, recipients = '[]', subject = '', body = '',
         lease_owner = NULL, lease_until = NULL, last_error = NULL
       WHERE id = ? AND lease_owner = ?`,
      [now.toISOString(), id, claim],
    );
    return changes === 1;
  }

  /** A failed attempt: try again at `retryAt`, or give up for good (failed) when it is undefined. */
  async markAttemptFailed(id: string, claim: string, error: string, retryAt: Date | undefined, now: Date): Promise<void> {
    await this.db.run(
      `UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, failed_at = ?,
         lease_owner = NULL, lease_until = NULL
       WHERE id = ? AND lease_owner = ?`,
      [error, (retryAt ?? now).toISOString(), retryAt ? null : now.toISOString(), id, claim],
    );
  }

  /** Mails not yet sent and not given up. */
  async pending(): Promise<number> {
    const row = await this.db.get<{ n: number | string }>('SELECT COUNT(*) AS n FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL');
    return Number(row?.n ?? 0);
  }

  /** When the next unsent mail is due (ISO), for the worker's timer. */
  async nextDue(): Promise<string | undefined> {
    const row = await this.db.get<{ at: string | null }>(
      'SELECT MIN(next_attempt_at) AS at FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL',
    );
    return row?.at ?? undefined;
  }

  /** Bookkeeping of sent or abandoned mails older than `cutoff`. */
  async deleteFinishedBefore(cutoff: Date): Promise<number> {
    const at = cutoff.toISOString();
    return (await this.db.run('DELETE FROM outbox WHERE sent_at < ? OR failed_at < ?', [at, at])).changes;
  }
}
