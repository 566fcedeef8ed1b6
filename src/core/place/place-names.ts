/**
 * Folding of German place names into lookup keys.
 *
 * Official names carry abbreviations that residents type in many ways: "Frankfurt a. M.",
 * "Frankfurt a.M.", "Frankfurt am Main", "frankfurt"; "Bad Homburg v. d. Höhe" or "vor der
 * Höhe". We expand the abbreviations to one spelling, then derive a shorter base name
 * ("frankfurt") that the gazetteer uses when the full key does not match.
 */
import { foldGerman } from '../text/normalize.js';

// Applied to folded text with single spaces and dots kept, so "a. m." and "a.m." both match.
const ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  // A dot is required: plain "am" is the word itself, not an abbreviation.
  [/\ba(?:\. ?m\.?|m\.)(?= |$)/g, 'am main'],
  [/\ba\. ?d\. ?(?=[a-z])/g, 'an der '],
  [/\bv\. ?d\. ?(?=[a-z])/g, 'vor der '],
  [/\bi\. ?ts\.?(?= |$)/g, 'im taunus'],
  [/\bi\. ?(?=(?:taunus|odenwald)\b)/g, 'im '],
  [/\bst\. ?(?=[a-z])/g, 'sankt '],
];

/** Folds a place name to its full lookup key: "Bad Homburg v. d. Höhe" → "bad homburg vor der hoehe". */
export function placeKey(input: string): string {
  let s = foldGerman(input)
    .replace(/[()[\],;/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [pattern, replacement] of ABBREVIATIONS) s = s.replace(pattern, replacement);
  // Hyphens vary too ("Groß-Gerau", "Gross Gerau"), so they fold to spaces.
  return s
    .replace(/[.'’-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const QUALIFIER = /\s(?:am|an der|vor der|im|bei|ob der|in der)\s.*$/;

/**
 * The name without its qualifier: "frankfurt am main" → "frankfurt", "allendorf eder" (from
 * "Allendorf (Eder)") → "allendorf" when `parenthetical` is given. Returns the key unchanged
 * when there is nothing to strip.
 */
export function baseKey(name: string): string {
  const withoutParens = name.replace(/\s*\([^)]*\).*$/, '');
  return placeKey(withoutParens).replace(QUALIFIER, '');
}
