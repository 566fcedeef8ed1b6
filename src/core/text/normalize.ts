/**
 * German-aware text folding shared by search, gazetteer and language lookup.
 *
 * Residents type "Behoerde", "behörde", "BEHÖRDE" or "Behorde" for the same thing, so we fold
 * to one ASCII key: lower case, ä→ae, ö→oe, ü→ue, ß→ss, other diacritics stripped.
 * "Behorde" (umlaut dropped without the e) is left to typo tolerance, not to folding.
 */
const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ẞ: 'ss' };

export function foldGerman(input: string): string {
  const lower = input.toLowerCase().replace(/[äöüßẞ]/g, (ch) => UMLAUTS[ch] ?? ch);
  // NFD splits "é" into "e" + combining accent; dropping the marks (U+0300–U+036F) folds
  // Turkish, French or Vietnamese names typed without accents to the same key.
  return lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Splits folded text into word tokens (letters and digits of any script). */
export function tokenize(input: string): string[] {
  return foldGerman(input)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}
