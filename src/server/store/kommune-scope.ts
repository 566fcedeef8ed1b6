/**
 * Which requests an account may see: those of its Kommunen. Written once as SQL (for lists,
 * counts and exports) and once as a plain predicate (for a single request), and tested to
 * agree (test/server/kommune-scope.test.ts).
 *
 * A Kreisschlüssel (5 digits) covers the AGS (8 digits) of the Gemeinden in that Kreis, so a
 * request routed to "06438001" reaches the Kreis Offenbach office. The exception are the six
 * Sonderstatusstädte: Gießen, Marburg, Fulda, … lie inside a Landkreis but are WIR areas of
 * their own with their own office (src/core/place/kommunen-table.ts), so the Landkreis does
 * not see their requests unless the account lists the city's AGS as well.
 */
import { KOMMUNEN } from '../../core/place/kommunen.js';
import type { SqlValue } from './sql-db.js';

/** A Kreisschlüssel (5 digits) or AGS (8 digits). */
export const KOMMUNE_CODE = /^\d{5}(?:\d{3})?$/;

const OWN_OFFICE_CITIES: ReadonlyMap<string, readonly string[]> = (() => {
  const byKreis = new Map<string, string[]>();
  for (const k of KOMMUNEN) {
    if (k.type !== 'sonderstatusstadt' || !k.ags) continue;
    byKreis.set(k.code, [...(byKreis.get(k.code) ?? []), k.ags]);
  }
  return byKreis;
})();

/** Whether a request routed to `kommune` belongs to an account bound to `scope`. */
export function inScope(scope: readonly string[], kommune: string): boolean {
  return scope.some((code) => {
    if (code.length === 8) return kommune === code;
    return kommune.slice(0, 5) === code && !(OWN_OFFICE_CITIES.get(code) ?? []).includes(kommune);
  });
}

/**
 * The same rule as a WHERE fragment on `anfragen.kommune`, with its bound values. An empty
 * scope matches nothing: an account without Kommunen sees no request.
 */
export function scopeCondition(scope: readonly string[]): { sql: string; params: SqlValue[] } {
  if (scope.length === 0) return { sql: '1 = 0', params: [] };
  const parts: string[] = [];
  const params: SqlValue[] = [];
  for (const code of scope) {
    if (code.length === 8) {
      parts.push('kommune = ?');
      params.push(code);
      continue;
    }
    const cities = OWN_OFFICE_CITIES.get(code) ?? [];
    parts.push(
      cities.length ? `(substr(kommune, 1, 5) = ? AND kommune NOT IN (${cities.map(() => '?').join(', ')}))` : 'substr(kommune, 1, 5) = ?',
    );
    params.push(code, ...cities);
  }
  return { sql: `(${parts.join(' OR ')})`, params };
}
