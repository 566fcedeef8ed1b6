/**
 * Europe/Berlin without Intl time-zone data: the EU rule (since 1996) switches to summer time
 * on the last Sunday of March at 01:00 UTC and back on the last Sunday of October at 01:00
 * UTC. Courses lie in the present and near future, where this rule holds, and computing it
 * keeps the core free of any dependence on the runtime's tz database.
 */

const DAY_MS = 864e5;

/** Day number (days since 1970-01-01) of the last Sunday of a month (0-based month). */
function lastSunday(year: number, month: number): number {
  const lastDay = Math.floor(Date.UTC(year, month + 1, 0) / DAY_MS);
  const weekday = new Date(lastDay * DAY_MS).getUTCDay();
  return lastDay - weekday;
}

/** Offset of Berlin local time from UTC in minutes (60 or 120) at a UTC instant. */
export function berlinOffsetMinutes(utcMs: number): number {
  const year = new Date(utcMs).getUTCFullYear();
  const summerFrom = lastSunday(year, 2) * DAY_MS + 3600e3;
  const summerTo = lastSunday(year, 9) * DAY_MS + 3600e3;
  return utcMs >= summerFrom && utcMs < summerTo ? 120 : 60;
}

/** UTC instant (ms) of a Berlin wall-clock time. Ambiguous/skipped hours never hold a course. */
export function berlinToUtcMs(year: number, month: number, day: number, hours: number, minutes: number, seconds = 0): number {
  const asUtc = Date.UTC(year, month - 1, day, hours, minutes, seconds);
  // Guess with the offset at the wall time read as UTC, then correct once across a switch.
  const guess = asUtc - berlinOffsetMinutes(asUtc) * 60e3;
  return asUtc - berlinOffsetMinutes(guess) * 60e3;
}

/** The VTIMEZONE block for Europe/Berlin (the same rule as above, for calendar apps). */
export const BERLIN_VTIMEZONE: readonly string[] = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** The calendar date (YYYY-MM-DD) in Germany at a UTC instant: what a server means by "today". */
export function berlinDate(utcMs: number): string {
  return new Date(utcMs + berlinOffsetMinutes(utcMs) * 60e3).toISOString().slice(0, 10);
}
