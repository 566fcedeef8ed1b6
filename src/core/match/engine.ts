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
  recordPrimaries, type Evaluation, type LotsenPlan,
} from './rules.js';
import { TEXT_FIELDS, queryTerms, recordTextFields, termQuality } from './text-match.js';
import type { Hit, MatchIndex, MatchKind, QueryFor, Reason, RecordFor, SearchResult } from './types.js';
import { RELAX_BELOW } from './weights.js';

const CELL_DEG_LAT = 0.1;
const CELL_DEG_LON = 0.15;
const KM_PER_DEG = 111.32;
const cellKey = (la: number, lo: number): number => la * 4096 + lo;

interface Internal<K extends MatchKind> extends MatchIndex<K> {
  records: Array<RecordFor<K>>;
  ids: string[];
  primaries: string[][];
  vocab: string[];
  tokStart: Uint32Array;
  tokIds: Uint32Array;
  tokField: Uint8Array;
  termQ: Float32Array[];
  /** (cell, language) → positions; language '' = every record of the cell. */
  cells: Map<string, Int32Array>;
  maxTravelKm: number;
  stamp: Uint32Array;
  epoch: number;
}

export function createIndex(records: LotseRecord[], kind: 'lotsen'): MatchIndex<'lotsen'>;
export function createIndex(records: SprachkursRecord[], kind: 'sprachkurse'): MatchIndex<'sprachkurse'>;
export function createIndex(records: DolmetscherRecord[], kind: 'dolmetscher'): MatchIndex<'dolmetscher'>;
export function createIndex<K extends MatchKind>(records: Array<RecordFor<K>>, kind: K): MatchIndex<K> {
  const n = records.length;
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
  const cells = new Map<string, number[]>();
  let maxTravelKm = 0;
  if (kind === 'lotsen') {
    for (let i = 0; i < n; i++) {
      const r = records[i] as LotseRecord;
      maxTravelKm = Math.max(maxTravelKm, r.travelKm ?? 0);
      const key = cellKey(Math.floor(r.place.lat / CELL_DEG_LAT), Math.floor(r.place.lon / CELL_DEG_LON));
      for (const l of ['', ...new Set(primaries[i])]) {
        const k = `${key}:${l}`;
        let list = cells.get(k);
        if (!list) cells.set(k, (list = []));
        list.push(i);
      }
    }
  }
  const frozen = new Map<string, Int32Array>();
  for (const [k, v] of cells) frozen.set(k, Int32Array.from(v));
  const index: Internal<K> = {
    kind, size: n, records, ids, primaries, vocab,
    tokStart: starts, tokIds: Uint32Array.from(tokIds), tokField: Uint8Array.from(tokField),
    termQ: [], cells: frozen, maxTravelKm, stamp: new Uint32Array(n), epoch: 0,
  };
  return index;
}

/** Quality of each query word against each vocabulary word, in reusable buffers. */
function prepareTerms(ix: Internal<MatchKind>, terms: string[]): void {
  for (let t = 0; t < terms.length; t++) {
    let buf = ix.termQ[t];
    if (!buf || buf.length < ix.vocab.length) buf = ix.termQ[t] = new Float32Array(ix.vocab.length);
    const term = terms[t]!;
    for (let w = 0; w < ix.vocab.length; w++) buf[w] = termQuality(term, ix.vocab[w]!);
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

/** Candidate positions for a Lotsen query: grid cells around `near` × wished languages. */
function lotsenCandidates(ix: Internal<'lotsen'>, p: LotsenPlan, visit: (i: number) => void): void {
  const langs = p.wishes ? [...p.wishes.keys()] : [''];
  if (!p.near) {
    if (!p.wishes) { for (let i = 0; i < ix.size; i++) visit(i); return; }
    // No point: any record speaking a wished language, via the per-record primaries.
    for (let i = 0; i < ix.size; i++) if (ix.primaries[i]!.some((l) => p.wishes!.has(l))) visit(i);
    return;
  }
  const reachKm = p.radius + ix.maxTravelKm;
  const dLat = reachKm / KM_PER_DEG;
  const dLon = reachKm / (KM_PER_DEG * Math.max(0.01, Math.cos((p.near.lat * Math.PI) / 180)));
  const la0 = Math.floor((p.near.lat - dLat) / CELL_DEG_LAT);
  const la1 = Math.floor((p.near.lat + dLat) / CELL_DEG_LAT);
  const lo0 = Math.floor((p.near.lon - dLon) / CELL_DEG_LON);
  const lo1 = Math.floor((p.near.lon + dLon) / CELL_DEG_LON);
  if (!(la1 - la0 < 400 && lo1 - lo0 < 400)) { for (let i = 0; i < ix.size; i++) visit(i); return; }
  const epoch = ++ix.epoch;
  for (let la = la0; la <= la1; la++) for (let lo = lo0; lo <= lo1; lo++) {
    const key = cellKey(la, lo);
    for (const l of langs) {
      const list = ix.cells.get(`${key}:${l}`);
      if (!list) continue;
      for (let j = 0; j < list.length; j++) {
        const i = list[j]!;
        // A record speaking two wished languages sits in two lists: visit it once.
        if (ix.stamp[i] === epoch) continue;
        ix.stamp[i] = epoch;
        visit(i);
      }
    }
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
  const k = offset + limit;
  const topI = new Int32Array(k);
  const topS = new Float64Array(k);
  let filled = 0;
  let total = 0;
  const ids = ix.ids;
  const visit = (i: number): void => {
    const tq = textOf(any, i, nT, null);
    if (tq < 0) return;
    const e = evaluate(i, null, tq);
    if (!e) return;
    total++;
    const s = e.score;
    if (filled === k && compareHits(s, ids[i]!, topS[k - 1]!, ids[topI[k - 1]!]!) >= 0) return;
    let j = filled < k ? filled++ : k - 1;
    while (j > 0 && compareHits(s, ids[i]!, topS[j - 1]!, ids[topI[j - 1]!]!) < 0) {
      topI[j] = topI[j - 1]!;
      topS[j] = topS[j - 1]!;
      j--;
    }
    topI[j] = i;
    topS[j] = s;
  };
  if (lp) lotsenCandidates(ix as unknown as Internal<'lotsen'>, lp, visit);
  else for (let i = 0; i < ix.size; i++) visit(i);
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

