import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { anfrage as source } from '../de/anfrage.js';
import type { request as requestSource } from '../de/request.js';

export const anfrage: CatalogPart<typeof source & typeof requestSource> = {
  'anfrage.title': 'Laien·dolmetscher anfragen',
  'anfrage.intro':
    'Laien·dolmetscherinnen und Laien·dolmetscher übersetzen bei Gesprächen. Zum Beispiel in der Schule, in der Kita, beim Arzt oder beim Amt. Sie machen das freiwillig. Ihre Anfrage geht an die WIR-Koordinierungs·stelle. Die Koordinierungs·stelle sucht eine passende Person.',
  'anfrage.required': 'Bitte füllen Sie alle Felder aus. Felder mit dem Wort „freiwillig“ können Sie leer lassen.',

  'anfrage.section.requester': 'Wer fragt an?',
  'anfrage.requesterType.legend': 'Für wen fragen Sie an?',
  'anfrage.requesterType.schule': 'Schule',
  'anfrage.requesterType.kita': 'Kita',
  'anfrage.requesterType.arztpraxis': 'Arzt·praxis',
  'anfrage.requesterType.behoerde': 'Behörde oder Amt',
  'anfrage.requesterType.beratungsstelle': 'Beratungs·stelle',
  'anfrage.requesterType.verein': 'Verein oder Migranten·organisation',
  'anfrage.requesterType.privat': 'Für mich selbst (privat)',
  'anfrage.organisation.label': 'Name von der Einrichtung (freiwillig)',
  'anfrage.organisation.hint': 'Zum Beispiel: Heinrich-Mann-Schule Dietzenbach',
  'anfrage.name.label': 'Ihr Name',
  'anfrage.name.hint': 'Bei Fragen meldet sich die Koordinierungs·stelle bei dieser Person.',
  'anfrage.contact.legend': 'Wie können wir Sie erreichen?',
  'anfrage.contact.hint': 'Schreiben Sie eine E-Mail-Adresse oder eine Telefon·nummer. Oder beides.',
  'anfrage.email.label': 'E-Mail-Adresse',
  'anfrage.phone.label': 'Telefon·nummer',

  'anfrage.section.need': 'Was brauchen Sie?',
  'anfrage.language.label': 'Sprache',
  'anfrage.language.hint': 'Diese Sprache spricht die Person. Für diese Person suchen Sie Hilfe beim Dolmetschen.',
  'anfrage.alternatives.label': 'Diese Sprachen gehen auch (freiwillig)',
  'anfrage.alternatives.hint':
    'Versteht die Person noch andere Sprachen gut? Zum Beispiel Amharisch statt Tigrinya. Sie können bis zu 5 Sprachen wählen.',
  'anfrage.alternatives.list': 'Ihre weiteren Sprachen',
  'anfrage.alternatives.remove': (name: string) => `${name} löschen`,
  'anfrage.alternatives.added': (name: string) => `${name} ist jetzt als weitere Sprache dabei.`,
  'anfrage.alternatives.removed': (name: string) => `${name} ist gelöscht.`,
  'anfrage.mode.legend': 'Wie soll die Person dolmetschen?',
  'anfrage.mode.vor-ort': 'Vor Ort',
  'anfrage.mode.telefon': 'Am Telefon',
  'anfrage.mode.video': 'Per Video',
  'anfrage.setting.label': 'Bereich',
  'anfrage.setting.choose': 'Bitte wählen Sie aus',
  'anfrage.setting.schule-kita': 'Schule oder Kita',
  'anfrage.setting.gesundheit': 'Gesundheit (Arzt·praxis, Kranken·haus)',
  'anfrage.setting.behoerde': 'Behörde oder Amt',
  'anfrage.setting.beratung': 'Beratung',
  'anfrage.setting.soziales': 'Soziales (Jugend·amt, Sozial·dienst)',
  'anfrage.setting.freizeit': 'Freizeit oder Verein',

  'anfrage.section.when': 'Wann?',
  'anfrage.date.label': 'Datum',
  'anfrage.date.hint': (days: number, earliest: string) =>
    days > 0
      ? `Die Koordinierungs·stelle braucht ${plural('de', days, { one: '# Arbeits·tag', other: '# Arbeits·tage' })} Zeit. Der Termin kann frühestens am ${earliest} sein.`
      : 'An welchem Tag ist der Termin?',
  'anfrage.from.label': 'Beginn',
  'anfrage.from.hint': 'Uhrzeit, zum Beispiel 09:30',
  'anfrage.duration.label': 'Dauer',
  'anfrage.duration.option': (minutes: number) => {
    if (minutes < 60) return `${minutes} Minuten`;
    const hours = minutes / 60;
    return plural('de', hours, { one: '# Stunde', other: '# Stunden' }).replace('.', ',');
  },

  'anfrage.section.place': 'Wo?',
  'anfrage.address.label': 'Straße und Haus·nummer',
  'anfrage.plz.label': 'Post·leit·zahl',
  'anfrage.ort.label': 'Ort',
  'anfrage.kommune.label': 'Kreis oder Stadt',
  'anfrage.kommune.hint': 'Die WIR-Koordinierungs·stelle von diesem Kreis oder dieser Stadt kümmert sich um Ihre Anfrage.',
  'anfrage.kommune.choose': 'Bitte wählen Sie aus',

  'anfrage.section.more': 'Wünsche und Hinweise',
  'anfrage.gender.legend': 'Wer soll dolmetschen: eine Frau oder ein Mann? (freiwillig)',
  'anfrage.gender.none': 'Das ist egal',
  'anfrage.gender.w': 'Eine Frau',
  'anfrage.gender.m': 'Ein Mann',
  'anfrage.notes.label': 'Hinweise (freiwillig)',
  'anfrage.notes.hint':
    'Zum Beispiel: Worum geht es bei dem Gespräch? Wo treffen Sie sich? Bitte schreiben Sie nichts über Krankheiten. Und keine anderen privaten Angaben.',
  'anfrage.notes.left': (n: number) =>
    plural('de', n, { one: 'Sie können noch # Zeichen schreiben.', other: 'Sie können noch # Zeichen schreiben.' }),
  'anfrage.notes.over': (n: number) => plural('de', n, { one: 'Sie haben # Zeichen zu viel.', other: 'Sie haben # Zeichen zu viel.' }),

  'anfrage.consent.legend': 'Daten·schutz',
  'anfrage.consent.label':
    'Ich bin einverstanden: Meine Angaben gehen an die WIR-Koordinierungs·stelle. Die Stelle sucht damit eine Person zum Dolmetschen.',
  'anfrage.consent.link': 'Hinweise zum Daten·schutz lesen (öffnet ein neues Fenster)',
  'anfrage.honeypot': 'Bitte lassen Sie dieses Feld leer.',

  'anfrage.toReview': 'Weiter zum Prüfen',
  'anfrage.review.title': 'Bitte prüfen Sie Ihre Anfrage',
  'anfrage.review.intro':
    'Prüfen Sie alles. Dann drücken Sie auf „Anfrage senden“. Erst dann geht die Anfrage an die Koordinierungs·stelle.',
  'anfrage.review.change': 'Ändern',
  'anfrage.review.requester': 'Wer fragt an',
  'anfrage.review.alternatives': 'Diese Sprachen gehen auch',
  'anfrage.review.contact': 'Kontakt',
  'anfrage.review.language': 'Sprache',
  'anfrage.review.when': 'Termin',
  'anfrage.review.whenValue': (date: string, time: string, duration: string) => `${date}, ${time} Uhr, ${duration}`,
  'anfrage.review.how': 'Art und Bereich',
  'anfrage.review.place': 'Ort',
  'anfrage.review.wishes': 'Wünsche und Hinweise',
  'anfrage.review.none': 'keine',
  'anfrage.send': 'Anfrage senden',
  'anfrage.sending': 'Wir senden die Anfrage …',
  'anfrage.retrying': 'Der Server antwortet nicht. Wir versuchen es gleich noch einmal …',
  'anfrage.back': 'Zurück zum Formular',

  'anfrage.offline':
    'Sie haben gerade kein Internet. Bitte lassen Sie diese Seite offen. Ist das Internet wieder da? Dann senden wir Ihre Anfrage von selbst.',
  'anfrage.failure.title': 'Wir konnten die Anfrage nicht senden',
  'anfrage.failure.network': 'Wir erreichen den Server gerade nicht. Ihre Angaben sind noch da.',
  'anfrage.failure.timeout': 'Der Server hat zu lange für die Antwort gebraucht. Ihre Angaben sind noch da.',
  'anfrage.failure.server': 'Beim Server gibt es einen Fehler. Ihre Angaben sind noch da.',
  'anfrage.failure.rate-limited': (seconds: number) =>
    `Gerade kommen sehr viele Anfragen an. Bitte warten Sie ${plural('de', seconds, { one: '# Sekunde', other: '# Sekunden' })}. Dann senden Sie die Anfrage noch einmal.`,
  'anfrage.failure.too-large': 'Die Anfrage ist zu lang. Bitte kürzen Sie die Hinweise. Dann senden Sie die Anfrage noch einmal.',
  'anfrage.failure.conflict': 'Es gibt schon eine andere Anfrage mit dieser Anfrage·nummer. Bitte senden Sie Ihre Anfrage per E-Mail.',
  'anfrage.failure.rejected': 'Der Server hat die Anfrage abgelehnt. Bitte senden Sie Ihre Anfrage per E-Mail.',
  'anfrage.failure.next': 'Senden Sie die Anfrage noch einmal. Oder schicken Sie die Anfrage per E-Mail an die Koordinierungs·stelle.',
  'anfrage.retry': 'Noch einmal senden',
  'anfrage.mail': 'Per E-Mail senden',

  'anfrage.success.title': 'Ihre Anfrage ist angekommen',
  'anfrage.success.number': 'Ihre Anfrage·nummer',
  'anfrage.success.fullNumber': 'Die ganze Nummer',
  'anfrage.success.nextTitle': 'So geht es weiter',
  'anfrage.success.next1': 'Die WIR-Koordinierungs·stelle sucht eine passende Person zum Dolmetschen.',
  'anfrage.success.next2':
    'Dann meldet sich die Koordinierungs·stelle bei Ihnen. Per E-Mail oder am Telefon. Die Stelle meldet sich auch, wenn sie niemanden findet.',
  'anfrage.success.next3': 'Haben Sie Fragen? Dann sagen Sie bitte Ihre Anfrage·nummer.',
  'anfrage.success.summary': 'Ihre Angaben',
  'anfrage.success.print': 'Ihre Angaben drucken',
  'anfrage.success.new': 'Neue Anfrage schreiben',
  'anfrage.success.status': 'Hier sehen Sie, was mit Ihrer Anfrage passiert',

  'anfrage.feed.count': (n: number, language: string, area: string) =>
    n === 0
      ? `Für ${language}${area ? ` in ${area}` : ''} steht noch niemand in der Liste. Senden Sie die Anfrage trotzdem. Die Koordinierungs·stelle kennt oft noch mehr Menschen.`
      : plural('de', n, {
          one: `Für ${language}${area ? ` in ${area}` : ''} steht # Person in der Liste. Diese Person kann vielleicht helfen.`,
          other: `Für ${language}${area ? ` in ${area}` : ''} stehen # Personen in der Liste. Diese Personen können vielleicht helfen.`,
        }),

  'anfrage.announce.errors': (n: number) =>
    plural('de', n, { one: '# Angabe fehlt oder ist falsch.', other: '# Angaben fehlen oder sind falsch.' }),
  'anfrage.announce.sent': 'Die Anfrage ist gesendet.',

  'anfrage.error.requester-type.required': 'Bitte wählen Sie: Für wen fragen Sie an?',
  'anfrage.error.name.required': 'Bitte schreiben Sie Ihren Namen.',
  'anfrage.error.contact-required':
    'Bitte schreiben Sie eine E-Mail-Adresse oder eine Telefon·nummer. Dann kann die Koordinierungs·stelle Sie erreichen.',
  'anfrage.error.invalid-email': 'Bitte schreiben Sie die E-Mail-Adresse so: name@beispiel.de',
  'anfrage.error.invalid-phone': 'Bitte schreiben Sie eine Telefon·nummer mit mindestens 5 Ziffern. Zum Beispiel: 06074 12345',
  'anfrage.error.language.required': 'Bitte wählen Sie die Sprache für das Dolmetschen.',
  'anfrage.error.invalid-language': 'Bitte wählen Sie eine Sprache aus der Liste.',
  'anfrage.error.too-many': 'Bitte wählen Sie höchstens 5 weitere Sprachen.',
  'anfrage.error.date.required': 'Bitte schreiben Sie das Datum vom Termin.',
  'anfrage.error.invalid-date': 'Bitte schreiben Sie ein richtiges Datum. Zum Beispiel: 03.12.2026',
  'anfrage.error.date-past': 'Dieses Datum ist schon vorbei. Bitte schreiben Sie das Datum vom nächsten Termin.',
  'anfrage.error.notice': (days: number, earliest: string) =>
    `Die Koordinierungs·stelle braucht ${plural('de', days, { one: '# Arbeits·tag', other: '# Arbeits·tage' })} Zeit. Bitte wählen Sie diesen Tag oder später: ${earliest}. Ist der Termin dringend? Dann rufen Sie die Koordinierungs·stelle an.`,
  'anfrage.error.from.required': 'Bitte schreiben Sie die Uhrzeit: Wann beginnt der Termin?',
  'anfrage.error.invalid-time': 'Bitte schreiben Sie die Uhrzeit so: 09:30',
  'anfrage.error.invalid-duration': 'Bitte wählen Sie: Wie lange dauert der Termin?',
  'anfrage.error.max-duration': (max: string) =>
    `Ein Termin dauert höchstens ${max}. Bitte wählen Sie eine kürzere Dauer. Oder schreiben Sie 2 Anfragen.`,
  'anfrage.error.mode.required': 'Bitte wählen Sie: Dolmetschen vor Ort, am Telefon oder per Video?',
  'anfrage.error.setting.required': 'Bitte wählen Sie den Bereich vom Termin.',
  'anfrage.error.address.required': 'Bitte schreiben Sie Straße und Haus·nummer vom Termin.',
  'anfrage.error.plz.required': 'Bitte schreiben Sie die Post·leit·zahl vom Termin.',
  'anfrage.error.invalid-plz': 'Bitte schreiben Sie eine Post·leit·zahl mit 5 Ziffern. Zum Beispiel: 63128',
  'anfrage.error.ort.required': 'Bitte schreiben Sie den Ort vom Termin.',
  'anfrage.error.kommune.required': 'Bitte wählen Sie den Kreis oder die Stadt. Dort ist der Termin.',
  'anfrage.error.consent-required': 'Bitte setzen Sie das Häkchen beim Daten·schutz. Erst dann dürfen wir Ihre Anfrage weiter·geben.',
  'anfrage.error.too-long': (max: number) => `Bitte kürzen Sie den Text. Der Text darf höchstens ${max} Zeichen lang sein.`,
  'anfrage.error.invalid-value': 'Bitte wählen Sie eine von den Möglichkeiten.',
  'anfrage.error.invalid-characters':
    'In dem Text sind unsichtbare Zeichen. Das passiert oft beim Kopieren. Bitte schreiben Sie den Text neu.',
  'anfrage.error.invalid': 'Bitte prüfen Sie diese Angabe. Verbessern Sie die Angabe.',
  'anfrage.error.general': 'Wir konnten die Anfrage nicht annehmen. Bitte laden Sie die Seite neu. Oder senden Sie die Anfrage per E-Mail.',
};
