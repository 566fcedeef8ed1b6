/**
 * A course's weekly schedule as an iCalendar file (RFC 5545), made in the browser so no
 * third-party calendar service ever sees what a resident looks for.
 *
 * Times carry TZID=Europe/Berlin with a VTIMEZONE rather than floating local times: an online
 * course is attended from anywhere, and its 18:00 is 18:00 in Hessen, not wherever the
 * laptop happens to be; calendar apps (Google, Outlook, Apple) all honour an embedded
 * VTIMEZONE. With a TZID start, RFC 5545 §3.3.10 requires UNTIL in UTC, computed here.
 *
 * Slots with the same times share one VEVENT with RRULE FREQ=WEEKLY;BYDAY=TU,TH; slots at
 * different times get their own event, since one RRULE cannot vary the time by weekday.
 */
import type { SprachkursRecord } from '../schema/index.js';
import { BERLIN_VTIMEZONE, berlinToUtcMs } from './berlin-time.js';
import { escapeText, serializeLines } from './ics-lines.js';
import { byWeekday, dayNumber, isoDate, weekdayOf } from './local-date.js';

const ICS_DAY: Record<string, string> = { mo: 'MO', di: 'TU', mi: 'WE', do: 'TH', fr: 'FR', sa: 'SA', so: 'SU' };

export interface CourseCalendarOptions {
  /** DTSTAMP; default now. */
  now?: Date;
  /** First day to put in the calendar (YYYY-MM-DD), e.g. today for a running course; default the course start. */
  from?: string;
  /** Localised event description (provider, how to register …); plain text. */
  description?: string;
  /** Localised location for online courses (e.g. "Online"); Präsenz uses the address. */
  onlineLocation?: string;
  /** Locale of the texts, written as LANGUAGE on SUMMARY/DESCRIPTION. */
  language?: string;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const compactDate = (iso: string): string => iso.replace(/-/g, '');
const compactTime = (hhmm: string): string => `${hhmm.replace(':', '')}00`;

function utcStamp(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** First date on or after `fromDay` that falls on one of `days` (feed codes). */
function firstOccurrence(fromDay: number, days: ReadonlySet<string>): number {
  for (let d = fromDay; d < fromDay + 7; d++) {
    if (days.has(weekdayOf(d))) return d;
  }
  return fromDay;
}

/** UIDs must be unique and stable per course and time group; keep them to safe characters. */
function uidFor(courseId: string, group: number): string {
  return `${encodeURIComponent(courseId)}-${group}@wir-sprachkurse`;
}

function locationOf(course: SprachkursRecord, onlineLocation: string | undefined): string {
  if (course.format === 'online') return onlineLocation ?? 'Online';
  const p = course.place;
  const town = [p.plz, p.ort].filter(Boolean).join(' ');
  return [p.address, town].filter(Boolean).join(', ');
}

/**
 * The calendar text for one course, or null when the course has no weekly slot (nothing to
 * put in a calendar) or has already ended before `from`.
 */
export function buildCourseCalendar(course: SprachkursRecord, options: CourseCalendarOptions = {}): string | null {
  if (!course.schedule.length) return null;
  const startDay = Math.max(dayNumber(course.start), options.from ? dayNumber(options.from) : -Infinity);
  const endDay = course.end ? dayNumber(course.end) : undefined;
  if (endDay !== undefined && endDay < startDay) return null;

  const groups = new Map<string, { from: string; to: string; days: Set<string> }>();
  for (const slot of course.schedule) {
    const key = `${slot.from}-${slot.to}`;
    let g = groups.get(key);
    if (!g) {
      g = { from: slot.from, to: slot.to, days: new Set() };
      groups.set(key, g);
    }
    g.days.add(slot.day);
  }

  const stamp = utcStamp((options.now ?? new Date()).getTime());
  const lang = options.language ? `;LANGUAGE=${options.language}` : '';
  const location = locationOf(course, options.onlineLocation);
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//WIR Hessen//wir-widgets Sprachkurse//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...BERLIN_VTIMEZONE,
  ];
  let n = 0;
  for (const g of groups.values()) {
    const first = firstOccurrence(startDay, g.days);
    if (endDay !== undefined && first > endDay) continue;
    const date = compactDate(isoDate(first));
    const byDay = [...g.days]
      .sort(byWeekday)
      .map((d) => ICS_DAY[d])
      .join(',');
    let rule = `RRULE:FREQ=WEEKLY;BYDAY=${byDay}`;
    if (course.end) {
      const [y, m, d] = course.end.split('-').map(Number) as [number, number, number];
      rule += `;UNTIL=${utcStamp(berlinToUtcMs(y, m, d, 23, 59, 59))}`;
    }
    // "24:00" is valid in feeds (until midnight) but not as an iCalendar time.
    const end = g.to === '24:00' ? '23:59' : g.to;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uidFor(course.id, n++)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;TZID=Europe/Berlin:${date}T${compactTime(g.from)}`,
      `DTEND;TZID=Europe/Berlin:${date}T${compactTime(end)}`,
      rule,
      `SUMMARY${lang}:${escapeText(course.title)}`,
    );
    if (location) lines.push(`LOCATION:${escapeText(location)}`);
    if (options.description) lines.push(`DESCRIPTION${lang}:${escapeText(options.description)}`);
    const url = course.registration.url ?? course.provider.url;
    // Only http(s) ever leaves the feed as a link (a javascript: URL could slip past a feed check).
    if (url && /^https?:\/\//i.test(url)) lines.push(`URL:${url}`);
    lines.push('END:VEVENT');
  }
  if (n === 0) return null;
  lines.push('END:VCALENDAR');
  return serializeLines(lines);
}

/** A file name a resident recognises in their downloads folder: "deutsch-a1-dietzenbach.ics". */
export function calendarFileName(course: SprachkursRecord): string {
  const slug = course.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'sprachkurs'}.ics`;
}
