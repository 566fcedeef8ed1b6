/**
 * What the form holds while a person fills it in (plain strings, as inputs give them), and
 * how that becomes a contract v1 request. Validity is not decided here: the request goes
 * through `validateRequest` (the receiver's own schema) and `core/request/lead-time.ts`.
 * Keeping the draft (id, storage, restore) is DraftController's job.
 */
import { optionalText, requestEnvelope } from '../../core/request/request-envelope.js';
import type { DraftMeta } from '../shared/controllers/draft-controller.js';

export interface AnfrageDraft extends DraftMeta {
  requesterType: string;
  organisation: string;
  name: string;
  email: string;
  phone: string;
  language: string;
  alternatives: string[];
  date: string;
  from: string;
  /** Minutes as a string, as the select gives it. */
  duration: string;
  mode: string;
  setting: string;
  address: string;
  plz: string;
  ort: string;
  /** Chosen area when the host did not set `kommune`. */
  kommune: string;
  genderPreference: string;
  notes: string;
  consent: boolean;
  /** When the box was ticked (ISO); the contract's consent.at. */
  consentAt: string;
}

export type DraftField = Exclude<keyof AnfrageDraft, keyof DraftMeta | 'consentAt'>;

/** The fields of a new draft (DraftController adds id and times). */
export function emptyFields(): Omit<AnfrageDraft, keyof DraftMeta> {
  return {
    requesterType: '',
    organisation: '',
    name: '',
    email: '',
    phone: '',
    language: '',
    alternatives: [],
    date: '',
    from: '',
    duration: '60',
    mode: '',
    setting: '',
    address: '',
    plz: '',
    ort: '',
    kommune: '',
    genderPreference: '',
    notes: '',
    consent: false,
    consentAt: '',
  };
}

/**
 * The request as the contract wants it: trimmed, empty optionals left out (an empty e-mail
 * would be an invalid e-mail), the place only for on-site appointments.
 */
export function requestFromDraft(draft: AnfrageDraft, context: { kommune: string; locale: string; now: Date }): Record<string, unknown> {
  const text = (value: string) => value.trim();
  const duration = draft.duration.trim() === '' ? undefined : Number(draft.duration);
  const need: Record<string, unknown> = {
    language: draft.language || undefined,
    alternatives: draft.alternatives.length ? [...draft.alternatives] : undefined,
    date: draft.date || undefined,
    from: draft.from || undefined,
    durationMinutes: duration,
    mode: draft.mode || undefined,
    setting: draft.setting || undefined,
    genderPreference: draft.genderPreference || undefined,
    notes: optionalText(draft.notes),
  };
  if (draft.mode === 'vor-ort') {
    need.place = { address: text(draft.address), plz: text(draft.plz), ort: text(draft.ort) };
  }
  return requestEnvelope('dolmetscher', draft, context, {
    requester: {
      type: draft.requesterType || undefined,
      organisation: optionalText(draft.organisation),
      name: text(draft.name),
      email: optionalText(draft.email),
      phone: optionalText(draft.phone),
    },
    need,
  });
}
