import { plural } from '../../plural.js';

/**
 * German texts for the contact request from a Lotse's card in <wir-lotsen-finder> (source
 * locale). Sending, failure and field errors shared with every request form use the
 * `anfrage.*` texts; these are the words of asking for a Lotse.
 */
export const kontakt = {
  'kontakt.title': (name: string) => `Kontakt zu ${name} anfragen`,
  'kontakt.intro':
    'Die WIR-Koordinierungsstelle bekommt Ihre Anfrage und stellt den Kontakt her. Sie gibt Ihre Angaben nur an diese Lotsin oder diesen Lotsen weiter.',
  'kontakt.name.label': 'Ihr Vorname oder Name',
  'kontakt.contact.legend': 'Wie erreicht man Sie?',
  'kontakt.contact.hint': 'Telefon, E-Mail oder beides.',
  'kontakt.language.legend': 'In welcher Sprache möchten Sie sprechen?',
  'kontakt.topics.legend': 'Wobei brauchen Sie Hilfe? (optional)',
  'kontakt.note.label': 'Kurze Nachricht (optional)',
  'kontakt.note.hint': 'Zum Beispiel, wann Sie gut erreichbar sind. Bitte keine Angaben zu Krankheiten.',
  'kontakt.consent.label':
    'Ich bin einverstanden, dass meine Angaben an die WIR-Koordinierungsstelle gehen, damit sie den Kontakt herstellt.',
  'kontakt.close': 'Schließen',
  'kontakt.cancel': 'Abbrechen',
  'kontakt.success.next1': (name: string) => `Die WIR-Koordinierungsstelle fragt ${name}.`,
  'kontakt.success.next2': (days: number) =>
    `Die Koordinierungsstelle meldet sich in der Regel innerhalb von ${plural('de', days, { one: '# Werktag', other: '# Werktagen' })} bei Ihnen.`,
  'kontakt.summary.lotse': 'Lotsin oder Lotse',
  'kontakt.summary.language': 'Sprache',
  'kontakt.summary.topics': 'Themen',
  'kontakt.summary.contact': 'So erreicht man Sie',
  'kontakt.unsupported': 'Diese Anfrage kann hier gerade nicht gesendet werden. Ihre Angaben sind nicht verloren.',
  'kontakt.office': 'So erreichen Sie die Koordinierungsstelle direkt:',
  'kontakt.error.name.required': 'Geben Sie Ihren Vornamen oder Namen ein.',
  'kontakt.error.language.required': 'Wählen Sie die Sprache aus, in der Sie sprechen möchten.',
};
