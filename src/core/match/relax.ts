/**
 * Relaxations (DESIGN §5 "zero results never dead-end"): candidate next steps, each counted by
 * running the relaxed query, offered only when they raise the count.
 */
import { substitutesFor } from '../language/index.js';
import type { DolmetscherQuery, LotsenQuery, MatchKind, Relaxation, SprachkursQuery } from './types.js';
import { DEFAULT_RADIUS_KM, RADIUS_STEPS } from './weights.js';

type Q = LotsenQuery | SprachkursQuery | DolmetscherQuery;
type Step = { code: string; params: Relaxation<Q>['params']; query: Q };

function without<T extends object>(q: T, key: keyof T): T {
  const c = { ...q };
  delete c[key];
  return c;
}

/** Course wishes that a relaxation may drop; boolean wishes carry no params. */
const COURSE_DROPS: Array<[string, keyof SprachkursQuery]> = [
  ['drop-childcare', 'childcare'], ['drop-audience', 'audience'], ['drop-dayparts', 'dayparts'], ['drop-days', 'days'],
  ['drop-start', 'startsWithinWeeks'], ['drop-free', 'freeOnly'], ['drop-seats', 'freeSeatsOnly'],
  ['drop-program', 'program'], ['drop-format', 'format'],
];

function drop<T extends object>(q: T, code: string, key: keyof T): Step {
  const v = q[key] as Relaxation<Q>['params'][string] | boolean;
  const relaxed = without(q, key) as Q & { from?: string };
  if (key === 'date') delete relaxed.from; // a time without a day means nothing
  return { code, params: typeof v === 'boolean' ? {} : { [key === 'startsWithinWeeks' ? 'weeks' : (key as string)]: v }, query: relaxed };
}

function steps(kind: MatchKind, query: Q): Step[] {
  const out: Step[] = [];
  if (kind === 'lotsen') {
    const q = query as LotsenQuery;
    if (q.substitutes === false && q.languages?.length) {
      for (const a of q.languages) for (const s of substitutesFor(a).slice(0, 3)) {
        out.push({ code: 'language-substitute', params: { asked: a, code: s.code, closeness: s.closeness }, query: { ...q, languages: [...q.languages, s.code] } });
      }
    }
    if (q.text) out.push(drop(q, 'drop-text', 'text'));
  } else if (kind === 'sprachkurse') {
    const q = query as SprachkursQuery;
    if (q.text) out.push(drop(q, 'drop-text', 'text'));
    if (q.levels?.length && !q.unknownLevel) out.push(drop(q, 'drop-levels', 'levels'));
    // Each wish that narrows the list, as [relaxation code, query key]; param named as the key.
    for (const [code, key] of COURSE_DROPS) {
      const v = q[key];
      if (v === true || (typeof v === 'string' && v) || typeof v === 'number' || (Array.isArray(v) && v.length)) out.push(drop(q, code, key));
    }
    if (!q.includeFull && !q.freeSeatsOnly) out.push({ code: 'include-full', params: {}, query: { ...q, includeFull: true } });
  } else {
    const q = query as DolmetscherQuery;
    const have = new Set([q.language, ...(q.alternatives ?? [])]);
    for (const s of substitutesFor(q.language).slice(0, 3)) {
      if (!have.has(s.code)) out.push({ code: 'language-substitute', params: { asked: q.language, code: s.code, closeness: s.closeness }, query: { ...q, alternatives: [...(q.alternatives ?? []), s.code] } });
    }
    for (const key of ['kommune', 'mode', 'setting', 'date'] as const) if (q[key]) out.push(drop(q, `drop-${key}`, key));
  }
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
    for (const toKm of RADIUS_STEPS) if (toKm > fromKm && offer({ code: 'radius', params: { fromKm, toKm }, query: { ...query, radiusKm: toKm } })) break;
  }
  for (const s of steps(kind, query)) offer(s);
  return found.sort((a, b) => b.count - a.count);
}
