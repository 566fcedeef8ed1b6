/**
 * Turns the request schema's zod issues into a flat list the form can show field by field
 * and the receiver can put in its 400 body: `{ path: "requester.email", code, message }`.
 */
import { type AnfrageRequest, requestSchema } from '../schema/request.js';
import { REQUEST_ERROR_MESSAGES, type RequestFieldError } from './request-messages.js';

export { REQUEST_ERROR_MESSAGES, type RequestFieldError } from './request-messages.js';

export type RequestValidation = { ok: true; value: AnfrageRequest } | { ok: false; errors: RequestFieldError[] };

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
