/**
 * The values a page writes into a widget's attributes, checked against what the widgets know:
 * is a code one of the 33 WIR areas, is a language in the table, is a topic, level, programme
 * or audience in the vocabularies, is a required address there at all. Widgets read their
 * presets through the same functions they are checked with, so a value the check accepts is a
 * value the widget uses.
 *
 * A check returns nothing for a usable value, or the problem in words for the webmaster (English,
 * for the browser console): what was written, what is accepted, an example, where to read more.
 * Residents never see these texts; docs/einbinden.md is the page the texts point to.
 */
import { findLanguages, getLanguage, LANGUAGES, languageName } from '../language/languages.js';
import { type Kommune, kommuneByCode } from '../place/kommunen.js';
import { AUDIENCES, type FeedKind, LEVELS, LOTSEN_TOPICS, PROGRAMS } from '../schema/vocabularies.js';

/** An attribute value a widget cannot use, or a required attribute that is missing. */
export interface AttributeProblem {
  /** The attribute as written in HTML (`kommune`, `feed`). */
  attribute: string;
  /** The value as written; undefined when the attribute is missing. */
  value: string | undefined;
  /** The whole sentence for the console, starting with the attribute. */
  message: string;
}

const DOCS = 'see docs/einbinden.md';

const problem = (attribute: string, value: string, why: string): AttributeProblem => ({
  attribute,
  value,
  message: `${attribute}="${value}" ${why}`,
});

/** The WIR area a `kommune` value names (Kreisschlüssel or AGS, surrounding spaces ignored), or undefined. */
export function wirArea(value: string): Kommune | undefined {
  return value.trim() ? kommuneByCode(value) : undefined;
}

/** `kommune`: one of the 33 WIR areas. A code written as a number loses its leading zero ("6438"): that slip is named. */
export function kommuneProblem(value: string): AttributeProblem | undefined {
  const code = value.trim();
  if (!code || wirArea(code)) return undefined;
  const padded = /^\d{4}$|^\d{7}$/.test(code) ? kommuneByCode(`0${code}`) : undefined;
  const guess = padded ? ` Did you mean kommune="0${code}" (${padded.name})? The leading zero belongs to the code.` : '';
  return problem(
    'kommune',
    value,
    `is not a WIR area. Use the area's code: 5 digits, e.g. 06438 = Kreis Offenbach (8 digits for a city with its own office, e.g. 06412000 = Frankfurt am Main); ${DOCS} for all 33 codes.${guess}`,
  );
}

/** `language` (the finder's preset): a code of the language table; a language's name is not one. */
export function languagePresetProblem(value: string): AttributeProblem | undefined {
  const code = value.trim();
  if (!code || getLanguage(code)) return undefined;
  const named = findLanguages(code)[0];
  const guess = named ? ` Did you mean language="${named.code}" (${languageName(named.code, 'en')})?` : '';
  const codes = LANGUAGES.map((l) => l.code).join(', ');
  return problem(
    'language',
    value,
    `is not a language code the widgets know. Use a BCP 47 code, e.g. ti = Tigrinya, ar = Arabic, prs = Dari; known codes: ${codes}.${guess}`,
  );
}

/** The language a `language` preset asks for: the code as written when the table knows it, else none. */
export function presetLanguage(value: string): string {
  const code = value.trim();
  return code && getLanguage(code) ? code : '';
}

/** A preset list ("gesundheit, wohnen", "A1 A2") split into the allowed values it names (in their canonical spelling) and the rest. */
export function presetList<T extends string>(value: string | null | undefined, allowed: readonly T[]): { known: T[]; unknown: string[] } {
  const asked = (value ?? '').split(/[\s,]+/).filter(Boolean);
  const find = (word: string) => allowed.find((a) => a.toLowerCase() === word.toLowerCase());
  const known = allowed.filter((a) => asked.some((word) => find(word) === a));
  const unknown = asked.filter((word) => !find(word));
  return { known, unknown };
}

function listProblem(attribute: string, value: string, allowed: readonly string[], noun: string, extra = ''): AttributeProblem | undefined {
  const { unknown } = presetList(value, allowed);
  if (!unknown.length) return undefined;
  const named = unknown.map((u) => `"${u}"`).join(', ');
  return problem(
    attribute,
    value,
    `names ${unknown.length === 1 ? `no ${noun}: ${named} is` : `no ${noun}s: ${named} are`} unknown and ignored. Accepted, separated by spaces or commas: ${allowed.join(', ')}${extra}; ${DOCS}.`,
  );
}

/** `topics` (the finder's preset). */
export const topicsPresetProblem = (value: string) => listProblem('topics', value, LOTSEN_TOPICS, 'topic');

/** "I don't know my level" as a `level` preset. */
export const isUnknownLevelPreset = (value: string) => /^\s*(unbekannt|unknown)\s*$/i.test(value);

/** `level` (the course search's preset): levels, or `unbekannt` on its own. */
export function levelPresetProblem(value: string): AttributeProblem | undefined {
  if (isUnknownLevelPreset(value)) return undefined;
  return listProblem('level', value, LEVELS, 'level', ', or unbekannt on its own ("I don\'t know my level")');
}

/** `program` (the course search's preset). */
export const programPresetProblem = (value: string) => listProblem('program', value, PROGRAMS, 'programme');

/** The audience a course search preset asks for: one of the feed's audiences; `alle` and unknown words ask for none. */
export function presetAudience(value: string): string {
  const audience = value.trim().toLowerCase();
  return audience !== 'alle' && (AUDIENCES as readonly string[]).includes(audience) ? audience : '';
}

/** `audience` (the course search's preset): one audience. */
export function audiencePresetProblem(value: string): AttributeProblem | undefined {
  const audience = value.trim().toLowerCase();
  if (!audience || (AUDIENCES as readonly string[]).includes(audience)) return undefined;
  const accepted = AUDIENCES.filter((a) => a !== 'alle').join(', ');
  return problem('audience', value, `is not an audience and is ignored. Accepted (one of): ${accepted}; ${DOCS}.`);
}

const FEED_NAMES: Record<FeedKind, string> = {
  lotsen: 'a Lotsen feed',
  sprachkurse: 'a Sprachkurse feed',
  dolmetscher: 'a Dolmetscher feed',
};

/** A search widget without `feed` has nothing to search. */
export function missingFeedProblem(kind: FeedKind): AttributeProblem {
  return {
    attribute: 'feed',
    value: undefined,
    message: `feed is missing, so there is nothing to search. Set feed="…" to the address of ${FEED_NAMES[kind]} (JSON as described in schema/; check it with npx wir-widgets validate); ${DOCS}.`,
  };
}

/** A request form without `endpoint` cannot send. */
export function missingEndpointProblem(): AttributeProblem {
  return {
    attribute: 'endpoint',
    value: undefined,
    message: `endpoint is missing, so requests cannot be sent (the form offers the e-mail from contact-email instead, if set). Set endpoint="…" to the receiver's address, e.g. https://anfragen.example.de/api/anfragen; ${DOCS} and docs/receiver.md.`,
  };
}
