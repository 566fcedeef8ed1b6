/**
 * Request contract v1 (docs/architecture.md, Request contract v1): what `<wir-dolmetscher-anfrage>` sends and what the
 * reference receiver accepts. The form and the receiver parse with this one schema, so a
 * request the form lets through is never rejected by the server for a different reason.
 *
 * Error messages in this schema are machine codes ('invalid-email', 'too-long', …), not prose:
 * the form translates them into the user's language and the receiver passes them on in its
 * 400 body. `src/core/request/validate.ts` turns zod issues into `{ path, code, message }`.
 *
 * Only contract rules live here (plus caps that keep a stored request small). Rules that
 * depend on "now" or on the host page — date not in the past, minimum notice, maximum
 * duration chosen by the Kommune — are form rules: a receiver must still accept a request
 * that was valid when the user pressed "Senden", even if it arrives after midnight.
 *
 * Empty optional fields are omitted, not sent as "": `email: ""` is an invalid e-mail.
 */
import * as z from 'zod/mini';
import { GENDER_PREFERENCES, INTERPRETING_MODES, INTERPRETING_SETTINGS, REQUEST_LIMITS, REQUESTER_TYPES } from './request-vocabulary.js';
import { LOTSEN_TOPICS } from './vocabularies.js';

export * from './request-vocabulary.js';

// BCP 47 "ish": language subtag of 2–3 letters (ar, prs, kmr) plus optional script/region/
// variant subtags (ar-SY, sr-Latn, ku-Arab-IQ), and a private-use part after "-x-" whose
// subtags may be one character long: the UI locale for Leichte Sprache is `de-x-ls`. Other
// BCP 47 extensions and grandfathered tags are not needed and would only let typos through.
const BCP47 = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?$/;
// Kreisschlüssel (5 digits) or Amtlicher Gemeindeschlüssel (8 digits).
const KOMMUNE = /^\d{5}(?:\d{3})?$/;
const PLZ = /^\d{5}$/;
const TIME_HHMM = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
// Digits with the separators people actually type ("+49 6074 123-45", "(06074) 12345");
// at least 5 digits so "n/a" or "-" do not pass as a phone number.
const PHONE = /^\+?[\d\s()/.-]*$/;
// Something a person can see: not only spaces, zero-width characters (U+200B–U+200D, U+2060,
// U+FEFF), soft hyphens or direction marks. A name made of U+200B is an empty name.
const HAS_VISIBLE = /[^\s\u00AD\u061C\u180E\u200B-\u200F\u2060\uFEFF]/;
// Characters no person types into a form field and a spreadsheet or mail client may act on:
// C0 controls and DEL (tab and line breaks only where `multiline` allows them), the bidi
// embedding/override/isolate controls (U+202A–U+202E, U+2066–U+2069: "Trojan Source"
// reordering of what a coordinator reads), and lone UTF-16 surrogates (not text at all).
const FORBIDDEN_SINGLE_LINE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job.
  /[\u0000-\u001F\u007F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const FORBIDDEN_MULTILINE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: as above; tab, LF and CR LF pass.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]|\r(?!\n)|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a person could see anything in `value` (the form and the receiver treat the rest as empty). */
export function hasVisibleText(value: string): boolean {
  return HAS_VISIBLE.test(value);
}

function plainText(multiline: boolean) {
  const forbidden = multiline ? FORBIDDEN_MULTILINE : FORBIDDEN_SINGLE_LINE;
  return z.refine((value: unknown) => typeof value !== 'string' || !forbidden.test(value), { error: 'invalid-characters' });
}

function text(max: number) {
  return z
    .string({ error: 'invalid-type' })
    .check(
      z.minLength(1, { error: 'required' }),
      z.regex(HAS_VISIBLE, { error: 'required' }),
      z.maxLength(max, { error: 'too-long' }),
      plainText(false),
    );
}

function languageCode() {
  return z
    .string({ error: 'invalid-type' })
    .check(z.maxLength(35, { error: 'invalid-language' }), z.regex(BCP47, { error: 'invalid-language' }));
}

function isoDateTime() {
  return z.iso.datetime({ offset: true, error: 'invalid-datetime' });
}

const phone = z.string({ error: 'invalid-type' }).check(
  z.maxLength(REQUEST_LIMITS.phoneLength, { error: 'too-long' }),
  z.regex(PHONE, { error: 'invalid-phone' }),
  z.refine((value) => (value.match(/\d/g)?.length ?? 0) >= 5, { error: 'invalid-phone' }),
);

const requester = z
  .object({
    type: z.enum(REQUESTER_TYPES, { error: 'invalid-value' }),
    organisation: z.optional(text(REQUEST_LIMITS.nameLength)),
    name: text(REQUEST_LIMITS.nameLength),
    email: z.optional(z.email({ error: 'invalid-email' }).check(z.maxLength(REQUEST_LIMITS.emailLength, { error: 'too-long' }))),
    phone: z.optional(phone),
  })
  .check(
    z.refine(
      (value) => {
        if (typeof value !== 'object' || value === null) return true; // type issue already reported
        const { email, phone } = value as { email?: unknown; phone?: unknown };
        return email !== undefined || phone !== undefined;
      },
      // Reported on the e-mail field so the form's error summary has one field to link to.
      // `when` runs the rule even if other requester fields failed: the user sees every
      // problem of the step at once instead of fixing them one round trip at a time.
      { error: 'contact-required', path: ['email'], when: () => true },
    ),
  );

const place = z.object({
  address: text(REQUEST_LIMITS.addressLength),
  plz: z.string({ error: 'invalid-type' }).check(z.regex(PLZ, { error: 'invalid-plz' })),
  ort: text(REQUEST_LIMITS.ortLength),
});

const dolmetscherNeed = z.object({
  language: languageCode(),
  alternatives: z.optional(
    z.array(languageCode(), { error: 'invalid-type' }).check(z.maxLength(REQUEST_LIMITS.alternatives, { error: 'too-many' })),
  ),
  date: z.iso.date({ error: 'invalid-date' }),
  from: z.string({ error: 'invalid-type' }).check(z.regex(TIME_HHMM, { error: 'invalid-time' })),
  durationMinutes: z
    .number({ error: 'invalid-type' })
    .check(
      z.int({ error: 'invalid-duration' }),
      z.gte(REQUEST_LIMITS.durationMin, { error: 'invalid-duration' }),
      z.lte(REQUEST_LIMITS.durationMax, { error: 'invalid-duration' }),
    ),
  mode: z.enum(INTERPRETING_MODES, { error: 'invalid-value' }),
  setting: z.enum(INTERPRETING_SETTINGS, { error: 'invalid-value' }),
  place: z.optional(place),
  genderPreference: z.optional(z.enum(GENDER_PREFERENCES, { error: 'invalid-value' })),
  notes: z.optional(
    z.string({ error: 'invalid-type' }).check(z.maxLength(REQUEST_LIMITS.notesLength, { error: 'too-long' }), plainText(true)),
  ),
});

const lotseNeed = z.object({
  lotseId: z
    .string({ error: 'invalid-type' })
    .check(z.minLength(1, { error: 'required' }), z.maxLength(REQUEST_LIMITS.lotseIdLength, { error: 'too-long' }), plainText(false)),
  lotseName: text(REQUEST_LIMITS.nameLength),
  language: languageCode(),
  topics: z.optional(
    z
      .array(z.enum(LOTSEN_TOPICS, { error: 'invalid-value' }), { error: 'invalid-type' })
      .check(z.maxLength(LOTSEN_TOPICS.length, { error: 'too-many' })),
  ),
  note: z.optional(
    z.string({ error: 'invalid-type' }).check(z.maxLength(REQUEST_LIMITS.lotseNoteLength, { error: 'too-long' }), plainText(true)),
  ),
});

/** What every request kind shares: the envelope, who asks, and their consent. */
const envelope = {
  format: z.literal('wir-anfrage', { error: 'invalid-format-marker' }),
  version: z.literal(1, { error: 'unsupported-version' }),
  // Lower-cased on parse: the same UUID in upper and lower case is one request (one row, one
  // Idempotency-Key), wherever it is compared or stored.
  id: z.uuidv4({ error: 'invalid-id' }).check(z.toLowerCase()),
  createdAt: isoDateTime(),
  kommune: z.string({ error: 'invalid-type' }).check(z.regex(KOMMUNE, { error: 'invalid-kommune' })),
  locale: languageCode(),
  requester,
  consent: z.object({
    privacy: z.literal(true, { error: 'consent-required' }),
    at: isoDateTime(),
  }),
};

/** An interpreter for an appointment (`<wir-dolmetscher-anfrage>`). */
export const dolmetscherRequestSchema = z.object({
  ...envelope,
  kind: z.literal('dolmetscher', { error: 'invalid-value' }),
  need: dolmetscherNeed,
});

/**
 * A resident asks the office to connect them with a Lotse found in `<wir-lotsen-finder>`. The
 * Lotse is named by feed id and display name only: the feed publishes no contact data of
 * volunteers, and the office looks the person up in its own list.
 */
export const lotseRequestSchema = z.object({
  ...envelope,
  kind: z.literal('lotse', { error: 'invalid-value' }),
  need: lotseNeed,
});

/**
 * The request contract v1. Unknown fields are stripped on parse (a newer form may send more;
 * the receiver stores only what this version understands).
 */
export const requestSchema = z.discriminatedUnion('kind', [dolmetscherRequestSchema, lotseRequestSchema], { error: 'invalid-value' });

export type AnfrageRequest = z.infer<typeof requestSchema>;
export type DolmetscherRequest = z.infer<typeof dolmetscherRequestSchema>;
export type LotseRequest = z.infer<typeof lotseRequestSchema>;
