/**
 * What Lotsen and interpreter rows share: name, gender, languages, radius, times, description
 * and the office to contact – read from a row and written back by the export in one place.
 */
import type { Contact, LanguageSpec, Place, Slot } from '../../schema/index.js';
import type { ColumnSpec } from '../columns.js';
import type { RowReader } from '../row-reader.js';
import type { CellValue } from '../sheet.js';
import { formatAvailabilityText, parseAvailabilityText } from '../values/availability-text.js';
import { contactCells, readContact } from '../values/contact-cells.js';
import { formatLanguage, parseLanguages } from '../values/language-cell.js';
import { parseKilometres } from '../values/numbers.js';
import { placeCells } from '../values/place-cells.js';
import { parseTerm } from '../values/terms.js';
import { GENDER_LABELS, labelOf } from '../vocabulary-labels.js';

export const GENDER_COLUMN: ColumnSpec = {
  key: 'gender',
  header: 'Geschlecht',
  aliases: ['m/w/d', 'w/m/d', 'Anrede'],
  field: 'gender',
  hint: 'Optional: weiblich, männlich oder divers (für den Wunsch nach einer Frau oder einem Mann).',
  examples: ['weiblich', 'männlich'],
  dropDown: GENDER_LABELS,
  width: 12,
};

export const TRAVEL_KM_COLUMN: ColumnSpec = {
  key: 'travelKm',
  header: 'Umkreis (km)',
  aliases: ['Umkreis', 'Reiseradius', 'Radius', 'fährt bis', 'km'],
  field: 'travelKm',
  hint: 'Optional: Wie weit die Person vom Ort aus fährt, in Kilometern.',
  examples: [10, 5],
  width: 12,
};

interface PersonRecord {
  id: string;
  name: string;
  gender?: string | undefined;
  languages: LanguageSpec[];
  place?: Place | undefined;
  travelKm?: number | undefined;
  availability?: Slot[] | undefined;
  description?: string | undefined;
  contact: Contact;
}

/** The shared fields of a person row; undefined ones are dropped by the kind's `defined()`. */
export function readPersonFields(row: RowReader, contact: Contact | undefined) {
  return {
    name: row.require('name', row.plain('name')),
    gender: row.take('gender', parseTerm(GENDER_LABELS, row.text('gender'))),
    languages: row.require('languages', parseLanguages(row.cell('languages'))),
    travelKm: row.take('travelKm', parseKilometres(row.cell('travelKm'))),
    availability: row.take('availability', parseAvailabilityText(row.cell('availability'))),
    description: row.take('description', row.plain('description')),
    contact: readContact(row, contact),
  };
}

export function personCells(r: PersonRecord, defaultContact: Contact | undefined): Record<string, CellValue> {
  return {
    id: r.id,
    name: r.name,
    gender: r.gender ? labelOf(GENDER_LABELS, r.gender) : '',
    languages: r.languages.map(formatLanguage).join(', '),
    ...placeCells(r.place),
    travelKm: r.travelKm ?? '',
    availability: formatAvailabilityText(r.availability),
    description: r.description ?? '',
    ...contactCells(r.contact, defaultContact),
  };
}
