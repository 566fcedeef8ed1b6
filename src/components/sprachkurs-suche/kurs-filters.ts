/**
 * The search form's state and its translation into an engine query. This is UI state only:
 * which chips are on. What a chip means for matching (e.g. that a women's course may be
 * marked by audience or course type) is decided by core/match, never here.
 */

import { presetList } from '../../core/attributes/index.js';
import { DAYPARTS } from '../../core/calendar/clock.js';
import type { Day, Daypart, Relaxation, SprachkursQuery } from '../../core/match/index.js';
import { DAYS, LEVELS, PROGRAMS } from '../../core/schema/vocabularies.js';

export type Level = (typeof LEVELS)[number];
/** The two ways a resident thinks of a course; hybrid courses are both. */
export type Attendance = 'praesenz' | 'online';

export interface KursFilters {
  levels: Level[];
  unknownLevel: boolean;
  childcare: boolean;
  /** '' = any; 'frauen' is the women-only chip; other values come from the `audience` preset. */
  audience: string;
  dayparts: Daypart[];
  days: Day[];
  startsSoon: boolean;
  freeOnly: boolean;
  freeSeatsOnly: boolean;
  attendance: Attendance[];
  program: string[];
  /** Set by a relaxation button ("also full courses with a waiting list"). */
  includeFull: boolean;
}

export { DAYPARTS } from '../../core/calendar/clock.js';
/** "Starts soon" = within four weeks: a course later than a month away is no help today. */
export const STARTS_SOON_WEEKS = 4;
export const RADIUS_CHOICES = [5, 10, 20, 25, 35, 50, 100] as const;

export const emptyFilters = (): KursFilters => ({
  levels: [],
  unknownLevel: false,
  childcare: false,
  audience: '',
  dayparts: [],
  days: [],
  startsSoon: false,
  freeOnly: false,
  freeSeatsOnly: false,
  attendance: [],
  program: [],
  includeFull: false,
});

/** Comma or space separated list from an attribute or a link, kept to the known values in their order (the core's one reading). */
export function parseList<T extends string>(value: string | null | undefined, allowed: readonly T[]): T[] {
  return presetList(value, allowed).known;
}

export const parseLevels = (value: string | null | undefined): Level[] => parseList(value, LEVELS);
export const parsePrograms = (value: string | null | undefined): string[] => parseList(value, PROGRAMS);
export const parseDays = (value: string | null | undefined): Day[] => parseList(value, DAYS);
export const parseDayparts = (value: string | null | undefined): Daypart[] => parseList(value, DAYPARTS);

function formatsFor(attendance: readonly Attendance[]): string[] | undefined {
  if (attendance.length === 0 || attendance.length === 2) return undefined;
  return attendance[0] === 'online' ? ['online', 'hybrid'] : ['praesenz', 'hybrid'];
}

export interface QueryContext {
  near?: { lat: number; lon: number } | undefined;
  radiusKm: number;
  limit: number;
  today?: string | undefined;
}

/** The engine query for the chips that are on; only set keys appear (relaxations read them). */
export function toQuery(f: KursFilters, ctx: QueryContext): SprachkursQuery {
  const q: SprachkursQuery = { limit: ctx.limit };
  if (ctx.near) {
    q.near = { lat: ctx.near.lat, lon: ctx.near.lon };
    q.radiusKm = ctx.radiusKm;
  }
  if (f.unknownLevel) q.unknownLevel = true;
  else if (f.levels.length) q.levels = [...f.levels];
  if (f.childcare) q.childcare = true;
  if (f.audience) q.audience = f.audience;
  if (f.dayparts.length) q.dayparts = [...f.dayparts];
  if (f.days.length) q.days = [...f.days];
  if (f.startsSoon) q.startsWithinWeeks = STARTS_SOON_WEEKS;
  if (f.freeOnly) q.freeOnly = true;
  if (f.freeSeatsOnly) q.freeSeatsOnly = true;
  const format = formatsFor(f.attendance);
  if (format) q.format = format;
  if (f.program.length) q.program = [...f.program];
  if (f.includeFull) q.includeFull = true;
  if (ctx.today) q.today = ctx.today;
  return q;
}

/**
 * What each of the engine's next steps switches off (or, for full courses, on): pressing "Auch
 * ohne Kinderbetreuung" unticks that chip, so the form keeps telling the truth about the list
 * under it. The course search has no text field, so `drop-text` changes no chip.
 */
const RELAXED: Record<Exclude<Relaxation<SprachkursQuery>['code'], 'radius'>, Partial<KursFilters>> = {
  'drop-text': {},
  'drop-levels': { levels: [] },
  'drop-childcare': { childcare: false },
  'drop-audience': { audience: '' },
  'drop-dayparts': { dayparts: [] },
  'drop-days': { days: [] },
  'drop-start': { startsSoon: false },
  'drop-free': { freeOnly: false },
  'drop-seats': { freeSeatsOnly: false },
  'include-full': { includeFull: true },
  'drop-program': { program: [] },
  'drop-format': { attendance: [] },
};

/** The chips and radius after the resident takes a step: the step names its change (core/match/types.ts `Relaxation`). */
export function applyRelaxation(
  state: { filters: KursFilters; radiusKm: number },
  step: Relaxation<SprachkursQuery>,
): { filters: KursFilters; radiusKm: number } {
  if (step.code === 'radius') return { filters: state.filters, radiusKm: step.params.toKm };
  return { filters: { ...state.filters, ...RELAXED[step.code] }, radiusKm: state.radiusKm };
}

/** How many chips are on (for "reset all"). */
export function activeCount(f: KursFilters): number {
  return (
    f.levels.length +
    Number(f.unknownLevel) +
    Number(f.childcare) +
    Number(!!f.audience) +
    f.dayparts.length +
    f.days.length +
    Number(f.startsSoon) +
    Number(f.freeOnly) +
    Number(f.freeSeatsOnly) +
    f.attendance.length +
    f.program.length +
    Number(f.includeFull)
  );
}
