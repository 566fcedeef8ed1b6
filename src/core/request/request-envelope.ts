/**
 * What every request a form sends shares (docs/architecture.md, Request contract v1): format
 * and version, kind, the draft's id and first send time, Kommune, locale and the consent. A
 * form supplies its kind's requester and need; empty optional fields are left out.
 */
import { withoutUndefined } from './without-undefined.js';

/** The fields of a draft the envelope reads (DraftMeta plus the consent box). */
export interface EnvelopeDraft {
  id: string;
  createdAt: string;
  consent: boolean;
  consentAt: string;
}

export interface EnvelopeContext {
  kommune: string;
  locale: string;
  now: Date;
}

/** A typed value trimmed, or undefined when nothing but white space was typed. */
export function optionalText(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

export function requestEnvelope(
  kind: string,
  draft: EnvelopeDraft,
  context: EnvelopeContext,
  parts: { requester: Record<string, unknown>; need: Record<string, unknown> },
): Record<string, unknown> {
  const at = context.now.toISOString();
  return withoutUndefined({
    format: 'wir-anfrage',
    version: 1,
    kind,
    id: draft.id,
    createdAt: draft.createdAt || at,
    kommune: context.kommune,
    locale: context.locale,
    requester: withoutUndefined(parts.requester),
    need: withoutUndefined(parts.need),
    consent: { privacy: draft.consent, at: draft.consentAt || at },
  });
}
