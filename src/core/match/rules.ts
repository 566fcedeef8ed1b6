/**
 * Hard filters and soft scores per record kind (docs/architecture.md, Hard filters and soft scores), on plain records. Sprachkurse and
 * Dolmetscher: used by both the brute-force reference and the index, so the two cannot drift.
 * Lotsen: evaluateLotse is the reference only; the index recomputes the same filters and
 * scores from typed arrays (engine.ts scanLotsen/lotseReasons, for speed), and the property
 * tests hold the two equal, so a change here must be made there too.
 */

import type { Daypart } from '../calendar/clock.js';
import { DAYPARTS, daypartMask, parseTime } from '../calendar/clock.js';
import { byWeekday, dayNumber, localToday, weekdayOf } from '../calendar/local-date.js';
import { primaryLanguage, substitutesFor } from '../language/index.js';
import { haversineKm } from '../place/index.js';
import type { Day, DolmetscherRecord, LanguageLevel, LanguageSpec, Level, LotseRecord, Slot, SprachkursRecord } from '../schema/index.js';
import type { DolmetscherQuery, GeoPoint, LotsenQuery, Reason, SprachkursQuery } from './types.js';
import * as W from './weights.js';

export const specCode = (s: LanguageSpec): string => (typeof s === 'string' ? s : s.code);
export const specLevel = (s: LanguageSpec): LanguageLevel | undefined => (typeof s === 'string' ? undefined : s.level);
const primary = (code: string): string => primaryLanguage(code).toLowerCase();
export const recordPrimaries = (langs: LanguageSpec[]): string[] => langs.map((s) => primary(specCode(s)));

/** What a record's language must be, per primary subtag: the asked code and how close it is. */
export interface LanguageWish {
  asked: string;
  closeness: number;
  substitute: boolean;
}
export type LanguageWishes = Map<string, LanguageWish>;

/** Recent wish tables: the language table lookups cost more than a whole small-feed scan. */
const wishCache = new Map<string, LanguageWishes>();

export function languageWishes(asked: string[], substitutes: boolean, alternatives: string[] = []): LanguageWishes {
  const key = `${asked.join()}|${substitutes}|${alternatives.join()}`;
  let m = wishCache.get(key);
  if (!m) {
    if (wishCache.size >= 256) wishCache.delete(wishCache.keys().next().value!);
    m = buildWishes(asked, substitutes, alternatives);
    wishCache.set(key, m);
  }
  return m;
}

function buildWishes(asked: string[], substitutes: boolean, alternatives: string[]): LanguageWishes {
  const m: LanguageWishes = new Map();
  for (const a of asked) if (!m.has(primary(a))) m.set(primary(a), { asked: a, closeness: 1, substitute: false });
  for (const a of asked) {
    const related = substitutes || alternatives.length ? substitutesFor(a) : [];
    const subs = substitutes ? [...related] : [];
    for (const alt of alternatives) {
      subs.push({ code: alt, closeness: related.find((s) => primary(s.code) === primary(alt))?.closeness ?? W.ALTERNATIVE_CLOSENESS });
    }
    for (const s of subs) {
      const p = primary(s.code);
      const cur = m.get(p);
      if (!cur || (cur.substitute && cur.closeness < s.closeness)) m.set(p, { asked: a, closeness: s.closeness, substitute: true });
    }
  }
  return m;
}

/** The language reason of a record's spoken `code` (at `level`) for wish `w`; the index builds Lotsen reasons with it too. */
export function languageReason(code: string, level: LanguageLevel | undefined, w: LanguageWish): Reason {
  if (w.substitute) return { code: 'language-substitute', params: { code, asked: w.asked, closeness: w.closeness } };
  return { code: 'language', params: level ? { code, asked: w.asked, level } : { code, asked: w.asked } };
}

/** Best language match of a record: its weight and the reason, or null when none is spoken. */
function languageMatch(langs: LanguageSpec[], primaries: string[], wishes: LanguageWishes, reasons: Reason[] | null): number {
  let best = -1;
  let bestI = -1;
  let bestW: LanguageWish | undefined;
  for (let i = 0; i < primaries.length; i++) {
    const w = wishes.get(primaries[i]!);
    if (!w) continue;
    const v = (w.substitute ? W.SUBSTITUTE_FACTOR * w.closeness : 1) * (W.LEVEL_FACTOR[specLevel(langs[i]!) ?? ''] ?? 1);
    if (v > best) {
      best = v;
      bestI = i;
      bestW = w;
    }
  }
  if (best < 0) return -1;
  if (reasons && bestW) reasons.push(languageReason(specCode(langs[bestI]!), specLevel(langs[bestI]!), bestW));
  return best * W.W_LANGUAGE;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Minutes of `have` overlapping `want`, per day. */
function slotOverlap(have: Slot[], want: Slot[], days: Set<Day> | null): number {
  let total = 0;
  for (const a of have)
    for (const b of want) {
      if (a.day !== b.day) continue;
      const o = Math.min(parseTime(a.to), parseTime(b.to)) - Math.max(parseTime(a.from), parseTime(b.from));
      if (o > 0) {
        total += o;
        days?.add(a.day);
      }
    }
  return total;
}

export interface Evaluation {
  score: number;
  distanceKm?: number;
}
/** The score with its text part added last, as in every kind (and in the Lotsen scan). */
const scored = (score: number, textQ: number, distanceKm: number | undefined): Evaluation => {
  const total = score + W.W_TEXT * Math.max(0, textQ);
  return distanceKm === undefined ? { score: total } : { score: total, distanceKm };
};

// ---------------------------------------------------------------- Lotsen

export interface LotsenPlan {
  q: LotsenQuery;
  wishes: LanguageWishes | null;
  near: GeoPoint | null;
  radius: number;
  topics: Set<string>;
  wishedMinutes: number;
}

export function planLotsen(q: LotsenQuery): LotsenPlan {
  const langs = q.languages ?? [];
  return {
    q,
    wishes: langs.length ? languageWishes(langs, q.substitutes !== false) : null,
    near: q.near ?? null,
    radius: q.radiusKm ?? W.DEFAULT_RADIUS_KM,
    topics: new Set(q.topics ?? []),
    wishedMinutes: (q.times ?? []).reduce((s, t) => s + Math.max(0, parseTime(t.to) - parseTime(t.from)), 0),
  };
}

/**
 * Null when a hard filter removes the record; else its score. `textQ` is the mean quality of
 * the query words (0 without text, <0 when a word did not match).
 */
export function evaluateLotse(
  r: LotseRecord,
  primaries: string[],
  p: LotsenPlan,
  textQ: number,
  reasons: Reason[] | null,
): Evaluation | null {
  if (!r.available || textQ < 0) return null;
  let score = 0;
  if (p.wishes) {
    const l = languageMatch(r.languages, primaries, p.wishes, reasons);
    if (l < 0) return null;
    score += l;
  }
  let distanceKm: number | undefined;
  if (p.near) {
    // In the list: within the resident's radius, or farther but within the Lotse's own travelKm
    // (they come that far to the resident). The first group ranks before the second.
    const d = haversineKm(p.near, r.place);
    const within = d <= p.radius;
    if (!within && !(d <= (r.travelKm ?? 0))) return null;
    distanceKm = round1(d);
    if (within) score += W.W_WITHIN_RADIUS + W.W_DISTANCE * (1 - d / Math.max(p.radius, 1e-9));
    reasons?.push({ code: 'distance', params: { km: distanceKm, ort: r.place.ort } });
    if (!within) reasons?.push({ code: 'travels', params: { travelKm: r.travelKm ?? 0 } });
  }
  if (p.topics.size) {
    // Unique topics: a feed repeating a topic must not count it twice (the index uses bitmasks).
    const hit = [...new Set(r.topics)].filter((t) => p.topics.has(t));
    if (hit.length) {
      score += (W.W_TOPICS * hit.length) / p.topics.size;
      reasons?.push({ code: 'topics', params: { topics: hit } });
    }
  }
  if (p.wishedMinutes > 0 && r.availability) {
    const days = reasons ? new Set<Day>() : null;
    const o = slotOverlap(r.availability, p.q.times!, days);
    if (o > 0) {
      score += W.W_TIMES * Math.min(1, o / p.wishedMinutes);
      reasons?.push({ code: 'times', params: { days: [...days!].sort(byWeekday), minutes: o } });
    }
  }
  if (p.q.gender && r.gender === p.q.gender) {
    score += W.W_GENDER;
    reasons?.push({ code: 'gender', params: { gender: r.gender } });
  }
  return scored(score, textQ, distanceKm);
}

// ---------------------------------------------------------------- Sprachkurse

export interface SprachkursPlan {
  q: SprachkursQuery;
  today: number;
  radius: number;
  levels: Set<string> | null;
  program: Set<string> | null;
  format: Set<string> | null;
  days: Set<string> | null;
  /** Asked day parts as bits (core/calendar daypartMask), or null when any time of day will do. */
  dayparts: number | null;
}

const setOf = (a: string[] | undefined): Set<string> | null => (a?.length ? new Set(a) : null);

export function planSprachkurs(q: SprachkursQuery): SprachkursPlan {
  return {
    q,
    today: dayNumber(q.today ?? localToday()),
    radius: q.radiusKm ?? W.DEFAULT_RADIUS_KM,
    levels: q.unknownLevel ? null : setOf(q.levels),
    program: setOf(q.program),
    format: setOf(q.format),
    days: setOf(q.days),
    dayparts: q.dayparts?.length ? DAYPARTS.reduce((m, d, i) => (q.dayparts!.includes(d) ? m | (1 << i) : m), 0) : null,
  };
}

export function evaluateSprachkurs(c: SprachkursRecord, p: SprachkursPlan, textQ: number, reasons: Reason[] | null): Evaluation | null {
  const q = p.q;
  if (textQ < 0) return null;
  if (c.end && dayNumber(c.end) < p.today) return null;
  const full = c.seats !== undefined && c.seats.free === 0;
  if (full && !q.includeFull) return null;
  if (q.freeSeatsOnly && !(c.seats && c.seats.free > 0)) return null;
  if (q.childcare && !c.childcare) return null;
  if (q.audience) {
    const ok =
      q.audience === 'frauen' ? c.audience === 'frauen' || c.courseType === 'frauen' : c.audience === q.audience || c.audience === 'alle';
    if (!ok) return null;
  }
  if (p.program && !p.program.has(c.program)) return null;
  if (p.format && !p.format.has(c.format)) return null;
  if (q.freeOnly && c.cost.amount !== 0) return null;
  let matchedLevels: Level[] | null = null;
  if (p.levels) {
    matchedLevels = c.levels.filter((l) => p.levels!.has(l));
    if (!matchedLevels.length) return null;
  }
  const start = dayNumber(c.start);
  const startsIn = start - p.today;
  if (q.startsWithinWeeks !== undefined && !c.rollingEntry && !(startsIn >= 0 && startsIn <= q.startsWithinWeeks * 7)) return null;
  let schedDays: Day[] | null = null;
  let schedParts: Daypart[] | null = null;
  if (p.days || p.dayparts !== null) {
    const ds = new Set<Day>();
    let parts = 0;
    for (const s of c.schedule) {
      if (p.days && !p.days.has(s.day)) continue;
      if (p.dayparts !== null) {
        const hit = daypartMask(parseTime(s.from), parseTime(s.to)) & p.dayparts;
        if (!hit) continue;
        parts |= hit;
      }
      ds.add(s.day);
    }
    if (!ds.size) return null;
    schedDays = [...ds].sort(byWeekday);
    schedParts = DAYPARTS.filter((_, i) => (parts >> i) & 1);
  }
  let score = 0;
  let distanceKm: number | undefined;
  if (q.near) {
    const d = haversineKm(q.near, c.place);
    if (c.format === 'online') score += W.W_DISTANCE * W.ONLINE_DISTANCE_FACTOR;
    else {
      if (!(d <= p.radius)) return null;
      score += W.W_DISTANCE * (1 - d / Math.max(p.radius, 1e-9));
    }
    distanceKm = round1(d);
    reasons?.push({ code: 'distance', params: { km: distanceKm, ort: c.place.ort } });
  }
  if (matchedLevels) reasons?.push({ code: 'level', params: { levels: matchedLevels } });
  if (q.unknownLevel) {
    const beginner = c.levels.filter((l) => l === 'alpha' || l === 'A1');
    if (beginner.length) {
      score += W.W_BEGINNER;
      reasons?.push({ code: 'level-beginner', params: { levels: beginner } });
    }
  }
  if (schedDays) reasons?.push({ code: 'schedule', params: { days: schedDays, dayparts: schedParts! } });
  if (c.rollingEntry) {
    score += W.W_START;
    reasons?.push({ code: 'rolling-entry', params: {} });
  } else {
    if (startsIn >= 0) score += W.W_START * Math.max(0, 1 - startsIn / W.START_HORIZON_DAYS);
    reasons?.push({ code: 'starts', params: { date: c.start, days: startsIn } });
  }
  if (c.childcare) {
    score += W.W_CHILDCARE;
    const ages = c.childcareAges;
    reasons?.push({ code: 'childcare', params: ages ? { ages: { min: ages.min, max: ages.max } } : {} });
  }
  if (q.audience && c.audience !== 'alle') reasons?.push({ code: 'audience', params: { audience: c.audience } });
  if (c.cost.amount === 0) {
    score += W.W_FREE;
    reasons?.push({ code: 'free', params: {} });
  }
  if (full) reasons?.push({ code: 'full', params: {} });
  else if (c.seats && c.seats.free > 0) {
    score += W.W_SEATS;
    reasons?.push({ code: 'seats', params: { free: c.seats.free } });
  }
  return scored(score, textQ, distanceKm);
}

// ---------------------------------------------------------------- Dolmetscher

export interface DolmetscherPlan {
  q: DolmetscherQuery;
  wishes: LanguageWishes;
  today: number;
  radius: number;
}

export function planDolmetscher(q: DolmetscherQuery): DolmetscherPlan {
  return {
    q,
    wishes: languageWishes([q.language], false, q.alternatives ?? []),
    today: dayNumber(q.today ?? localToday()),
    radius: q.radiusKm ?? W.DEFAULT_RADIUS_KM,
  };
}

/** AGS 06438001 lies in Kreis 06438, and a Kreis-wide request is served by a Gemeinde's interpreter. */
const kommuneMatches = (serves: string, k: string): boolean => serves === k || k.startsWith(serves) || serves.startsWith(k);

export function evaluateDolmetscher(
  d: DolmetscherRecord,
  primaries: string[],
  p: DolmetscherPlan,
  textQ: number,
  reasons: Reason[] | null,
): Evaluation | null {
  const q = p.q;
  if (textQ < 0) return null;
  if (q.mode && !d.modes.includes(q.mode as never)) return null;
  if (q.setting && !d.settings.includes(q.setting as never)) return null;
  if (q.date) {
    const day = dayNumber(q.date);
    if (day - p.today < (d.noticeDays ?? 0) || day < p.today) return null;
    if (d.availability) {
      const wd = weekdayOf(day);
      const from = q.from ? parseTime(q.from) : -1;
      const to = from + (q.durationMinutes ?? 60);
      const ok = d.availability.some((s) => s.day === wd && (from < 0 || (parseTime(s.from) <= from && parseTime(s.to) >= to)));
      if (!ok) return null;
      reasons?.push({ code: 'available-at', params: { day: wd, from: q.from ?? '' } });
    }
  }
  const l = languageMatch(d.languages, primaries, p.wishes, reasons);
  if (l < 0) return null;
  let score = l;
  let distanceKm: number | undefined;
  // Telephone and video interpreting work from anywhere: place only matters on site.
  const placeMatters = q.mode === undefined || q.mode === 'vor-ort';
  let served = false;
  if (q.kommune && d.serves?.some((s) => kommuneMatches(s, q.kommune!))) {
    served = true;
    score += W.W_SERVES;
    reasons?.push({ code: 'serves', params: { kommune: q.kommune } });
  }
  let near = false;
  if (q.near && d.place) {
    const dist = haversineKm(q.near, d.place);
    const reach = d.travelKm ?? p.radius;
    if (dist <= reach) {
      near = true;
      distanceKm = round1(dist);
      score += W.W_DISTANCE * (1 - dist / Math.max(reach, 1e-9));
      reasons?.push({ code: 'distance', params: { km: distanceKm, ort: d.place.ort } });
    }
  }
  if (placeMatters && (q.kommune || q.near) && !served && !near) return null;
  if (q.mode) reasons?.push({ code: 'mode', params: { mode: q.mode } });
  if (q.setting) reasons?.push({ code: 'setting', params: { setting: q.setting } });
  if (q.gender && d.gender === q.gender) {
    score += W.W_GENDER;
    reasons?.push({ code: 'gender', params: { gender: d.gender } });
  }
  return scored(score, textQ, distanceKm);
}
