/** How the interpreter request words its values in the person's language: dates, vocabulary, languages. */
import { languageName } from '../../core/language/index.js';
import type { LocaleController } from '../../i18n/locale-controller.js';

/** "Donnerstag, 3. Dezember 2026" for a YYYY-MM-DD date; other text stays as typed. */
export function formatDate(i18n: LocaleController, iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  return new Intl.DateTimeFormat(i18n.intlLocale, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** For keys built from a vocabulary value ('anfrage.mode.' + mode); all exist in every locale. */
export function vocabulary(i18n: LocaleController, key: string): string {
  return (i18n.t as unknown as (key: string) => string)(key) ?? '';
}

export function language(i18n: LocaleController, code: string): string {
  return languageName(code, i18n.locale);
}
