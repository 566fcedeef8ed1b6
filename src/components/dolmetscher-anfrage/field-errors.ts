/**
 * Maps errors from the contract schema (paths like "requester.email", from the form's own
 * validation or a receiver's 400) and from the form rules onto the form's fields, in the
 * order the fields appear, and words them in the user's language.
 */
import type { RequestFieldError } from '../../core/request/index.js';
import type { FormRuleError } from '../../core/request/lead-time.js';
import { REQUEST_LIMITS } from '../../core/schema/request-vocabulary.js';
import type { LocaleController } from '../../i18n/locale-controller.js';
import { sharedErrorText } from '../shared/request-views/request-error-words.js';
import type { DraftField } from './anfrage-draft.js';

/** Form fields in the order they are shown; also the id of each field's control. */
export const FORM_FIELDS = [
  'requester-type',
  'organisation',
  'name',
  'email',
  'phone',
  'language',
  'alternatives',
  'mode',
  'setting',
  'date',
  'from',
  'duration',
  'address',
  'plz',
  'ort',
  'kommune',
  'gender',
  'notes',
  'consent',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/** Which form fields a draft field's change answers (either contact field satisfies "e-mail or phone"). */
export const FIELDS_ANSWERED: Partial<Record<DraftField, FormField[]>> = {
  requesterType: ['requester-type'],
  genderPreference: ['gender'],
  email: ['email', 'phone'],
  phone: ['email', 'phone'],
};

export interface FieldError {
  field: FormField | 'general';
  code: string;
  /** Extra values for the message (earliest date, maximum duration). */
  params?: { days?: number; earliest?: string; max?: string };
}

const PATH_TO_FIELD: Record<string, FormField> = {
  'requester.type': 'requester-type',
  'requester.organisation': 'organisation',
  'requester.name': 'name',
  'requester.email': 'email',
  'requester.phone': 'phone',
  requester: 'email',
  'need.language': 'language',
  'need.alternatives': 'alternatives',
  'need.date': 'date',
  'need.from': 'from',
  'need.durationMinutes': 'duration',
  'need.mode': 'mode',
  'need.setting': 'setting',
  'need.place': 'address',
  'need.place.address': 'address',
  'need.place.plz': 'plz',
  'need.place.ort': 'ort',
  'need.genderPreference': 'gender',
  'need.notes': 'notes',
  kommune: 'kommune',
  consent: 'consent',
  'consent.privacy': 'consent',
};

export function fieldForPath(path: string): FormField | 'general' {
  if (path.startsWith('need.alternatives')) return 'alternatives';
  return PATH_TO_FIELD[path] ?? 'general';
}

/**
 * One error per field (the first that applies), contract errors before form rules on the
 * same field (an unreadable date needs fixing before its lead time matters), in form order.
 */
export function collectErrors(schemaErrors: RequestFieldError[], ruleErrors: FieldError[]): FieldError[] {
  const byField = new Map<string, FieldError>();
  for (const e of schemaErrors) {
    const field = fieldForPath(e.path);
    if (!byField.has(field)) byField.set(field, { field, code: e.code });
  }
  for (const e of ruleErrors) if (!byField.has(e.field)) byField.set(e.field, e);
  const order = (f: string) => (f === 'general' ? -1 : FORM_FIELDS.indexOf(f as FormField));
  return [...byField.values()].sort((a, b) => order(a.field) - order(b.field));
}

export function ruleErrorsToFieldErrors(errors: FormRuleError[], params: FieldError['params']): FieldError[] {
  return errors.map((e) => ({ field: e.field, code: e.code, params }));
}

type T = LocaleController['t'];

/** The text a person reads: what to do, for this field. */
export function messageFor(error: FieldError, t: T): string {
  const { field, code, params } = error;
  if (code === 'required' || (code === 'invalid-value' && isChoice(field))) {
    switch (field) {
      case 'requester-type':
        return t('anfrage.error.requester-type.required');
      case 'name':
        return t('anfrage.error.name.required');
      case 'language':
        return t('anfrage.error.language.required');
      case 'date':
        return t('anfrage.error.date.required');
      case 'from':
        return t('anfrage.error.from.required');
      case 'duration':
        return t('anfrage.error.invalid-duration');
      case 'mode':
        return t('anfrage.error.mode.required');
      case 'setting':
        return t('anfrage.error.setting.required');
      case 'address':
        return t('anfrage.error.address.required');
      case 'plz':
        return t('anfrage.error.plz.required');
      case 'ort':
        return t('anfrage.error.ort.required');
      case 'kommune':
        return t('anfrage.error.kommune.required');
      case 'consent':
        return t('anfrage.error.consent-required');
      default:
        break;
    }
  }
  const shared = sharedErrorText(code, t, maxLengthOf(field));
  if (shared) return shared;
  switch (code) {
    case 'invalid-language':
      return t('anfrage.error.invalid-language');
    case 'too-many':
      return t('anfrage.error.too-many');
    case 'invalid-date':
      return t('anfrage.error.invalid-date');
    case 'date-past':
      return t('anfrage.error.date-past');
    case 'notice':
      return t('anfrage.error.notice', params?.days ?? 0, params?.earliest ?? '');
    case 'invalid-time':
      return t('anfrage.error.invalid-time');
    case 'invalid-duration':
      return t('anfrage.error.invalid-duration');
    case 'max-duration':
      return t('anfrage.error.max-duration', params?.max ?? '');
    case 'invalid-plz':
      return t('anfrage.error.invalid-plz');
    case 'invalid-kommune':
      return t('anfrage.error.kommune.required');
    default:
      return field === 'general' ? t('anfrage.error.general') : t('anfrage.error.invalid');
  }
}

function isChoice(field: string): boolean {
  return field === 'requester-type' || field === 'mode' || field === 'setting' || field === 'kommune';
}

function maxLengthOf(field: string): number {
  switch (field) {
    case 'notes':
      return REQUEST_LIMITS.notesLength;
    case 'address':
      return REQUEST_LIMITS.addressLength;
    case 'ort':
      return REQUEST_LIMITS.ortLength;
    case 'email':
      return REQUEST_LIMITS.emailLength;
    case 'phone':
      return REQUEST_LIMITS.phoneLength;
    default:
      return REQUEST_LIMITS.nameLength;
  }
}
