/**
 * Bearer-token check for the coordinator routes. Both sides are hashed to SHA-256 first so
 * timingSafeEqual always compares 32 bytes: comparing the raw strings would leak the
 * token's length, and an early-exit `===` would leak how many leading characters match.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

export function createBearerCheck(token: string): (authorization: string | undefined) => boolean {
  const expected = digest(token);
  return (authorization) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    // Hash even when the header is missing, so a missing and a wrong token take the same time.
    const given = digest(match?.[1] ?? '');
    return timingSafeEqual(given, expected) && match !== null;
  };
}
