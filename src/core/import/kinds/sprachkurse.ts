/** Course sheets: one row per German course. */
import { LEVELS, type Level, type Place } from '../../schema/index.js';
import { formatAvailabilityText, parseAvailabilityText } from '../values/availability-text.js';
import { phoneNumber, webAddress } from '../values/contact-cells.js';
import { parseDate } from '../values/dates.js';
import { formatLanguage, parseLanguages } from '../values/language-cell.js';
import { formatCost, parseAgeRange, parseCost, parseSeats } from '../values/numbers.js';
import { placeCells, placeIdentity, readPlace, yesNoCell } from '../values/place-cells.js';
import { parseTerm, parseTermList } from '../values/terms.js';
import { parseYesNo } from '../values/yes-no.js';
import {
  AUDIENCE_LABELS,
  COURSE_FORMAT_LABELS,
  COURSE_TOPIC_LABELS,
  COURSE_TYPE_LABELS,
  LEVEL_LABELS,
  labelOf,
  PROGRAM_LABELS,
} from '../vocabulary-labels.js';
import { type Draft, defined, type KindDefinition } from './kind-definition.js';
import { AVAILABILITY_COLUMN, DESCRIPTION_COLUMN, ID_COLUMN, placeColumns } from './shared-columns.js';

const LEVEL_RANGE = /\b(alpha|a1|a2|b1|b2|c1)\s*(?:-|–|bis)\s*(a1|a2|b1|b2|c1)\b/gi;

/** "A1–B1" means A1, A2 and B1. */
function expandLevelRanges(text: string): string {
  return text.replace(LEVEL_RANGE, (_, from: string, to: string) => {
    const index = (l: string) => LEVELS.findIndex((x) => x.toLowerCase() === l.toLowerCase());
    const [a, b] = [index(from), index(to)];
    return a >= 0 && b >= a ? LEVELS.slice(a, b + 1).join(', ') : `${from}-${to}`;
  });
}

const date = (d: Draft, key: string) => (typeof d[key] === 'string' ? (d[key] as string) : '');

export const SPRACHKURSE: KindDefinition<'sprachkurse'> = {
  kind: 'sprachkurse',
  sheetName: 'Sprachkurse',
  rowNoun: 'Kurs',
  idPrefix: 'kurs-',
  requiredOneOf: [['plz', 'ort']],
  columns: [
    ID_COLUMN,
    {
      key: 'title',
      header: 'Titel',
      aliases: ['Kurstitel', 'Kursname', 'Kurs', 'Bezeichnung', 'Name des Kurses', 'Kursbezeichnung'],
      field: 'title',
      required: true,
      hint: 'Name des Kurses, wie er im Suchergebnis erscheint.',
      examples: ['Deutsch für den Alltag A1', 'Frauenkurs mit Kinderbetreuung'],
      width: 30,
    },
    {
      key: 'provider',
      header: 'Anbieter',
      aliases: ['Träger', 'Kursträger', 'Veranstalter', 'Anbieter Name', 'Kursanbieter'],
      field: 'provider.name',
      required: true,
      hint: 'Wer den Kurs anbietet, z. B. „VHS Kreis Offenbach“.',
      examples: ['VHS Kreis Offenbach', 'Familienzentrum Rodgau'],
      width: 24,
    },
    {
      key: 'providerUrl',
      header: 'Anbieter Website',
      aliases: ['Website Anbieter', 'Träger Website', 'Homepage Anbieter'],
      field: 'provider.url',
      hint: 'Optional: Website des Anbieters (mit https://).',
      examples: ['https://www.vhs-kreis-offenbach.de', ''],
      width: 26,
    },
    {
      key: 'program',
      header: 'Programm',
      aliases: ['Förderprogramm', 'Förderung', 'Programm/Förderung', 'Kursprogramm'],
      field: 'program',
      required: true,
      hint: 'WIR, MitSprache – Deutsch4U, Integrationskurs oder Sonstiges.',
      examples: ['WIR', 'MitSprache – Deutsch4U'],
      dropDown: PROGRAM_LABELS,
      width: 22,
    },
    {
      key: 'courseType',
      header: 'Kursart',
      aliases: ['Kurstyp', 'Art des Kurses', 'Kursform'],
      field: 'courseType',
      hint: 'Optional, z. B. Allgemeiner Kurs, Alphabetisierungskurs, Frauenkurs, Elternkurs, Sprachcafé.',
      examples: ['Allgemeiner Kurs', 'Frauenkurs'],
      dropDown: COURSE_TYPE_LABELS,
      width: 20,
    },
    {
      key: 'levels',
      header: 'Niveau',
      aliases: ['Niveaus', 'Niveau(s)', 'Sprachniveau', 'Stufe', 'Level', 'GER', 'Kursniveau'],
      field: 'levels',
      required: true,
      hint: 'Alphabetisierung, A1, A2, B1, B2, C1; mehrere mit Komma oder als Spanne „A1–B1“.',
      examples: ['A1', 'Alphabetisierung, A1'],
      dropDown: LEVEL_LABELS,
      multi: true,
      width: 18,
    },
    {
      key: 'audience',
      header: 'Zielgruppe',
      aliases: ['Zielgruppe(n)', 'für', 'Teilnehmende', 'Für wen'],
      field: 'audience',
      hint: 'Alle, Frauen, Eltern, Geflüchtete, Jugendliche oder Senioren. Leer = Alle.',
      examples: ['Alle', 'Frauen'],
      dropDown: AUDIENCE_LABELS,
      width: 14,
    },
    {
      key: 'childcare',
      header: 'Kinderbetreuung',
      aliases: ['mit Kinderbetreuung', 'KiBe', 'Kinderbetreuung vorhanden', 'Kinderbetreuung ja/nein'],
      field: 'childcare',
      hint: 'ja, wenn Kinder während des Kurses betreut werden; nein oder leer sonst.',
      examples: ['nein', 'ja'],
      dropDown: 'yes-no',
      width: 16,
    },
    {
      key: 'childcareAges',
      header: 'Kinderbetreuung Alter',
      aliases: ['Alter der Kinder', 'Kinderbetreuung (Alter)', 'Alter Kinder', 'Betreuung Alter'],
      field: 'childcareAges',
      hint: 'Optional: Alter der betreuten Kinder in Jahren, z. B. „1–6“.',
      examples: ['', '1–6'],
      width: 14,
    },
    {
      ...AVAILABILITY_COLUMN,
      key: 'schedule',
      field: 'schedule',
      aliases: [...(AVAILABILITY_COLUMN.aliases ?? []), 'Kurszeiten', 'Unterrichtszeiten', 'Termine', 'Wochentag und Uhrzeit'],
      hint: 'Kurstage mit Uhrzeit, z. B. „Di + Do 9-11:30“ oder „Mo 18-20 Uhr“.',
      examples: ['Di + Do 9-11:30', 'Mo 14-16'],
    },
    {
      key: 'start',
      header: 'Beginn',
      aliases: ['Kursbeginn', 'Start', 'Startdatum', 'Beginn am', 'Kursstart', 'von'],
      field: 'start',
      required: true,
      hint: 'Erster Kurstag, z. B. 01.02.2027.',
      examples: [new Date(Date.UTC(2027, 1, 1)), '15.03.2027'],
      date: true,
      width: 12,
    },
    {
      key: 'end',
      header: 'Ende',
      aliases: ['Kursende', 'Enddatum', 'bis', 'letzter Kurstag'],
      field: 'end',
      hint: 'Optional: letzter Kurstag.',
      examples: [new Date(Date.UTC(2027, 5, 30)), ''],
      date: true,
      width: 12,
    },
    {
      key: 'rollingEntry',
      header: 'Einstieg jederzeit',
      aliases: ['laufender Einstieg', 'Quereinstieg', 'Einstieg möglich', 'Einstieg laufend'],
      field: 'rollingEntry',
      hint: 'ja, wenn man auch nach Kursbeginn einsteigen kann.',
      examples: ['ja', ''],
      dropDown: 'yes-no',
      width: 14,
    },
    {
      key: 'seats',
      header: 'Plätze',
      aliases: ['freie Plätze', 'Plätze frei', 'Plätze (frei von gesamt)', 'Teilnehmerplätze', 'Platzzahl'],
      field: 'seats',
      hint: 'Optional: freie von allen Plätzen, z. B. „3 von 12“; „0 von 12“ heißt ausgebucht.',
      examples: ['3 von 12', '0 von 10'],
      width: 12,
    },
    {
      key: 'cost',
      header: 'Kosten',
      aliases: ['Gebühr', 'Kursgebühr', 'Preis', 'Teilnahmegebühr', 'Kosten (€)', 'Kosten in Euro'],
      field: 'cost.amount',
      required: true,
      hint: '„kostenlos“ oder ein Betrag in Euro, z. B. „25 €“. Text dahinter wird zum Hinweis („25 € pro Monat“).',
      examples: ['kostenlos', '25 €'],
      width: 12,
    },
    {
      key: 'costNote',
      header: 'Kosten Hinweis',
      aliases: ['Hinweis Kosten', 'Kostenhinweis', 'Ermäßigung'],
      field: 'cost.note',
      hint: 'Optional, z. B. „ermäßigt mit Hessenpass“.',
      examples: ['', 'ermäßigt mit Hessenpass'],
      width: 22,
    },
    {
      key: 'format',
      header: 'Format',
      aliases: ['Kursformat', 'Unterrichtsform', 'Präsenz/Online', 'Durchführung', 'Ort/Online'],
      field: 'format',
      hint: 'Präsenz, Online oder Hybrid. Leer = Präsenz.',
      examples: ['Präsenz', 'Präsenz'],
      dropDown: COURSE_FORMAT_LABELS,
      width: 12,
    },
    ...placeColumns('course'),
    {
      key: 'topics',
      header: 'Themen',
      aliases: ['Thema', 'Alltagsthemen', 'Schwerpunkte', 'Inhalte'],
      field: 'topics',
      hint: 'Optional: Familie, Gesundheit, Bildung, Arbeit, Gesellschaft, Nachbarschaft.',
      examples: ['Familie, Gesundheit', 'Arbeit'],
      dropDown: COURSE_TOPIC_LABELS,
      multi: true,
      width: 24,
    },
    {
      key: 'supportLanguages',
      header: 'Hilfe in Sprachen',
      aliases: ['Unterstützungssprachen', 'Erklärsprachen', 'Sprachen der Kursleitung', 'weitere Sprachen', 'Sprachen'],
      field: 'supportLanguages',
      hint: 'Optional: Sprachen, in denen die Kursleitung auch erklärt, z. B. „Arabisch, Türkisch“.',
      examples: ['Arabisch, Türkisch', ''],
      dropDown: 'languages',
      multi: true,
      width: 22,
    },
    {
      key: 'registrationUrl',
      header: 'Anmeldung Website',
      aliases: ['Anmeldelink', 'Anmeldung Link', 'Anmeldung URL', 'Website', 'Link', 'Anmeldung online'],
      field: 'registration.url',
      hint: 'Optional: Seite zur Anmeldung (mit https://).',
      examples: ['https://www.vhs-kreis-offenbach.de/anmeldung', ''],
      width: 26,
    },
    {
      key: 'registrationEmail',
      header: 'Anmeldung E-Mail',
      aliases: ['E-Mail', 'Email', 'Anmeldung per E-Mail', 'Kontakt E-Mail', 'Mail'],
      field: 'registration.email',
      hint: 'Optional: E-Mail für die Anmeldung.',
      examples: ['', 'kurse@familienzentrum.example'],
      width: 26,
    },
    {
      key: 'registrationPhone',
      header: 'Anmeldung Telefon',
      aliases: ['Telefon', 'Tel.', 'Kontakt Telefon', 'Anmeldung per Telefon'],
      field: 'registration.phone',
      hint: 'Optional: Telefon für die Anmeldung. In Excel als Text eingeben, damit die führende 0 bleibt.',
      examples: ['', '06106 12345'],
      width: 18,
    },
    {
      key: 'deadline',
      header: 'Anmeldeschluss',
      aliases: ['Anmeldung bis', 'Anmeldefrist'],
      field: 'registration.deadline',
      hint: 'Optional: letzter Tag der Anmeldung.',
      examples: ['', '01.03.2027'],
      date: true,
      width: 14,
    },
    DESCRIPTION_COLUMN,
  ],

  build(row, ctx) {
    const cost = row.require('cost', parseCost(row.cell('cost')));
    const costNote = row.text('costNote');
    const childcare = row.take('childcare', parseYesNo(row.cell('childcare')));
    return defined({
      title: row.require('title', row.plain('title')),
      provider: defined({ name: row.require('provider', row.plain('provider')), url: webAddress(row, 'providerUrl') }),
      program: row.require('program', parseTerm(PROGRAM_LABELS, row.text('program'))),
      courseType: row.take('courseType', parseTerm(COURSE_TYPE_LABELS, row.text('courseType'))),
      levels: row.require('levels', parseTermList(LEVEL_LABELS, expandLevelRanges(row.text('levels')))) as Level[] | undefined,
      // An empty Zielgruppe or Format takes the usual answer, as the template's comments say.
      audience: row.text('audience') ? row.take('audience', parseTerm(AUDIENCE_LABELS, row.text('audience'))) : 'alle',
      childcare: childcare ?? false,
      childcareAges: row.take('childcareAges', parseAgeRange(row.cell('childcareAges'))),
      schedule: row.take('schedule', parseAvailabilityText(row.cell('schedule'))) ?? [],
      start: row.require('start', parseDate(row.cell('start'))),
      end: row.take('end', parseDate(row.cell('end'))),
      rollingEntry: row.take('rollingEntry', parseYesNo(row.cell('rollingEntry'))),
      seats: row.take('seats', parseSeats(row.cell('seats'))),
      cost: cost && (costNote ? { amount: cost.amount, note: costNote } : cost),
      format: row.text('format') ? row.take('format', parseTerm(COURSE_FORMAT_LABELS, row.text('format'))) : 'praesenz',
      place: readPlace(row, ctx.place, true),
      topics: row.take('topics', parseTermList(COURSE_TOPIC_LABELS, row.text('topics'))),
      supportLanguages: row
        .take('supportLanguages', parseLanguages(row.cell('supportLanguages'), false))
        ?.map((s) => (typeof s === 'string' ? s : s.code)),
      registration: defined({
        url: webAddress(row, 'registrationUrl'),
        email: row.text('registrationEmail') || undefined,
        phone: phoneNumber(row, 'registrationPhone'),
        deadline: row.take('deadline', parseDate(row.cell('deadline'))),
      }),
      description: row.take('description', row.plain('description')),
    });
  },

  identity: (d) => [
    String(d.title ?? ''),
    String((d.provider as { name?: string } | undefined)?.name ?? ''),
    date(d, 'start'),
    placeIdentity(d.place),
  ],

  label: (d) => [d.title, (d.place as Place | undefined)?.ort].filter(Boolean).join(', '),

  toCells: (r) => ({
    id: r.id,
    title: r.title,
    provider: r.provider.name,
    providerUrl: r.provider.url ?? '',
    program: labelOf(PROGRAM_LABELS, r.program),
    courseType: r.courseType ? labelOf(COURSE_TYPE_LABELS, r.courseType) : '',
    levels: r.levels.map((l) => labelOf(LEVEL_LABELS, l)).join(', '),
    audience: labelOf(AUDIENCE_LABELS, r.audience),
    childcare: yesNoCell(r.childcare),
    childcareAges: r.childcareAges ? `${r.childcareAges.min}–${r.childcareAges.max}` : '',
    schedule: formatAvailabilityText(r.schedule),
    start: isoToDate(r.start),
    end: r.end ? isoToDate(r.end) : '',
    rollingEntry: yesNoCell(r.rollingEntry),
    seats: r.seats ? `${r.seats.free} von ${r.seats.total}` : '',
    cost: formatCost(r.cost.amount),
    costNote: r.cost.note ?? '',
    format: labelOf(COURSE_FORMAT_LABELS, r.format),
    ...placeCells(r.place),
    topics: (r.topics ?? []).map((t) => labelOf(COURSE_TOPIC_LABELS, t)).join(', '),
    supportLanguages: (r.supportLanguages ?? []).map(formatLanguage).join(', '),
    registrationUrl: r.registration.url ?? '',
    registrationEmail: r.registration.email ?? '',
    registrationPhone: r.registration.phone ?? '',
    deadline: r.registration.deadline ? isoToDate(r.registration.deadline) : '',
    description: r.description ?? '',
  }),
};

/** Dates go into the sheet as real Excel dates (sortable, shown in the office's date format). */
function isoToDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}
