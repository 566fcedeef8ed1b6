/**
 * Typo budget for place and language names (gazetteer.ts, languages.ts). The distance they
 * compare against it is the engine's `editDistances(...).full` from prefix-edit-distance.ts
 * (optimal string alignment: one adjacent swap is one edit, "Dietzenbahc").
 *
 * The thresholds sit one letter later than the engine's `allowedEdits` for search terms.
 */

/** How many typos a key of this length may carry before a match would be a guess. */
export function typoBudget(length: number): number {
  return length <= 4 ? 0 : length <= 8 ? 1 : 2;
}
