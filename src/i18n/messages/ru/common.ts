import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { common as source } from '../de/common.js';

export const common: CatalogPart<typeof source> = {
  'common.error.prefix': 'Ошибка:',
  'common.loading': 'Загрузка …',
  'common.retry': 'Попробовать ещё раз',
  'common.more': 'Показать ещё',
  'common.km': (km: number) => `${km.toLocaleString('ru', { maximumFractionDigits: 1 })} км`,
  'common.results': (n: number) =>
    plural('ru', n, { one: '# результат', few: '# результата', many: '# результатов', other: '# результата' }),
  'common.optional': '(необязательно)',
  'common.localeSwitch': 'Язык интерфейса',
  'common.close': 'Закрыть',
  'common.errorSummary.title': 'Пожалуйста, проверьте введённые данные',
};
