/**
 * Brute-force reference: every record, plain objects, tokenised on the fly. Slow on purpose
 * (nothing precomputed that could hide a bug); the property tests hold the index to it.
 */

import type { DolmetscherRecord, LotseRecord, SprachkursRecord } from '../schema/index.js';
import { tokenize } from '../text/normalize.js';
import { compareHits, pageOf } from './paging.js';
import { relaxationsFor } from './relax.js';
import {
  evaluateDolmetscher,
  evaluateLotse,
  evaluateSprachkurs,
  planDolmetscher,
  planLotsen,
  planSprachkurs,
  recordPrimaries,
} from './rules.js';
import { queryTerms, recordTextFields, TEXT_FIELDS, type TextField, termQuality } from './text-match.js';
import type { Hit, MatchKind, QueryFor, Reason, RecordFor, SearchResult } from './types.js';
import { RELAX_BELOW } from './weights.js';

/** Mean best quality of the terms over the record's tokens; -1 when a term matches nothing. */
function referenceText(kind: MatchKind, r: unknown, terms: string[], fields: Set<TextField> | null): number {
  if (!terms.length) return 0;
  const toks = recordTextFields(kind, r).map(([f, t]) => [f, tokenize(t)] as const);
  let sum = 0;
  for (const term of terms) {
    let best = 0;
    let bestF = -1;
    for (const [f, ts] of toks)
      for (const t of ts) {
        const v = termQuality(term, t);
        if (v > best) {
          best = v;
          bestF = f;
        }
      }
    if (best === 0) return -1;
    if (fields) fields.add(TEXT_FIELDS[bestF]!);
    sum += best;
  }
  return sum / terms.length;
}

export function searchReference<K extends MatchKind>(
  records: Array<RecordFor<K>>,
  kind: K,
  query: QueryFor<K>,
  relax = true,
): SearchResult<RecordFor<K>, QueryFor<K>> {
  const q = query as QueryFor<MatchKind> & { text?: string };
  const terms = queryTerms(q.text);
  const evalOne = (r: unknown, reasons: Reason[] | null) => {
    const fields = reasons ? new Set<TextField>() : null;
    const tq = referenceText(kind, r, terms, fields);
    let e: ReturnType<typeof evaluateLotse>;
    if (kind === 'lotsen')
      e = evaluateLotse(r as LotseRecord, recordPrimaries((r as LotseRecord).languages), planLotsen(q as never), tq, reasons);
    else if (kind === 'sprachkurse') e = evaluateSprachkurs(r as SprachkursRecord, planSprachkurs(q as never), tq, reasons);
    else
      e = evaluateDolmetscher(
        r as DolmetscherRecord,
        recordPrimaries((r as DolmetscherRecord).languages),
        planDolmetscher(q as never),
        tq,
        reasons,
      );
    if (e && reasons && terms.length) reasons.push({ code: 'text', params: { terms, fields: [...fields!] } });
    return e;
  };
  const all: Array<Hit<RecordFor<K>>> = [];
  for (const r of records) {
    const e = evalOne(r, null);
    if (e) all.push({ record: r, score: e.score, ...(e.distanceKm !== undefined ? { distanceKm: e.distanceKm } : {}), reasons: [] });
  }
  all.sort((a, b) =>
    compareHits(
      a.score,
      a.distanceKm ?? Infinity,
      (a.record as { id: string }).id,
      b.score,
      b.distanceKm ?? Infinity,
      (b.record as { id: string }).id,
    ),
  );
  const { offset, limit, next } = pageOf(q, all.length);
  const hits = all.slice(offset, offset + limit);
  for (const h of hits) evalOne(h.record, h.reasons);
  const res: SearchResult<RecordFor<K>, QueryFor<K>> = { total: all.length, hits, relaxations: [] };
  if (next) res.nextCursor = next;
  if (relax && all.length < RELAX_BELOW) {
    res.relaxations = relaxationsFor(kind, query, all.length, (rq) => searchReference(records, kind, { ...rq, limit: 1 }, false).total);
  }
  return res;
}
