/**
 * Language cells: "Arabisch (Syrien), Tigrinya, Englisch (gut)". Each language by its German
 * name, endonym or code (the shipped table in core/language first; Intl's German names for
 * languages outside it), a dialect as a country in brackets ("Arabisch (Syrien)" → ar-SY),
 * and optionally a level and "schreibt" for interpreters. A typo is never guessed into the
 * feed: "Tigrnya" is an error that suggests Tigrinya (ti).
 */
import { findLanguages, getLanguage, LANGUAGES, normalizeLanguageCode } from '../../language/index.js';
import type { LanguageLevel, LanguageSpec } from '../../schema/index.js';
import { foldGerman } from '../../text/normalize.js';
import { type CellIssue, error, type Parsed, quote, warning } from '../problems.js';
import { type CellValue, cellText } from '../sheet.js';
import { LANGUAGE_LEVEL_LABELS, labelOf } from '../vocabulary-labels.js';
import { compactKey, findTerm, withCellReplacement } from './terms.js';

const FIX = 'schreiben Sie den deutschen Namen (z. B. „Arabisch“) oder den Sprachcode (ar)';

/** Every 2-letter code Intl names in German: the reverse lookup for languages and countries outside our table. */
function intlNames(type: 'language' | 'region'): Map<string, string> {
  const byName = new Map<string, string>();
  let names: Intl.DisplayNames;
  try {
    names = new Intl.DisplayNames(['de'], { type, fallback: 'none' });
  } catch {
    return byName; // engines without DisplayNames: the table alone still works
  }
  for (let a = 97; a <= 122; a++) {
    for (let b = 97; b <= 122; b++) {
      const code = String.fromCharCode(a, b);
      const key = type === 'region' ? code.toUpperCase() : code;
      if (key === 'ZZ') continue; // "Unbekannte Region"
      // Deprecated codes (iw for he, in for id) share their successor's name; keep the successor.
      if (type === 'language' && Intl.getCanonicalLocales(code)[0] !== code) continue;
      const name = names.of(key);
      if (name && name.toLowerCase() !== code) byName.set(compactKey(name), key);
    }
  }
  return byName;
}

let tables:
  | { byWord: Map<string, string[]>; intlLanguages: Map<string, string>; intlCodes: Set<string>; regions: Map<string, string> }
  | undefined;

/** Built on first use: names and their parts ("Persisch (Farsi)" → persisch, farsi), endonyms, codes. */
function lookupTables() {
  if (tables) return tables;
  const byWord = new Map<string, string[]>();
  const put = (word: string, code: string) => {
    const key = compactKey(word);
    if (!key) return;
    const codes = byWord.get(key) ?? [];
    if (!codes.includes(code)) codes.push(code);
    byWord.set(key, codes);
  };
  for (const l of LANGUAGES) {
    put(l.code, l.code);
    for (const name of [l.nameDe, l.endonym]) {
      put(name, l.code);
      for (const part of name.split(/[()]/)) {
        put(part, l.code);
        for (const piece of part.split('/')) put(piece, l.code);
      }
    }
  }
  const intlLanguages = intlNames('language');
  tables = { byWord, intlLanguages, intlCodes: new Set(intlLanguages.values()), regions: intlNames('region') };
  return tables;
}

/** "Kurmandschi (kmr)": the table name without its own bracket, then the code. */
const nameWithCode = (code: string) => `${getLanguage(code)?.nameDe.replace(/\s*\(.*\)$/, '') ?? code} (${code})`;
const CODE_SYNTAX = /^[a-z]{2,3}(?:[-_][a-z]{4})?(?:[-_](?:[a-z]{2}|\d{3}))?$/i;

type NameLookup =
  | { codes: [string]; how: 'exact' | 'alias' | 'prefix' }
  | { codes: string[]; how: 'ambiguous' | 'typo' }
  | { codes: []; how: 'none' };

/** What a language name or code means, without brackets. */
export function lookupLanguage(text: string): NameLookup {
  const { byWord, intlLanguages } = lookupTables();
  const key = compactKey(text);
  const exact = byWord.get(key);
  if (exact?.length === 1) return { codes: [exact[0]!], how: 'exact' };
  if (exact && exact.length > 1) return { codes: exact, how: 'ambiguous' };
  if (CODE_SYNTAX.test(text.trim())) {
    const code = normalizeLanguageCode(text.trim());
    if (getLanguage(code)) return { codes: [code], how: 'exact' };
    if (lookupTables().intlCodes.has(code.split('-')[0]!)) return { codes: [code], how: 'exact' };
  }
  const folded = foldGerman(text.trim());
  const hits = findLanguages(text, 'de');
  // The table's aliases first: Intl calls "ku" Kurdisch, but "Kurdisch" may be Kurmanji or Sorani.
  const aliases = hits.filter((h) => h.match === 'alias' || h.match === 'code');
  if (aliases.length === 1) return { codes: [aliases[0]!.code], how: 'alias' };
  if (aliases.length > 1) return { codes: aliases.map((h) => h.code), how: 'ambiguous' };
  const intl = intlLanguages.get(key);
  if (intl) return { codes: [intl], how: 'exact' };
  // findLanguages also finds typos ("Tigrnya"): hits whose names have no word starting with the text.
  const startsWord = (name: string) =>
    foldGerman(name)
      .split(/[^\p{L}\p{N}]+/u)
      .some((w) => w.startsWith(folded));
  const prefixes = hits.filter((h) => {
    const info = getLanguage(h.code);
    return info !== undefined && (startsWord(info.nameDe) || startsWord(info.endonym));
  });
  if (prefixes.length === 1) return { codes: [prefixes[0]!.code], how: 'prefix' };
  if (prefixes.length > 1) return { codes: prefixes.map((h) => h.code), how: 'ambiguous' };
  if (hits.length) return { codes: hits.slice(0, 3).map((h) => h.code), how: 'typo' };
  return { codes: [], how: 'none' };
}

/** Words in brackets after a language: country, level, whether the person writes it. */
type Detail = { region: string } | { level: LanguageLevel } | { writes: boolean } | { language: NameLookup } | undefined;

function detail(text: string): Detail {
  const key = compactKey(text);
  if (/^(schreibt|schriftlich|auchschriftlich|lesenundschreiben|inwortundschrift|schrift)$/.test(key)) return { writes: true };
  if (/^(schreibtnicht|nurmuendlich|muendlich|nichtschriftlich)$/.test(key)) return { writes: false };
  const level = findTerm(LANGUAGE_LEVEL_LABELS, text);
  if (level) return { level: level.code };
  const region = lookupTables().regions.get(key) ?? (/^[A-Z]{2}$/.test(text.trim()) ? text.trim() : undefined);
  if (region) return { region };
  const language = lookupLanguage(text);
  return language.how === 'none' || language.how === 'typo' ? undefined : { language };
}

/** Splits at commas, semicolons and line breaks that are not inside brackets. */
function topLevelParts(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === ',' || ch === ';' || ch === '\n')) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}

interface SegmentResult {
  specs: LanguageSpec[];
  issues: CellIssue[];
  /** What the corrected sheet may write for this part; undefined when nothing sure can be offered. */
  corrected: string | undefined;
}

function segment(text: string, withDetails: boolean): SegmentResult {
  // A table name with brackets ("Persisch (Farsi)") as a whole; the full lookup runs on the part before them.
  const whole = lookupTables().byWord.get(compactKey(text));
  if (whole?.length === 1) return { specs: [whole[0]!], issues: [], corrected: text };
  const base = text.replace(/\([^()]*\)/g, '').trim();
  const details = [...text.matchAll(/\(([^()]*)\)/g)]
    .flatMap((m) => m[1]!.split(/[,;/]/))
    .map((d) => d.trim())
    .filter(Boolean);
  let lookup = lookupLanguage(base);
  if (lookup.how === 'none' && details.length === 0 && /[/+&]|\bund\b/.test(base)) {
    // "Dari/Farsi", "Arabisch und Französisch": several languages in one part.
    const parts = base.split(/\s*(?:[/+&]|\bund\b)\s*/).filter(Boolean);
    const results = parts.map((p) => segment(p, withDetails));
    return {
      specs: results.flatMap((r) => r.specs),
      issues: results.flatMap((r) => r.issues),
      corrected: results.every((r) => r.corrected !== undefined) ? results.map((r) => r.corrected).join(', ') : undefined,
    };
  }
  const issues: CellIssue[] = [];
  let region: string | undefined;
  let level: LanguageLevel | undefined;
  let writes: boolean | undefined;
  for (const d of details) {
    const found = detail(d);
    if (found && 'language' in found) {
      // "Kurdisch (Sorani)" picks one of the languages "Kurdisch" may mean; "Persisch (Farsi)" repeats it.
      const narrowed = found.language.codes.filter((c) => lookup.codes.includes(c as never));
      if (narrowed.length === 1) lookup = { codes: [narrowed[0]!], how: 'exact' };
      else if (lookup.how === 'none') lookup = found.language;
      else
        return {
          specs: [],
          corrected: undefined,
          issues: [error('unknown-language', `${quote(text)}: ${quote(d)} passt nicht zu ${quote(base)}`, FIX)],
        };
    } else if (found && 'region' in found) region = found.region;
    else if (found && 'level' in found && withDetails) level = found.level;
    else if (found && 'writes' in found && withDetails) writes = found.writes;
    else {
      const allowed = withDetails
        ? 'Land (z. B. Syrien), Niveau (Muttersprache, fließend, gut, Grundkenntnisse) oder „schreibt“'
        : 'ein Land, z. B. „Arabisch (Syrien)“';
      return {
        specs: [],
        corrected: undefined,
        issues: [error('unknown-language', `${quote(d)} in Klammern nicht verstanden`, `erlaubt: ${allowed}`)],
      };
    }
  }
  if (lookup.how === 'ambiguous') {
    const choices = lookup.codes.map(nameWithCode).join(' oder ');
    return {
      specs: [],
      corrected: undefined,
      issues: [error('ambiguous-language', `${quote(base)} kann ${choices} sein`, 'schreiben Sie, welche Sprache gemeint ist')],
    };
  }
  if (lookup.how === 'typo' || lookup.how === 'none') {
    const [first, ...more] = lookup.codes;
    const fix = first ? `meinten Sie ${[first, ...more].map(nameWithCode).join(' oder ')}?` : FIX;
    const replacement = first && more.length === 0 ? text.replace(base, getLanguage(first)?.nameDe ?? first) : undefined;
    return { specs: [], corrected: replacement, issues: [error('unknown-language', `${quote(base)} unbekannt`, fix, replacement)] };
  }
  const primary = lookup.codes[0]!;
  if (lookup.how === 'prefix')
    issues.push(warning('read-as', `${quote(base)} als ${nameWithCode(primary)} gelesen`, 'schreiben Sie den vollen Namen'));
  const code = region ? `${primary.split('-')[0]}-${region}` : primary;
  const spec: LanguageSpec =
    level !== undefined || writes !== undefined ? { code, ...(level ? { level } : {}), ...(writes !== undefined ? { writes } : {}) } : code;
  return { specs: [spec], issues, corrected: text };
}

/**
 * A cell with one or more languages. `withDetails` allows levels and "schreibt" (Lotsen and
 * interpreters); course support languages are plain codes.
 */
// Sheets repeat the same language cells hundreds of times; the typo scan behind a miss is the costly part.
const parsedCells = new Map<string, Parsed<LanguageSpec[]>>();
const CACHE_LIMIT = 5000;

export function parseLanguages(value: CellValue | undefined, withDetails = true): Parsed<LanguageSpec[]> {
  const text = cellText(value);
  if (text === '') return { issues: [] };
  const key = `${withDetails ? 1 : 0}${text}`;
  const cached = parsedCells.get(key);
  if (cached) return structuredClone(cached);
  const parsed = parseLanguageText(text, withDetails);
  if (parsedCells.size >= CACHE_LIMIT) parsedCells.clear();
  parsedCells.set(key, parsed);
  return structuredClone(parsed);
}

function parseLanguageText(text: string, withDetails: boolean): Parsed<LanguageSpec[]> {
  const specs: LanguageSpec[] = [];
  const issues: CellIssue[] = [];
  const corrected: Array<string | undefined> = [];
  for (const part of topLevelParts(text)) {
    const result = segment(part, withDetails);
    issues.push(...result.issues);
    corrected.push(result.corrected);
    for (const spec of result.specs) {
      const code = typeof spec === 'string' ? spec : spec.code;
      if (!specs.some((s) => (typeof s === 'string' ? s : s.code) === code)) specs.push(spec);
    }
  }
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length) return { issues: [...withCellReplacement(errors, corrected), ...issues.filter((i) => i.severity !== 'error')] };
  return { value: specs, issues };
}

const displayNames = new Map<string, Intl.DisplayNames | null>();

function intlName(code: string, type: 'language' | 'region'): string | undefined {
  if (!displayNames.has(type)) {
    try {
      displayNames.set(type, new Intl.DisplayNames(['de'], { type, fallback: 'none' }));
    } catch {
      displayNames.set(type, null); // engines without DisplayNames: codes stay codes
    }
  }
  try {
    return displayNames.get(type)?.of(code) ?? undefined;
  } catch {
    return undefined; // a malformed code
  }
}

/** How the export writes a language so the import reads the same spec back: "Arabisch (Syrien, Muttersprache, schreibt)". */
export function formatLanguage(spec: LanguageSpec): string {
  const code = typeof spec === 'string' ? spec : spec.code;
  const [language = '', ...subtags] = code.split('-');
  const region = subtags.find((s) => /^[A-Za-z]{2}$/.test(s));
  // A script or numeric region has no German word the import could read back: the code is written as it is.
  const exotic = subtags.some((s) => !/^[A-Za-z]{2}$/.test(s));
  const name = exotic ? undefined : (getLanguage(language)?.nameDe ?? intlName(language, 'language'));
  const details: string[] = [];
  if (name && region) details.push(intlName(region.toUpperCase(), 'region') ?? region.toUpperCase());
  if (typeof spec !== 'string') {
    if (spec.level) details.push(labelOf(LANGUAGE_LEVEL_LABELS, spec.level));
    if (spec.writes === true) details.push('schreibt');
    if (spec.writes === false) details.push('schreibt nicht');
  }
  const head = name ?? code;
  if (!details.length) return head;
  return head.endsWith(')') ? `${head.slice(0, -1)}, ${details.join(', ')})` : `${head} (${details.join(', ')})`;
}
