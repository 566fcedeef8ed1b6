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

function radiusStep(q: { near?: unknown; radiusKm?: number }): Step | null {
  if (!q.near) return null;
  const from = q.radiusKm ?? DEFAULT_RADIUS_KM;
  const to = RADIUS_STEPS.find((s) => s > from);
  return to === undefined ? null : { code: 'radius', params: { fromKm: from, toKm: to }, query: { ...(q as Q), radiusKm: to } };
}

function steps(kind: MatchKind, query: Q): Step[] {
  const out: Step[] = [];
  const r = radiusStep(query);
  if (r) out.push(r);
  if (kind === 'lotsen') {
    const q = query as LotsenQuery;
    if (q.substitutes === false && q.languages?.length) {
      for (const a of q.languages) for (const s of substitutesFor(a).slice(0, 3)) {
        out.push({ code: 'language-substitute', params: { asked: a, code: s.code, closeness: s.closeness }, query: { ...q, languages: [...q.languages, s.code] } });
      }
    }
    if (q.text) out.push({ code: 'drop-text', params: { text: q.text }, query: without(q, 'text') });
  } else if (kind === 'sprachkurse') {
    const q = query as SprachkursQuery;
    if (q.text) out.push({ code: 'drop-text', params: { text: q.text }, query: without(q, 'text') });
    if (q.levels?.length && !q.unknownLevel) out.push({ code: 'drop-levels', params: { levels: q.levels }, query: without(q, 'levels') });
    if (q.childcare) out.push({ code: 'drop-childcare', params: {}, query: without(q, 'childcare') });
    if (q.audience) out.push({ code: 'drop-audience', params: { audience: q.audience }, query: without(q, 'audience') });
    if (q.dayparts?.length) out.push({ code: 'drop-dayparts', params: { dayparts: q.dayparts }, query: without(q, 'dayparts') });
    if (q.days?.length) out.push({ code: 'drop-days', params: { days: q.days }, query: without(q, 'days') });
    if (q.startsWithinWeeks !== undefined) out.push({ code: 'drop-start', params: { weeks: q.startsWithinWeeks }, query: without(q, 'startsWithinWeeks') });
    if (q.freeOnly) out.push({ code: 'drop-free', params: {}, query: without(q, 'freeOnly') });
    if (q.freeSeatsOnly) out.push({ code: 'drop-seats', params: {}, query: without(q, 'freeSeatsOnly') });
    if (!q.includeFull && !q.freeSeatsOnly) out.push({ code: 'include-full', params: {}, query: { ...q, includeFull: true } });
    if (q.program?.length) out.push({ code: 'drop-program', params: { program: q.program }, query: without(q, 'program') });
    if (q.format?.length) out.push({ code: 'drop-format', params: { format: q.format }, query: without(q, 'format') });
  } else {
    const q = query as DolmetscherQuery;
    const have = new Set([q.language, ...(q.alternatives ?? [])]);
    for (const s of substitutesFor(q.language).slice(0, 3)) {
      if (!have.has(s.code)) out.push({ code: 'language-substitute', params: { asked: q.language, code: s.code, closeness: s.closeness }, query: { ...q, alternatives: [...(q.alternatives ?? []), s.code] } });
    }
    if (q.kommune) out.push({ code: 'drop-kommune', params: { kommune: q.kommune }, query: without(q, 'kommune') });
    if (q.mode) out.push({ code: 'drop-mode', params: { mode: q.mode }, query: without(q, 'mode') });
    if (q.setting) out.push({ code: 'drop-setting', params: { setting: q.setting }, query: without(q, 'setting') });
    if (q.date) out.push({ code: 'drop-date', params: { date: q.date }, query: without(without(q, 'date'), 'from') });
  }
  return out;
}

/** Steps that raise `total`, best count first (stable: the step order above breaks ties). */
export function relaxationsFor<Qk extends Q>(kind: MatchKind, query: Qk, total: number, count: (q: Qk) => number): Array<Relaxation<Qk>> {
  const found: Array<Relaxation<Qk>> = [];
  for (const s of steps(kind, query)) {
    const relaxed = { ...(s.query as Qk) };
    delete relaxed.cursor;
    const n = count(relaxed);
    if (n > total) found.push({ code: s.code, params: s.params, count: n, query: relaxed });
  }
  return found.sort((a, b) => b.count - a.count);
}
