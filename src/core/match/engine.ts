/**
 * The index: built once per feed, then each query looks only at candidate records.
 * Sprachkurse and Dolmetscher are judged by rules.ts (shared with the brute-force reference).
 * Lotsen are judged here, from typed arrays, with the same filters and numbers as
 * evaluateLotse (rules.ts): a rule changed there must change here (the property tests say so).
 *
 * - Text: a sorted vocabulary; a query word is scored once against it (bit-parallel), giving a
 *   quality per word and a bitset of the records holding any matching word, so the per-record
 *   text filter is one bit test. Records keep token ids (CSR) for the exact text score.
 * - Lotsen: records stored in grid-cell order, one position list per (cell, language). Cells are
 *   visited nearest first; every hit is counted with bare filter checks, and a record is scored
 *   only while an upper bound of its score can still beat the k-th best (fixed top-k buffer).
 *   Reasons are built for the k hits returned only.
 */

import { EARTH_RADIUS_KM } from '../place/haversine.js';
import type { DolmetscherRecord, LanguageSpec, LotseRecord, SprachkursRecord } from '../schema/index.js';
import { DAYS, LOTSEN_TOPICS } from '../schema/vocabularies.js';
import { tokenize } from '../text/normalize.js';
import { compareHits, pageOf } from './paging.js';
import { relaxationsFor } from './relax.js';
import {
  type Evaluation,
  evaluateDolmetscher,
  evaluateSprachkurs,
  type LanguageWish,
  type LotsenPlan,
  languageReason,
  planDolmetscher,
  planLotsen,
  planSprachkurs,
  recordPrimaries,
  specCode,
  specLevel,
  toMinutes,
} from './rules.js';
import { queryTerms, recordTextFields, TEXT_FIELDS, termQualities } from './text-match.js';
import type { Hit, MatchIndex, MatchKind, QueryFor, Reason, RecordFor, SearchResult } from './types.js';
import { LEVEL_FACTOR, RELAX_BELOW, SUBSTITUTE_FACTOR, W_DISTANCE, W_GENDER, W_LANGUAGE, W_TEXT, W_TIMES, W_TOPICS } from './weights.js';

// The engine's inlined distance must equal haversineKm, so it takes the same radius.
const R = EARTH_RADIUS_KM;
const RAD = Math.PI / 180;
/** Slack for bounds and float compares; scores and distances are ~1e2, rounding ~1e-14. */
const EPS = 1e-9;
/** ≈11 km cells: at 25 km about 20 cells are in reach, so a query touches ~3 % of 100k Lotsen. */
const CELL_LAT = 0.1;
const CELL_LON = 0.15;
/** Grid cells at most; a feed spread wider gets coarser cells instead of a huge directory. */
const MAX_CELLS = 1 << 16;

interface Term {
  q: Float64Array;
  has: Uint32Array;
  max: number;
}

interface Ix<K extends MatchKind = MatchKind> extends MatchIndex<K> {
  recs: Array<RecordFor<K>>;
  ids: string[];
  prim: string[][];
  vocab: string[];
  tokStart: Uint32Array;
  tokIds: Uint32Array;
  tokField: Uint8Array;
  /** Records per word: a bitset for words in more than 1/32 of records (no bigger than their list), else a list. */
  post: Array<Int32Array | Uint32Array>;
  /** Last TERM_CACHE query words: typing "Behö", "Behör", "Behörde" repeats words. */
  terms: Map<string, Term>;
  tq: Term[];
  topI: Int32Array;
  topS: Float64Array;
  L: Lotsen | null;
}

/**
 * Lotsen as typed arrays: the scan reads numbers instead of walking objects and parsing
 * "HH:MM". Every value is the one rules.ts computes, added in the same order, so scores are
 * bit-identical to the reference (the property tests compare them exactly).
 */
interface Lotsen {
  lat: Float64Array;
  lon: Float64Array;
  cosLat: Float64Array;
  /** Unit vector per record: the chord to the resident is a bound on the distance without trigonometry. */
  x: Float64Array;
  y: Float64Array;
  z: Float64Array;
  travel: Float64Array;
  topics: Uint16Array;
  gender: Uint8Array;
  days: Uint8Array;
  langStart: Uint32Array;
  langId: Uint16Array;
  langLevel: Float64Array;
  langIds: Map<string, number>;
  wish: Float64Array;
  slotStart: Uint32Array;
  slotDay: Uint8Array;
  slotFrom: Int16Array;
  slotTo: Int16Array;
  /** For reasons without touching record objects (first touches cost ~1 µs per hit, 10k bench). */
  code: string[];
  level: Array<string | undefined>;
  ort: string[];
  topStart: Uint32Array;
  topIdx: Uint8Array;
  wishOf: Array<LanguageWish | undefined>;
  tD: number[];
  tF: number[];
  tT: number[];
  /** Per travelKm value: its reach edge in chord² terms, computed once per query (epoch). */
  trClass: Uint16Array;
  trs: number[];
  hi: Float64Array;
  lo: Float64Array;
  trEp: Uint32Array;
  qEp: number;
  /** Grid: cell (la, lo) → la * W + lo; list (cell, language+1 or 0 = any) in listStart. */
  la0: number;
  lo0: number;
  W: number;
  H: number;
  cLat: number;
  cLon: number;
  NL: number;
  listStart: Uint32Array;
  list: Int32Array;
  cellTravel: Float64Array;
  maxTr: number;
  order: Int32Array;
  cellGap: Float64Array;
  gap: Float64Array;
  stamp: Uint32Array;
  epoch: number;
}

const GENDER: Record<string, number> = { w: 1, m: 2, d: 3 };
const TOPIC = new Map<string, number>(LOTSEN_TOPICS.map((t, i) => [t, 1 << i]));
const TERM_CACHE = 64;

const grow = <T extends Uint32Array | Uint8Array>(a: T, b: T): T => {
  b.set(a);
  return b;
};

/** The id of word `w` in `ids`, adding it with the next free id when new. */
function internId(ids: Map<string, number>, w: string): number {
  let id = ids.get(w);
  if (id === undefined) {
    id = ids.size;
    ids.set(w, id);
  }
  return id;
}

/** Positions 0..n-1 stably grouped by key (counting sort): bucket b holds out[start[b]..start[b+1]). */
function groupBy(keys: Int32Array, nb: number, from: Int32Array): { start: Uint32Array; out: Int32Array } {
  const start = new Uint32Array(nb + 1);
  for (let j = 0; j < from.length; j++) start[keys[from[j]!]! + 1]!++;
  for (let b = 0; b < nb; b++) start[b + 1]! += start[b]!;
  const fill = start.slice(0, nb);
  const out = new Int32Array(from.length);
  for (let j = 0; j < from.length; j++) out[fill[keys[from[j]!]!]!++] = from[j]!;
  return { start, out };
}

function lotsen(
  input: LotseRecord[],
  primariesOf: (langs: LanguageSpec[]) => string[],
): { recs: LotseRecord[]; order: Int32Array; prim: string[][]; L: Lotsen } {
  const n = input.length;
  let la0 = Infinity,
    lo0 = Infinity,
    la1 = -Infinity,
    lo1 = -Infinity,
    cLat = CELL_LAT,
    cLon = CELL_LON,
    W = 1,
    H = 1;
  for (;;) {
    for (const r of input) {
      // `| 0`: a coordinate that is not a number lands in some cell instead of poisoning the
      // grid; the distance test (NaN fails `<=`) then drops it as the reference does.
      const a = Math.floor(r.place.lat / cLat) | 0,
        b = Math.floor(r.place.lon / cLon) | 0;
      la0 = Math.min(la0, a);
      la1 = Math.max(la1, a);
      lo0 = Math.min(lo0, b);
      lo1 = Math.max(lo1, b);
    }
    if (!n) {
      la0 = lo0 = 0;
      break;
    }
    H = la1 - la0 + 1;
    W = lo1 - lo0 + 1;
    if (H * W <= MAX_CELLS) break;
    cLat *= 2;
    cLon *= 2;
    la0 = lo0 = Infinity;
    la1 = lo1 = -Infinity;
  }
  const cellOf = new Int32Array(n);
  for (let i = 0; i < n; i++)
    cellOf[i] = ((Math.floor(input[i]!.place.lat / cLat) | 0) - la0) * W + (Math.floor(input[i]!.place.lon / cLon) | 0) - lo0;
  // Stored in cell order: a cell's candidates sit next to each other in every column.
  const { out: order } = groupBy(cellOf, W * H, Int32Array.from(input.keys()));
  const recs = Array.from(order, (i) => input[i]!);
  const cell = Int32Array.from(order, (i) => cellOf[i]!);
  const c = {
    lat: new Float64Array(n),
    lon: new Float64Array(n),
    cosLat: new Float64Array(n),
    x: new Float64Array(n),
    y: new Float64Array(n),
    z: new Float64Array(n),
    travel: new Float64Array(n),
    topics: new Uint16Array(n),
    gender: new Uint8Array(n),
    days: new Uint8Array(n),
    langStart: new Uint32Array(n + 1),
    slotStart: new Uint32Array(n + 1),
  };
  const langIds = new Map<string, number>();
  const langId: number[] = [],
    langLevel: number[] = [],
    slotDay: number[] = [],
    slotFrom: number[] = [],
    slotTo: number[] = [];
  const code: string[] = [],
    level: Array<string | undefined> = [],
    topIdx: number[] = [],
    trs: number[] = [];
  const topStart = new Uint32Array(n + 1),
    trClass = new Uint16Array(n),
    trMap = new Map<number, number>();
  const prim = recs.map((r) => primariesOf(r.languages));
  for (let i = 0; i < n; i++) {
    const r = recs[i]!;
    const la = r.place.lat * RAD,
      lo = r.place.lon * RAD;
    c.lat[i] = r.place.lat;
    c.lon[i] = r.place.lon;
    c.cosLat[i] = Math.cos(la);
    c.x[i] = Math.cos(la) * Math.cos(lo);
    c.y[i] = Math.cos(la) * Math.sin(lo);
    c.z[i] = Math.sin(la);
    c.travel[i] = r.travelKm ?? 0;
    c.gender[i] = GENDER[r.gender ?? ''] ?? 0;
    for (const t of r.topics) {
      const b = TOPIC.get(t) ?? 0;
      if (b && !(c.topics[i]! & b)) topIdx.push(31 - Math.clz32(b));
      c.topics[i]! |= b;
    }
    topStart[i + 1] = topIdx.length;
    let tc = trMap.get(c.travel[i]!);
    if (tc === undefined) {
      tc = trs.length;
      trMap.set(c.travel[i]!, tc);
      trs.push(c.travel[i]!);
    }
    trClass[i] = tc;
    prim[i]!.forEach((p, j) => {
      let id = langIds.get(p);
      if (id === undefined) {
        id = langIds.size;
        langIds.set(p, id);
      }
      langId.push(id);
      langLevel.push(LEVEL_FACTOR[specLevel(r.languages[j]!) ?? ''] ?? 1);
      code.push(specCode(r.languages[j]!));
      level.push(specLevel(r.languages[j]!));
    });
    c.langStart[i + 1] = langId.length;
    for (const s of r.availability ?? []) {
      slotDay.push(DAYS.indexOf(s.day));
      slotFrom.push(toMinutes(s.from));
      slotTo.push(toMinutes(s.to));
      c.days[i]! |= 1 << DAYS.indexOf(s.day);
    }
    c.slotStart[i + 1] = slotDay.length;
  }
  // Lists: available Lotsen only (the others can never be a hit), farthest-travelling first, so
  // the scan of an outer cell stops at the first Lotse whose travelKm cannot bridge the gap.
  const NL = langIds.size + 1;
  const rank = new Int32Array(trs.length);
  [...trs.keys()]
    .sort((a, b) => trs[b]! - trs[a]!)
    .forEach((cl, r) => {
      rank[cl] = r;
    });
  const { out: byTravel } = groupBy(
    Int32Array.from(trClass, (cl) => rank[cl]!),
    trs.length,
    Int32Array.from(recs.keys()).filter((i) => recs[i]!.available),
  );
  const entries = new Int32Array(n + langId.length),
    keys = new Int32Array(entries.length);
  let m = 0;
  const cellTravel = new Float64Array(W * H).fill(-1);
  for (const i of byTravel) {
    cellTravel[cell[i]!] = Math.max(cellTravel[cell[i]!]!, c.travel[i]!);
    const base = cell[i]! * NL;
    entries[m] = i;
    keys[m++] = base;
    for (let e = c.langStart[i]!; e < c.langStart[i + 1]!; e++) {
      // A record speaking a language twice ("ar", "ar-SY") sits in its list once.
      if (langId.indexOf(langId[e]!, c.langStart[i]) === e) {
        entries[m] = i;
        keys[m++] = base + 1 + langId[e]!;
      }
    }
  }
  const g = groupBy(keys, W * H * NL, Int32Array.from(keys.keys()).subarray(0, m));
  const list = g.out.map((j) => entries[j]!);
  return {
    recs,
    order,
    prim,
    L: {
      ...c,
      langIds,
      langId: Uint16Array.from(langId),
      langLevel: Float64Array.from(langLevel),
      wish: new Float64Array(NL),
      slotDay: Uint8Array.from(slotDay),
      slotFrom: Int16Array.from(slotFrom),
      slotTo: Int16Array.from(slotTo),
      code,
      level,
      ort: recs.map((r) => r.place.ort),
      topStart,
      topIdx: Uint8Array.from(topIdx),
      wishOf: [],
      tD: [],
      tF: [],
      tT: [],
      trClass,
      trs,
      hi: new Float64Array(trs.length),
      lo: new Float64Array(trs.length),
      trEp: new Uint32Array(trs.length),
      qEp: 0,
      la0,
      lo0,
      W,
      H,
      cLat,
      cLon,
      NL,
      listStart: g.start,
      list,
      cellTravel,
      maxTr: cellTravel.reduce((a, b) => Math.max(a, b), 0),
      order: new Int32Array(W * H),
      cellGap: new Float64Array(W * H),
      gap: new Float64Array(W),
      stamp: new Uint32Array(n),
      epoch: 0,
    },
  };
}

/**
 * recordPrimaries with a memo per code: parsing tags was 12 % of a 100k build; codes repeat.
 * One memo per build, not per module: feeds bring their own codes, and a page that loads feed
 * after feed must not keep every code it ever saw.
 */
function primariesMemo(): (langs: LanguageSpec[]) => string[] {
  const memo = new Map<string, string>();
  return (langs) =>
    langs.map((l) => {
      const code = specCode(l);
      let p = memo.get(code);
      if (p === undefined) {
        p = recordPrimaries([code])[0]!;
        memo.set(code, p);
      }
      return p;
    });
}

export function createIndex(records: LotseRecord[], kind: 'lotsen'): MatchIndex<'lotsen'>;
export function createIndex(records: SprachkursRecord[], kind: 'sprachkurse'): MatchIndex<'sprachkurse'>;
export function createIndex(records: DolmetscherRecord[], kind: 'dolmetscher'): MatchIndex<'dolmetscher'>;
export function createIndex<K extends MatchKind>(input: Array<RecordFor<K>>, kind: K): MatchIndex<K> {
  const n = input.length;
  const primariesOf = primariesMemo();
  const lo = kind === 'lotsen' ? lotsen(input as LotseRecord[], primariesOf) : null;
  const recs = (lo ? lo.recs : input) as Array<RecordFor<K>>;
  // Text: tokenise each distinct field string once (names, labels and Orte repeat a lot).
  const ids = new Map<string, number>();
  const cache = new Map<string, number[]>();
  const start = new Uint32Array(n + 1);
  let tok = new Uint32Array(1024),
    field = new Uint8Array(1024),
    m = 0;
  const seen: number[] = [];
  for (let i = 0; i < n; i++) {
    for (const [f, text] of recordTextFields(kind, input[i])) {
      let t = cache.get(text);
      if (!t) {
        t = tokenize(text).map((w) => internId(ids, w));
        cache.set(text, t);
      }
      for (const id of t)
        if (seen[id] !== i + 1) {
          seen[id] = i + 1;
          // Growing typed arrays: pushing 2.2M tokens into JS arrays was ~20 % of a 100k build.
          if (m === tok.length) {
            tok = grow(tok, new Uint32Array(m * 2));
            field = grow(field, new Uint8Array(m * 2));
          }
          tok[m] = id;
          field[m++] = f;
        }
    }
    start[i + 1] = m;
  }
  // Sorted vocabulary: shared prefixes let the bit-parallel typo scan resume mid-word.
  const vocab = [...ids.keys()].sort();
  const remap = new Uint32Array(vocab.length);
  vocab.forEach((w, j) => {
    remap[ids.get(w)!] = j;
  });
  // Tokenised in feed order (records sit in memory in that order: reading them in cell order
  // cost a cache miss per record), then rows moved to cell order.
  const tokIds = new Uint32Array(m),
    tokField = new Uint8Array(m);
  const tokStart = new Uint32Array(n + 1);
  for (let j = 0; j < n; j++) {
    const i = lo ? lo.order[j]! : j;
    let p = tokStart[j]!;
    for (let q = start[i]!; q < start[i + 1]!; q++, p++) {
      tokIds[p] = remap[tok[q]!]!;
      tokField[p] = field[q]!;
    }
    tokStart[j + 1] = p;
  }
  const df = new Int32Array(vocab.length);
  for (const t of tokIds) df[t]!++;
  const post = Array.from(df, (d) => (d * 32 > n ? new Uint32Array((n + 31) >> 5) : new Int32Array(d)));
  df.fill(0);
  for (let i = 0; i < n; i++)
    for (let p = tokStart[i]!; p < tokStart[i + 1]!; p++) {
      const w = tokIds[p]!,
        a = post[w]!;
      if (a instanceof Uint32Array) a[i >> 5]! |= 1 << (i & 31);
      else a[df[w]!++] = i;
    }
  return {
    kind,
    size: n,
    recs,
    ids: recs.map((r) => (r as { id: string }).id),
    prim: lo ? lo.prim : kind === 'dolmetscher' ? recs.map((r) => primariesOf((r as DolmetscherRecord).languages)) : [],
    vocab,
    tokStart,
    tokIds,
    tokField,
    post,
    terms: new Map(),
    tq: [],
    topI: new Int32Array(20),
    topS: new Float64Array(20),
    L: lo ? lo.L : null,
  } as Ix<K>;
}

/** Quality per vocabulary word and the records holding a matching word, per query word. */
function prepareTerms(ix: Ix, terms: string[]): void {
  terms.forEach((term, t) => {
    let e = ix.terms.get(term);
    if (!e) {
      const q = termQualities(term, ix.vocab);
      const has = new Uint32Array((ix.size + 31) >> 5);
      let max = 0;
      for (let w = 0; w < q.length; w++)
        if (q[w]! > 0) {
          max = Math.max(max, q[w]!);
          const a = ix.post[w]!;
          if (a instanceof Uint32Array) for (let b = 0; b < a.length; b++) has[b]! |= a[b]!;
          else for (const i of a) has[i >> 5]! |= 1 << (i & 31);
        }
      if (ix.terms.size >= TERM_CACHE) ix.terms.delete(ix.terms.keys().next().value!);
      e = { q, has, max };
      ix.terms.set(term, e);
    }
    ix.tq[t] = e;
  });
}

/** Every query word matches some word of record i (one bit test per word). */
function hasText(ix: Ix, i: number, nT: number): boolean {
  for (let t = 0; t < nT; t++) if (!((ix.tq[t]!.has[i >> 5]! >>> (i & 31)) & 1)) return false;
  return true;
}

/** Mean best quality of the query words over record i's tokens (-1 when one matches nothing). */
function textOf(ix: Ix, i: number, nT: number, fields: Set<string> | null): number {
  if (!nT) return 0;
  let sum = 0;
  for (let t = 0; t < nT; t++) {
    const q = ix.tq[t]!.q;
    let best = 0,
      at = -1;
    for (let p = ix.tokStart[i]!; p < ix.tokStart[i + 1]!; p++)
      if (q[ix.tokIds[p]!]! > best) {
        best = q[ix.tokIds[p]!]!;
        at = p;
      }
    if (!best) return -1;
    fields?.add(TEXT_FIELDS[ix.tokField[at]!]!);
    sum += best;
  }
  return sum / nT;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Fixed best-k buffer (score desc, id asc) reused across queries; returns how many are filled. */
function offer(ix: Ix, k: number, filled: number, i: number, s: number): number {
  const { topI, topS, ids } = ix;
  if (filled === k && compareHits(s, ids[i]!, topS[k - 1]!, ids[topI[k - 1]!]!) >= 0) return filled;
  let j = filled < k ? filled++ : k - 1;
  for (; j > 0 && compareHits(s, ids[i]!, topS[j - 1]!, ids[topI[j - 1]!]!) < 0; j--) {
    topI[j] = topI[j - 1]!;
    topS[j] = topS[j - 1]!;
  }
  topI[j] = i;
  topS[j] = s;
  return filled;
}

/**
 * Lotsen: count every hit with bare filter checks, score only records whose bound can still
 * enter the top k. Returns [total, filled].
 */
function scanLotsen(ix: Ix<'lotsen'>, p: LotsenPlan, nT: number, k: number): [number, number] {
  const c = ix.L!;
  const { wish, travel, listStart, list, stamp } = c;
  wish.fill(-1);
  const langs: number[] = [];
  let wishMax = 1;
  if (p.wishes) {
    wishMax = 0;
    for (const [code, w] of p.wishes) {
      const id = c.langIds.get(code);
      if (id === undefined) continue;
      wish[id] = w.substitute ? SUBSTITUTE_FACTOR * w.closeness : 1;
      c.wishOf[id] = w;
      wishMax = Math.max(wishMax, wish[id]!);
      langs.push(id + 1);
    }
  } else langs.push(0);
  const multi = langs.length > 1;
  const langMax = p.wishes ? W_LANGUAGE * wishMax : 0;
  if (multi) c.epoch = (c.epoch + 1) >>> 0 || 1;
  const epoch = multi ? c.epoch : 0;
  if (epoch === 1) stamp.fill(0);
  let qTopics = 0;
  for (const t of p.topics) qTopics |= TOPIC.get(t) ?? 0;
  const nTopics = p.topics.size;
  const times = p.q.times ?? [];
  c.tD = times.map((t) => DAYS.indexOf(t.day));
  c.tF = times.map((t) => toMinutes(t.from));
  c.tT = times.map((t) => toMinutes(t.to));
  const { tD: tDay, tF: tFrom, tT: tTo } = c;
  let wDays = 0;
  if (p.wishedMinutes > 0) for (const d of tDay) wDays |= d < 0 ? 0 : 1 << d;
  const wantGender = GENDER[p.q.gender ?? ''] ?? -1;
  let textMax = 0;
  for (let t = 0; t < nT; t++) textMax += ix.tq[t]!.max;
  textMax = nT ? textMax / nT : 0;
  // Best any record could add beyond language and distance (topics exact per record below).
  const rest = (p.wishedMinutes > 0 ? W_TIMES : 0) + (wantGender > 0 ? W_GENDER : 0) + W_TEXT * textMax + EPS;
  const near = p.near;
  const radius = p.radius;
  // Cells in reach, nearest first: the k-th score rises early and far cells only count.
  let nc = 0;
  const { order, cellGap, cellTravel, W, cLat, cLon } = c;
  let qx = 0,
    qy = 0,
    qz = 0,
    cosNear = 0;
  if (near) {
    const la = near.lat * RAD,
      lo = near.lon * RAD;
    cosNear = Math.cos(la);
    qx = cosNear * Math.cos(lo);
    qy = cosNear * Math.sin(lo);
    qz = Math.sin(la);
  }
  // Only the cells of the box around the resident that the farthest traveller could bridge.
  let a0 = 0,
    a1 = c.H - 1,
    b0 = 0,
    b1 = W - 1;
  if (near) {
    const dLat = (radius + c.maxTr + 1) / 111.2,
      dLon = dLat / Math.max(0.01, cosNear);
    a0 = Math.max(a0, Math.floor((near.lat - dLat) / cLat) - c.la0);
    a1 = Math.min(a1, Math.floor((near.lat + dLat) / cLat) - c.la0);
    b0 = Math.max(b0, Math.floor((near.lon - dLon) / cLon) - c.lo0);
    b1 = Math.min(b1, Math.floor((near.lon + dLon) / cLon) - c.lo0);
  }
  // Haversine to each cell's clamped corner from one sin per row and per column (the
  // per-cell trig was ~20 % of a 10k query), with 2R·√h ≤ d as a lower bound instead of asin;
  // minus a 1 km margin, as the clamped corner is not exactly the nearest point on a sphere.
  const colH = c.gap;
  if (near)
    for (let cb = b0; cb <= b1; cb++) {
      const lo = (cb + c.lo0) * cLon;
      colH[cb] = cosNear * Math.sin(((Math.min(Math.max(near.lon, lo), lo + cLon) - near.lon) * RAD) / 2) ** 2;
    }
  for (let ca = a0; ca <= a1; ca++) {
    const la = (ca + c.la0) * cLat,
      cl = Math.min(Math.max(near?.lat ?? 0, la), la + cLat) * RAD;
    const rowH = near ? Math.sin((cl - near.lat * RAD) / 2) ** 2 : 0,
      rowC = Math.cos(cl);
    for (let cb = b0; cb <= b1; cb++) {
      const cell = ca * W + cb;
      if (cellTravel[cell]! < 0) continue;
      let g = -Infinity;
      if (near) {
        g = 2 * R * Math.sqrt(rowH + rowC * colH[cb]!) - radius - 1;
        if (g > cellTravel[cell]!) continue;
      }
      // Sort key: gap in 1/16 km steps (capped at 2,048 km), then the cell (< 2^16), as an int32
      // (the Float64Array key's sort and % showed as ~15 % of a 10k profile; int32 keys made the
      // query ~3 % faster, 30.6 vs 31.5 µs). Any order is correct (bounds
      // are per cell and record); nearest first only makes the k-th score rise early.
      order[nc++] = (Math.min(32767, Math.floor(Math.max(0, g + radius + 1) * 16)) << 16) | cell;
      cellGap[cell] = g;
    }
  }
  const { trClass: TRC, hi: HI, lo: LO, trEp } = c;
  // Epoch stamps: a wrap to 0 clears the stamps once instead of on every query.
  c.qEp = (c.qEp + 1) >>> 0;
  if (c.qEp === 0) {
    trEp.fill(0);
    c.qEp = 1;
  }
  const qEp = c.qEp;
  let total = 0,
    filled = 0;
  // The ~10 columns read per candidate, as locals.
  const {
    x: X,
    y: Y,
    z: Z,
    langStart: LS,
    langId: LI,
    langLevel: LL,
    topics: TOP,
    days: DM,
    gender: GEN,
    slotStart: SS,
    slotDay: SD,
    slotFrom: SF,
    slotTo: ST,
  } = c;
  // Counting only (relaxations, k = 0): no order needed. An insertion sort here was a quarter
  // of a 1k query, whose relaxations search up to 100 km (~400 cells).
  if (k) order.subarray(0, nc).sort();
  for (let o = 0; o < nc; o++) {
    const cell = order[o]! & 0xffff,
      g = cellGap[cell]!;
    // Whole cell below the k-th score even at its nearest point: only count its hits.
    const cellBound =
      W_LANGUAGE * wishMax +
      (near ? W_DISTANCE * (1 - Math.max(0, g + radius) / Math.max(radius + cellTravel[cell]!, 1e-9)) : 0) +
      (nTopics ? W_TOPICS : 0) +
      rest;
    const rank = k > 0 && (filled < k || cellBound >= ix.topS[k - 1]!);
    for (const l of langs) {
      let reach = 0;
      for (let e = listStart[cell * c.NL + l]!, end = listStart[cell * c.NL + l + 1]!; e < end; e++) {
        const i = list[e]!;
        const tr = travel[i]!;
        if (tr < g) break;
        if (multi) {
          if (stamp[i] === epoch) continue;
          stamp[i] = epoch;
        }
        let ch = 0;
        if (near) {
          const cl = TRC[i]!;
          if (trEp[cl] !== qEp) {
            // Edge of reach per travelKm value, once per query: a sin per list and value was
            // ~1,000 sin calls per 100k query.
            trEp[cl] = qEp;
            const sn = Math.sin(Math.min(Math.PI / 2, (radius + c.trs[cl]!) / (2 * R))) ** 2 * 4;
            HI[cl] = sn * (1 + EPS) + 1e-18;
            LO[cl] = sn * (1 - EPS) - 1e-18;
          }
          reach = radius + tr;
          const dx = X[i]! - qx,
            dy = Y[i]! - qy,
            dz = Z[i]! - qz;
          ch = dx * dx + dy * dy + dz * dz;
          if (!(ch <= HI[cl]!)) continue;
          // Within a hair of the edge: decide with the reference's own formula.
          if (ch >= LO[cl]! && !(dist(c, i, near, cosNear) <= reach)) continue;
        }
        if (nT && !hasText(ix, i, nT)) continue;
        total++;
        if (!rank) continue;
        const hit = TOP[i]! & qTopics;
        // Bound first with the best language weight of the query: most hits miss the topic
        // and stop here before the language loop (that loop was 40 % of the scan, 100k bench).
        // d ≥ R·chord (asin x ≥ x): the distance part needs no asin.
        const bound =
          filled < k
            ? Infinity
            : (near ? W_DISTANCE * (1 - (R * Math.sqrt(ch) * (1 - EPS)) / Math.max(reach, 1e-9)) : 0) +
              (hit ? (W_TOPICS * popcount(hit)) / nTopics : 0) +
              (DM[i]! & wDays ? W_TIMES : 0) +
              (wantGender > 0 && GEN[i] === wantGender ? W_GENDER : 0) +
              W_TEXT * textMax +
              EPS;
        if (bound + langMax < ix.topS[k - 1]!) continue;
        let lw = -1;
        for (let e2 = LS[i]!; e2 < LS[i + 1]!; e2++) {
          const b = wish[LI[e2]!]!;
          if (b >= 0 && b * LL[e2]! > lw) lw = b * LL[e2]!;
        }
        if (p.wishes && bound + lw * W_LANGUAGE < ix.topS[k - 1]!) continue;
        // Exact score: the parts of evaluateLotse, in its order.
        let score = 0;
        if (p.wishes) score += lw * W_LANGUAGE;
        if (near) score += W_DISTANCE * (1 - dist(c, i, near, cosNear) / Math.max(reach, 1e-9));
        if (hit) score += (W_TOPICS * popcount(hit)) / nTopics;
        if (DM[i]! & wDays) {
          // Inline, not overlap(): this runs per scored record; calling overlap() here made the 100k
          // median ~10 % slower (190/195 vs 174/172 µs, two alternating engine-only runs).
          let ov = 0;
          for (let s = SS[i]!; s < SS[i + 1]!; s++)
            for (let t = 0; t < tDay.length; t++) {
              if (SD[s] !== tDay[t]) continue;
              const v = Math.min(ST[s]!, tTo[t]!) - Math.max(SF[s]!, tFrom[t]!);
              if (v > 0) ov += v;
            }
          if (ov > 0) score += W_TIMES * Math.min(1, ov / p.wishedMinutes);
        }
        if (wantGender > 0 && GEN[i] === wantGender) score += W_GENDER;
        score += W_TEXT * Math.max(0, textOf(ix, i, nT, null));
        filled = offer(ix, k, filled, i, score);
      }
    }
  }
  return [total, filled];
}

/** Days with overlap, set by overlap(). */
let ovDays = 0;

/** Minutes of record i's slots overlapping the wished times, as slotOverlap (rules) adds them; for reasons. */
function overlap(c: Lotsen, i: number): number {
  let o = 0;
  ovDays = 0;
  for (let s = c.slotStart[i]!; s < c.slotStart[i + 1]!; s++)
    for (let t = 0; t < c.tD.length; t++) {
      const v = Math.min(c.slotTo[s]!, c.tT[t]!) - Math.max(c.slotFrom[s]!, c.tF[t]!);
      if (c.slotDay[s] === c.tD[t] && v > 0) {
        o += v;
        ovDays |= 1 << c.slotDay[s]!;
      }
    }
  return o;
}

/** haversineKm (core/place) with cos(lat) precomputed: same operations, same order, same double. */
function dist(c: Lotsen, i: number, near: { lat: number; lon: number }, cosNear: number): number {
  const h = Math.sin(((c.lat[i]! - near.lat) * RAD) / 2) ** 2 + cosNear * c.cosLat[i]! * Math.sin(((c.lon[i]! - near.lon) * RAD) / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Reasons of a Lotsen hit from the columns, in evaluateLotse's order and shape (the property
 * tests compare them with the reference's). evaluateLotse on the record objects cost ~1–2 µs
 * per hit ("HH:MM" parsing, sets): 45 µs of 178 µs for a top 20 at 100k.
 */
function lotseReasons(ix: Ix<'lotsen'>, i: number, p: LotsenPlan, reasons: Reason[], score: number): Evaluation {
  const c = ix.L!;
  const e: Evaluation = { score };
  if (p.wishes) {
    let best = -1,
      at = 0;
    for (let x = c.langStart[i]!; x < c.langStart[i + 1]!; x++) {
      const v = c.wish[c.langId[x]!]! * c.langLevel[x]!;
      if (c.wish[c.langId[x]!]! >= 0 && v > best) {
        best = v;
        at = x;
      }
    }
    reasons.push(languageReason(c.code[at]!, c.level[at], c.wishOf[c.langId[at]!]!));
  }
  if (p.near) {
    e.distanceKm = Math.round(dist(c, i, p.near, Math.cos(p.near.lat * RAD)) * 10) / 10;
    reasons.push({ code: 'distance', params: { km: e.distanceKm, ort: c.ort[i]! } });
  }
  const topics: string[] = [];
  for (let t = c.topStart[i]!; t < c.topStart[i + 1]!; t++)
    if (p.topics.has(LOTSEN_TOPICS[c.topIdx[t]!]!)) topics.push(LOTSEN_TOPICS[c.topIdx[t]!]!);
  if (topics.length) reasons.push({ code: 'topics', params: { topics } });
  if (p.wishedMinutes > 0) {
    const o = overlap(c, i);
    if (o > 0) reasons.push({ code: 'times', params: { days: DAYS.filter((_, d) => (ovDays >> d) & 1), minutes: o } });
  }
  if (p.q.gender && c.gender[i] === GENDER[p.q.gender]) reasons.push({ code: 'gender', params: { gender: p.q.gender } });
  return e;
}

export function search<K extends MatchKind>(index: MatchIndex<K>, query: QueryFor<K>): SearchResult<RecordFor<K>, QueryFor<K>> {
  return run(index as Ix<K>, query, true);
}

function run<K extends MatchKind>(ix: Ix<K>, query: QueryFor<K>, relax: boolean): SearchResult<RecordFor<K>, QueryFor<K>> {
  const kind = ix.kind as MatchKind;
  const q = query as QueryFor<MatchKind> & { text?: string };
  const terms = queryTerms(q.text);
  prepareTerms(ix, terms);
  const nT = terms.length;
  const recs = ix.recs as unknown[];
  // Lotsen: scored by scanLotsen, explained by lotseReasons; evaluateLotse (rules) serves the
  // reference only and stays out of the bundle. Courses and interpreters share one plain scan.
  const lp = kind === 'lotsen' ? planLotsen(q as never) : null;
  const sp = kind === 'sprachkurse' ? planSprachkurs(q as never) : null;
  const dp = kind === 'dolmetscher' ? planDolmetscher(q as never) : null;
  const evaluate = (i: number, reasons: Reason[] | null, tq: number): Evaluation | null =>
    sp
      ? evaluateSprachkurs(recs[i] as SprachkursRecord, sp, tq, reasons)
      : evaluateDolmetscher(recs[i] as DolmetscherRecord, ix.prim[i]!, dp!, tq, reasons);
  const { offset, limit } = pageOf(q, Infinity);
  // A forged cursor must not allocate beyond the feed: past the end, the page is just empty.
  const k = relax ? Math.max(1, Math.min(offset + limit, ix.size)) : 0;
  if (ix.topI.length < k) {
    ix.topI = new Int32Array(k);
    ix.topS = new Float64Array(k);
  }
  let total = 0,
    filled = 0;
  if (lp) [total, filled] = scanLotsen(ix as Ix<'lotsen'>, lp, nT, k);
  else {
    // Sprachkurse and Dolmetscher: feeds of a few thousand, one plain scan over the rules.
    for (let i = 0; i < ix.size; i++) {
      if (nT && !hasText(ix, i, nT)) continue;
      const e = evaluate(i, null, textOf(ix, i, nT, null));
      if (!e) continue;
      total++;
      if (k) filled = offer(ix, k, filled, i, e.score);
    }
  }
  const hits: Array<Hit<RecordFor<K>>> = [];
  for (let j = offset; j < filled; j++) {
    const i = ix.topI[j]!;
    const reasons: Reason[] = [];
    const fields = nT ? new Set<string>() : null;
    const tq = textOf(ix, i, nT, fields);
    const e = lp ? lotseReasons(ix as Ix<'lotsen'>, i, lp, reasons, ix.topS[j]!) : evaluate(i, reasons, tq)!;
    if (nT) reasons.push({ code: 'text', params: { terms, fields: [...fields!] } });
    const h: Hit<RecordFor<K>> = { record: ix.recs[i]!, score: e.score, reasons };
    if (e.distanceKm !== undefined) h.distanceKm = e.distanceKm;
    hits.push(h);
  }
  const res: SearchResult<RecordFor<K>, QueryFor<K>> = { total, hits, relaxations: [] };
  const next = pageOf(q, total).next;
  if (next) res.nextCursor = next;
  if (relax && total < RELAX_BELOW) {
    res.relaxations = relaxationsFor(kind, query, total, (rq) => run(ix, { ...rq, limit: 1 } as QueryFor<K>, false).total);
  }
  return res;
}
