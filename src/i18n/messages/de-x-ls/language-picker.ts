import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { languagePicker as source } from '../de/language-picker.js';

export const languagePicker: CatalogPart<typeof source> = {
  'picker.label': 'Sprache',
  'picker.hint': 'Schreiben Sie den Namen von der Sprache. Das geht auf Deutsch oder in der Sprache selbst.',
  'picker.placeholder': 'zum Beispiel Arabisch, Türkçe, ትግርኛ',
  'picker.popular': 'Oft gewählt',
  'picker.all': 'Alle Sprachen',
  'picker.none': 'Wir finden keine Sprache mit diesem Namen. Versuchen Sie einen anderen Namen.',
  'picker.count': (n: number) => plural('de', n, { one: '# Sprache zur Auswahl', other: '# Sprachen zur Auswahl' }),
  'picker.selected': (name: string) => `Sie haben gewählt: ${name}`,
  'picker.clear': 'Auswahl löschen',
  'picker.toggle': 'Liste mit allen Sprachen öffnen',
};
