import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { languagePicker as source } from '../de/language-picker.js';

export const languagePicker: CatalogPart<typeof source> = {
  'picker.label': 'اللغة',
  'picker.hint': 'اكتب اسم اللغة بالعربية أو الألمانية أو باللغة نفسها.',
  'picker.placeholder': 'مثلاً: العربية، Türkçe، ትግርኛ',
  'picker.popular': 'الأكثر اختياراً',
  'picker.all': 'كل اللغات',
  'picker.none': 'لم يتم العثور على لغة. جرّب اسماً آخر.',
  'picker.count': (n: number) =>
    plural('ar', n, {
      zero: 'لا توجد لغات',
      one: 'لغة واحدة متاحة',
      two: 'لغتان متاحتان',
      few: '# لغات متاحة',
      many: '# لغة متاحة',
      other: '# لغة متاحة',
    }),
  'picker.selected': (name: string) => `تم الاختيار: ${name}`,
  'picker.clear': 'مسح الاختيار',
  'picker.toggle': 'فتح قائمة اللغات',
};
