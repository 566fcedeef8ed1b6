/** Page size, cursors and the one hit order used everywhere. */
import { DEFAULT_LIMIT, MAX_LIMIT } from './weights.js';

/**
 * Score high to low; among equal scores the nearer first (`km` as shown, one decimal; Infinity
 * without a distance); then by id, so every order is stable.
 */
export function compareHits(sa: number, ka: number, ia: string, sb: number, kb: number, ib: string): number {
  return sb - sa || (ka === kb ? 0 : ka - kb) || (ia < ib ? -1 : ia > ib ? 1 : 0);
}

/** The cursor is the offset in base 36: opaque to callers, stable for the same query and feed. */
export function pageOf(q: { limit?: number; cursor?: string }, total: number): { offset: number; limit: number; next?: string } {
  const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(q.limit ?? DEFAULT_LIMIT) || DEFAULT_LIMIT));
  const parsed = q.cursor ? parseInt(q.cursor, 36) : 0;
  const offset = Number.isFinite(parsed) && parsed > 0 ? parsed : 0;
  return offset + limit < total ? { offset, limit, next: (offset + limit).toString(36) } : { offset, limit };
}
