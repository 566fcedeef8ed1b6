/**
 * The finder's search in a link: short German keys (under the element's id as prefix, see
 * UrlStateController), the place as the PLZ, town or area code the resident chose, never raw
 * coordinates. Keys and formats are those of the first release, so shared links keep working.
 */
import { DAYPARTS } from '../../core/availability/index.js';
import { DAYS, LOTSEN_TOPICS } from '../../core/schema/vocabularies.js';
import type { UrlCodec } from '../shared/controllers/url-state-controller.js';

/** The parts of the search a link carries. */
export interface SharedSearch {
  ort?: string;
  sprache?: string;
  themen?: string[];
  km?: number;
  tage?: string[];
  zeiten?: string[];
  person?: string;
}

const TEXT_KEYS = ['ort', 'sprache', 'person'] as const;
const LISTS = { themen: LOTSEN_TOPICS, tage: DAYS, zeiten: DAYPARTS } as const;
const LIST_KEYS = Object.keys(LISTS) as Array<keyof typeof LISTS>;

/** A pasted or edited link can hold anything: texts are capped, lists keep known values only. */
const MAX_TEXT = 120;

export const lotsenUrlCodec: UrlCodec<SharedSearch> = {
  keys: [...TEXT_KEYS, ...LIST_KEYS, 'km'],

  encode(state) {
    const values: Record<string, string> = {};
    for (const key of TEXT_KEYS) if (state[key]) values[key] = state[key];
    for (const key of LIST_KEYS) if (state[key]?.length) values[key] = state[key].join(',');
    if (state.km) values.km = String(state.km);
    return values;
  },

  decode(values) {
    const state: SharedSearch = {};
    for (const key of TEXT_KEYS) {
      const value = values[key];
      if (value !== undefined) state[key] = value.slice(0, MAX_TEXT);
    }
    if (state.person !== undefined && state.person !== 'w' && state.person !== 'm') state.person = '';
    for (const key of LIST_KEYS) {
      const value = values[key];
      const known: readonly string[] = LISTS[key];
      if (value !== undefined) state[key] = value.split(',').filter((item) => known.includes(item));
    }
    const km = Number(values.km);
    if (values.km !== undefined && Number.isFinite(km) && km > 0 && km <= 200) state.km = km;
    return state;
  },
};
