/**
 * Coordinator accounts: one per person, bound to the Kommunen whose requests they answer, or
 * an admin who manages accounts. Accounts are disabled, never deleted, so the audit trail
 * keeps saying who did what.
 */
import type { SqlDb } from './sql-db.js';

export interface Account {
  id: string;
  /** Lower-cased; the login name. */
  email: string;
  admin: boolean;
  /** Kreisschlüssel or AGS codes (see kommune-scope.ts). */
  kommunen: string[];
  hasPassword: boolean;
  totpEnabled: boolean;
  /** The office's policy: this person must use a second factor. */
  totpRequired: boolean;
  disabled: boolean;
  createdAt: string;
}

/** What only the login and the second-factor set-up read. */
export interface AccountSecrets {
  passwordHash?: string;
  totpSecret?: string;
  totpPending?: string;
}

export interface NewAccount {
  email: string;
  admin: boolean;
  kommunen: readonly string[];
  totpRequired?: boolean;
}

interface Row {
  id: string;
  email: string;
  is_admin: number;
  password_hash: string | null;
  totp_secret: string | null;
  totp_pending: string | null;
  totp_required: number;
  disabled_at: string | null;
  created_at: string;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export class AccountRepository {
  constructor(private readonly db: SqlDb) {}

  /** Creates the account; undefined when the e-mail address is taken. */
  async create(account: NewAccount, now: Date): Promise<Account | undefined> {
    const id = crypto.randomUUID();
    const at = now.toISOString();
    const { changes } = await this.db.run(
      `INSERT INTO accounts (id, email, is_admin, totp_required, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (email) DO NOTHING`,
      [id, normaliseEmail(account.email), account.admin ? 1 : 0, account.totpRequired ? 1 : 0, at, at],
    );
    if (changes === 0) return undefined;
    await this.#writeKommunen(id, account.kommunen);
    return this.get(id);
  }

  async get(id: string): Promise<Account | undefined> {
    return (await this.#withSecrets('id = ?', id))?.account;
  }

  async byEmail(email: string): Promise<{ account: Account; secrets: AccountSecrets } | undefined> {
    return this.#withSecrets('email = ?', normaliseEmail(email));
  }

  async secrets(id: string): Promise<AccountSecrets | undefined> {
    return (await this.#withSecrets('id = ?', id))?.secrets;
  }

  async list(): Promise<Account[]> {
    const rows = await this.db.all<Row>('SELECT * FROM accounts ORDER BY email');
    const kommunen = await this.db.all<{ account_id: string; kommune: string }>(
      'SELECT account_id, kommune FROM account_kommunen ORDER BY kommune',
    );
    return rows.map((row) =>
      fromRow(
        row,
        kommunen.filter((k) => k.account_id === row.id).map((k) => k.kommune),
      ),
    );
  }

  async setPassword(id: string, passwordHash: string, now: Date): Promise<boolean> {
    return this.#update(id, 'password_hash = ?', [passwordHash], now);
  }

  async setDisabled(id: string, disabled: boolean, now: Date): Promise<boolean> {
    return this.#update(id, 'disabled_at = ?', [disabled ? now.toISOString() : null], now);
  }

  async setAdmin(id: string, admin: boolean, now: Date): Promise<boolean> {
    return this.#update(id, 'is_admin = ?', [admin ? 1 : 0], now);
  }

  async setTotpRequired(id: string, required: boolean, now: Date): Promise<boolean> {
    return this.#update(id, 'totp_required = ?', [required ? 1 : 0], now);
  }

  async setKommunen(id: string, kommunen: readonly string[], now: Date): Promise<boolean> {
    if (!(await this.#update(id, 'updated_at = updated_at', [], now))) return false;
    await this.db.run('DELETE FROM account_kommunen WHERE account_id = ?', [id]);
    await this.#writeKommunen(id, kommunen);
    return true;
  }

  /** A secret being set up: it counts only once a code from it was confirmed (enableTotp). */
  async setTotpPending(id: string, secret: string | null, now: Date): Promise<boolean> {
    return this.#update(id, 'totp_pending = ?', [secret], now);
  }

  async enableTotp(id: string, now: Date): Promise<boolean> {
    return this.#update(id, 'totp_secret = totp_pending, totp_pending = NULL, totp_last_step = NULL', [], now);
  }

  async disableTotp(id: string, now: Date): Promise<boolean> {
    return this.#update(id, 'totp_secret = NULL, totp_pending = NULL, totp_last_step = NULL', [], now);
  }

  /**
   * Spends a TOTP time step: false when this step (or a later one) was used already, so a
   * code seen over someone's shoulder cannot log in a second time, on any instance.
   */
  async spendTotpStep(id: string, step: number): Promise<boolean> {
    const { changes } = await this.db.run(
      'UPDATE accounts SET totp_last_step = ? WHERE id = ? AND (totp_last_step IS NULL OR totp_last_step < ?)',
      [step, id, step],
    );
    return changes === 1;
  }

  async count(): Promise<number> {
    const row = await this.db.get<{ n: number | string }>('SELECT COUNT(*) AS n FROM accounts');
    return Number(row?.n ?? 0);
  }

  async #update(id: string, assignments: string, params: Array<string | number | null>, now: Date): Promise<boolean> {
    const { changes } = await this.db.run(`UPDATE accounts SET ${assignments}, updated_at = ? WHERE id = ?`, [
      ...params,
      now.toISOString(),
      id,
    ]);
    return changes === 1;
  }

  async #writeKommunen(id: string, kommunen: readonly string[]): Promise<void> {
    for (const kommune of new Set(kommunen)) {
      await this.db.run('INSERT INTO account_kommunen (account_id, kommune) VALUES (?, ?)', [id, kommune]);
    }
  }

  async #withSecrets(where: string, value: string): Promise<{ account: Account; secrets: AccountSecrets } | undefined> {
    const row = await this.db.get<Row>(`SELECT * FROM accounts WHERE ${where}`, [value]);
    if (!row) return undefined;
    const kommunen = await this.db.all<{ kommune: string }>('SELECT kommune FROM account_kommunen WHERE account_id = ? ORDER BY kommune', [
      row.id,
    ]);
    const secrets: AccountSecrets = {};
    if (row.password_hash) secrets.passwordHash = row.password_hash;
    if (row.totp_secret) secrets.totpSecret = row.totp_secret;
    if (row.totp_pending) secrets.totpPending = row.totp_pending;
    return {
      account: fromRow(
        row,
        kommunen.map((k) => k.kommune),
      ),
      secrets,
    };
  }
}

function fromRow(row: Row, kommunen: string[]): Account {
  return {
    id: row.id,
    email: row.email,
    admin: Number(row.is_admin) === 1,
    kommunen,
    hasPassword: row.password_hash !== null,
    totpEnabled: row.totp_secret !== null,
    totpRequired: Number(row.totp_required) === 1,
    disabled: row.disabled_at !== null,
    createdAt: row.created_at,
  };
}
