/**
 * Which language can stand in for another, and how well (1 = same, 0 = not at all).
 *
 * Data, not code (docs/architecture.md, Language model): coordinators can argue about a number here without touching
 * the engine. Values are practical judgements for lay interpreting and Lotsen help, not
 * linguistics: "would most speakers of A follow a conversation in B?".
 * Row: [a, b, closeness, symmetric?]. Region subtags are handled in code (ar-SY → ar).
 */
export const SUBSTITUTE_ROWS: ReadonlyArray<readonly [string, string, number, boolean]> = [
  ['prs', 'fa', 0.9, true], // Dari and Iranian Persian: one language, two standards
  ['bs', 'hr', 0.85, true],
  ['bs', 'sr', 0.85, true],
  ['hr', 'sr', 0.85, true],
  ['hi', 'ur', 0.8, true], // spoken Hindustani is shared; the scripts are not
  ['mk', 'bg', 0.6, true],
  ['tr', 'az', 0.6, true],
  ['uk', 'ru', 0.6, true], // most Ukrainians understand Russian; some refuse it, hence not higher
  ['prs', 'ps', 0.4, true], // many Afghans speak both
  ['kmr', 'ckb', 0.4, true], // both "Kurdisch", but only partly mutually intelligible
  ['zza', 'kmr', 0.3, true],
  ['ti', 'am', 0.4, true],
  ['es', 'pt', 0.5, true],
  ['rom', 'sr', 0.3, false], // many Roma from the Balkans also speak the local language
  ['ce', 'ru', 0.5, false], // Chechen speakers are usually fluent in Russian
  ['kab', 'fr', 0.5, false],
  ['kab', 'ar', 0.4, false],
  ['om', 'am', 0.4, false],
  ['so', 'ar', 0.3, false],
];

/** Arabic dialects and region variants understand Modern Standard / other Arabic this well. */
export const REGIONAL_VARIANT_CLOSENESS = 0.8;

/** ISO 639-3 codes of Arabic varieties that feeds may use instead of ar-<region>. */
export const ARABIC_VARIETIES = ['apc', 'ajp', 'acm', 'arz', 'ary', 'arq', 'aeb', 'afb', 'ayl', 'arb'] as const;
