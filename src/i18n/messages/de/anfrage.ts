import { plural } from '../../plural.js';

/**
 * German texts for <wir-dolmetscher-anfrage> (source locale). Error texts follow GOV.UK:
 * each says what to do, not what went wrong in the machine's words.
 */
export const anfrage = {
  'anfrage.title': 'Laiendolmetscher:in anfragen',
  'anfrage.intro':
    'Ehrenamtliche Laiendolmetscher:innen begleiten Gespräche in Schule, Kita, Praxis oder Behörde. Ihre Anfrage geht an die WIR-Koordinierungsstelle, die eine passende Person sucht.',
  'anfrage.required': 'Alle Felder sind Pflichtfelder, wenn nicht „optional“ dabeisteht.',

  'anfrage.section.requester': 'Wer fragt an?',
  'anfrage.requesterType.legend': 'Sie fragen an für',
  'anfrage.requesterType.schule': 'Schule',
  'anfrage.requesterType.kita': 'Kita',
  'anfrage.requesterType.arztpraxis': 'Arztpraxis',
  'anfrage.requesterType.behoerde': 'Behörde oder Amt',
  'anfrage.requesterType.beratungsstelle': 'Beratungsstelle',
  'anfrage.requesterType.verein': 'Verein oder Migrantenorganisation',
  'anfrage.requesterType.privat': 'mich selbst (privat)',
  'anfrage.organisation.label': 'Name der Einrichtung (optional)',
  'anfrage.organisation.hint': 'z. B. Heinrich-Mann-Schule Dietzenbach',
  'anfrage.name.label': 'Ihr Name',
  'anfrage.name.hint': 'Die Person, die für Rückfragen erreichbar ist.',
  'anfrage.contact.legend': 'Wie erreichen wir Sie?',
  'anfrage.contact.hint': 'Geben Sie eine E-Mail-Adresse, eine Telefonnummer oder beides an.',

  'anfrage.section.need': 'Was wird gebraucht?',
  'anfrage.language.label': 'Sprache',
  'anfrage.language.hint': 'Die Sprache der Person, für die gedolmetscht wird.',
  'anfrage.alternatives.label': 'Auch möglich (optional)',
  'anfrage.alternatives.hint': 'Weitere Sprachen, die die Person gut versteht, z. B. Amharisch zu Tigrinya. Bis zu 5.',
  'anfrage.alternatives.list': 'Gewählte weitere Sprachen',
  'anfrage.alternatives.remove': (name: string) => `${name} entfernen`,
  'anfrage.alternatives.added': (name: string) => `${name} als weitere Sprache hinzugefügt`,
  'anfrage.alternatives.removed': (name: string) => `${name} entfernt`,
  'anfrage.mode.legend': 'Wie soll gedolmetscht werden?',
  'anfrage.mode.vor-ort': 'Vor Ort',
  'anfrage.mode.telefon': 'Am Telefon',
  'anfrage.mode.video': 'Per Video',
  'anfrage.setting.label': 'Bereich',
  'anfrage.setting.choose': 'Bitte auswählen',
  'anfrage.setting.schule-kita': 'Schule oder Kita',
  'anfrage.setting.gesundheit': 'Gesundheit (Praxis, Klinik)',
  'anfrage.setting.behoerde': 'Behörde oder Amt',
  'anfrage.setting.beratung': 'Beratung',
  'anfrage.setting.soziales': 'Soziales (Jugendamt, Sozialdienst)',
  'anfrage.setting.freizeit': 'Freizeit oder Verein',

  'anfrage.section.when': 'Wann?',
  'anfrage.date.label': 'Datum',
  'anfrage.date.hint': (days: number, earliest: string) =>
    days > 0
      ? `Die Koordinierungsstelle braucht ${plural('de', days, { one: '# Werktag', other: '# Werktage' })} Vorlauf: frühestens ${earliest}.`
      : 'Das Datum des Termins.',
  'anfrage.from.label': 'Beginn',
  'anfrage.from.hint': 'Uhrzeit, z. B. 09:30',
  'anfrage.duration.label': 'Dauer',
  'anfrage.duration.option': (minutes: number) => {
    if (minutes < 60) return `${minutes} Minuten`;
    const hours = minutes / 60;
    return plural('de', hours, { one: '# Stunde', other: '# Stunden' }).replace('.', ',');
  },

  'anfrage.section.place': 'Wo?',
  'anfrage.address.label': 'Straße und Hausnummer',
  'anfrage.plz.label': 'Postleitzahl',
  'anfrage.ort.label': 'Ort',
  'anfrage.kommune.label': 'Kreis oder Stadt',
  'anfrage.kommune.hint': 'Die WIR-Koordinierungsstelle dieses Gebiets bearbeitet Ihre Anfrage.',
  'anfrage.kommune.choose': 'Bitte auswählen',

  'anfrage.section.more': 'Wünsche und Hinweise',
  'anfrage.gender.legend': 'Wünschen Sie eine Dolmetscherin oder einen Dolmetscher? (optional)',
  'anfrage.gender.none': 'Egal',
  'anfrage.gender.w': 'Eine Frau',
  'anfrage.gender.m': 'Einen Mann',
  'anfrage.notes.label': 'Hinweise (optional)',
  'anfrage.notes.hint': 'z. B. Anlass des Gesprächs oder Treffpunkt. Bitte keine Diagnosen oder andere vertrauliche Angaben.',

  'anfrage.consent.label':
    'Ich bin einverstanden, dass meine Angaben an die WIR-Koordinierungsstelle gehen, damit sie eine:n Dolmetscher:in vermittelt.',

  'anfrage.toReview': 'Weiter zur Prüfung',
  'anfrage.review.title': 'Bitte prüfen Sie Ihre Anfrage',
  'anfrage.review.intro': 'Erst mit „Anfrage senden“ geht die Anfrage an die Koordinierungsstelle.',
  'anfrage.review.change': 'Ändern',
  'anfrage.review.requester': 'Anfragende Stelle',
  'anfrage.review.alternatives': 'Auch möglich',
  'anfrage.review.contact': 'Kontakt',
  'anfrage.review.language': 'Sprache',
  'anfrage.review.when': 'Termin',
  'anfrage.review.whenValue': (date: string, time: string, duration: string) => `${date}, ${time} Uhr, ${duration}`,
  'anfrage.review.how': 'Art und Bereich',
  'anfrage.review.place': 'Ort',
  'anfrage.review.wishes': 'Wünsche und Hinweise',
  'anfrage.review.none': 'keine',
  'anfrage.back': 'Zurück zum Formular',

  'anfrage.success.next1': 'Die WIR-Koordinierungsstelle sucht eine passende Laiendolmetscher:in.',
  'anfrage.success.next2':
    'Sie meldet sich bei Ihnen per E-Mail oder Telefon, sobald sie jemanden gefunden hat, oder wenn es nicht klappt.',
  'anfrage.success.new': 'Neue Anfrage stellen',

  'anfrage.feed.count': (n: number, language: string, area: string) =>
    n === 0
      ? `Im Verzeichnis ist für ${language}${area ? ` in ${area}` : ''} noch niemand eingetragen. Senden Sie die Anfrage trotzdem: die Koordinierungsstelle kennt oft weitere Personen.`
      : plural('de', n, {
          one: `# Laiendolmetscher:in für ${language}${area ? ` in ${area}` : ''} könnte diese Anfrage übernehmen.`,
          other: `# Laiendolmetscher:innen für ${language}${area ? ` in ${area}` : ''} könnten diese Anfrage übernehmen.`,
        }),

  'anfrage.announce.errors': (n: number) =>
    plural('de', n, { one: '# Angabe fehlt oder ist falsch', other: '# Angaben fehlen oder sind falsch' }),

  'anfrage.error.requester-type.required': 'Wählen Sie aus, für wen Sie anfragen.',
  'anfrage.error.name.required': 'Geben Sie Ihren Namen ein.',
  'anfrage.error.language.required': 'Wählen Sie die Sprache aus, in die gedolmetscht werden soll.',
  'anfrage.error.invalid-language': 'Wählen Sie eine Sprache aus der Liste aus.',
  'anfrage.error.too-many': 'Wählen Sie höchstens 5 weitere Sprachen aus.',
  'anfrage.error.date.required': 'Geben Sie das Datum des Termins ein.',
  'anfrage.error.invalid-date': 'Geben Sie ein gültiges Datum ein, z. B. 03.12.2026.',
  'anfrage.error.date-past': 'Das Datum liegt in der Vergangenheit. Geben Sie das Datum des kommenden Termins ein.',
  'anfrage.error.notice': (days: number, earliest: string) =>
    `Die Koordinierungsstelle braucht ${plural('de', days, { one: '# Werktag', other: '# Werktage' })} Vorlauf. Wählen Sie ${earliest} oder später; für dringende Termine rufen Sie die Koordinierungsstelle an.`,
  'anfrage.error.from.required': 'Geben Sie die Uhrzeit ein, zu der der Termin beginnt.',
  'anfrage.error.invalid-time': 'Geben Sie die Uhrzeit in der Form 09:30 ein.',
  'anfrage.error.invalid-duration': 'Wählen Sie aus, wie lange der Termin dauert.',
  'anfrage.error.max-duration': (max: string) =>
    `Ein Termin kann höchstens ${max} dauern. Wählen Sie eine kürzere Dauer oder stellen Sie zwei Anfragen.`,
  'anfrage.error.mode.required': 'Wählen Sie aus, ob vor Ort, am Telefon oder per Video gedolmetscht werden soll.',
  'anfrage.error.setting.required': 'Wählen Sie den Bereich des Termins aus.',
  'anfrage.error.address.required': 'Geben Sie Straße und Hausnummer des Termins ein.',
  'anfrage.error.plz.required': 'Geben Sie die Postleitzahl des Termins ein.',
  'anfrage.error.invalid-plz': 'Geben Sie eine Postleitzahl mit 5 Ziffern ein, z. B. 63128.',
  'anfrage.error.ort.required': 'Geben Sie den Ort des Termins ein.',
  'anfrage.error.kommune.required': 'Wählen Sie den Kreis oder die Stadt aus, in dem der Termin ist.',
};
