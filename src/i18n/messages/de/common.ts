import { plural } from '../../plural.js';

/** Strings every widget uses. German is the source; en/ar must have the same keys (checked by tsc). */
export const common = {
  'common.error.prefix': 'Fehler:',
  'common.loading': 'Wird geladen …',
  'common.retry': 'Erneut versuchen',
  'common.more': 'Weitere anzeigen',
  'common.km': (km: number) => `${km.toLocaleString('de-DE', { maximumFractionDigits: 1 })} km`,
  'common.results': (n: number) => plural('de', n, { one: '# Ergebnis', other: '# Ergebnisse' }),
  'common.optional': '(optional)',
  'common.localeSwitch': 'Anzeigesprache',
  'common.close': 'Schließen',
  'common.errorSummary.title': 'Bitte prüfen Sie Ihre Angaben',
};
