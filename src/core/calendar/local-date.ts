/**
 * Dates as feeds and requests write them (YYYY-MM-DD) and the week in feed order (mo … so).
 * Day arithmetic runs on day numbers (days since 1970-01-01), never on local Date objects, so
 * the time zone of the machine cannot shift a date.
 */
import { DAYS, type Day } from '../schema/vocabularies.js';
import { berlinOffsetMinutes } from './berlin-time.js';

const DAY_MS = 864e5;

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export const dayNumber = (iso: string): number => Math.floor(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS);

/** YYYY-MM-DD of a day number. */
export const isoDate = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The weekday of a day number (1970-01-01, day 0, was a Thursday). */
export const weekdayOf = (day: number): Day => DAYS[((day % 7) + 10) % 7]!;

/** Position in the week, Monday first; -1 for a value that is no day. */
export const dayIndex = (day: string): number => (DAYS as readonly string[]).indexOf(day);

/** Sort comparator: weekday order. */
export const byWeekday = (a: string, b: string): number => dayIndex(a) - dayIndex(b);

/**
 * Today's date in Germany, as YYYY-MM-DD: the offers and residents are in Hessen, so at 00:30
 * German time it is the new day, whatever the clock of the machine is set to (a UTC server, a
 * laptop abroad). Used for "ended", "starts soon" and a request's lead time.
 */
export function localToday(now = new Date()): string {
  const ms = now.getTime();
  return new Date(ms + berlinOffsetMinutes(ms) * 60e3).toISOString().slice(0, 10);
}
