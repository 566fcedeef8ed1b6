import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { place as source } from '../de/place.js';

export const place: CatalogPart<typeof source> = {
  'place.label': 'Wo?',
  'place.hint': 'Schreiben Sie die Post·leit·zahl oder den Ort. Zum Beispiel: 63128 oder Dietzenbach',
  'place.placeholder': 'Post·leit·zahl oder Ort',
  'place.locate': 'Meinen Standort benutzen',
  'place.locating': 'Wir suchen Ihren Standort …',
  'place.myLocation': (near: string) => `Mein Standort (in der Nähe von ${near})`,
  'place.suggestions': 'Vorschläge',
  'place.count': (n: number) => plural('de', n, { one: '# Vorschlag', other: '# Vorschläge' }),
  'place.chosen': (label: string) => `Sie haben gewählt: ${label}`,
  'place.ambiguous': 'Welchen Ort meinen Sie?',
  'place.notFound': (text: string) =>
    `Den Ort „${text}“ kennen wir nicht in Hessen. Ist der Name richtig geschrieben? Oder schreiben Sie die Post·leit·zahl.`,
  'place.didYouMean': 'Meinen Sie:',
  'place.corrected': (label: string) => `Wir glauben, Sie meinen „${label}“.`,
  'place.geo.denied': 'Ihr Browser zeigt uns Ihren Standort nicht. Bitte schreiben Sie die Post·leit·zahl oder den Ort.',
  'place.geo.unavailable': 'Wir finden Ihren Standort gerade nicht. Bitte schreiben Sie die Post·leit·zahl oder den Ort.',
  'place.geo.unsupported': 'Dieser Browser kann Ihren Standort nicht finden. Bitte schreiben Sie die Post·leit·zahl oder den Ort.',
  'place.clear': 'Ort löschen',
};
