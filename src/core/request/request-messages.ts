/**
 * What a rejected request field says: the shape (`{ path, code, message }`) and the English
 * fallback texts. Free of zod, so delivery and the form rules need no schema (validate.ts has it).
 */

export interface RequestFieldError {
  /** Dotted path into the request, e.g. "requester.email" or "need.alternatives.1". */
  path: string;
  /** Stable machine code the form translates ('required', 'invalid-email', …). */
  code: string;
  /** English fallback text for logs, API clients and hosts without a catalogue. */
  message: string;
}

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
