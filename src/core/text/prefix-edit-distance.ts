/**
 * Typo distance for search terms against whole words and against word prefixes, in one pass:
 * optimal string alignment (adjacent transposition = 1 edit, "Arabsich" for "Arabisch").
 *
 * `prefix` is the smallest distance between the term and any prefix of the word, so
 * "kinderbetreung" finds "kinderbetreuungsplatz": residents type the start of long compound
 * words and make typos inside them.
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

/**
 * The same two distances for one term against a whole sorted vocabulary, bit-parallel
 * (Myers 1999 / Hyyrö 2001, with Hyyrö's transposition term so "Arabsich" stays 1 edit): one
 * machine word per term instead of one DP row. Sorted words share prefixes, so the column
 * state after each character is kept and the next word resumes after the common prefix.
 * Calls `each(wordIndex, full, prefix)` for every word. Terms over 31 characters use the DP.
 * Motivation: a cold text query spent a large share of its time in the per-word DP
 * (bench/RESULTS.md, engine note 9).
 */
export function vocabularyDistances(term: string, words: readonly string[], each: (w: number, full: number, prefix: number) => void): void {
  const m = term.length;
  if (m > 31 || !m) {
    for (let w = 0; w < words.length; w++) {
      const d = editDistances(term, words[w]!, 31);
      each(w, d.full, d.prefix);
    }
    return;
  }
  // Match masks per character: a table for ASCII (folded German is nearly all ASCII), a Map
  // for the rest; a Map lookup per character made cold text queries slow (bench/RESULTS.md, engine note 9).
  const asc = new Int32Array(128),
    peq = new Map<number, number>();
  for (let j = 0; j < m; j++) {
    const ch = term.charCodeAt(j);
    if (ch < 128) asc[ch]! |= 1 << j;
    else peq.set(ch, (peq.get(ch) ?? 0) | (1 << j));
  }
  const top = 1 << (m - 1);
  // State after depth d characters: d = 0 is the empty word (distance m to the whole term).
  const VP = [-1],
    VN = [0],
    D0 = [0],
    PM = [0],
    S = [m],
    MIN = [m];
  let prev = '';
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    let d = 0;
    const l = Math.min(prev.length, word.length);
    while (d < l && prev.charCodeAt(d) === word.charCodeAt(d)) d++;
    for (; d < word.length; d++) {
      const ch = word.charCodeAt(d);
      const pm = ch < 128 ? asc[ch]! : (peq.get(ch) ?? 0);
      let vp = VP[d]!,
        vn = VN[d]!;
      const d0 = (((pm & vp) + vp) ^ vp) | pm | vn | (((~D0[d]! & pm) << 1) & PM[d]!);
      let hp = vn | ~(d0 | vp);
      const hn = d0 & vp;
      const s = S[d]! + (hp & top ? 1 : hn & top ? -1 : 0);
      hp = (hp << 1) | 1;
      vp = (hn << 1) | ~(d0 | hp);
      vn = d0 & hp;
      VP[d + 1] = vp;
      VN[d + 1] = vn;
      D0[d + 1] = d0;
      PM[d + 1] = pm;
      S[d + 1] = s;
      MIN[d + 1] = Math.min(MIN[d]!, s);
    }
    each(w, S[word.length]!, MIN[word.length]!);
    prev = word;
  }
}
