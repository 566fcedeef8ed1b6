/**
 * What the Lotse contact form holds while a resident fills it in, and how that becomes a
 * contract v1 request of kind `lotse`. Validity is decided by `validateRequest` (the
 * receiver's own schema); keeping the draft is DraftController's job.
 */
import { optionalText, requestEnvelope } from '../../../core/request/request-envelope.js';
import type { DraftMeta } from '../../shared/controllers/draft-controller.js';

export interface ContactDraft extends DraftMeta {
  name: string;
  email: string;
  phone: string;
  /** One of the Lotse's languages (BCP 47). */
  language: string;
  topics: string[];
  note: string;
  consent: boolean;
  /** When the box was ticked (ISO); the contract's consent.at. */
  consentAt: string;
}

/** The Lotse as the request names it: feed id and display name (the feed has no contact data of volunteers). */
export interface ContactLotse {
  id: string;
  name: string;
  /** The Lotse's languages, as codes. */
  languages: readonly string[];
  topics: readonly string[];
}

export function emptyContactFields(preset: { language: string; topics: readonly string[] }): Omit<ContactDraft, keyof DraftMeta> {
  return { name: '', email: '', phone: '', language: preset.language, topics: [...preset.topics], note: '', consent: false, consentAt: '' };
}

/** The request as the contract wants it: trimmed, empty optionals left out (an empty e-mail would be an invalid e-mail). */
export function contactRequestFromDraft(
  draft: ContactDraft,
  context: { lotse: ContactLotse; kommune: string; locale: string; now: Date },
): Record<string, unknown> {
  return requestEnvelope('lotse', draft, context, {
    // A resident asks for themselves; a counsellor asking on someone's behalf uses the same form.
    requester: { type: 'privat', name: draft.name.trim(), email: optionalText(draft.email), phone: optionalText(draft.phone) },
    need: {
      lotseId: context.lotse.id,
      lotseName: context.lotse.name,
      language: draft.language || undefined,
      topics: draft.topics.length ? [...draft.topics] : undefined,
      note: optionalText(draft.note),
    },
  });
}
