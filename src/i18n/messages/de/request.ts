import { plural } from '../../plural.js';

/**
 * German texts every request form shares (source locale): sending and its failure, the success
 * view, the wording of the common field errors, contact fields and consent. They keep their
 * `anfrage.*` keys; they live apart from the interpreter form's texts so that the finder's
 * contact form loads these without the interpreter form's.
 */
export const request = {
  'anfrage.email.label': 'E-Mail-Adresse',
  'anfrage.phone.label': 'Telefonnummer',
  'anfrage.notes.left': (n: number) => plural('de', n, { one: 'Noch # Zeichen möglich', other: 'Noch # Zeichen möglich' }),
  'anfrage.notes.over': (n: number) => plural('de', n, { one: '# Zeichen zu viel', other: '# Zeichen zu viel' }),
  'anfrage.consent.legend': 'Datenschutz',
  'anfrage.consent.link': 'Datenschutzhinweis lesen (neues Fenster)',
  'anfrage.honeypot': 'Dieses Feld bitte leer lassen',
  'anfrage.send': 'Anfrage senden',
  'anfrage.sending': 'Anfrage wird gesendet …',
  'anfrage.retrying': 'Keine Antwort vom Server. Neuer Versuch in wenigen Sekunden …',
  'anfrage.offline':
    'Sie sind offline. Ihre Anfrage wird automatisch gesendet, sobald wieder eine Verbindung besteht. Lassen Sie diese Seite geöffnet.',
  'anfrage.failure.title': 'Die Anfrage wurde nicht gesendet',
  'anfrage.failure.network': 'Der Server war nicht erreichbar. Ihre Angaben sind nicht verloren.',
  'anfrage.failure.timeout': 'Der Server hat nicht rechtzeitig geantwortet. Ihre Angaben sind nicht verloren.',
  'anfrage.failure.server': 'Beim Server ist ein Fehler aufgetreten. Ihre Angaben sind nicht verloren.',
  'anfrage.failure.rate-limited': (seconds: number) =>
    `Gerade kommen zu viele Anfragen an. Warten Sie ${plural('de', seconds, { one: '# Sekunde', other: '# Sekunden' })} und senden Sie dann erneut.`,
  'anfrage.failure.too-large': 'Die Anfrage ist zu lang. Kürzen Sie die Hinweise und senden Sie erneut.',
  'anfrage.failure.conflict':
    'Unter dieser Anfragenummer ist schon eine andere Anfrage gespeichert. Senden Sie die Anfrage bitte per E-Mail.',
  'anfrage.failure.rejected': 'Der Server hat die Anfrage abgelehnt. Senden Sie die Anfrage bitte per E-Mail.',
  'anfrage.failure.next': 'Senden Sie erneut oder schicken Sie die Anfrage per E-Mail an die Koordinierungsstelle.',
  'anfrage.retry': 'Erneut senden',
  'anfrage.mail': 'Per E-Mail senden',
  'anfrage.success.title': 'Ihre Anfrage ist angekommen',
  'anfrage.success.number': 'Ihre Anfragenummer',
  'anfrage.success.fullNumber': 'Vollständige Nummer',
  'anfrage.success.nextTitle': 'Wie es weitergeht',
  'anfrage.success.next3': 'Nennen Sie bei Rückfragen bitte Ihre Anfragenummer.',
  'anfrage.success.summary': 'Ihre Angaben',
  'anfrage.success.print': 'Zusammenfassung drucken',
  'anfrage.success.status': 'Stand Ihrer Anfrage ansehen',
  'anfrage.announce.sent': 'Anfrage gesendet.',
  'anfrage.error.contact-required':
    'Geben Sie eine E-Mail-Adresse oder eine Telefonnummer an, damit die Koordinierungsstelle Sie erreicht.',
  'anfrage.error.invalid-email': 'Geben Sie eine E-Mail-Adresse in der Form name@beispiel.de ein.',
  'anfrage.error.invalid-phone': 'Geben Sie eine Telefonnummer mit mindestens 5 Ziffern ein, z. B. 06074 12345.',
  'anfrage.error.consent-required': 'Setzen Sie das Häkchen beim Datenschutz, damit Ihre Anfrage weitergegeben werden darf.',
  'anfrage.error.too-long': (max: number) => `Kürzen Sie den Text auf höchstens ${max} Zeichen.`,
  'anfrage.error.invalid-value': 'Wählen Sie eine der angebotenen Möglichkeiten aus.',
  'anfrage.error.invalid-characters':
    'Entfernen Sie Steuer- und unsichtbare Formatierungszeichen (zum Beispiel aus einem kopierten Text) und geben Sie den Text neu ein.',
  'anfrage.error.invalid': 'Prüfen Sie diese Angabe und korrigieren Sie sie.',
  'anfrage.error.general': 'Die Anfrage konnte nicht angenommen werden. Laden Sie die Seite neu oder senden Sie die Anfrage per E-Mail.',
};
