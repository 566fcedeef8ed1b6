/**
 * Login sessions, password links and the login throttle. Only hashes of session ids and
 * link tokens are stored: someone who reads the database (a backup, a stolen disk) finds no
 * cookie or link they could use.
 */
import type { SqlDb } from './sql-db.js';

export interface SessionRow {
  accountId: string;
  /** The second factor was given in this session (or the account needs none). */
  secondFactor: boolean;
  createdAt: string;
  lastSeenAt: string;
}

export class SessionRepository {
  constructor(private readonly db: SqlDb) {}

  async create(idHash: string, accountId: string, secondFactor: boolean, now: Date): Promise<void> {
    const at = now.toISOString();
    await this.db.run('INSERT INTO sessions (id_hash, account_id, second_factor, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)', [
      idHash,
      accountId,
      secondFactor ? 1 : 0,
      at,
      at,
    ]);
  }

  async get(idHash: string): Promise<SessionRow | undefined> {
    const row = await this.db.get<{ account_id: string; second_factor: number; created_at: string; last_seen_at: string }>(
      'SELECT account_id, second_factor, created_at, last_seen_at FROM sessions WHERE id_hash = ?',
      [idHash],
    );
    return row
      ? {
          accountId: row.account_id,
          secondFactor: Number(row.second_factor) === 1,
          createdAt: row.created_at,
          lastSeenAt: row.last_seen_at,
        }
      : undefined;
  }

  async touch(idHash: string, now: Date): Promise<void> {
    await this.db.run('UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?', [now.toISOString(), idHash]);
  }

  async markSecondFactor(idHash: string): Promise<void> {
    await this.db.run('UPDATE sessions SET second_factor = 1 WHERE id_hash = ?', [idHash]);
  }

  async delete(idHash: string): Promise<void> {
    await this.db.run('DELETE FROM sessions WHERE id_hash = ?', [idHash]);
  }

  /** Ends every session of an account (disabled, password changed, second factor changed). */
  async deleteForAccount(accountId: string, exceptIdHash = ''): Promise<void> {
    await this.db.run('DELETE FROM sessions WHERE account_id = ? AND id_hash <> ?', [accountId, exceptIdHash]);
  }

  async deleteIdleSince(cutoff: Date): Promise<number> {
    return (await this.db.run('DELETE FROM sessions WHERE last_seen_at < ?', [cutoff.toISOString()])).changes;
  }
}

/** One-time links to set a password (`user add`, an admin's "new link"). */
export class PasswordLinkRepository {
  constructor(private readonly db: SqlDb) {}

  /** Replaces any earlier link of the account: only the newest one works. */
  async create(tokenHash: string, accountId: string, expiresAt: Date): Promise<void> {
    await this.db.run('DELETE FROM password_links WHERE account_id = ?', [accountId]);
    await this.db.run('INSERT INTO password_links (token_hash, account_id, expires_at) VALUES (?, ?, ?)', [
      tokenHash,
      accountId,
      expiresAt.toISOString(),
    ]);
  }

  /** The account a valid link belongs to, without spending it (to show the form). */
  async peek(tokenHash: string, now: Date): Promise<string | undefined> {
    const row = await this.db.get<{ account_id: string }>('SELECT account_id FROM password_links WHERE token_hash = ? AND expires_at > ?', [
      tokenHash,
      now.toISOString(),
    ]);
    return row?.account_id;
  }

  /** Spends the link: the account it was for, once; undefined when unknown, used or expired. */
  async consume(tokenHash: string, now: Date): Promise<string | undefined> {
    const accountId = await this.peek(tokenHash, now);
    if (!accountId) return undefined;
    const { changes } = await this.db.run('DELETE FROM password_links WHERE token_hash = ?', [tokenHash]);
    return changes === 1 ? accountId : undefined;
  }

  async deleteExpired(now: Date): Promise<number> {
    return (await this.db.run('DELETE FROM password_links WHERE expires_at <= ?', [now.toISOString()])).changes;
  }
}

export interface ThrottleState {
  failures: number;
  blockedUntil?: string;
}

/**
 * Failed logins per e-mail address, kept in the database so the limit holds across
 * instances. Keyed by a hash of the address whether or not an account exists: an unknown
 * address is throttled exactly like a known one, so the answers never tell them apart.
 */
export class LoginThrottleRepository {
  constructor(private readonly db: SqlDb) {}

  async get(key: string): Promise<ThrottleState | undefined> {
    const row = await this.db.get<{ failures: number; blocked_until: string | null }>(
      'SELECT failures, blocked_until FROM login_throttle WHERE key = ?',
      [key],
    );
    if (!row) return undefined;
    return row.blocked_until ? { failures: Number(row.failures), blockedUntil: row.blocked_until } : { failures: Number(row.failures) };
  }

  /** Counts a failure; a run of failures older than `forgetBefore` starts again at one. */
  async fail(key: string, now: Date, forgetBefore: Date): Promise<number> {
    await this.db.run(
      `INSERT INTO login_throttle (key, failures, blocked_until, updated_at) VALUES (?, 1, NULL, ?)
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN login_throttle.updated_at < ? THEN 1 ELSE login_throttle.failures + 1 END,
         updated_at = excluded.updated_at`,
      [key, now.toISOString(), forgetBefore.toISOString()],
    );
    return (await this.get(key))?.failures ?? 1;
  }

  async block(key: string, until: Date): Promise<void> {
    await this.db.run('UPDATE login_throttle SET blocked_until = ? WHERE key = ?', [until.toISOString(), key]);
  }

  async reset(key: string): Promise<void> {
    await this.db.run('DELETE FROM login_throttle WHERE key = ?', [key]);
  }

  async deleteOlderThan(cutoff: Date): Promise<number> {
    return (await this.db.run('DELETE FROM login_throttle WHERE updated_at < ?', [cutoff.toISOString()])).changes;
  }
}
