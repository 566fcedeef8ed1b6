/** The words of the shared review and success views, for the interpreter request. */
import type { LocaleController } from '../../i18n/locale-controller.js';
import type { ReviewTexts } from '../shared/request-views/review-view.js';
import { sendTexts, successTexts as sharedSuccessTexts } from '../shared/request-views/send-texts.js';
import type { SuccessTexts } from '../shared/request-views/success-view.js';

export function reviewTexts(i18n: LocaleController): ReviewTexts {
  const t = i18n.t.bind(i18n);
  return {
    ...sendTexts(i18n),
    title: t('anfrage.review.title'),
    intro: t('anfrage.review.intro'),
    change: t('anfrage.review.change'),
    back: t('anfrage.back'),
  };
}

export function successTexts(i18n: LocaleController): SuccessTexts {
  const t = i18n.t.bind(i18n);
  return sharedSuccessTexts(
    i18n,
    [t('anfrage.success.next1'), t('anfrage.success.next2'), t('anfrage.success.next3')],
    t('anfrage.success.new'),
  );
}
