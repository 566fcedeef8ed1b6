/**
 * What the form holds while a person fills it in (plain strings, as inputs give them), and
 * how that becomes a contract v1 request. Validity is not decided here: the request goes
 * through `validateRequest` (the receiver's own schema) and `core/request/lead-time.ts`.
 */
import { newDraftId } from '../../core/request/index.js';

export interface AnfrageDraft {
  /** Made once per draft; body id and Idempotency-Key, so a resend is never a second request. */
  id: string;
  /** Epoch ms when the person started; the minimum fill time is measured from here. */
  startedAt: number;
  /** ISO time of the first send, kept for resends (the receiver ignores it when comparing). */
  createdAt: string;
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

export type DraftField = Exclude<keyof AnfrageDraft, 'id' | 'startedAt' | 'createdAt' | 'consentAt'>;

export function emptyDraft(now = Date.now()): AnfrageDraft {
  return {
    id: newDraftId(),
    startedAt: now,
    createdAt: '',
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

/** Accepts only a stored object that still looks like a draft (older versions are dropped). */
export function reviveDraft(value: unknown): AnfrageDraft | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const base = emptyDraft();
  const stored = value as Record<string, unknown>;
  if (typeof stored.id !== 'string' || !/^[0-9a-f-]{36}$/i.test(stored.id)) return undefined;
  const draft = { ...base } as unknown as Record<string, unknown>;
  for (const [key, fallback] of Object.entries(base)) {
    const v = stored[key];
    if (typeof v === typeof fallback && (!Array.isArray(fallback) || Array.isArray(v))) draft[key] = v;
  }
  const alternatives = (draft.alternatives as unknown[]).filter((c): c is string => typeof c === 'string');
  return { ...(draft as unknown as AnfrageDraft), alternatives };
}

/**
 * The request as the contract wants it: trimmed, empty optionals left out (an empty e-mail
 * would be an invalid e-mail), the place only for on-site appointments.
 */
export function requestFromDraft(draft: AnfrageDraft, context: { kommune: string; locale: string; now: Date }): Record<string, unknown> {
  const text = (value: string) => value.trim();
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  const at = context.now.toISOString();
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
    notes: optional(draft.notes),
  };
  if (draft.mode === 'vor-ort') {
    need.place = { address: text(draft.address), plz: text(draft.plz), ort: text(draft.ort) };
  }
  return dropUndefined({
    format: 'wir-anfrage',
    version: 1,
    kind: 'dolmetscher',
    id: draft.id,
    createdAt: draft.createdAt || at,
    kommune: context.kommune,
    locale: context.locale,
    requester: dropUndefined({
      type: draft.requesterType || undefined,
      organisation: optional(draft.organisation),
      name: text(draft.name),
      email: optional(draft.email),
      phone: optional(draft.phone),
    }),
    need: dropUndefined(need),
    consent: { privacy: draft.consent, at: draft.consentAt || at },
  });
}

function dropUndefined(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
