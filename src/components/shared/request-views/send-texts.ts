/**
 * The words of sending a request and of its failure, for every request form: they speak of
 * "die Anfrage" and the server, never of what was asked for, so the interpreter form and the
 * Lotse contact say the same thing when the network fails.
 */
import type { DeliveryStep } from '../../../core/request/index.js';
import type { LocaleController } from '../../../i18n/locale-controller.js';
import type { FinalFailure } from '../controllers/submission-controller.js';
import type { SendTexts } from './review-view.js';
import type { SuccessTexts } from './success-view.js';

/** The live-region sentence (message key) for each step of a send. */
export const SEND_ANNOUNCEMENTS = {
  sending: 'anfrage.sending',
  retrying: 'anfrage.retrying',
  offline: 'anfrage.offline',
  sent: 'anfrage.announce.sent',
} as const satisfies Record<DeliveryStep | 'sent', string>;

export function sendTexts(i18n: LocaleController): SendTexts {
  const t = i18n.t.bind(i18n);
  return {
    send: t('anfrage.send'),
    sending: t('anfrage.sending'),
    retrying: t('anfrage.retrying'),
    offline: t('anfrage.offline'),
    failureTitle: t('anfrage.failure.title'),
    failureNext: t('anfrage.failure.next'),
    retry: t('anfrage.retry'),
    mail: t('anfrage.mail'),
    failureMessage: (f) => failureMessage(i18n, f),
  };
}

/** What went wrong, said so that the person knows their input is safe and what to do. */
function failureMessage(i18n: LocaleController, { failure }: FinalFailure): string {
  const t = i18n.t.bind(i18n);
  switch (failure.kind) {
    case 'timeout':
      return t('anfrage.failure.timeout');
    case 'server':
      return t('anfrage.failure.server');
    case 'rate-limited':
      return t('anfrage.failure.rate-limited', failure.retryAfterSeconds ?? 60);
    case 'too-large':
      return t('anfrage.failure.too-large');
    case 'conflict':
      return t('anfrage.failure.conflict');
    case 'rejected':
    case 'invalid':
      return t('anfrage.failure.rejected');
    default:
      return t('anfrage.failure.network');
  }
}

/** The success view's words; `next` (what happens now) and the last button's word differ by request kind. */
export function successTexts(i18n: LocaleController, next: readonly string[], again: string): SuccessTexts {
  const t = i18n.t.bind(i18n);
  return {
    title: t('anfrage.success.title'),
    number: t('anfrage.success.number'),
    fullNumber: t('anfrage.success.fullNumber'),
    nextTitle: t('anfrage.success.nextTitle'),
    next,
    status: t('anfrage.success.status'),
    summary: t('anfrage.success.summary'),
    print: t('anfrage.success.print'),
    again,
  };
}
