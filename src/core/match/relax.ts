/**
 * Relaxations (DESIGN §5 "zero results never dead-end"): candidate next steps, each counted by
 * running the relaxed query, offered only when they raise the count.
 */
import { substitutesFor } from '../language/index.js';
import type { DolmetscherQuery, LotsenQuery, MatchKind, Relaxation, SprachkursQuery } from './types.js';
import { DEFAULT_RADIUS_KM, RADIUS_STEPS } from './weights.js';

type Q = LotsenQuery | SprachkursQuery | DolmetscherQuery;
type Step = { code: string; params: Relaxation<Q>['params']; query: Q };

/**
 * Wishes that a relaxation may drop, per kind and in offer order, as `code` or `code:queryKey`
 * (relaxation `drop-<code>`); the param is named as the key, boolean wishes carry none.
 */
const DROPS: Record<MatchKind, string> = {
  lotsen: 'text',
  sprachkurse: 'text levels childcare audience dayparts days start:startsWithinWeeks free:freeOnly seats:freeSeatsOnly program format',
  dolmetscher: 'kommune mode setting date',
};

function steps(kind: MatchKind, query: Q): Step[] {
  const out: Step[] = [];
  const q = query as LotsenQuery & SprachkursQuery & DolmetscherQuery;
  if (kind !== 'sprachkurse') {
    // Lotsen asked without substitutes, or an interpreter's language: offer related ones.
    const l = kind === 'lotsen',
      key = l ? 'languages' : 'alternatives';
    const have = l ? [] : [q.language, ...(q.alternatives ?? [])];
    for (const a of l ? (q.substitutes === false && q.languages) || [] : [q.language])
      for (const s of substitutesFor(a).slice(0, 3)) {
        if (!have.includes(s.code))
          out.push({
            code: 'language-substitute',
            params: { asked: a, code: s.code, closeness: s.closeness },
            query: { ...q, [key]: [...(q[key] ?? []), s.code] },
          });
      }
  }
  for (const d of DROPS[kind].split(' ')) {
    const [code, k] = d.split(':') as [string, string?];
    const key = (k ?? code) as keyof typeof q;
    const v = q[key];
    if (
      (key !== 'levels' || !q.unknownLevel) &&
      (v === true || (typeof v === 'string' && v) || typeof v === 'number' || (Array.isArray(v) && v.length))
    ) {
      const relaxed: Record<string, unknown> = { ...q };
      delete relaxed[key];
      if (key === 'date') delete relaxed.from; // a time without a day means nothing
      out.push({
        code: `drop-${code}`,
        params: v === true ? {} : { [key === 'startsWithinWeeks' ? 'weeks' : key]: v as string },
        query: relaxed as Q,
      });
    }
  }
  if (kind === 'sprachkurse' && !q.includeFull && !q.freeSeatsOnly)
    out.push({ code: 'include-full', params: {}, query: { ...q, includeFull: true } });
  return out;
}

/** Steps that raise `total`, best count first (stable: the step order above breaks ties). */
export function relaxationsFor<Qk extends Q>(kind: MatchKind, query: Qk, total: number, count: (q: Qk) => number): Array<Relaxation<Qk>> {
  const found: Array<Relaxation<Qk>> = [];
  const offer = (s: Step): boolean => {
    const relaxed = { ...(s.query as Qk) };
    delete relaxed.cursor;
    const n = count(relaxed);
    if (n > total) found.push({ code: s.code, params: s.params, count: n, query: relaxed });
    return n > total;
  };
  // The smallest radius step that raises the count, not merely the next one: in Kassel a
  // Tamil speaker may live 40 km away, and offering 10 km (still 0) or nothing dead-ends.
  if (query.near) {
    const fromKm = query.radiusKm ?? DEFAULT_RADIUS_KM;
    for (const toKm of RADIUS_STEPS)
      if (toKm > fromKm && offer({ code: 'radius', params: { fromKm, toKm }, query: { ...query, radiusKm: toKm } })) break;
  }
  for (const s of steps(kind, query)) offer(s);
  return found.sort((a, b) => b.count - a.count);
}
