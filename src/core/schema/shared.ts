/**
 * Field types shared by the three feed kinds (docs/architecture.md, Feed contract v1).
 *
 * Built with `zod/mini` because these schemas ship to the browser (≈5 KB gzip against ≈23 KB
 * for classic zod). Every check here must also be expressible in JSON Schema where possible
 * (regex, enum, bounds), since `npm run schema` publishes the same rules to feed publishers;
 * cross-field rules (from < to, free ≤ total) are refinements that only the zod side enforces.
 */
import * as z from 'zod/mini';
import { DAYS, GENDERS, LANGUAGE_LEVELS, WIR_KREISSCHLUESSEL } from './vocabularies.js';

/** Caps protect the layout and memory from a careless or hostile feed, not from typos. */
export const TEXT_LIMITS = { id: 100, name: 120, title: 200, short: 300, description: 4000, url: 500 } as const;

export const idSchema = z.string().check(z.minLength(1), z.maxLength(TEXT_LIMITS.id), z.regex(/^\S(?:.*\S)?$/));

export function text(max: number) {
  return z.string().check(z.minLength(1), z.maxLength(max));
}

/**
 * Only http(s): a `javascript:` or `data:` URL in a feed would otherwise become a clickable
 * script link. The explicit regex duplicates the protocol check so JSON Schema carries it too.
 */
export const httpUrlSchema = z.url({ protocol: /^https?$/ }).check(z.regex(/^https?:\/\//i), z.maxLength(TEXT_LIMITS.url));

export const emailSchema = z.email().check(z.maxLength(254));

/** Digits, spaces and the usual separators; the widget builds `tel:` from it after stripping. */
export const phoneSchema = z.string().check(z.regex(/^\+?[0-9][0-9 ()/.-]{2,29}$/));

export const isoDateSchema = z.iso.date();
/** `updated` may be a date or a full timestamp: publishers' CMS exports differ. */
export const isoDateOrDateTimeSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

export const timeSchema = z.string().check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/));

const KOMMUNE_PATTERN = new RegExp(`^(?:${WIR_KREISSCHLUESSEL.join('|')})(?:\\d{3})?$`);
/** Kreisschlüssel (5 digits) or AGS (8 digits) inside one of the 33 WIR areas. */
export const kommuneCodeSchema = z.string().check(z.regex(KOMMUNE_PATTERN));

export const plzSchema = z.string().check(z.regex(/^\d{5}$/));

/**
 * A generous box around Hessen (49.39–51.66 N, 7.77–10.24 E) so border towns and a nearby
 * office across the state line pass, but swapped lat/lon or 0/0 do not.
 */
export const GEO_BOX = { minLat: 49.0, maxLat: 52.0, minLon: 7.0, maxLon: 10.8 } as const;

export const placeSchema = z.object({
  ort: text(TEXT_LIMITS.name),
  plz: z.optional(plzSchema),
  ortsteil: z.optional(text(TEXT_LIMITS.name)),
  kommune: kommuneCodeSchema,
  lat: z.number().check(z.gte(GEO_BOX.minLat), z.lte(GEO_BOX.maxLat)),
  lon: z.number().check(z.gte(GEO_BOX.minLon), z.lte(GEO_BOX.maxLon)),
  address: z.optional(text(TEXT_LIMITS.short)),
  barrierefrei: z.optional(z.boolean()),
});

/** BCP 47 as feeds use it: language, optional script and region (`ar`, `ar-SY`, `sr-Latn`, `prs`). */
export const languageCodeSchema = z.string().check(z.regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z]{4})?(?:-(?:[a-zA-Z]{2}|\d{3}))?$/));

export const languageSpecSchema = z.union([
  languageCodeSchema,
  z.object({
    code: languageCodeSchema,
    level: z.optional(z.enum(LANGUAGE_LEVELS)),
    writes: z.optional(z.boolean()),
  }),
]);

export const languagesSchema = z.array(languageSpecSchema).check(z.minLength(1), z.maxLength(30));

export const daySchema = z.enum(DAYS);

export const slotSchema = z
  .object({ day: daySchema, from: timeSchema, to: timeSchema })
  .check(z.refine((s) => s.from < s.to, { message: '"from" must be earlier than "to"', path: ['to'] }));

export const slotsSchema = z.array(slotSchema).check(z.maxLength(50));

export const genderSchema = z.enum(GENDERS);

/** The office to contact, never the volunteer's private data (docs/architecture.md, Feed contract v1). */
export const contactSchema = z.object({
  name: text(TEXT_LIMITS.name),
  email: z.optional(emailSchema),
  phone: z.optional(phoneSchema),
  url: z.optional(httpUrlSchema),
});

export const translationsSchema = z.record(
  languageCodeSchema,
  z.object({
    title: z.optional(text(TEXT_LIMITS.title)),
    description: z.optional(text(TEXT_LIMITS.description)),
  }),
);

export const travelKmSchema = z.number().check(z.gte(0), z.lte(200));

export type Place = z.infer<typeof placeSchema>;
export type LanguageSpec = z.infer<typeof languageSpecSchema>;
export type Slot = z.infer<typeof slotSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type Translations = z.infer<typeof translationsSchema>;
