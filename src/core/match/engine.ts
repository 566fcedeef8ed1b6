/**
 * The index: built once per feed, then each query looks only at candidate records.
 *
 * - Text: one sorted vocabulary per feed; each record holds token ids (CSR arrays). A query
 *   word is compared once against the vocabulary (not once per record), giving a quality per
 *   word id; a record's text score is then a few array reads.
 * - Lotsen: a coarse lat/lon grid (≈11 km cells) with one position list per (cell, language),
 *   so a "Tigrinya within 25 km" query touches only Tigrinya speakers in nearby cells.
 * - Ranking keeps a fixed top-k buffer instead of sorting every hit.
 * What matches is decided only by rules.ts, shared with the brute-force reference.
 */
import type { DolmetscherRecord, LotseRecord, SprachkursRecord } from '../schema/index.js';
import { tokenize } from '../text/normalize.js';
import { compareHits, pageOf } from './paging.js';
import { relaxationsFor } from './relax.js';
import {
  evaluateDolmetscher, evaluateLotse, evaluateSprachkurs, planDolmetscher, planLotsen, planSprachkurs,
  recordPrimaries, specLevel, toMinutes, type Evaluation, type LotsenPlan,
} from './rules.js';
import { haversineKm } from '../place/index.js';
import { LOTSEN_TOPICS } from '../schema/vocabularies.js';
import { TEXT_FIELDS, queryTerms, recordTextFields, termQuality } from './text-match.js';
import type { Hit, MatchIndex, MatchKind, QueryFor, Reason, RecordFor, SearchResult } from './types.js';
import { LEVEL_FACTOR, RELAX_BELOW, SUBSTITUTE_FACTOR, W_DISTANCE, W_GENDER, W_LANGUAGE, W_TEXT, W_TIMES, W_TOPICS } from './weights.js';

const CELL_DEG_LAT = 0.1;
const CELL_DEG_LON = 0.15;
const KM_PER_DEG = 111.32;
const cellKey = (la: number, lo: number): number => la * 4096 + lo;
/** Room for language ids in a numeric (cell, language) key; more languages fall back to a scan. */
const CELL_LANGS = 1024;
const cellOf = (p: { lat: number; lon: number }): number => cellKey(Math.floor(p.lat / CELL_DEG_LAT), Math.floor(p.lon / CELL_DEG_LON));
function sortedByCell(rs: LotseRecord[]): LotseRecord[] {
  const keyed = rs.map((r, i) => ({ r, k: cellOf(r.place), i }));
  keyed.sort((a, b) => a.k - b.k || a.i - b.i);
  return keyed.map((x) => x.r);
}
/** Safety margin (km) for the cell-distance bound: the clamped corner is not exactly the nearest point on a sphere. */
const CELL_MARGIN_KM = 1;

interface Internal<K extends MatchKind> extends MatchIndex<K> {
  records: Array<RecordFor<K>>;
  ids: string[];
  primaries: string[][];
  vocab: string[];
  tokStart: Uint32Array;
  tokIds: Uint32Array;
  tokField: Uint8Array;
  termQ: Float64Array[];
  termCache: Map<string, Float64Array>;
  /** (cell, language) → positions; language '' = every record of the cell. */
  /** Key cell * CELL_LANGS + language id (0 = every language). */
  cells: Map<number, Int32Array>;
  cellLangs: Map<string, number>;
  /** Largest travelKm per cell: a far cell of stay-at-home Lotsen is skipped whole. */
  cellTravel: Map<number, number>;
  maxTravelKm: number;
  stamp: Uint32Array;
  epoch: number;
  cols: LotsenColumns | null;
  cand: Int32Array;
}

/**
 * Lotsen as typed arrays, so the per-candidate scan reads numbers instead of walking objects
 * and parsing "HH:MM" strings. Every value is the one rules.ts would compute from the record,
 * and the scan adds the score parts in the same order, so scores are bit-identical.
 */
interface LotsenColumns {
  lat: Float64Array;
  lon: Float64Array;
  /** cos(lat): the per-record half of the haversine formula, computed once. */
  cosLat: Float64Array;
  travel: Float64Array;
  available: Uint8Array;
  gender: Uint8Array;
  topics: Uint16Array;
  langStart: Uint32Array;
  langId: Uint16Array;
  langLevel: Float64Array;
  langIds: Map<string, number>;
  slotStart: Uint32Array;
  slotDay: Uint8Array;
  slotFrom: Int16Array;
  slotTo: Int16Array;
  wish: Float64Array;
}

const GENDER_CODE: Record<string, number> = { w: 1, m: 2, d: 3 };
const DAY_CODE: Record<string, number> = { mo: 0, di: 1, mi: 2, do: 3, fr: 4, sa: 5, so: 6 };
const TOPIC_BIT = new Map<string, number>(LOTSEN_TOPICS.map((t, i) => [t, 1 << i]));

function lotsenColumns(records: LotseRecord[], primaries: string[][]): LotsenColumns {
  const n = records.length;
  const c = {
    lat: new Float64Array(n), lon: new Float64Array(n), cosLat: new Float64Array(n), travel: new Float64Array(n), available: new Uint8Array(n),
    gender: new Uint8Array(n), topics: new Uint16Array(n), langStart: new Uint32Array(n + 1), slotStart: new Uint32Array(n + 1),
  };
  const langIds = new Map<string, number>();
  const langId: number[] = [];
  const langLevel: number[] = [];
  const slotDay: number[] = [];
  const slotFrom: number[] = [];
  const slotTo: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = records[i]!;
    c.lat[i] = r.place.lat;
    c.lon[i] = r.place.lon;
    c.cosLat[i] = Math.cos(r.place.lat * RAD);
    c.travel[i] = r.travelKm ?? 0;
    c.available[i] = r.available ? 1 : 0;
    c.gender[i] = GENDER_CODE[r.gender ?? ''] ?? 0;
    let mask = 0;
    for (const t of r.topics) mask |= TOPIC_BIT.get(t) ?? 0;
    c.topics[i] = mask;
    const ps = primaries[i]!;
    for (let j = 0; j < ps.length; j++) {
      let id = langIds.get(ps[j]!);
      if (id === undefined) langIds.set(ps[j]!, (id = langIds.size));
      langId.push(id);
      langLevel.push(LEVEL_FACTOR[specLevel(r.languages[j]!) ?? ''] ?? 1);
    }
    c.langStart[i + 1] = langId.length;
    for (const s of r.availability ?? []) {
      slotDay.push(DAY_CODE[s.day]!);
      slotFrom.push(toMinutes(s.from));
      slotTo.push(toMinutes(s.to));
    }
    c.slotStart[i + 1] = slotDay.length;
  }
  return {
    ...c, langIds, langId: Uint16Array.from(langId), langLevel: Float64Array.from(langLevel),
    slotDay: Uint8Array.from(slotDay), slotFrom: Int16Array.from(slotFrom), slotTo: Int16Array.from(slotTo),
    wish: new Float64Array(langIds.size),
  };
}

export function createIndex(records: LotseRecord[], kind: 'lotsen'): MatchIndex<'lotsen'>;
export function createIndex(records: SprachkursRecord[], kind: 'sprachkurse'): MatchIndex<'sprachkurse'>;
export function createIndex(records: DolmetscherRecord[], kind: 'dolmetscher'): MatchIndex<'dolmetscher'>;
export function createIndex<K extends MatchKind>(input: Array<RecordFor<K>>, kind: K): MatchIndex<K> {
  const n = input.length;
  // Lotsen are stored in grid-cell order: a cell's candidates then sit next to each other in
  // every column, so the scan reads memory in runs instead of jumping across 100k records.
  const records = kind === 'lotsen' ? sortedByCell(input as LotseRecord[]) as Array<RecordFor<K>> : input;
  const ids = records.map((r) => (r as { id: string }).id);
  const primaries = kind === 'sprachkurse' ? [] : records.map((r) => recordPrimaries((r as LotseRecord).languages));
  // Text: tokenise each distinct field string once (names, labels and Orte repeat a lot).
  const vocabMap = new Map<string, number>();
  const tokenCache = new Map<string, number[]>();
  const starts = new Uint32Array(n + 1);
  const tokIds: number[] = [];
  const tokField: number[] = [];
  for (let i = 0; i < n; i++) {
    const seen = new Set<number>();
    for (const [f, text] of recordTextFields(kind, records[i])) {
      let ids2 = tokenCache.get(text);
      if (!ids2) {
        ids2 = tokenize(text).map((t) => {
          let id = vocabMap.get(t);
          if (id === undefined) vocabMap.set(t, (id = vocabMap.size));
          return id;
        });
        tokenCache.set(text, ids2);
      }
      for (const id of ids2) if (!seen.has(id)) { seen.add(id); tokIds.push(id); tokField.push(f); }
    }
    starts[i + 1] = tokIds.length;
  }
  const vocab = new Array<string>(vocabMap.size);
  for (const [t, id] of vocabMap) vocab[id] = t;
  const cells = new Map<number, number[]>();
  const cellLangs = new Map<string, number>([['', 0]]);
  const cellTravel = new Map<number, number>();
  let maxTravelKm = 0;
  if (kind === 'lotsen') {
    for (let i = 0; i < n; i++) {
      const r = records[i] as LotseRecord;
      // Unavailable Lotsen can never be a hit: they stay out of the lists (the no-point path
      // still checks the flag).
      if (!r.available) continue;
      maxTravelKm = Math.max(maxTravelKm, r.travelKm ?? 0);
      const key = cellOf(r.place);
      cellTravel.set(key, Math.max(cellTravel.get(key) ?? 0, r.travelKm ?? 0));
      for (const l of ['', ...new Set(primaries[i])]) {
        let lid = cellLangs.get(l);
        if (lid === undefined) cellLangs.set(l, (lid = cellLangs.size));
        const k = key * CELL_LANGS + lid;
        let list = cells.get(k);
        if (!list) cells.set(k, (list = []));
        list.push(i);
      }
    }
  }
  const frozen = new Map<number, Int32Array>();
  // Each list runs from the farthest-travelling Lotse down, so a scan of an outer cell can stop
  // at the first Lotse whose travelKm cannot bridge the gap.
  const travelOf = (i: number): number => (records[i] as LotseRecord).travelKm ?? 0;
  for (const [k, v] of cells) frozen.set(k, Int32Array.from(v.sort((a, b) => travelOf(b) - travelOf(a) || a - b)));
  const index: Internal<K> = {
    kind, size: n, records, ids, primaries, vocab,
    tokStart: starts, tokIds: Uint32Array.from(tokIds), tokField: Uint8Array.from(tokField),
    termQ: [], termCache: new Map(), cells: frozen, cellLangs, cellTravel, maxTravelKm, stamp: new Uint32Array(n), epoch: 0,
    cols: kind === 'lotsen' ? lotsenColumns(records as LotseRecord[], primaries) : null,
    cand: new Int32Array(n),
  };
  return index;
}

/** Quality of each query word against each vocabulary word, in reusable buffers. */
/**
 * Quality of each query word against each vocabulary word. Kept per index for the last
 * TERM_CACHE words: typing "Behö", "Behör", "Behörde" repeats words, and the vocabulary scan
 * is the one per-query cost that grows with the feed's wording rather than with the hits.
 */
const TERM_CACHE = 64;
function prepareTerms(ix: Internal<MatchKind>, terms: string[]): void {
  for (let t = 0; t < terms.length; t++) {
    const term = terms[t]!;
    let buf = ix.termCache.get(term);
    if (!buf) {
      buf = new Float64Array(ix.vocab.length);
      for (let w = 0; w < ix.vocab.length; w++) buf[w] = termQuality(term, ix.vocab[w]!);
      if (ix.termCache.size >= TERM_CACHE) ix.termCache.delete(ix.termCache.keys().next().value!);
      ix.termCache.set(term, buf);
    }
    ix.termQ[t] = buf;
  }
}

function textOf(ix: Internal<MatchKind>, i: number, nTerms: number, fields: Set<string> | null): number {
  if (!nTerms) return 0;
  const s = ix.tokStart[i]!;
  const e = ix.tokStart[i + 1]!;
  let sum = 0;
  for (let t = 0; t < nTerms; t++) {
    const q = ix.termQ[t]!;
    let best = 0;
    let bestAt = -1;
    for (let p = s; p < e; p++) {
      const v = q[ix.tokIds[p]!]!;
      if (v > best) { best = v; bestAt = p; }
    }
    if (best === 0) return -1;
    if (fields) fields.add(TEXT_FIELDS[ix.tokField[bestAt]!]!);
    sum += best;
  }
  return sum / nTerms;
}

/**
 * Candidate positions for a Lotsen query into `ix.cand`: grid cells around `near` × wished
 * languages. Returns how many. Records outside the cells cannot be within reach.
 */
function lotsenCandidates(ix: Internal<'lotsen'>, p: LotsenPlan): number {
  const cand = ix.cand;
  let m = 0;
  if (!p.near) {
    if (!p.wishes) { for (let i = 0; i < ix.size; i++) cand[m++] = i; return m; }
    for (let i = 0; i < ix.size; i++) if (ix.primaries[i]!.some((l) => p.wishes!.has(l))) cand[m++] = i;
    return m;
  }
  const langs: number[] = [];
  for (const l of p.wishes ? p.wishes.keys() : ['']) {
    const id = ix.cellLangs.get(l);
    if (id !== undefined) langs.push(id);
  }
  if (ix.cellLangs.size > CELL_LANGS) { for (let i = 0; i < ix.size; i++) cand[m++] = i; return m; }
  const reachKm = p.radius + ix.maxTravelKm;
  const dLat = reachKm / KM_PER_DEG;
  const dLon = reachKm / (KM_PER_DEG * Math.max(0.01, Math.cos((p.near.lat * Math.PI) / 180)));
  const la0 = Math.floor((p.near.lat - dLat) / CELL_DEG_LAT);
  const la1 = Math.floor((p.near.lat + dLat) / CELL_DEG_LAT);
  const lo0 = Math.floor((p.near.lon - dLon) / CELL_DEG_LON);
  const lo1 = Math.floor((p.near.lon + dLon) / CELL_DEG_LON);
  if (!((la1 - la0) * (lo1 - lo0) < 4096)) { for (let i = 0; i < ix.size; i++) cand[m++] = i; return m; }
  const epoch = ++ix.epoch;
  const corner = { lat: 0, lon: 0 };
  const travelKm = ix.cols!.travel;
  for (let la = la0; la <= la1; la++) for (let lo = lo0; lo <= lo1; lo++) {
    const key = cellKey(la, lo);
    const travel = ix.cellTravel.get(key);
    if (travel === undefined) continue;
    // Nearest point of the cell to the resident: if even that is out of reach, skip the cell.
    corner.lat = Math.min(Math.max(p.near.lat, la * CELL_DEG_LAT), (la + 1) * CELL_DEG_LAT);
    corner.lon = Math.min(Math.max(p.near.lon, lo * CELL_DEG_LON), (lo + 1) * CELL_DEG_LON);
    const gap = haversineKm(p.near, corner) - p.radius - CELL_MARGIN_KM;
    if (gap > travel) continue;
    for (const l of langs) {
      const list = ix.cells.get(key * CELL_LANGS + l);
      if (!list) continue;
      for (let j = 0; j < list.length; j++) {
        const i = list[j]!;
        if (travelKm[i]! < gap) break;
        // A record speaking two wished languages sits in two lists: take it once.
        if (ix.stamp[i] === epoch) continue;
        ix.stamp[i] = epoch;
        cand[m++] = i;
      }
    }
  }
  return m;
}

const EARTH_KM_PER_RAD = 6371.0088;
const RAD = Math.PI / 180;

/** Columnar Lotsen scan: same filters and score parts as evaluateLotse, in the same order. */
function scanLotsen(ix: Internal<'lotsen'>, p: LotsenPlan, nT: number, top: TopK): number {
  const c = ix.cols!;
  const m = lotsenCandidates(ix, p);
  const wish = c.wish;
  wish.fill(-1);
  if (p.wishes) for (const [code, w] of p.wishes) {
    const id = c.langIds.get(code);
    if (id !== undefined) wish[id] = w.substitute ? SUBSTITUTE_FACTOR * w.closeness : 1;
  }
  let qTopics = 0;
  for (const t of p.topics) qTopics |= TOPIC_BIT.get(t) ?? 0;
  const nTopics = p.topics.size;
  const times = p.q.times ?? [];
  const tDay = times.map((t) => DAY_CODE[t.day] ?? -1);
  const tFrom = times.map((t) => toMinutes(t.from));
  const tTo = times.map((t) => toMinutes(t.to));
  const wantGender = GENDER_CODE[p.q.gender ?? ''] ?? -1;
  const near = p.near;
  const cosNear = near ? Math.cos(near.lat * RAD) : 0;
  // h at the largest reach in the feed, with a hair of slack for rounding.
  const hMax = Math.sin(Math.min(Math.PI / 2, (p.radius + ix.maxTravelKm) / (2 * EARTH_KM_PER_RAD))) ** 2 * 1.000001 + 1e-15;
  const any = ix as unknown as Internal<MatchKind>;
  let total = 0;
  for (let j = 0; j < m; j++) {
    const i = ix.cand[j]!;
    if (!c.available[i]) continue;
    let score = 0;
    if (p.wishes) {
      let best = -1;
      for (let e = c.langStart[i]!, end = c.langStart[i + 1]!; e < end; e++) {
        const base = wish[c.langId[e]!]!;
        if (base < 0) continue;
        const v = base * c.langLevel[e]!;
        if (v > best) best = v;
      }
      if (best < 0) continue;
      score += best * W_LANGUAGE;
    }
    if (near) {
      const reach = p.radius + c.travel[i]!;
      // haversineKm (core/place) written out with cos(lat) precomputed: the same operations in
      // the same order, so the same double; the property tests compare scores bit for bit.
      const dLat = (c.lat[i]! - near.lat) * RAD;
      const dLon = (c.lon[i]! - near.lon) * RAD;
      const h = Math.sin(dLat / 2) ** 2 + cosNear * c.cosLat[i]! * Math.sin(dLon / 2) ** 2;
      // h grows with the distance: records beyond any reach go before asin/sqrt.
      if (h > hMax) continue;
      const d = 2 * EARTH_KM_PER_RAD * Math.asin(Math.min(1, Math.sqrt(h)));
      if (!(d <= reach)) continue;
      score += W_DISTANCE * (1 - d / Math.max(reach, 1e-9));
    }
    const tq = textOf(any, i, nT, null);
    if (tq < 0) continue;
    if (nTopics) {
      const hit = c.topics[i]! & qTopics;
      if (hit) score += (W_TOPICS * popcount(hit)) / nTopics;
    }
    if (p.wishedMinutes > 0 && c.slotStart[i + 1]! > c.slotStart[i]!) {
      let o = 0;
      for (let e = c.slotStart[i]!, end = c.slotStart[i + 1]!; e < end; e++) {
        for (let t = 0; t < tDay.length; t++) {
          if (c.slotDay[e] !== tDay[t]) continue;
          const ov = Math.min(c.slotTo[e]!, tTo[t]!) - Math.max(c.slotFrom[e]!, tFrom[t]!);
          if (ov > 0) o += ov;
        }
      }
      if (o > 0) score += W_TIMES * Math.min(1, o / p.wishedMinutes);
    }
    if (wantGender > 0 && c.gender[i] === wantGender) score += W_GENDER;
    score += W_TEXT * Math.max(0, tq);
    total++;
    top.offer(i, score);
  }
  return total;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Fixed-size best-k buffer (score desc, id asc): one insertion step per hit that qualifies. */
class TopK {
  readonly idx: Int32Array;
  readonly score: Float64Array;
  filled = 0;
  constructor(readonly k: number, readonly ids: string[]) {
    this.idx = new Int32Array(k);
    this.score = new Float64Array(k);
  }
  offer(i: number, s: number): void {
    const { k, idx, score, ids } = this;
    if (this.filled === k && compareHits(s, ids[i]!, score[k - 1]!, ids[idx[k - 1]!]!) >= 0) return;
    let j = this.filled < k ? this.filled++ : k - 1;
    while (j > 0 && compareHits(s, ids[i]!, score[j - 1]!, ids[idx[j - 1]!]!) < 0) {
      idx[j] = idx[j - 1]!;
      score[j] = score[j - 1]!;
      j--;
    }
    idx[j] = i;
    score[j] = s;
  }
}

export function search<K extends MatchKind>(index: MatchIndex<K>, query: QueryFor<K>): SearchResult<RecordFor<K>, QueryFor<K>> {
  return run(index as Internal<K>, query, true);
}

function run<K extends MatchKind>(ix: Internal<K>, query: QueryFor<K>, relax: boolean): SearchResult<RecordFor<K>, QueryFor<K>> {
  const kind = ix.kind as MatchKind;
  const q = query as QueryFor<MatchKind> & { text?: string };
  const terms = queryTerms(q.text);
  prepareTerms(ix as Internal<MatchKind>, terms);
  const nT = terms.length;
  const any = ix as Internal<MatchKind>;
  let evaluate: (i: number, reasons: Reason[] | null, tq: number) => Evaluation | null;
  let lp: LotsenPlan | null = null;
  if (kind === 'lotsen') {
    const p = (lp = planLotsen(q as never));
    evaluate = (i, reasons, tq) => evaluateLotse(ix.records[i] as LotseRecord, ix.primaries[i]!, p, tq, reasons);
  } else if (kind === 'sprachkurse') {
    const p = planSprachkurs(q as never);
    evaluate = (i, reasons, tq) => evaluateSprachkurs(ix.records[i] as SprachkursRecord, p, tq, reasons);
  } else {
    const p = planDolmetscher(q as never);
    evaluate = (i, reasons, tq) => evaluateDolmetscher(ix.records[i] as DolmetscherRecord, ix.primaries[i]!, p, tq, reasons);
  }
  const { offset, limit } = pageOf(q, Infinity);
  // A forged cursor must not allocate beyond the feed: past the end, the page is just empty.
  const top = new TopK(Math.max(1, Math.min(offset + limit, ix.size)), ix.ids);
  let total = 0;
  if (lp) total = scanLotsen(ix as unknown as Internal<'lotsen'>, lp, nT, top);
  else {
    for (let i = 0; i < ix.size; i++) {
      const tq = textOf(any, i, nT, null);
      if (tq < 0) continue;
      const e = evaluate(i, null, tq);
      if (!e) continue;
      total++;
      top.offer(i, e.score);
    }
  }
  const filled = top.filled;
  const topI = top.idx;
  const hits: Array<Hit<RecordFor<K>>> = [];
  for (let j = offset; j < filled; j++) {
    const i = topI[j]!;
    const reasons: Reason[] = [];
    const fields = nT ? new Set<string>() : null;
    const e = evaluate(i, reasons, textOf(any, i, nT, fields))!;
    if (nT) reasons.push({ code: 'text', params: { terms, fields: [...fields!] } });
    const h: Hit<RecordFor<K>> = { record: ix.records[i]!, score: e.score, reasons };
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

