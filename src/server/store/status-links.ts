/**
 * The requester's status links (`/anfrage/<id>#<token>`): only a hash of each token is kept,
 * and the links go with their request when it is erased or expires (ON DELETE CASCADE).
 */
import type { SqlDb } from './sql-db.js';

export class StatusLinkRepository {
  constructor(private readonly db: SqlDb) {}

  async add(anfrageId: string, tokenHash: string, now: Date): Promise<void> {
    await this.db.run('INSERT INTO status_links (token_hash, anfrage_id, created_at) VALUES (?, ?, ?)', [
      tokenHash,
      anfrageId,
      now.toISOString(),
    ]);
  }

  async count(anfrageId: string): Promise<number> {
    const row = await this.db.get<{ n: number | string }>('SELECT COUNT(*) AS n FROM status_links WHERE anfrage_id = ?', [anfrageId]);
    return Number(row?.n ?? 0);
  }

  /** Whether the token opens that request's status. */
  async matches(anfrageId: string, tokenHash: string): Promise<boolean> {
    const row = await this.db.get<{ anfrage_id: string }>('SELECT anfrage_id FROM status_links WHERE token_hash = ?', [tokenHash]);
    return row?.anfrage_id === anfrageId;
  }
}
