/** Lotsen sheets: one row per Integrationslotse:in. */
import type { Place } from '../../schema/index.js';
import { placeIdentity, readPlace, yesNoCell } from '../values/place-cells.js';
import { parseTermList } from '../values/terms.js';
import { parseYesNo } from '../values/yes-no.js';
import { LOTSEN_TOPIC_LABELS, labelOf } from '../vocabulary-labels.js';
import { defined, type KindDefinition } from './kind-definition.js';
import { GENDER_COLUMN, personCells, readPersonFields, TRAVEL_KM_COLUMN } from './person-fields.js';
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
    GENDER_COLUMN,
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
    TRAVEL_KM_COLUMN,
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
      ...readPersonFields(row, ctx.contact),
      place: readPlace(row, ctx.place, true),
      topics: row.require('topics', parseTermList(LOTSEN_TOPIC_LABELS, row.text('topics'))),
      // Without the column the office lists only active Lotsen; an empty cell in it means no.
      available: row.has('available') ? (row.take('available', parseYesNo(row.cell('available'))) ?? false) : true,
      trainings: readTrainings(row),
    });
  },

  identity: (d) => [String(d.name ?? ''), placeIdentity(d.place)],

  label: (d) => [d.name, (d.place as Place | undefined)?.ort].filter(Boolean).join(', '),

  toCells: (r, defaultContact) => ({
    ...personCells(r, defaultContact),
    topics: r.topics.map((t) => labelOf(LOTSEN_TOPIC_LABELS, t)).join(', '),
    available: yesNoCell(r.available),
    trainings: formatTrainings(r.trainings),
  }),
};
