import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { common as source } from '../de/common.js';

export const common: CatalogPart<typeof source> = {
  'common.error.prefix': 'خطا:',
  'common.loading': 'در حال بارگذاری …',
  'common.retry': 'دوباره امتحان کنید',
  'common.more': 'نمایش بیشتر',
  'common.km': (km: number) => `${km.toLocaleString('fa-u-nu-latn', { maximumFractionDigits: 1 })} کیلومتر`,
  'common.results': (n: number) => plural('fa', n, { one: '# نتیجه', other: '# نتیجه' }),
  'common.optional': '(اختیاری)',
  'common.localeSwitch': 'زبان نمایش',
  'common.close': 'بستن',
  'common.errorSummary.title': 'لطفاً اطلاعاتی را که وارد کرده‌اید بررسی کنید',
};
