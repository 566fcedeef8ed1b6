import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { languagePicker as source } from '../de/language-picker.js';

export const languagePicker: CatalogPart<typeof source> = {
  'picker.label': 'Dil',
  'picker.hint': 'Dilin adını yazın: Türkçe, Almanca ya da o dilin kendisinde.',
  'picker.placeholder': 'ör. Arapça, Türkçe, ትግርኛ',
  'picker.popular': 'Sık seçilenler',
  'picker.all': 'Tüm diller',
  'picker.none': 'Dil bulunamadı. Başka bir ad deneyin.',
  'picker.count': (n: number) => plural('tr', n, { one: '# dil mevcut', other: '# dil mevcut' }),
  'picker.selected': (name: string) => `Seçilen: ${name}`,
  'picker.clear': 'Seçimi temizle',
  'picker.toggle': 'Dil listesini aç',
};
