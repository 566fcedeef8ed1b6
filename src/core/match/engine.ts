/**
 * The index: built once per feed, then each query looks only at candidate records.
 *
 * - text-index.ts: the feed's words, so a query word is matched once, not once per record.
 * - lotsen-grid.ts / lotsen-scan.ts: Lotsen feeds reach 100,000 records, so they are stored as
 *   columns on a grid of cells and scanned nearest cell first with score bounds.
 * - Sprachkurse and Dolmetscher feeds hold a few thousand records: one plain scan over the
 *   rules of rules.ts, which the brute-force reference (reference.ts) uses too.
 * - top-k.ts: the best hits of a query, in the one hit order (paging.ts).
 *
 * Buffers a query fills (the best-k buffer, the Lotsen scratch) belong to the index and are
 * handed to each step explicitly; nothing is kept at module level.
 */
import type { DolmetscherRecord, LanguageSpec, LotseRecord, SprachkursRecord } from '../schema/index.js';
import { runToEnd, type SlicedJob } from '../slices/index.js';
import { buildLotsenGridJob, type LotsenGrid, type LotsenScratch, lotsenScratch } from './lotsen-grid.js';
import { lotseReasons, scanLotsen } from './lotsen-scan.js';
import { pageOf } from './paging.js';
import { relaxationsFor } from './relax.js';
import {
  type Evaluation,
  evaluateDolmetscher,
  evaluateSprachkurs,
  planDolmetscher,
  planLotsen,
  planSprachkurs,
  recordPrimaries,
  specCode,
} from './rules.js';
import { bestTextQuality, buildTextIndexJob, hasAllTerms, matchTerms, type TextIndex, textQuality } from './text-index.js';
import { queryTerms, type TextField } from './text-match.js';
import { TopK } from './top-k.js';
import type { Hit, MatchIndex, MatchKind, QueryFor, Reason, RecordFor, SearchResult } from './types.js';
import { RELAX_BELOW } from './weights.js';

interface EngineIndex<K extends MatchKind = MatchKind> extends MatchIndex<K> {
  /** Records in stored order (cell order for Lotsen, feed order otherwise). */
  records: Array<RecordFor<K>>;
  /** Per record its languages' primary subtags (Lotsen and Dolmetscher). */
  primaries: string[][];
  text: TextIndex;
  top: TopK;
  lotsen: { grid: LotsenGrid; scratch: LotsenScratch } | null;
}

/**
 * recordPrimaries with a memo per code: codes repeat, and parsing each tag again showed in the
 * build time (bench/RESULTS.md, engine note 1).
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
  return runToEnd(createIndexJob(input, kind));
}

/**
 * createIndex as a job that pauses every few records (src/core/slices): the widgets build a
 * large feed's index in slices, so the page stays responsive; the index is the same.
 */
export function* createIndexJob<K extends MatchKind>(input: Array<RecordFor<K>>, kind: K): SlicedJob<MatchIndex<K>> {
  const primariesOf = primariesMemo();
  const built = kind === 'lotsen' ? yield* buildLotsenGridJob(input as LotseRecord[], primariesOf) : null;
  const records = (built ? built.records : input) as Array<RecordFor<K>>;
  const ids = records.map((r) => (r as { id: string }).id);
  const text = yield* buildTextIndexJob(kind, input, built ? built.order : null);
  return {
    kind,
    size: input.length,
    records,
    primaries: built ? built.primaries : kind === 'dolmetscher' ? records.map((r) => primariesOf((r as DolmetscherRecord).languages)) : [],
    text,
    top: new TopK(ids),
    lotsen: built ? { grid: built.grid, scratch: lotsenScratch(built.grid, input.length) } : null,
  } as EngineIndex<K>;
}

export function search<K extends MatchKind>(index: MatchIndex<K>, query: QueryFor<K>): SearchResult<RecordFor<K>, QueryFor<K>> {
  return run(index as EngineIndex<K>, query, true);
}

function run<K extends MatchKind>(ix: EngineIndex<K>, query: QueryFor<K>, relax: boolean): SearchResult<RecordFor<K>, QueryFor<K>> {
  const kind = ix.kind as MatchKind;
  const q = query as QueryFor<MatchKind> & { text?: string };
  const words = queryTerms(q.text);
  const terms = matchTerms(ix.text, ix.size, words);
  const recs = ix.records as unknown[];
  // Lotsen: scored by scanLotsen, explained by lotseReasons; evaluateLotse (rules) serves the
  // reference only and stays out of the bundle. Courses and interpreters share one plain scan.
  const lp = kind === 'lotsen' ? planLotsen(q as never) : null;
  const sp = kind === 'sprachkurse' ? planSprachkurs(q as never) : null;
  const dp = kind === 'dolmetscher' ? planDolmetscher(q as never) : null;
  const evaluate = (i: number, reasons: Reason[] | null, tq: number): Evaluation | null =>
    sp
      ? evaluateSprachkurs(recs[i] as SprachkursRecord, sp, tq, reasons)
      : evaluateDolmetscher(recs[i] as DolmetscherRecord, ix.primaries[i]!, dp!, tq, reasons);
  const { offset, limit } = pageOf(q, Infinity);
  // A forged cursor must not allocate beyond the feed: past the end, the page is just empty.
  const top = ix.top;
  top.reset(relax ? Math.max(1, Math.min(offset + limit, ix.size)) : 0);
  let total = 0;
  if (lp) {
    const { grid, scratch } = ix.lotsen!;
    total = scanLotsen({ grid, scratch, plan: lp, text: ix.text, terms, textBest: bestTextQuality(terms), top });
  } else {
    for (let i = 0; i < ix.size; i++) {
      if (terms.length && !hasAllTerms(terms, i)) continue;
      const e = evaluate(i, null, textQuality(ix.text, terms, i, null));
      if (!e) continue;
      total++;
      if (top.k) top.offer(i, e.score, e.distanceKm ?? Infinity);
    }
  }
  const hits: Array<Hit<RecordFor<K>>> = [];
  for (let j = offset; j < top.size; j++) {
    const i = top.index[j]!;
    const reasons: Reason[] = [];
    const fields = terms.length ? new Set<TextField>() : null;
    const tq = textQuality(ix.text, terms, i, fields);
    const e = lp ? lotseReasons(ix.lotsen!.grid, ix.lotsen!.scratch, i, lp, reasons, top.score[j]!) : evaluate(i, reasons, tq)!;
    if (terms.length) reasons.push({ code: 'text', params: { terms: words, fields: [...fields!] } });
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
