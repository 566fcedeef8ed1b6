/**
 * The words for the contract's error codes that every request form shares (who to reach, how
 * long a text may be, consent, stray characters): one wording, kept with the `anfrage.error.*`
 * texts. A form words its own fields' "required" and its own codes itself, then asks here.
 */
import type { LocaleController } from '../../../i18n/locale-controller.js';

export function sharedErrorText(code: string, t: LocaleController['t'], maxLength: number): string | undefined {
  switch (code) {
    case 'contact-required':
      return t('anfrage.error.contact-required');
    case 'invalid-email':
      return t('anfrage.error.invalid-email');
    case 'invalid-phone':
      return t('anfrage.error.invalid-phone');
    case 'consent-required':
      return t('anfrage.error.consent-required');
    case 'too-long':
      return t('anfrage.error.too-long', maxLength);
    case 'invalid-value':
      return t('anfrage.error.invalid-value');
    case 'invalid-characters':
      return t('anfrage.error.invalid-characters');
    default:
      return undefined;
  }
}
