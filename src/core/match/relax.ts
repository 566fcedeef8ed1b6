/**
 * Relaxations: zero or few results never dead-end (docs/architecture.md, "Matching"). Each
 * candidate step is counted by running the query with its change, and offered only when it
 * raises the count. A step is the change itself (types.ts `Relaxation`); relaxQuery applies it.
 */
import { substitutesFor } from '../language/index.js';
import type { DolmetscherQuery, LotsenQuery, MatchKind, Relaxation, RelaxationFor, SprachkursQuery } from './types.js';
import { DEFAULT_RADIUS_KM, RADIUS_STEPS } from './weights.js';

type AnyQuery = LotsenQuery & SprachkursQuery & DolmetscherQuery;
type AnyStep = RelaxationFor<unknown>;

/**
 * Per drop step: the query key it removes, and the param that says what the key held (none for
 * a yes/no filter).
 */
const DROPPED = {
  'drop-text': ['text', 'text'],
  'drop-levels': ['levels', 'levels'],
  'drop-childcare': ['childcare', ''],
  'drop-audience': ['audience', 'audience'],
  'drop-dayparts': ['dayparts', 'dayparts'],
  'drop-days': ['days', 'days'],
  'drop-start': ['startsWithinWeeks', 'weeks'],
  'drop-free': ['freeOnly', ''],
  'drop-seats': ['freeSeatsOnly', ''],
  'drop-program': ['program', 'program'],
  'drop-format': ['format', 'format'],
  'drop-kommune': ['kommune', 'kommune'],
  'drop-mode': ['mode', 'mode'],
  'drop-setting': ['setting', 'setting'],
  'drop-date': ['date', 'date'],
} as const satisfies Partial<Record<AnyStep['code'], readonly [keyof AnyQuery, string]>>;
type DropCode = keyof typeof DROPPED;

/** The filters a relaxation may drop, per kind, in offer order. */
const DROPS: Record<MatchKind, DropCode[]> = {
  lotsen: ['drop-text'],
  sprachkurse: [
    'drop-text',
    'drop-levels',
    'drop-childcare',
    'drop-audience',
    'drop-dayparts',
    'drop-days',
    'drop-start',
    'drop-free',
    'drop-seats',
    'drop-program',
    'drop-format',
  ],
  dolmetscher: ['drop-kommune', 'drop-mode', 'drop-setting', 'drop-date'],
};

/**
 * The query with the relaxation's change made, as the engine counted it; for callers that keep
 * a query rather than controls (a view applies the change to its own controls instead).
 */
export function relaxQuery<Q extends object>(query: Q, step: AnyStep): Q {
  const q = { ...query } as Record<string, unknown>;
  delete q.cursor;
  switch (step.code) {
    case 'radius':
      q.radiusKm = step.params.toKm;
      break;
    case 'language-substitute': {
      // An interpreter request names one language and lists alternatives; Lotsen take a list.
      const key = typeof q.language === 'string' ? 'alternatives' : 'languages';
      q[key] = [...((q[key] as string[] | undefined) ?? []), step.params.code];
      break;
    }
    case 'include-full':
      q.includeFull = true;
      break;
    default:
      delete q[DROPPED[step.code][0]];
      // A time without a day means nothing.
      if (step.code === 'drop-date') delete q.from;
  }
  return q as Q;
}

/** The steps a query could take, in offer order, before counting. */
function candidates(kind: MatchKind, query: AnyQuery): AnyStep[] {
  const out: AnyStep[] = [];
  if (kind !== 'sprachkurse') {
    // Lotsen asked without substitutes, or an interpreter's language: offer related ones.
    const asked = kind === 'lotsen' ? (query.substitutes === false && query.languages) || [] : [query.language];
    const have = kind === 'lotsen' ? [] : [query.language, ...(query.alternatives ?? [])];
    for (const a of asked)
      for (const s of substitutesFor(a).slice(0, 3))
        if (!have.includes(s.code)) out.push({ code: 'language-substitute', params: { asked: a, code: s.code, closeness: s.closeness } });
  }
  for (const code of DROPS[kind]) {
    const step = dropStep(code, query);
    if (step) out.push(step);
  }
  if (kind === 'sprachkurse' && !query.includeFull && !query.freeSeatsOnly) out.push({ code: 'include-full', params: {} });
  return out;
}

/** The drop step for a filter the query holds, with what it held; null when it holds none. */
function dropStep(code: DropCode, q: AnyQuery): AnyStep | null {
  const [key, param] = DROPPED[code];
  const v = q[key];
  const held = v === true || (typeof v === 'string' && v !== '') || typeof v === 'number' || (Array.isArray(v) && v.length > 0);
  // "I don't know my level" already ignores levels: dropping them changes nothing.
  if (!held || (code === 'drop-levels' && q.unknownLevel)) return null;
  // The table above pairs each code with its param, so the step has the shape its code promises.
  return { code, params: param ? { [param]: v } : {} } as AnyStep;
}

/** Steps that raise `total`, best count first (stable: the offer order breaks ties). */
export function relaxationsFor<Q extends object>(kind: MatchKind, query: Q, total: number, count: (q: Q) => number): Array<Relaxation<Q>> {
  const found: Array<Relaxation> = [];
  const offer = (step: AnyStep): boolean => {
    const n = count(relaxQuery(query, step));
    if (n > total) found.push({ ...step, count: n });
    return n > total;
  };
  const q = query as AnyQuery;
  // The smallest radius step that raises the count, not merely the next one: in Kassel a
  // Tamil speaker may live 40 km away, and offering 10 km (still 0) or nothing dead-ends.
  if (q.near) {
    const fromKm = q.radiusKm ?? DEFAULT_RADIUS_KM;
    for (const toKm of RADIUS_STEPS) if (toKm > fromKm && offer({ code: 'radius', params: { fromKm, toKm } })) break;
  }
  for (const step of candidates(kind, q)) offer(step);
  return found.sort((a, b) => b.count - a.count) as Array<Relaxation<Q>>;
}
