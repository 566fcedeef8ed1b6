/**
 * The language table (42 languages relevant in Hessen) with name, endonym and direction.
 *
 * The table wins over `Intl.DisplayNames`, which rewrites prs → fa-AF, calls kmr just
 * "Kurdisch", and has no German name for apc/acm/rmn/ber (shared/data/README.md).
 */

import { foldGerman } from '../text/normalize.js';
import { editDistances } from '../text/prefix-edit-distance.js';
import { typoBudget } from '../text/typo-budget.js';
import { LANGUAGE_ROWS } from './language-table.js';
import { ARABIC_VARIETIES, REGIONAL_VARIANT_CLOSENESS, SUBSTITUTE_ROWS } from './substitutes.js';

export interface LanguageInfo {
  code: string;
  nameDe: string;
  endonym: string;
  script: string;
  dir: 'ltr' | 'rtl';
  /** Region subtag when looked up with one ("SY" for "ar-SY"). */
  region?: string;
}

export const LANGUAGES: readonly LanguageInfo[] = LANGUAGE_ROWS.map(([code, nameDe, endonym, script, dir]) => ({
  code,
  nameDe,
  endonym,
  script,
  dir,
}));

const BY_CODE = new Map(LANGUAGES.map((l) => [l.code, l]));

const RTL_SCRIPTS = new Set(['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg']);

/**
 * Codes that mean a table language under another name. `fa-AF` is what Intl turns `prs`
 * into; the macrolanguage `ku` is mostly Kurmanji in Germany.
 */
const CODE_ALIASES: Record<string, string> = {
  'fa-af': 'prs',
  pes: 'fa',
  fas: 'fa',
  per: 'fa',
  ku: 'kmr',
  sh: 'sr',
  rmn: 'rom',
  rmy: 'rom',
  ber: 'kab',
  ful: 'ff',
  fuf: 'ff',
  ara: 'ar',
  tur: 'tr',
  ukr: 'uk',
  rus: 'ru',
  deu: 'de',
  ger: 'de',
};
for (const v of ARABIC_VARIETIES) CODE_ALIASES[v] = 'ar';

interface ParsedTag {
  language: string;
  script?: string;
  region?: string;
}

function parseTag(code: string): ParsedTag {
  const parts = String(code).trim().replace(/_/g, '-').split('-').filter(Boolean);
  const tag: ParsedTag = { language: (parts[0] ?? '').toLowerCase() };
  for (const p of parts.slice(1)) {
    if (/^[a-z]{4}$/i.test(p)) tag.script = p[0]!.toUpperCase() + p.slice(1).toLowerCase();
    else if (/^(?:[a-z]{2}|\d{3})$/i.test(p)) tag.region = p.toUpperCase();
  }
  return tag;
}

/**
 * Canonical form used for comparison: lower-case language, aliases resolved, region kept
 * ("AR-sy" → "ar-SY", "fa-AF" → "prs", "apc" → "ar").
 */
export function normalizeLanguageCode(code: string): string {
  const tag = parseTag(code);
  const withRegion = tag.region ? `${tag.language}-${tag.region.toLowerCase()}` : '';
  const alias = CODE_ALIASES[withRegion] ?? CODE_ALIASES[tag.language];
  if (alias && withRegion && CODE_ALIASES[withRegion]) return alias;
  const language = alias ?? tag.language;
  return [language, tag.script, tag.region].filter(Boolean).join('-');
}

/** The language subtag after canonicalisation: "ar-SY" → "ar", "fa-AF" → "prs". */
export function primaryLanguage(code: string): string {
  return parseTag(normalizeLanguageCode(code)).language;
}

/** Table entry for a code, falling back on the primary subtag ("ar-SY" → Arabisch + region SY). */
export function getLanguage(code: string): LanguageInfo | undefined {
  const normalized = normalizeLanguageCode(code);
  const tag = parseTag(normalized);
  const info = BY_CODE.get(normalized) ?? BY_CODE.get(tag.language);
  if (!info) return undefined;
  const result: LanguageInfo = { ...info };
  if (tag.region) result.region = tag.region;
  if (tag.script) {
    result.script = tag.script;
    result.dir = RTL_SCRIPTS.has(tag.script.toLowerCase()) ? 'rtl' : 'ltr';
  }
  return result;
}

/** Writing direction; a script subtag wins ("ku-Arab" is rtl, "sr-Latn" ltr). */
export function dirOf(code: string): 'ltr' | 'rtl' {
  const info = getLanguage(code);
  if (info) return info.dir;
  const script = parseTag(code).script;
  if (script) return RTL_SCRIPTS.has(script.toLowerCase()) ? 'rtl' : 'ltr';
  // Unknown codes of RTL languages outside the table (he, yi, dv, syr…).
  return ['he', 'yi', 'dv', 'syr', 'ug', 'sd'].includes(parseTag(code).language) ? 'rtl' : 'ltr';
}

// Intl calls kmr plain "Kurdish" and lacks apc/rom names; a resident must see which Kurdish.
const ENGLISH_NAMES: Record<string, string> = {
  kmr: 'Kurmanji (Northern Kurdish)',
  ckb: 'Sorani (Central Kurdish)',
  zza: 'Zazaki',
  rom: 'Romani',
  kab: 'Kabyle (Berber)',
};

function displayName(code: string, uiLocale: string, type: 'language' | 'region'): string | undefined {
  try {
    const dn = new Intl.DisplayNames([uiLocale], { type, fallback: 'none' });
    const name = dn.of(code);
    return name && name !== code ? name : undefined;
  } catch {
    // Old engines lack DisplayNames; invalid locales throw RangeError. The caller falls back.
    return undefined;
  }
}

/**
 * The name to show to a user reading `uiLocale`: the table's German name for German UIs,
 * the endonym when the UI is in that very language, else Intl.DisplayNames, else the endonym.
 * A region is appended where known ("Arabisch (Syrien)").
 */
export function languageName(code: string, uiLocale = 'de'): string {
  const ui = primaryLanguage(uiLocale || 'de');
  const info = getLanguage(code);
  let base: string;
  if (info && ui === 'de') base = info.nameDe;
  else if (info && ui === 'en' && ENGLISH_NAMES[info.code]) base = ENGLISH_NAMES[info.code]!;
  else if (info && ui === info.code) base = info.endonym;
  else base = displayName(info?.code ?? code, uiLocale, 'language') ?? info?.endonym ?? code;
  if (!info?.region) return base;
  const region = displayName(info.region, ui === info.code ? info.code : uiLocale, 'region');
  return region ? `${base} (${region})` : base;
}

/**
 * Codes in the order of Hessen's migrant population and asylum statistics (HSL/AZR 2024,
 * BAMF 2025; sources in shared/data/languages.json). Pickers list these first.
 */
export const POPULAR_LANGUAGES: readonly string[] = [
  'tr',
  'ar',
  'uk',
  'prs',
  'fa',
  'kmr',
  'ti',
  'ru',
  'ro',
  'pl',
  'bg',
  'ps',
  'so',
  'sq',
  'sr',
  'hr',
  'bs',
  'ckb',
  'am',
  'el',
  'it',
  'en',
  'fr',
  'es',
  'pt',
  'ur',
  'zza',
  'ka',
  'hy',
  'rom',
  'mk',
  'az',
  'ce',
  'ta',
  'hi',
  'pa',
  'vi',
  'zh',
  'ff',
  'om',
  'kab',
  'de',
];
const POPULARITY = new Map(POPULAR_LANGUAGES.map((c, i) => [c, i]));

/** What residents type that is not the table name. A query may mean several languages. */
const NAME_ALIASES: Record<string, readonly string[]> = {
  farsi: ['fa', 'prs'],
  persisch: ['fa', 'prs'],
  persian: ['fa', 'prs'],
  afghanisch: ['prs', 'ps'],
  kurdisch: ['kmr', 'ckb'],
  kurdish: ['kmr', 'ckb'],
  kurmanci: ['kmr'],
  kurmanji: ['kmr'],
  badini: ['kmr'],
  sorani: ['ckb'],
  serbokroatisch: ['sr', 'hr', 'bs'],
  jugoslawisch: ['sr', 'hr', 'bs'],
  bkms: ['sr', 'hr', 'bs'],
  paschto: ['ps'],
  pashto: ['ps'],
  paschtu: ['ps'],
  puschtu: ['ps'],
  pushto: ['ps'],
  eritreisch: ['ti'],
  tigrinisch: ['ti'],
  aethiopisch: ['am'],
  romani: ['rom'],
  romanes: ['rom'],
  zigeunersprache: ['rom'],
  berberisch: ['kab'],
  tamazight: ['kab'],
  syrisch: ['ar'],
  irakisch: ['ar'],
  marokkanisch: ['ar'],
  aegyptisch: ['ar'],
  libanesisch: ['ar'],
  darija: ['ar'],
  hocharabisch: ['ar'],
  kosovarisch: ['sq'],
  albanian: ['sq'],
  moldauisch: ['ro'],
  weissrussisch: ['ru'],
  mandarin: ['zh'],
  fula: ['ff'],
  pular: ['ff'],
  fulfulde: ['ff'],
  tschetschenisch: ['ce'],
  // English and unfolded spellings people type on foreign keyboards.
  turkish: ['tr'],
  turkisch: ['tr'],
  turkce: ['tr'],
  arabic: ['ar'],
  ukrainian: ['uk'],
  russian: ['ru'],
  romanian: ['ro'],
  polish: ['pl'],
  amharic: ['am'],
  dari: ['prs'],
};

export type LanguageMatch = { code: string; match: 'code' | 'name' | 'endonym' | 'alias' };

const MATCH_ORDER = { code: 0, name: 1, endonym: 2, alias: 3 } as const;

/**
 * Languages a typed query may mean, best first: exact code, then names (German and the UI
 * locale's) and endonyms that start with or contain a word starting with the query, then
 * aliases ("Farsi" → fa and prs; "Kurdisch" → kmr and ckb, so the UI can ask which).
 */
export function findLanguages(query: string, uiLocale = 'de'): LanguageMatch[] {
  const q = foldGerman(String(query ?? '').trim());
  if (!q) return [];
  const hits = new Map<string, LanguageMatch['match']>();
  const hit = (code: string, match: LanguageMatch['match']) => {
    const prev = hits.get(code);
    if (prev === undefined || MATCH_ORDER[match] < MATCH_ORDER[prev]) hits.set(code, match);
  };
  const startsWord = (text: string) => {
    const folded = foldGerman(text);
    return folded.startsWith(q) || folded.split(/[^\p{L}\p{N}]+/u).some((w) => w.startsWith(q));
  };

  const asCode = normalizeLanguageCode(q);
  if (BY_CODE.has(asCode) || BY_CODE.has(primaryLanguage(q))) {
    if (/^[a-z]{2,3}(?:-[a-z0-9]{2,4})?$/.test(q)) hit(BY_CODE.has(asCode) ? asCode : primaryLanguage(q), 'code');
  }
  const uiIsGerman = primaryLanguage(uiLocale || 'de') === 'de';
  for (const l of LANGUAGES) {
    if (startsWord(l.nameDe)) hit(l.code, 'name');
    else if (!uiIsGerman && startsWord(languageName(l.code, uiLocale))) hit(l.code, 'name');
    if (startsWord(l.endonym)) hit(l.code, 'endonym');
  }
  for (const [alias, codes] of Object.entries(NAME_ALIASES)) {
    if (alias.startsWith(q)) for (const c of codes) hit(c, 'alias');
  }
  // Nothing by prefix: allow typos ("tigrnya", "Arabsch") against whole words of the names,
  // or against their beginning when the resident is still typing.
  const budget = typoBudget(q.length);
  if (hits.size === 0 && budget > 0) {
    const near = (text: string) =>
      foldGerman(text)
        .split(/[^\p{L}\p{N}]+/u)
        .some((w) => editDistances(q, w, budget).full <= budget || editDistances(q, w.slice(0, q.length), budget).full <= budget);
    for (const l of LANGUAGES) {
      if (near(l.nameDe) || (!uiIsGerman && near(languageName(l.code, uiLocale)))) hit(l.code, 'name');
      else if (near(l.endonym)) hit(l.code, 'endonym');
    }
  }
  return [...hits]
    .map(([code, match]) => ({ code, match }))
    .sort((a, b) => MATCH_ORDER[a.match] - MATCH_ORDER[b.match] || (POPULARITY.get(a.code) ?? 999) - (POPULARITY.get(b.code) ?? 999));
}

const SUBSTITUTES = new Map<string, Map<string, number>>();
for (const [a, b, closeness, symmetric] of SUBSTITUTE_ROWS) {
  const put = (x: string, y: string) => {
    const m = SUBSTITUTES.get(x) ?? new Map<string, number>();
    m.set(y, Math.max(m.get(y) ?? 0, closeness));
    SUBSTITUTES.set(x, m);
  };
  put(a, b);
  if (symmetric) put(b, a);
}

/**
 * Languages that could serve someone who asked for `code`, closest first, excluding `code`
 * itself. A regional variant ("ar-SY") is served by its base language and vice versa at
 * REGIONAL_VARIANT_CLOSENESS; the base's own substitutes follow, scaled by that factor.
 */
export function substitutesFor(code: string): Array<{ code: string; closeness: number }> {
  const normalized = normalizeLanguageCode(code);
  const primary = primaryLanguage(normalized);
  const isVariant = normalized !== primary || ARABIC_VARIETIES.some((v) => v === parseTag(code).language);
  const out = new Map<string, number>();
  const put = (c: string, closeness: number) => {
    if (c === normalized && !isVariant) return;
    out.set(c, Math.max(out.get(c) ?? 0, Math.round(closeness * 100) / 100));
  };
  const factor = isVariant ? REGIONAL_VARIANT_CLOSENESS : 1;
  if (isVariant) put(primary, REGIONAL_VARIANT_CLOSENESS);
  for (const [c, closeness] of SUBSTITUTES.get(primary) ?? []) put(c, closeness * factor);
  return [...out].map(([c, closeness]) => ({ code: c, closeness })).sort((a, b) => b.closeness - a.closeness);
}
