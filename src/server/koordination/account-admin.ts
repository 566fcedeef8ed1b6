/**
 * Creating and changing accounts, the same way for the command line (`wir-widgets receiver
 * user …`) and the admins' page in the workspace: checks, the audit entry, and the one-time
 * link to set a password (valid 24 h, only its hash stored, spent on use).
 */
import { kommuneByCode } from '../../core/place/kommunen.js';
import { type Account, KOMMUNE_CODE, normaliseEmail, type Store } from '../store/index.js';
import type { Actor } from './anfrage-workflow.js';
import { hashPassword, passwordProblem, type ScryptCost } from './password-hash.js';
import { newSecretToken, tokenHash } from './secret-token.js';

export const PASSWORD_LINK_MS = 24 * 60 * 60 * 1000;

const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;

export type AccountProblem = 'invalid-email' | 'invalid-kommune' | 'no-kommune' | 'email-taken';

export function passwordLinkPath(token: string): string {
  return `/koordination/passwort#${token}`;
}

/** Splits "06438, 06432" and checks each is a Kreisschlüssel or AGS inside one of the 33 WIR areas. */
export function parseKommunen(raw: string | readonly string[]): { codes: string[]; invalid: string[] } {
  const list = (typeof raw === 'string' ? raw.split(',') : raw).map((c) => c.trim()).filter(Boolean);
  const invalid = list.filter((c) => !KOMMUNE_CODE.test(c) || kommuneByCode(c) === undefined);
  return { codes: [...new Set(list)], invalid };
}

export interface NewAccountInput {
  email: string;
  kommunen: readonly string[];
  admin: boolean;
  totpRequired?: boolean;
}

export async function createAccount(
  store: Store,
  input: NewAccountInput,
  actor: Actor,
  now: Date,
): Promise<{ account: Account } | { problem: AccountProblem; detail?: string }> {
  const email = normaliseEmail(input.email);
  if (!EMAIL.test(email) || email.length > 254) return { problem: 'invalid-email' };
  const { codes, invalid } = parseKommunen(input.kommunen);
  if (invalid.length) return { problem: 'invalid-kommune', detail: invalid.join(', ') };
  // An admin manages accounts and may have no Kommune; a coordinator without one would see nothing.
  if (codes.length === 0 && !input.admin) return { problem: 'no-kommune' };
  return store.transaction(async (tx) => {
    const account = await tx.accounts.create(
      { email, kommunen: codes, admin: input.admin, totpRequired: input.totpRequired ?? false },
      now,
    );
    if (!account) return { problem: 'email-taken' as const };
    await tx.audit.record(
      { actorKind: actor.kind, ...(actor.id ? { actorId: actor.id } : {}), action: 'account-created', to: describe(account) },
      now,
    );
    return { account };
  });
}

/** A new one-time link for the account (earlier ones stop working); returns the token for the URL fragment. */
export async function issuePasswordLink(store: Store, accountId: string, now: Date): Promise<string> {
  const token = newSecretToken();
  await store.passwordLinks.create(tokenHash(token), accountId, new Date(now.getTime() + PASSWORD_LINK_MS));
  return token;
}

/** Sets a password directly (`--password-stdin`, "change my password") and ends the account's other sessions. */
export async function setPassword(
  store: Store,
  account: Account,
  password: string,
  cost: ScryptCost | undefined,
  actor: Actor,
  now: Date,
  keepSessionHash = '',
): Promise<{ ok: true } | { ok: false; problem: string }> {
  const problem = passwordProblem(password, account.email);
  if (problem) return { ok: false, problem };
  const hash = await hashPassword(password, cost);
  await store.transaction(async (tx) => {
    await tx.accounts.setPassword(account.id, hash, now);
    await tx.sessions.deleteForAccount(account.id, keepSessionHash);
    await tx.audit.record(
      { actorKind: actor.kind, ...(actor.id ? { actorId: actor.id } : {}), action: 'password-set', to: account.email },
      now,
    );
  });
  return { ok: true };
}

/** "wir@… (06438, 06432; admin)" — how the trail and the command line name an account. */
export function describe(account: Account): string {
  const roles = [account.kommunen.join(', ') || '–', ...(account.admin ? ['admin'] : []), ...(account.totpRequired ? ['2FA'] : [])];
  return `${account.email} (${roles.join('; ')})`;
}
