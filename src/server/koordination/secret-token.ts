/**
 * Bearer secrets of the workspace — session ids, password links, status links: 256 random
 * bits as base64url, stored only as their SHA-256. A plain (unsalted) hash is enough here
 * because the secret itself is random and long, unlike a password.
 */
import { createHash, randomBytes } from 'node:crypto';

export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Shape of a token made by newSecretToken: checked before any database lookup. */
export function looksLikeToken(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
}
