/** Lotsen sheets: one row per Integrationslotse:in. */
import type { Place } from '../../schema/index.js';
import { formatAvailabilityText, parseAvailabilityText } from '../values/availability-text.js';
import { contactCells, readContact } from '../values/contact-cells.js';
import { formatLanguage, parseLanguages } from '../values/language-cell.js';
import { parseKilometres } from '../values/numbers.js';
import { placeCells, placeIdentity, readPlace, yesNoCell } from '../values/place-cells.js';
import { parseTerm, parseTermList } from '../values/terms.js';
import { parseYesNo } from '../values/yes-no.js';
import { GENDER_LABELS, LOTSEN_TOPIC_LABELS, labelOf } from '../vocabulary-labels.js';
import { defined, type KindDefinition } from './kind-definition.js';
import { AVAILABILITY_COLUMN, CONTACT_COLUMNS, DESCRIPTION_COLUMN, ID_COLUMN, placeColumns } from './shared-columns.js';
import { formatTrainings, readTrainings, TRAININGS_COLUMN } from './trainings.js';

export const LOTSEN: KindDefinition<'lotsen'> = {
  kind: 'lotsen',
  sheetName: 'Lotsen',
  rowNoun: 'Lotsin oder Lotse',
  idPrefix: 'lotse-',
  requiredOneOf: [['plz', 'ort']],
  columns: [
    ID_COLUMN,
    {
      key: 'name',
      header: 'Name',
      aliases: ['Anzeigename', 'Vorname', 'Name (öffentlich)', 'Lotse', 'Lotsin', 'Lotse/Lotsin', 'Vorname Name'],
      field: 'name',
      required: true,
      hint: 'So erscheint die Person im Suchergebnis, z. B. Vorname und erster Buchstabe des Nachnamens („Amina K.“).',
      examples: ['Amina K.', 'Dawit T.'],
      width: 16,
    },
    {
      key: 'gender',
      header: 'Geschlecht',
      aliases: ['m/w/d', 'w/m/d', 'Anrede'],
      field: 'gender',
      hint: 'Optional: weiblich, männlich oder divers (für den Wunsch „eine Frau“ oder „einen Mann“).',
      examples: ['weiblich', 'männlich'],
      dropDown: GENDER_LABELS,
      width: 12,
    },
    {
      key: 'languages',
      header: 'Sprachen',
      aliases: ['Sprache', 'Sprache(n)', 'spricht', 'Sprachkenntnisse', 'Fremdsprachen', 'Muttersprache'],
      field: 'languages',
      required: true,
      hint: 'Deutsche Namen, durch Komma getrennt. Dialekt als Land in Klammern: „Arabisch (Syrien)“; Niveau ebenso: „Englisch (gut)“.',
      examples: ['Arabisch (Syrien), Englisch (gut)', 'Tigrinya, Amharisch'],
      dropDown: 'languages',
      multi: true,
      width: 30,
    },
    ...placeColumns('person'),
    {
      key: 'travelKm',
      header: 'Umkreis (km)',
      aliases: ['Umkreis', 'Reiseradius', 'Radius', 'fährt bis', 'km'],
      field: 'travelKm',
      hint: 'Optional: Wie weit die Person fährt, in Kilometern.',
      examples: [10, 5],
      width: 12,
    },
    {
      key: 'topics',
      header: 'Themen',
      aliases: ['Thema', 'Themen(bereiche)', 'Themenbereiche', 'hilft bei', 'Einsatzbereiche', 'Bereiche', 'Schwerpunkte'],
      field: 'topics',
      required: true,
      hint: 'Wobei die Person begleitet, durch Komma getrennt: Behörden, Gesundheit, Schule und Kita, Wohnen, Arbeit, Asyl und Aufenthalt, Alltag, Freizeit, Familie.',
      examples: ['Behörden, Schule und Kita', 'Gesundheit, Asyl und Aufenthalt'],
      dropDown: LOTSEN_TOPIC_LABELS,
      multi: true,
      width: 30,
    },
    AVAILABILITY_COLUMN,
    {
      key: 'available',
      header: 'Nimmt neue Personen an',
      aliases: ['verfügbar', 'aktiv', 'frei', 'Kapazität', 'nimmt an', 'neue Anfragen'],
      field: 'available',
      hint: 'ja: erscheint in der Suche; nein oder leer: zurzeit keine neuen Begleitungen. Fehlt die Spalte, gelten alle als verfügbar.',
      examples: ['ja', 'ja'],
      dropDown: 'yes-no',
      width: 14,
    },
    TRAININGS_COLUMN,
    DESCRIPTION_COLUMN,
    ...CONTACT_COLUMNS,
  ],

  build(row, ctx) {
    return defined({
      name: row.require('name', row.plain('name')),
      gender: row.take('gender', parseTerm(GENDER_LABELS, row.text('gender'))),
      languages: row.require('languages', parseLanguages(row.cell('languages'))),
      place: readPlace(row, ctx.place, true),
      travelKm: row.take('travelKm', parseKilometres(row.cell('travelKm'))),
      topics: row.require('topics', parseTermList(LOTSEN_TOPIC_LABELS, row.text('topics'))),
      availability: row.take('availability', parseAvailabilityText(row.cell('availability'))),
      // Without the column the office lists only active Lotsen; an empty cell in it means no.
      available: row.has('available') ? (row.take('available', parseYesNo(row.cell('available'))) ?? false) : true,
      trainings: readTrainings(row),
      description: row.take('description', row.plain('description')),
      contact: readContact(row, ctx.contact),
    });
  },

  identity: (d) => [String(d.name ?? ''), placeIdentity(d.place)],

  label: (d) => [d.name, (d.place as Place | undefined)?.ort].filter(Boolean).join(', '),

  toCells: (r, defaultContact) => ({
    id: r.id,
    name: r.name,
    gender: r.gender ? labelOf(GENDER_LABELS, r.gender) : '',
    languages: r.languages.map(formatLanguage).join(', '),
    ...placeCells(r.place),
    travelKm: r.travelKm ?? '',
    topics: r.topics.map((t) => labelOf(LOTSEN_TOPIC_LABELS, t)).join(', '),
    availability: formatAvailabilityText(r.availability),
    available: yesNoCell(r.available),
    trainings: formatTrainings(r.trainings),
    description: r.description ?? '',
    ...contactCells(r.contact, defaultContact),
  }),
};
