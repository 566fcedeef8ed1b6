/**
 * Turns the request schema's zod issues into a flat list the form can show field by field
 * and the receiver can put in its 400 body: `{ path: "requester.email", code, message }`.
 */
import { type AnfrageRequest, requestSchema } from '../schema/request.js';

export interface RequestFieldError {
  /** Dotted path into the request, e.g. "requester.email" or "need.alternatives.1". */
  path: string;
  /** Stable machine code the form translates ('required', 'invalid-email', …). */
  code: string;
  /** English fallback text for logs, API clients and hosts without a catalogue. */
  message: string;
}

export type RequestValidation = { ok: true; value: AnfrageRequest } | { ok: false; errors: RequestFieldError[] };

/** Fallback texts; the widget shows its own translated messages keyed by `code`. */
export const REQUEST_ERROR_MESSAGES: Readonly<Record<string, string>> = {
  required: 'This field is required.',
  'invalid-type': 'This field has the wrong type.',
  'invalid-value': 'This value is not one of the allowed options.',
  'invalid-email': 'Enter an e-mail address like name@example.de.',
  'invalid-phone': 'Enter a phone number with at least 5 digits, e.g. +49 6074 12345.',
  'contact-required': 'Enter an e-mail address or a phone number.',
  'too-long': 'This text is too long.',
  'invalid-characters': 'This text contains control characters or invisible formatting characters; type it again as plain text.',
  'date-past': 'The appointment date lies in the past.',
  'created-in-future': 'createdAt lies more than a day in the future; check the clock of the sending device.',
  'invalid-encoding': 'The request body is not valid UTF-8.',
  'too-many': 'Too many entries.',
  'invalid-time': 'Enter a time as HH:MM, e.g. 09:30.',
  'invalid-date': 'Enter a real date as YYYY-MM-DD.',
  'invalid-datetime': 'Expected a date and time in ISO 8601 format with a time zone.',
  'invalid-duration': 'Enter a duration between 15 and 480 minutes in whole minutes.',
  'invalid-language': 'Expected a language code such as "ti" or "ar-SY".',
  'invalid-kommune': 'Expected a Kreisschlüssel (5 digits) or AGS (8 digits).',
  'invalid-plz': 'Enter a 5-digit postcode (PLZ).',
  'invalid-id': 'Expected a UUID v4.',
  'consent-required': 'Agree to the privacy notice to send the request.',
  'invalid-format-marker': 'Expected format "wir-anfrage".',
  'unsupported-version': 'Only version 1 of the request contract is supported.',
  'invalid-json': 'The request body is not valid JSON.',
  'idempotency-key-mismatch': 'The Idempotency-Key header must be sent and equal the request id.',
  invalid: 'This value is not valid.',
};

/** Validates an unknown value (parsed JSON or a form's draft) against request contract v1. */
export function validateRequest(input: unknown): RequestValidation {
  const result = requestSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const errors: RequestFieldError[] = [];
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    const code = codeFor(issue, input);
    // One message per field is what the form shows; several failed checks on the same field
    // (e.g. regex and length) would only repeat themselves.
    if (seen.has(path)) continue;
    seen.add(path);
    errors.push({ path, code, message: REQUEST_ERROR_MESSAGES[code] ?? REQUEST_ERROR_MESSAGES.invalid! });
  }
  return { ok: false, errors };
}

interface IssueLike {
  code: string;
  message: string;
  path: PropertyKey[];
}

function codeFor(issue: IssueLike, input: unknown): string {
  // An unticked consent box may be sent as false or left out; either way the user must tick it.
  if (issue.message === 'consent-required') return issue.message;
  // A missing field fails its type or literal check; "required" is what the user needs to hear.
  // A missing `kind` fails the union of request kinds in the same way.
  if (
    (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union') &&
    valueAt(input, issue.path) === undefined
  ) {
    return 'required';
  }
  if (issue.message in REQUEST_ERROR_MESSAGES) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return 'invalid-type';
    case 'invalid_value':
      return 'invalid-value';
    case 'too_big':
      return 'too-long';
    default:
      return 'invalid';
  }
}

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}
