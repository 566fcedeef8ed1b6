/**
 * The course search's filters in a link, so a counsellor can send "A1 with childcare in
 * Dietzenbach". Short German keys under the element's id as prefix (`kurs` without an id, as in
 * the first release, so shared links keep working); see UrlStateController.
 */
import type { UrlCodec } from '../shared/controllers/url-state-controller.js';
import {
  type Attendance,
  emptyFilters,
  type KursFilters,
  parseDayparts,
  parseDays,
  parseLevels,
  parseList,
  parsePrograms,
} from './kurs-filters.js';

export interface KursUrlState {
  filters: KursFilters;
  /** The place as PLZ, town or area code (never coordinates). */
  place?: string;
  radiusKm?: number;
}

/** Yes/no filters, written as `1` when on. */
const FLAGS = {
  kinderbetreuung: 'childcare',
  bald: 'startsSoon',
  kostenlos: 'freeOnly',
  plaetze: 'freeSeatsOnly',
  warteliste: 'includeFull',
} as const satisfies Record<string, keyof KursFilters>;

export const kursUrlCodec: UrlCodec<KursUrlState> = {
  keys: ['niveau', 'zielgruppe', 'zeit', 'tage', 'form', 'programm', ...Object.keys(FLAGS), 'ort', 'umkreis'],

  encode({ filters: f, place, radiusKm }) {
    const values: Record<string, string> = {
      niveau: f.unknownLevel ? 'unbekannt' : f.levels.join(','),
      zielgruppe: f.audience,
      zeit: f.dayparts.join(','),
      tage: f.days.join(','),
      form: f.attendance.join(','),
      programm: f.program.join(','),
      ort: place ?? '',
      umkreis: radiusKm ? String(radiusKm) : '',
    };
    for (const [key, filter] of Object.entries(FLAGS)) if (f[filter]) values[key] = '1';
    return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));
  },

  decode(values) {
    const f = emptyFilters();
    f.unknownLevel = values.niveau === 'unbekannt';
    f.levels = parseLevels(values.niveau);
    f.audience = (values.zielgruppe ?? '').slice(0, 40);
    f.dayparts = parseDayparts(values.zeit);
    f.days = parseDays(values.tage);
    f.attendance = parseList<Attendance>(values.form, ['praesenz', 'online']);
    f.program = parsePrograms(values.programm);
    for (const [key, filter] of Object.entries(FLAGS)) f[filter] = values[key] === '1';
    const state: KursUrlState = { filters: f };
    if (values.ort) state.place = values.ort.slice(0, 120);
    const radius = Number(values.umkreis);
    if (radius > 0 && radius <= 200) state.radiusKm = radius;
    return state;
  },
};
