/**
 * `sync-url`: the filters live in the page's query string so a counsellor can send a link
 * to "A1 with childcare in Dietzenbach". Short German keys with a `kurs-` prefix, so they do
 * not collide with the CMS's own parameters or another widget's on the same page.
 */
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

const P = 'kurs-';

export interface UrlState {
  filters: KursFilters;
  place?: string;
  radiusKm?: number;
}

const flag = (params: URLSearchParams, key: string): boolean => params.get(P + key) === '1';

/** Reads the widget's state; null when the URL holds none of its keys (keep the presets). */
export function readUrlState(search: string): UrlState | null {
  const params = new URLSearchParams(search);
  if (![...params.keys()].some((k) => k.startsWith(P))) return null;
  const f = emptyFilters();
  f.levels = parseLevels(params.get(`${P}niveau`));
  f.unknownLevel = params.get(`${P}niveau`) === 'unbekannt';
  f.childcare = flag(params, 'kinderbetreuung');
  f.audience = params.get(`${P}zielgruppe`) ?? '';
  f.dayparts = parseDayparts(params.get(`${P}zeit`));
  f.days = parseDays(params.get(`${P}tage`));
  f.startsSoon = flag(params, 'bald');
  f.freeOnly = flag(params, 'kostenlos');
  f.freeSeatsOnly = flag(params, 'plaetze');
  f.attendance = parseList<Attendance>(params.get(`${P}form`), ['praesenz', 'online']);
  f.program = parsePrograms(params.get(`${P}programm`));
  f.includeFull = flag(params, 'warteliste');
  const state: UrlState = { filters: f };
  const place = params.get(`${P}ort`);
  if (place) state.place = place;
  const radius = Number(params.get(`${P}umkreis`));
  if (radius > 0 && radius <= 200) state.radiusKm = radius;
  return state;
}

/** The page URL with the widget's keys replaced (other parameters untouched). */
export function writeUrlState(href: string, state: UrlState): string {
  const url = new URL(href);
  for (const k of [...url.searchParams.keys()]) if (k.startsWith(P)) url.searchParams.delete(k);
  const f = state.filters;
  const set = (key: string, value: string | false) => {
    if (value) url.searchParams.set(P + key, value);
  };
  set('niveau', f.unknownLevel ? 'unbekannt' : f.levels.join(','));
  set('kinderbetreuung', f.childcare && '1');
  set('zielgruppe', f.audience);
  set('zeit', f.dayparts.join(','));
  set('tage', f.days.join(','));
  set('bald', f.startsSoon && '1');
  set('kostenlos', f.freeOnly && '1');
  set('plaetze', f.freeSeatsOnly && '1');
  set('form', f.attendance.join(','));
  set('programm', f.program.join(','));
  set('warteliste', f.includeFull && '1');
  set('ort', state.place ?? '');
  set('umkreis', state.radiusKm ? String(state.radiusKm) : '');
  return url.href;
}
