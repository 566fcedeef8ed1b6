import { plural } from '../../plural.js';

/** German texts for the place area (source locale): the shared "where" field. */
export const place = {
  'place.label': 'Wo?',
  'place.hint': 'Postleitzahl oder Ort, z. B. 63128 oder Dietzenbach',
  'place.placeholder': 'PLZ oder Ort',
  'place.locate': 'Meinen Standort verwenden',
  'place.locating': 'Standort wird ermittelt …',
  'place.myLocation': (near: string) => `Mein Standort (bei ${near})`,
  'place.suggestions': 'Vorschläge',
  'place.count': (n: number) => plural('de', n, { one: '# Vorschlag', other: '# Vorschläge' }),
  'place.chosen': (label: string) => `Ausgewählt: ${label}`,
  'place.ambiguous': 'Welchen Ort meinen Sie?',
  'place.notFound': (text: string) => `„${text}“ kennen wir nicht in Hessen. Prüfen Sie die Schreibweise oder geben Sie die PLZ ein.`,
  'place.didYouMean': 'Meinten Sie:',
  'place.corrected': (label: string) => `Wir haben „${label}“ angenommen.`,
  'place.geo.denied': 'Ihr Browser hat den Standort nicht freigegeben. Geben Sie bitte PLZ oder Ort ein.',
  'place.geo.unavailable': 'Der Standort konnte nicht ermittelt werden. Geben Sie bitte PLZ oder Ort ein.',
  'place.geo.unsupported': 'Dieser Browser kann den Standort nicht ermitteln. Geben Sie bitte PLZ oder Ort ein.',
  'place.clear': 'Ort löschen',
};
