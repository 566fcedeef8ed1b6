import { plural } from '../../plural.js';

export const languagePicker = {
  'picker.label': 'Sprache',
  'picker.hint': 'Tippen Sie den Namen der Sprache, auf Deutsch oder in der Sprache selbst.',
  'picker.placeholder': 'z. B. Arabisch, Türkçe, ትግርኛ',
  'picker.popular': 'Häufig gewählt',
  'picker.all': 'Alle Sprachen',
  'picker.none': 'Keine Sprache gefunden. Versuchen Sie einen anderen Namen.',
  'picker.count': (n: number) => plural('de', n, { one: '# Sprache verfügbar', other: '# Sprachen verfügbar' }),
  'picker.selected': (name: string) => `Ausgewählt: ${name}`,
  'picker.clear': 'Auswahl löschen',
  'picker.toggle': 'Sprachliste öffnen',
};
