import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { languagePicker as source } from '../de/language-picker.js';

export const languagePicker: CatalogPart<typeof source> = {
  'picker.label': 'Language',
  'picker.hint': 'Type the name of the language, in English, German or in the language itself.',
  'picker.placeholder': 'e.g. Arabic, Türkçe, ትግርኛ',
  'picker.popular': 'Often chosen',
  'picker.all': 'All languages',
  'picker.none': 'No language found. Try another name.',
  'picker.count': (n: number) => plural('en', n, { one: '# language available', other: '# languages available' }),
  'picker.selected': (name: string) => `Selected: ${name}`,
  'picker.clear': 'Clear selection',
  'picker.toggle': 'Open language list',
};
