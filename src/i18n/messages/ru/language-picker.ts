import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { languagePicker as source } from '../de/language-picker.js';

export const languagePicker: CatalogPart<typeof source> = {
  'picker.label': 'Язык',
  'picker.hint': 'Введите название языка: по-русски, по-немецки или на самом этом языке.',
  'picker.placeholder': 'например, арабский, Türkçe, ትግርኛ',
  'picker.popular': 'Часто выбирают',
  'picker.all': 'Все языки',
  'picker.none': 'Язык не найден. Попробуйте другое название.',
  'picker.count': (n: number) =>
    plural('ru', n, {
      one: 'Доступен # язык',
      few: 'Доступно # языка',
      many: 'Доступно # языков',
      other: 'Доступно # языка',
    }),
  'picker.selected': (name: string) => `Выбрано: ${name}`,
  'picker.clear': 'Очистить выбор',
  'picker.toggle': 'Открыть список языков',
};
