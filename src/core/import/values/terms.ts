/**
 * Cells holding words of a fixed vocabulary ("Gesundheit, Schule und Kita"): each word is
 * matched by its label, another usual word or the code, ignoring case, umlaut spelling,
 * spaces and hyphens. A near miss is not guessed into the feed; it becomes a suggestion.
 */
import { foldGerman } from '../../text/normalize.js';
import { editDistances } from '../../text/prefix-edit-distance.js';
import { typoBudget } from '../../text/typo-budget.js';
import { type CellIssue, error, type Parsed, quote } from '../problems.js';
import type { Vocabulary, VocabularyEntry } from '../vocabulary-labels.js';

/** "Schule/Kita", "schule-kita" and "Schule Kita" all become "schulekita". */
export function compactKey(text: string): string {
  return foldGerman(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

const indexes = new WeakMap<Vocabulary, Map<string, VocabularyEntry>>();

function indexOf<C extends string>(vocabulary: Vocabulary<C>): Map<string, VocabularyEntry<C>> {
  let index = indexes.get(vocabulary) as Map<string, VocabularyEntry<C>> | undefined;
  if (!index) {
    index = new Map();
    for (const entry of vocabulary.entries) {
      for (const word of [entry.label, entry.code, ...(entry.also ?? [])]) {
        const key = compactKey(word);
        if (key && !index.has(key)) index.set(key, entry);
      }
    }
    indexes.set(vocabulary, index as Map<string, VocabularyEntry>);
  }
  return index;
}

export function findTerm<C extends string>(vocabulary: Vocabulary<C>, text: string): VocabularyEntry<C> | undefined {
  return indexOf(vocabulary).get(compactKey(text));
}

/** The entry whose words are nearest to a term within the typo budget, if exactly one is. */
export function suggestTerm<C extends string>(vocabulary: Vocabulary<C>, text: string): VocabularyEntry<C> | undefined {
  const key = compactKey(text);
  const budget = typoBudget(key.length);
  if (budget === 0) return undefined;
  let best: VocabularyEntry<C> | undefined;
  let bestDistance = budget + 1;
  let tie = false;
  for (const [word, entry] of indexOf(vocabulary)) {
    const d = editDistances(key, word, budget).full;
    if (d < bestDistance) [best, bestDistance, tie] = [entry, d, false];
    else if (d === bestDistance && entry !== best) tie = true;
  }
  return tie ? undefined : best;
}

function unknownTerm<C extends string>(vocabulary: Vocabulary<C>, text: string): CellIssue {
  const suggestion = suggestTerm(vocabulary, text);
  const choices = vocabulary.entries.map((e) => e.label).join(', ');
  return suggestion
    ? error('unknown-value', `${quote(text)} unbekannt`, `meinten Sie ${quote(suggestion.label)}?`, suggestion.label)
    : error('unknown-value', `${quote(text)} unbekannt`, `erlaubt: ${choices}`);
}

/** One word of the vocabulary (a drop-down cell such as „Programm“). */
export function parseTerm<C extends string>(vocabulary: Vocabulary<C>, text: string): Parsed<C> {
  if (text.trim() === '') return { issues: [] };
  const hit = findTerm(vocabulary, text);
  return hit ? { value: hit.code, issues: [] } : { issues: [unknownTerm(vocabulary, text)] };
}

const LIST_SEPARATOR = /\s*(?:[,;\n•·]|\r\n)\s*/;
const INNER_SEPARATOR = /\s*(?:\/|\+|&|\bund\b|\bsowie\b)\s*/;

/**
 * Several words in one cell. Labels may themselves contain "und" or "/" ("Schule und Kita"),
 * so a part is first tried whole and only split further when it does not match as it is.
 */
export function parseTermList<C extends string>(vocabulary: Vocabulary<C>, text: string): Parsed<C[]> {
  if (text.trim() === '') return { issues: [] };
  const codes: C[] = [];
  const issues: CellIssue[] = [];
  const add = (code: C) => {
    if (!codes.includes(code)) codes.push(code);
  };
  const corrected: Array<string | undefined> = [];
  for (const part of text.split(LIST_SEPARATOR)) {
    if (!part.trim()) continue;
    const whole = findTerm(vocabulary, part);
    if (whole) {
      add(whole.code);
      corrected.push(part);
      continue;
    }
    const pieces = part.split(INNER_SEPARATOR).filter((p) => p.trim());
    const found = pieces.map((p) => findTerm(vocabulary, p));
    if (pieces.length > 1 && found.every(Boolean)) {
      for (const f of found) add(f!.code);
      corrected.push(part);
    } else {
      const issue = unknownTerm(vocabulary, part);
      issues.push(issue);
      corrected.push(issue.replacement as string | undefined);
    }
  }
  return issues.length ? { issues: withCellReplacement(issues, corrected) } : { value: codes, issues };
}

/**
 * The corrected sheet can only fix a list cell as a whole: when every unknown part has a
 * suggestion, each issue carries the full corrected cell; otherwise none does.
 */
export function withCellReplacement(issues: CellIssue[], correctedParts: Array<string | undefined>): CellIssue[] {
  const complete = correctedParts.every((p) => p !== undefined);
  return issues.map((issue) => {
    const { replacement: _part, ...rest } = issue;
    return complete ? { ...rest, replacement: correctedParts.join(', ') } : rest;
  });
}
