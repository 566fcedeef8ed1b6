/** The words of the shared review and success views, for the interpreter request. */
import type { LocaleController } from '../../i18n/locale-controller.js';
import type { FinalFailure } from '../shared/controllers/submission-controller.js';
import type { ReviewTexts } from '../shared/request-views/review-view.js';
import type { SuccessTexts } from '../shared/request-views/success-view.js';

export function reviewTexts(i18n: LocaleController): ReviewTexts {
  const t = i18n.t.bind(i18n);
  return {
    title: t('anfrage.review.title'),
    intro: t('anfrage.review.intro'),
    change: t('anfrage.review.change'),
    send: t('anfrage.send'),
    sending: t('anfrage.sending'),
    back: t('anfrage.back'),
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

export function successTexts(i18n: LocaleController): SuccessTexts {
  const t = i18n.t.bind(i18n);
  return {
    title: t('anfrage.success.title'),
    number: t('anfrage.success.number'),
    fullNumber: t('anfrage.success.fullNumber'),
    nextTitle: t('anfrage.success.nextTitle'),
    next: [t('anfrage.success.next1'), t('anfrage.success.next2'), t('anfrage.success.next3')],
    status: t('anfrage.success.status'),
    summary: t('anfrage.success.summary'),
    print: t('anfrage.success.print'),
    again: t('anfrage.success.new'),
  };
}
