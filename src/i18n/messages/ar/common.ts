import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { common as source } from '../de/common.js';

// Numbers use Latin digits on purpose: PLZ, phone numbers and times from German feeds are
// written that way, and mixing digit systems in one card made them harder to compare.
export const common: CatalogPart<typeof source> = {
  'common.error.prefix': 'خطأ:',
  'common.loading': 'جارٍ التحميل …',
  'common.retry': 'حاول مرة أخرى',
  'common.more': 'عرض المزيد',
  'common.km': (km: number) => `${km.toLocaleString('ar-u-nu-latn', { maximumFractionDigits: 1 })} كم`,
  'common.results': (n: number) =>
    plural('ar', n, { zero: 'لا نتائج', one: 'نتيجة واحدة', two: 'نتيجتان', few: '# نتائج', many: '# نتيجة', other: '# نتيجة' }),
  'common.optional': '(اختياري)',
  'common.localeSwitch': 'لغة العرض',
  'common.close': 'إغلاق',
  'common.errorSummary.title': 'يرجى التحقق من البيانات التي أدخلتها',
};
