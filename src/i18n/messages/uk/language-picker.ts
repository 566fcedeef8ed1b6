import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { languagePicker as source } from '../de/language-picker.js';

export const languagePicker: CatalogPart<typeof source> = {
  'picker.label': 'Мова',
  'picker.hint': 'Введіть назву мови українською, німецькою або самою цією мовою.',
  'picker.placeholder': 'напр. арабська, Türkçe, ትግርኛ',
  'picker.popular': 'Часто обирають',
  'picker.all': 'Усі мови',
  'picker.none': 'Мову не знайдено. Спробуйте іншу назву.',
  'picker.count': (n: number) =>
    plural('uk', n, { one: 'Доступна # мова', few: 'Доступні # мови', many: 'Доступно # мов', other: 'Доступно # мови' }),
  'picker.selected': (name: string) => `Вибрано: ${name}`,
  'picker.clear': 'Очистити вибір',
  'picker.toggle': 'Відкрити список мов',
};
