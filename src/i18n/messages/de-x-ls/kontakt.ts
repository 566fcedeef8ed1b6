import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { kontakt as source } from '../de/kontakt.js';

/** Leichte Sprache: kurze Sätze, ein Gedanke pro Satz, bekannte Wörter. */
export const kontakt: CatalogPart<typeof source> = {
  'kontakt.title': (name: string) => `Sie möchten ${name} treffen`,
  'kontakt.intro':
    'Schreiben Sie uns hier. Wir sind das WIR-Büro. Wir fragen den Lotsen oder die Lotsin für Sie. Nur diese Person bekommt Ihre Daten.',
  'kontakt.name.label': 'Ihr Name',
  'kontakt.contact.legend': 'Wie können wir Sie erreichen?',
  'kontakt.contact.hint': 'Schreiben Sie Ihre Telefon-Nummer. Oder Ihre E-Mail. Oder beides.',
  'kontakt.language.legend': 'In welcher Sprache möchten Sie sprechen?',
  'kontakt.topics.legend': 'Wobei brauchen Sie Hilfe? Das müssen Sie nicht sagen.',
  'kontakt.note.label': 'Eine kurze Nachricht. Das müssen Sie nicht schreiben.',
  'kontakt.note.hint': 'Zum Beispiel: Wann können wir Sie anrufen? Bitte schreiben Sie nichts über Krankheiten.',
  'kontakt.consent.label': 'Ich bin einverstanden: Das WIR-Büro bekommt meine Daten. Das WIR-Büro gibt sie an den Lotsen oder die Lotsin.',
  'kontakt.close': 'Schließen',
  'kontakt.cancel': 'Zurück',
  'kontakt.success.next1': (name: string) => `Wir fragen ${name}.`,
  'kontakt.success.next2': (days: number) =>
    `Dann melden wir uns bei Ihnen. Meistens in ${plural('de', days, { one: '# Arbeits-Tag', other: '# Arbeits-Tagen' })}.`,
  'kontakt.summary.lotse': 'Lotse oder Lotsin',
  'kontakt.summary.language': 'Sprache',
  'kontakt.summary.topics': 'Hilfe bei',
  'kontakt.summary.contact': 'So erreichen wir Sie',
  'kontakt.unsupported': 'Das geht hier gerade nicht. Ihre Daten sind nicht weg.',
  'kontakt.office': 'Hier erreichen Sie das WIR-Büro:',
  'kontakt.error.name.required': 'Bitte schreiben Sie Ihren Namen.',
  'kontakt.error.language.required': 'Bitte wählen Sie eine Sprache.',
};
