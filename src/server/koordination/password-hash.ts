/**
 * Password hashing with scrypt (node:crypto), a memory-hard function: each guess costs an
 * attacker with a stolen database the same memory and time it costs us, which rules out
 * cheap GPU farms.
 *
 * Cost: N = 2^16, r = 8, p = 2, one of OWASP's equivalent scrypt settings (Password Storage
 * Cheat Sheet): 64 MiB per hash. The parameters are stored with each hash, so raising them
 * later re-hashes a password at its next login (`needsRehash`). crypto.scrypt runs on
 * libuv's thread pool, so a login never blocks the event loop.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

export interface ScryptCost {
  /** log2 of N (CPU/memory cost). */
  log2N: number;
  /** Block size. */
  r: number;
  /** Parallelisation. */
  p: number;
}

export const DEFAULT_SCRYPT_COST: ScryptCost = { log2N: 16, r: 8, p: 2 };

const KEY_BYTES = 32;
const SALT_BYTES = 16;

function derive(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  const N = 2 ** cost.log2N;
  return new Promise((resolve, reject) => {
    // maxmem: scrypt needs about 128 · N · r bytes; Node's default cap (32 MiB) is below that.
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, { N, r: cost.r, p: cost.p, maxmem: 256 * N * cost.r }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** `scrypt$16$8$2$<salt base64>$<key base64>` */
export async function hashPassword(password: string, cost: ScryptCost = DEFAULT_SCRYPT_COST): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, cost);
  return ['scrypt', cost.log2N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$');
}

function parse(stored: string): { cost: ScryptCost; salt: Buffer; key: Buffer } | undefined {
  const [scheme, log2N, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return undefined;
  const cost = { log2N: Number(log2N), r: Number(r), p: Number(p) };
  if (![cost.log2N, cost.r, cost.p].every((n) => Number.isInteger(n) && n > 0) || cost.log2N > 22) return undefined;
  return { cost, salt: Buffer.from(salt, 'base64'), key: Buffer.from(key, 'base64') };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.cost);
  return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}

export function needsRehash(stored: string, cost: ScryptCost = DEFAULT_SCRYPT_COST): boolean {
  const parsed = parse(stored)?.cost;
  return !parsed || parsed.log2N < cost.log2N || parsed.r < cost.r || parsed.p < cost.p;
}

/**
 * A hash of a password nobody knows, computed once per cost: a login for an unknown e-mail
 * address verifies against it, so it takes as long as a wrong password for a real account.
 */
const decoys = new Map<string, Promise<string>>();
export function decoyHash(cost: ScryptCost = DEFAULT_SCRYPT_COST): Promise<string> {
  const key = `${cost.log2N}/${cost.r}/${cost.p}`;
  let hash = decoys.get(key);
  if (!hash) {
    hash = hashPassword(randomBytes(24).toString('base64'), cost);
    decoys.set(key, hash);
  }
  return hash;
}

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

/** Why a new password is refused, as a code the workspace and the CLI translate; undefined when fine. */
export function passwordProblem(password: unknown, email: string): 'too-short' | 'too-long' | 'same-as-email' | undefined {
  if (typeof password !== 'string' || [...password].length < PASSWORD_MIN_LENGTH) return 'too-short';
  if (password.length > PASSWORD_MAX_LENGTH) return 'too-long';
  if (password.trim().toLowerCase() === email.trim().toLowerCase()) return 'same-as-email';
  return undefined;
}
