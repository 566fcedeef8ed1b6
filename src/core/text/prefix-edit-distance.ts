/**
 * Typo distance for search terms against whole words and against word prefixes, in one pass:
 * optimal string alignment (adjacent transposition = 1 edit, "Arabsich" for "Arabisch").
 *
 * `prefix` is the smallest distance between the term and any prefix of the word, so
 * "kinderbetreung" finds "kinderbetreuungsplatz": residents type the start of long compound
 * words and make typos inside them. (bounded-edit-distance.ts has only the whole-word form.)
 *
 * One row buffer is reused across calls: the engine scans a whole vocabulary per query term,
 * and allocating per word would dominate.
 */
let rows = new Int32Array(3 * 64);

export function editDistances(term: string, word: string, max: number): { full: number; prefix: number } {
  const m = term.length;
  const n = word.length;
  // Word along the rows, term along the columns: the last column is "whole term consumed",
  // its minimum over rows is the prefix distance.
  if (rows.length < 3 * (m + 1)) rows = new Int32Array(6 * (m + 1));
  const w = m + 1;
  let prev2 = 0;
  let prev = w;
  let cur = 2 * w;
  for (let j = 0; j <= m; j++) rows[prev + j] = j;
  let prefix = m;
  for (let i = 1; i <= n; i++) {
    const wc = word.charCodeAt(i - 1);
    rows[cur] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const tc = term.charCodeAt(j - 1);
      let v = rows[prev + j - 1]! + (wc === tc ? 0 : 1);
      const del = rows[prev + j]! + 1;
      const ins = rows[cur + j - 1]! + 1;
      if (del < v) v = del;
      if (ins < v) v = ins;
      if (i > 1 && j > 1 && wc === term.charCodeAt(j - 2) && word.charCodeAt(i - 2) === tc) {
        const t = rows[prev2 + j - 2]! + 1;
        if (t < v) v = t;
      }
      rows[cur + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rows[cur + m]! < prefix) prefix = rows[cur + m]!;
    // Every later cell is at least this row's minimum: past max, nothing can come back under it.
    if (rowMin > max) return { full: max + 1, prefix: Math.min(prefix, max + 1) };
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return { full: rows[prev + m]!, prefix: Math.min(prefix, rows[prev + m]!) };
}

/** Edits a term of this length may carry: none for short words (too many false friends). */
export function allowedEdits(termLength: number): number {
  return termLength <= 3 ? 0 : termLength <= 7 ? 1 : 2;
}
