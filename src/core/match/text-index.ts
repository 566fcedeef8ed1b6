/**
 * Free text, indexed once per feed: a sorted vocabulary of every word in the records, each
 * record's words as ids (one row per record), and per word the records that hold it.
 *
 * A query word is scored once against the whole vocabulary (termQualities, bit-parallel), which
 * gives a quality per vocabulary word and a bitset of the records holding any matching word, so
 * the per-record text filter is one bit test. The exact text score reads only that record's row.
 * Same quality function and tokens as the reference (text-match.ts), so the scores are equal.
 */

import type { SlicedJob } from '../slices/index.js';
import { tokenize } from '../text/normalize.js';
import { recordTextFields, TEXT_FIELDS, type TextField, termQualities } from './text-match.js';
import type { MatchKind } from './types.js';

/** Records tokenised between two pause points of a sliced build. */
const RECORDS_PER_STEP = 128;

/** One query word against the vocabulary. */
export interface TermMatch {
  /** Quality per vocabulary word (0 = no match). */
  quality: Float64Array;
  /** Bit i set: record i holds some word with quality > 0. */
  records: Uint32Array;
  /** Best quality over the vocabulary: bounds the text score of any record. */
  best: number;
}

export interface TextIndex {
  /** Every distinct folded word, sorted: shared prefixes let the typo scan resume mid-word. */
  vocab: string[];
  /** Record i's words are wordIds[rowStart[i] .. rowStart[i + 1]), each once, with its field. */
  rowStart: Uint32Array;
  wordIds: Uint32Array;
  wordField: Uint8Array;
  /** Records per word: a bitset for words in more than 1/32 of records (no bigger than their list), else a list. */
  postings: Array<Int32Array | Uint32Array>;
  /** The last TERM_CACHE query words: typing "Behö", "Behör", "Behörde" repeats words. */
  termCache: Map<string, TermMatch>;
}

const TERM_CACHE = 64;

/** The id of word `w` in `ids`, adding it with the next free id when new. */
function internId(ids: Map<string, number>, w: string): number {
  let id = ids.get(w);
  if (id === undefined) {
    id = ids.size;
    ids.set(w, id);
  }
  return id;
}

const grow = <T extends Uint32Array | Uint8Array>(a: T, b: T): T => {
  b.set(a);
  return b;
};

/**
 * `input` in feed order; `order[j]` is the feed position of the record stored at j (the Lotsen
 * grid stores records in cell order), or null when records keep feed order.
 */
/** The text index, as a job that may pause every RECORDS_PER_STEP records while tokenising (src/core/slices). */
export function* buildTextIndexJob(kind: MatchKind, input: readonly unknown[], order: Int32Array | null): SlicedJob<TextIndex> {
  const n = input.length;
  // Tokenise each distinct field string once (names, labels and Orte repeat a lot).
  const ids = new Map<string, number>();
  const cache = new Map<string, number[]>();
  const start = new Uint32Array(n + 1);
  let tok = new Uint32Array(1024),
    field = new Uint8Array(1024),
    m = 0;
  const seen: number[] = [];
  for (let i = 0; i < n; i++) {
    if (i % RECORDS_PER_STEP === RECORDS_PER_STEP - 1) yield;
    for (const [f, text] of recordTextFields(kind, input[i])) {
      let t = cache.get(text);
      if (!t) {
        t = tokenize(text).map((w) => internId(ids, w));
        cache.set(text, t);
      }
      for (const id of t)
        if (seen[id] !== i + 1) {
          seen[id] = i + 1;
          // Growing typed arrays rather than pushing millions of tokens into JS arrays (bench/RESULTS.md, engine note 2).
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
  const vocab = [...ids.keys()].sort();
  const remap = new Uint32Array(vocab.length);
  vocab.forEach((w, j) => {
    remap[ids.get(w)!] = j;
  });
  // Tokenised in feed order (records sit in memory in that order: reading them in cell order
  // cost a cache miss per record), then rows moved to the stored order.
  const wordIds = new Uint32Array(m),
    wordField = new Uint8Array(m);
  const rowStart = new Uint32Array(n + 1);
  for (let j = 0; j < n; j++) {
    const i = order ? order[j]! : j;
    let p = rowStart[j]!;
    for (let q = start[i]!; q < start[i + 1]!; q++, p++) {
      wordIds[p] = remap[tok[q]!]!;
      wordField[p] = field[q]!;
    }
    rowStart[j + 1] = p;
  }
  const df = new Int32Array(vocab.length);
  for (const t of wordIds) df[t]!++;
  const postings = Array.from(df, (d) => (d * 32 > n ? new Uint32Array((n + 31) >> 5) : new Int32Array(d)));
  df.fill(0);
  for (let i = 0; i < n; i++)
    for (let p = rowStart[i]!; p < rowStart[i + 1]!; p++) {
      const w = wordIds[p]!,
        a = postings[w]!;
      if (a instanceof Uint32Array) a[i >> 5]! |= 1 << (i & 31);
      else a[df[w]!++] = i;
    }
  return { vocab, rowStart, wordIds, wordField, postings, termCache: new Map() };
}

/** The query words against the vocabulary, one TermMatch per word (cached across queries). */
export function matchTerms(text: TextIndex, size: number, terms: readonly string[]): TermMatch[] {
  return terms.map((term) => {
    let e = text.termCache.get(term);
    if (!e) {
      const quality = termQualities(term, text.vocab);
      const records = new Uint32Array((size + 31) >> 5);
      let best = 0;
      for (let w = 0; w < quality.length; w++)
        if (quality[w]! > 0) {
          best = Math.max(best, quality[w]!);
          const a = text.postings[w]!;
          if (a instanceof Uint32Array) for (let b = 0; b < a.length; b++) records[b]! |= a[b]!;
          else for (const i of a) records[i >> 5]! |= 1 << (i & 31);
        }
      if (text.termCache.size >= TERM_CACHE) text.termCache.delete(text.termCache.keys().next().value!);
      e = { quality, records, best };
      text.termCache.set(term, e);
    }
    return e;
  });
}

/** Every query word matches some word of record i (one bit test per word). */
export function hasAllTerms(terms: readonly TermMatch[], i: number): boolean {
  for (let t = 0; t < terms.length; t++) if (!((terms[t]!.records[i >> 5]! >>> (i & 31)) & 1)) return false;
  return true;
}

/**
 * Mean best quality of the query words over record i's words: 0 without words, -1 when one
 * matches nothing. `fields` collects the fields the best matches came from (for the reason).
 */
export function textQuality(text: TextIndex, terms: readonly TermMatch[], i: number, fields: Set<TextField> | null): number {
  const nT = terms.length;
  if (!nT) return 0;
  const { rowStart, wordIds, wordField } = text;
  let sum = 0;
  for (let t = 0; t < nT; t++) {
    const q = terms[t]!.quality;
    let best = 0,
      at = -1;
    for (let p = rowStart[i]!; p < rowStart[i + 1]!; p++)
      if (q[wordIds[p]!]! > best) {
        best = q[wordIds[p]!]!;
        at = p;
      }
    if (!best) return -1;
    fields?.add(TEXT_FIELDS[wordField[at]!]!);
    sum += best;
  }
  return sum / nT;
}

/** The highest mean text quality any record can reach: bounds the text part of a score. */
export function bestTextQuality(terms: readonly TermMatch[]): number {
  if (!terms.length) return 0;
  let sum = 0;
  for (const t of terms) sum += t.best;
  return sum / terms.length;
}
