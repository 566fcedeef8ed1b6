/** Interpreter sheets: one row per Laiendolmetscher:in. Often not published, but checked the same way. */
import type { Place } from '../../schema/index.js';
import { parseDays } from '../values/numbers.js';
import { formatKommune, placeIdentity, readKommunen, readPlace } from '../values/place-cells.js';
import { parseTermList } from '../values/terms.js';
import { labelOf, MODE_LABELS, SETTING_LABELS } from '../vocabulary-labels.js';
import { defined, type KindDefinition } from './kind-definition.js';
import { GENDER_COLUMN, personCells, readPersonFields, TRAVEL_KM_COLUMN } from './person-fields.js';
import { AVAILABILITY_COLUMN, CONTACT_COLUMNS, DESCRIPTION_COLUMN, ID_COLUMN, placeColumns } from './shared-columns.js';

export const DOLMETSCHER: KindDefinition<'dolmetscher'> = {
  kind: 'dolmetscher',
  sheetName: 'Dolmetscher',
  rowNoun: 'Dolmetscherin oder Dolmetscher',
  idPrefix: 'dolm-',
  columns: [
    ID_COLUMN,
    {
      key: 'name',
      header: 'Name',
      aliases: [
        'Anzeigename',
        'Vorname',
        'Dolmetscher',
        'Dolmetscherin',
        'Dolmetscher:in',
        'Sprachmittler',
        'Sprachmittler:in',
        'Vorname Name',
      ],
      field: 'name',
      required: true,
      hint: 'Wie die Person intern genannt wird, z. B. „Iryna R.“.',
      examples: ['Iryna R.', 'Samir A.'],
      width: 16,
    },
    GENDER_COLUMN,
    {
      key: 'languages',
      header: 'Sprachen',
      aliases: ['Sprache', 'Sprache(n)', 'spricht', 'dolmetscht', 'Sprachkenntnisse', 'Dolmetschsprachen'],
      field: 'languages',
      required: true,
      hint: 'Deutsche Namen, durch Komma getrennt. Dialekt als Land: „Arabisch (Syrien)“; Niveau und Schrift: „Tigrinya (Muttersprache, schreibt)“.',
      examples: ['Ukrainisch (Muttersprache, schreibt), Russisch (fließend)', 'Arabisch (Syrien), Kurmandschi'],
      dropDown: 'languages',
      multi: true,
      width: 36,
    },
    {
      key: 'serves',
      header: 'Einsatzgebiet',
      aliases: ['Einsatzgebiete', 'Kommunen', 'Gebiet', 'Region', 'Kreis', 'Landkreis', 'Einsatzorte'],
      field: 'serves',
      hint: 'Kommunen, in denen die Person dolmetscht, z. B. „Kreis Offenbach, Offenbach am Main“. Leer und ohne Ort: das Gebiet des Herausgebers.',
      examples: ['Kreis Offenbach', 'Kreis Offenbach, Offenbach am Main'],
      dropDown: 'kommunen',
      multi: true,
      width: 30,
    },
    ...placeColumns('person'),
    { ...TRAVEL_KM_COLUMN, examples: ['', 15] },
    {
      key: 'settings',
      header: 'Bereiche',
      aliases: ['Einsatzbereiche', 'Einsatzfelder', 'Bereich', 'Themen', 'Einsatzbereich'],
      field: 'settings',
      required: true,
      hint: 'Wo die Person dolmetscht: Schule und Kita, Gesundheit, Behörde, Beratung, Soziales, Freizeit.',
      examples: ['Schule und Kita, Behörde', 'Gesundheit, Beratung'],
      dropDown: SETTING_LABELS,
      multi: true,
      width: 28,
    },
    {
      key: 'modes',
      header: 'Einsatzart',
      aliases: ['Einsatzarten', 'Art des Einsatzes', 'Einsatzform', 'Modus', 'vor Ort/Telefon/Video'],
      field: 'modes',
      required: true,
      hint: 'vor Ort, Telefon, Video – eine oder mehrere.',
      examples: ['vor Ort, Telefon', 'vor Ort'],
      dropDown: MODE_LABELS,
      multi: true,
      width: 18,
    },
    AVAILABILITY_COLUMN,
    {
      key: 'noticeDays',
      header: 'Vorlauf (Tage)',
      aliases: ['Vorlauf', 'Vorlaufzeit', 'Vorankündigung', 'Tage Vorlauf'],
      field: 'noticeDays',
      hint: 'Optional: Wie viele Tage vorher die Person gefragt werden möchte.',
      examples: [3, ''],
      width: 12,
    },
    DESCRIPTION_COLUMN,
    ...CONTACT_COLUMNS,
  ],

  build(row, ctx) {
    const place = readPlace(row, ctx.place, false);
    let serves = readKommunen(row, 'serves', ctx.place);
    // The office's own area when the sheet names none: an office lists the interpreters it sends.
    if (!serves && !place && !row.text('plz') && !row.text('ort') && ctx.place.kommune) serves = [ctx.place.kommune];
    return defined({
      ...readPersonFields(row, ctx.contact),
      serves,
      place,
      settings: row.require('settings', parseTermList(SETTING_LABELS, row.text('settings'))),
      modes: row.require('modes', parseTermList(MODE_LABELS, row.text('modes'))),
      noticeDays: row.take('noticeDays', parseDays(row.cell('noticeDays'))),
    });
  },

  identity: (d) => [String(d.name ?? ''), placeIdentity(d.place) || ((d.serves as string[] | undefined) ?? []).join(' ')],

  label: (d) => [d.name, (d.place as Place | undefined)?.ort].filter(Boolean).join(', '),

  toCells: (r, defaultContact) => ({
    ...personCells(r, defaultContact),
    serves: (r.serves ?? []).map(formatKommune).join(', '),
    settings: r.settings.map((s) => labelOf(SETTING_LABELS, s)).join(', '),
    modes: r.modes.map((m) => labelOf(MODE_LABELS, m)).join(', '),
    noticeDays: r.noticeDays ?? '',
  }),
};
