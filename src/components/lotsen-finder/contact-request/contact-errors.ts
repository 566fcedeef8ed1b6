/**
 * Maps the contract's errors (from the form's own check or a receiver's 400) onto the contact
 * form's fields, in form order, and words them. The shared wording of contact, length and
 * consent errors is the request forms' (`anfrage.error.*`).
 */
import { REQUEST_LIMITS, type RequestFieldError } from '../../../core/request/index.js';
import type { LocaleController } from '../../../i18n/locale-controller.js';
import { sharedErrorText } from '../../shared/request-views/request-error-words.js';

export const CONTACT_FIELDS = ['name', 'email', 'phone', 'language', 'topics', 'note', 'consent'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

export interface ContactError {
  field: ContactField | 'general';
  code: string;
}

const PATH_TO_FIELD: Record<string, ContactField> = {
  'requester.name': 'name',
  'requester.email': 'email',
  'requester.phone': 'phone',
  requester: 'email',
  'need.language': 'language',
  'need.topics': 'topics',
  'need.note': 'note',
  consent: 'consent',
  'consent.privacy': 'consent',
};

function fieldFor(path: string): ContactField | 'general' {
  if (path.startsWith('need.topics')) return 'topics';
  return PATH_TO_FIELD[path] ?? 'general';
}

/** One error per field (the first), in the order the fields are shown; errors of no field first. */
export function contactErrors(errors: readonly RequestFieldError[]): ContactError[] {
  const byField = new Map<string, ContactError>();
  for (const e of errors) {
    const field = fieldFor(e.path);
    if (!byField.has(field)) byField.set(field, { field, code: e.code });
  }
  const order = (f: string) => (f === 'general' ? -1 : CONTACT_FIELDS.indexOf(f as ContactField));
  return [...byField.values()].sort((a, b) => order(a.field) - order(b.field));
}

/** What to do, for this field, in the resident's language. */
export function contactMessage({ field, code }: ContactError, i18n: LocaleController): string {
  const t = i18n.t.bind(i18n);
  if (field === 'name' && code === 'required') return t('kontakt.error.name.required');
  if (field === 'language') return t('kontakt.error.language.required');
  const shared = sharedErrorText(code, t, field === 'note' ? REQUEST_LIMITS.lotseNoteLength : maxLength(field));
  if (shared) return shared;
  return field === 'general' ? t('anfrage.error.general') : t('anfrage.error.invalid');
}

function maxLength(field: ContactField | 'general'): number {
  if (field === 'email') return REQUEST_LIMITS.emailLength;
  if (field === 'phone') return REQUEST_LIMITS.phoneLength;
  return REQUEST_LIMITS.nameLength;
}
