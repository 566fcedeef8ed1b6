import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { common as source } from '../de/common.js';

export const common: CatalogPart<typeof source> = {
  'common.error.prefix': 'Fehler:',
  'common.loading': 'Einen Moment bitte …',
  'common.retry': 'Noch einmal versuchen',
  'common.more': 'Mehr zeigen',
  'common.km': (km: number) => `${km.toLocaleString('de-DE', { maximumFractionDigits: 1 })} Kilometer`,
  'common.results': (n: number) => plural('de', n, { one: '# Ergebnis', other: '# Ergebnisse' }),
  'common.optional': '(freiwillig)',
  'common.localeSwitch': 'Sprache für diese Seite',
  'common.close': 'Schließen',
  'common.errorSummary.title': 'Bitte prüfen Sie Ihre Angaben',
};
