/**
 * Logging coordinators in and knowing who is calling.
 *
 * - One answer for an unknown address, a wrong password and a disabled account (401
 *   `invalid-credentials`), and the same time for each: an unknown address is checked
 *   against a decoy hash.
 * - Failed logins are counted per e-mail address in the database (all instances share it):
 *   from the 5th failure within 15 minutes the address waits 1 min, then 2, 4, … up to 15
 *   (429 + Retry-After), whether or not an account exists. Per client address the HTTP layer
 *   adds a token bucket (koordination-api.ts).
 * - Sessions end after 8 idle hours, and after 24 hours whatever happens; logout, a disabled
 *   account, a new password or a changed second factor end them on the server.
 * - A second factor (TOTP) is asked for when the account has one. An account whose office
 *   requires one but has none yet gets a session that can only set it up.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Account, Store } from '../store/index.js';
import { DEFAULT_SCRYPT_COST, decoyHash, hashPassword, needsRehash, type ScryptCost, verifyPassword } from './password-hash.js';
import { newSecretToken, tokenHash } from './secret-token.js';
import { readSessionCookie } from './session-cookie.js';
import { matchTotp } from './totp.js';

export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
export const SESSION_MAX_MS = 24 * 60 * 60 * 1000;
/** last_seen_at is written at most once a minute per session, not on every call. */
const TOUCH_EVERY_MS = 60 * 1000;
const FAILURE_WINDOW_MS = 15 * 60 * 1000;
const FREE_FAILURES = 4;
const FIRST_BLOCK_MS = 60 * 1000;
const MAX_BLOCK_MS = 15 * 60 * 1000;

export interface AuthOptions {
  store: Store;
  now: () => Date;
  scryptCost?: ScryptCost;
  /** Kommunen whose accounts must use a second factor; `*` = every account (WIR_REQUIRE_TOTP). */
  totpPolicy?: readonly string[];
}

export type LoginResult =
  | { ok: true; sessionId: string; session: Session }
  | { ok: false; error: 'invalid-credentials' | 'code-required' | 'invalid-code' }
  | { ok: false; error: 'throttled'; retryAfterSeconds: number };

export interface Session {
  idHash: string;
  account: Account;
  /** The account must set up a second factor before it may see anything. */
  needsTotpSetup: boolean;
}

export class KoordinationAuth {
  readonly #o: AuthOptions;
  readonly cost: ScryptCost;

  constructor(options: AuthOptions) {
    this.#o = options;
    this.cost = options.scryptCost ?? DEFAULT_SCRYPT_COST;
  }

  /** Whether this account must give a second factor (its own, or its office's policy). */
  requiresSecondFactor(account: Account): boolean {
    const policy = this.#o.totpPolicy ?? [];
    return account.totpEnabled || account.totpRequired || policy.includes('*') || account.kommunen.some((k) => policy.includes(k));
  }

  async login(email: string, password: string, code: string | undefined): Promise<LoginResult> {
    const { store } = this.#o;
    const key = throttleKey(email);
    const throttle = await store.loginThrottle.get(key);
    const now = this.#o.now();
    if (throttle?.blockedUntil && Date.parse(throttle.blockedUntil) > now.getTime()) {
      return { ok: false, error: 'throttled', retryAfterSeconds: Math.ceil((Date.parse(throttle.blockedUntil) - now.getTime()) / 1000) };
    }
    const found = await store.accounts.byEmail(email);
    const hash = found?.secrets.passwordHash ?? (await decoyHash(this.cost));
    const passwordOk = (await verifyPassword(password, hash)) && found !== undefined && found.secrets.passwordHash !== undefined;
    if (!passwordOk || !found || found.account.disabled) return this.#failed(key, 'invalid-credentials');

    const { account, secrets } = found;
    let secondFactor = !this.requiresSecondFactor(account);
    if (secrets.totpSecret) {
      if (!code) return { ok: false, error: 'code-required' };
      const step = matchTotp(secrets.totpSecret, code, this.#o.now());
      if (step === undefined || !(await store.accounts.spendTotpStep(account.id, step))) return this.#failed(key, 'invalid-code');
      secondFactor = true;
    }
    await store.loginThrottle.reset(key);
    if (needsRehash(secrets.passwordHash!, this.cost)) {
      await store.accounts.setPassword(account.id, await hashPassword(password, this.cost), this.#o.now());
    }
    const sessionId = newSecretToken();
    const idHash = tokenHash(sessionId);
    await store.sessions.create(idHash, account.id, secondFactor, this.#o.now());
    return { ok: true, sessionId, session: { idHash, account, needsTotpSetup: !secondFactor } };
  }

  async #failed(key: string, error: 'invalid-credentials' | 'invalid-code'): Promise<LoginResult> {
    const now = this.#o.now();
    const failures = await this.#o.store.loginThrottle.fail(key, now, new Date(now.getTime() - FAILURE_WINDOW_MS));
    if (failures > FREE_FAILURES) {
      const blockMs = Math.min(MAX_BLOCK_MS, FIRST_BLOCK_MS * 2 ** (failures - FREE_FAILURES - 1));
      await this.#o.store.loginThrottle.block(key, new Date(now.getTime() + blockMs));
    }
    return { ok: false, error };
  }

  /** The caller's session, or undefined (no cookie, unknown, idle too long, account disabled). */
  async session(req: IncomingMessage): Promise<Session | undefined> {
    const id = readSessionCookie(req);
    if (!id) return undefined;
    const idHash = tokenHash(id);
    const { store } = this.#o;
    const row = await store.sessions.get(idHash);
    if (!row) return undefined;
    const now = this.#o.now().getTime();
    const idle = now - Date.parse(row.lastSeenAt);
    if (idle > SESSION_IDLE_MS || now - Date.parse(row.createdAt) > SESSION_MAX_MS) {
      await store.sessions.delete(idHash);
      return undefined;
    }
    const account = await store.accounts.get(row.accountId);
    if (!account || account.disabled) {
      await store.sessions.delete(idHash);
      return undefined;
    }
    if (idle > TOUCH_EVERY_MS) await store.sessions.touch(idHash, this.#o.now());
    return { idHash, account, needsTotpSetup: !row.secondFactor && this.requiresSecondFactor(account) };
  }

  async logout(session: Session): Promise<void> {
    await this.#o.store.sessions.delete(session.idHash);
  }

  /** Drops idle sessions, spent password links and old throttle rows (hourly housekeeping). */
  async purge(): Promise<void> {
    const now = this.#o.now();
    await this.#o.store.sessions.deleteIdleSince(new Date(now.getTime() - SESSION_IDLE_MS));
    await this.#o.store.passwordLinks.deleteExpired(now);
    await this.#o.store.loginThrottle.deleteOlderThan(new Date(now.getTime() - MAX_BLOCK_MS - FAILURE_WINDOW_MS));
  }
}

/** The throttle's key for an address: a hash, so the table holds no readable addresses. */
function throttleKey(email: string): string {
  return `email:${createHash('sha256').update(email.trim().toLowerCase()).digest('hex')}`;
}
