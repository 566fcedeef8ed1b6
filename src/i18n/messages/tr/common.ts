import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { common as source } from '../de/common.js';

export const common: CatalogPart<typeof source> = {
  'common.error.prefix': 'Hata:',
  'common.loading': 'Yükleniyor …',
  'common.retry': 'Tekrar deneyin',
  'common.more': 'Daha fazla göster',
  'common.km': (km: number) => `${km.toLocaleString('tr', { maximumFractionDigits: 1 })} km`,
  'common.results': (n: number) => plural('tr', n, { one: '# sonuç', other: '# sonuç' }),
  'common.optional': '(isteğe bağlı)',
  'common.localeSwitch': 'Görüntüleme dili',
  'common.close': 'Kapat',
  'common.errorSummary.title': 'Lütfen girdiğiniz bilgileri kontrol edin',
};
