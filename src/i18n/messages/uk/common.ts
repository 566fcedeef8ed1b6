import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { common as source } from '../de/common.js';

export const common: CatalogPart<typeof source> = {
  'common.error.prefix': 'Помилка:',
  'common.loading': 'Завантаження…',
  'common.retry': 'Спробувати ще раз',
  'common.more': 'Показати більше',
  'common.km': (km: number) => `${km.toLocaleString('uk', { maximumFractionDigits: 1 })} км`,
  'common.results': (n: number) =>
    plural('uk', n, { one: '# результат', few: '# результати', many: '# результатів', other: '# результату' }),
  'common.optional': '(необовʼязково)',
  'common.localeSwitch': 'Мова інтерфейсу',
  'common.close': 'Закрити',
  'common.errorSummary.title': 'Будь ласка, перевірте введені дані',
};
