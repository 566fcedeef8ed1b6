import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { languagePicker as source } from '../de/language-picker.js';

export const languagePicker: CatalogPart<typeof source> = {
  'picker.label': 'زبان',
  'picker.hint': 'نام زبان را به فارسی، به آلمانی یا به خود همان زبان بنویسید.',
  'picker.placeholder': 'مثلاً عربی، Türkçe، ትግርኛ',
  'picker.popular': 'زبان‌های رایج',
  'picker.all': 'همه زبان‌ها',
  'picker.none': 'هیچ زبانی پیدا نشد. نام دیگری را امتحان کنید.',
  'picker.count': (n: number) => plural('fa', n, { one: '# زبان موجود است', other: '# زبان موجود است' }),
  'picker.selected': (name: string) => `انتخاب‌شده: ${name}`,
  'picker.clear': 'پاک کردن انتخاب',
  'picker.toggle': 'باز کردن فهرست زبان‌ها',
};
