/**
 * Free-text matching shared by the reference scan and the index: the same quality function
 * on the same tokens, so both give the same scores by construction.
 */

import type { DolmetscherRecord, LotseRecord, SprachkursRecord } from '../schema/index.js';
import { tokenize } from '../text/normalize.js';
import { allowedEdits, editDistances, vocabularyDistances } from '../text/prefix-edit-distance.js';
import type { MatchKind } from './types.js';
import { Q_EXACT, Q_PREFIX, Q_TYPO, Q_TYPO_PREFIX } from './weights.js';

/**
 * Words residents type for a topic or setting code beyond the code itself (behoerden → "Amt"),
 * already folded as tokenize() would fold "Behörden Behörde Amt Ämter": the same tokens, and
 * ASCII ships smaller. A code without an entry is its own label ("alltag" → alltag).
 */
export const TOPIC_LABELS: Record<string, string> = {};
for (const l of 'behoerden behoerde amt aemter|gesundheit arzt aerztin|schule-kita kindergarten|wohnen wohnung|arbeit job|behoerde amt'.split(
  '|',
)) {
  TOPIC_LABELS[l.slice(0, l.indexOf(' '))] = l;
}

/** Field names as they appear in the `text` reason. */
export const TEXT_FIELDS = ['name', 'title', 'topics', 'description', 'ort', 'provider', 'trainings', 'features'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/**
 * The searchable text of a record, per field (field index into TEXT_FIELDS). List items (topic
 * labels, trainings) are separate entries rather than joined: the same tokens in the same order,
 * but the index's per-string token cache then hits on the shared label strings instead of
 * hashing a fresh joined string per record (bench/RESULTS.md, engine note 2).
 */
const labels = (ts: string[]): Array<[number, string]> => ts.map((t) => [2, TOPIC_LABELS[t] ?? t]);

export function recordTextFields(kind: MatchKind, r: unknown): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  if (kind === 'lotsen') {
    const l = r as LotseRecord;
    out.push([0, l.name], ...labels(l.topics), [4, l.place.ort]);
    for (const t of l.trainings ?? []) out.push([6, t]);
    if (l.description) out.push([3, l.description]);
  } else if (kind === 'sprachkurse') {
    const c = r as SprachkursRecord;
    out.push([1, c.title], [5, c.provider.name], [4, c.place.ort]);
    out.push(...labels(c.topics ?? []));
    // Residents search for what the course offers, not only for what its title says.
    const features = [
      c.childcare ? 'Kinderbetreuung' : '',
      c.audience === 'frauen' ? 'Frauen Frauenkurs' : '',
      c.courseType ?? '',
      c.levels.join(' '),
      c.cost.amount === 0 ? 'kostenlos gratis' : '',
      c.format,
    ];
    out.push([7, features.join(' ')]);
    if (c.description) out.push([3, c.description]);
  } else {
    const d = r as DolmetscherRecord;
    out.push([0, d.name], ...labels(d.settings));
    if (d.place) out.push([4, d.place.ort]);
    if (d.description) out.push([3, d.description]);
  }
  return out;
}

/** Query words: folded, de-duplicated, at most 8 (a pasted paragraph must not stall the scan). */
export function queryTerms(text: string | undefined): string[] {
  if (!text) return [];
  return [...new Set(tokenize(text))].slice(0, 8);
}

/**
 * Quality from the cheap checks alone (exact, prefix, or out of typo reach), or -1 when only the
 * edit distances can tell. With typoQuality, the one rule both termQuality (reference) and
 * termQualities (index) apply.
 */
function directQuality(term: string, token: string, k: number): number {
  if (token === term) return Q_EXACT;
  if (term.length >= 2 && token.startsWith(term)) return Q_PREFIX;
  if (k === 0 || token.length < term.length - k) return 0;
  return -1;
}

const typoQuality = (full: number, prefix: number, k: number): number =>
  full <= k ? Q_TYPO[full]! : prefix <= k ? Q_TYPO_PREFIX[prefix]! : 0;

/** How well one query word matches one token, 0 = not at all. */
export function termQuality(term: string, token: string): number {
  const k = allowedEdits(term.length);
  const q = directQuality(term, token, k);
  if (q >= 0) return q;
  const d = editDistances(term, token, k);
  return typoQuality(d.full, d.prefix, k);
}

/**
 * termQuality for every word of a sorted vocabulary at once, as the index needs it: the
 * bit-parallel scan resumes after each shared prefix instead of one DP per word.
 */
export function termQualities(term: string, vocab: readonly string[]): Float64Array {
  const out = new Float64Array(vocab.length);
  const k = allowedEdits(term.length);
  vocabularyDistances(term, vocab, (w, full, prefix) => {
    const q = directQuality(term, vocab[w]!, k);
    out[w] = q >= 0 ? q : typoQuality(full, prefix, k);
  });
  return out;
}
