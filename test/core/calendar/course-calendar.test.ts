import assert from 'node:assert/strict';
import { test } from 'node:test';
import { berlinToUtcMs, buildCourseCalendar, calendarFileName, escapeText, foldLine } from '../../../src/core/calendar/index.js';
import type { SprachkursRecord } from '../../../src/core/schema/index.js';
import { parseIcs, prop, rawLines, rrule, unescapeText } from './ics-parse.js';

function kurs(over: Partial<SprachkursRecord> = {}): SprachkursRecord {
  return {
    id: 'vhs-of-a1',
    title: 'Deutsch A1 für Mütter',
    provider: { name: 'VHS Offenbach', url: 'https://vhs.example/a1' },
    program: 'wir',
    levels: ['A1'],
    audience: 'alle',
    childcare: true,
    schedule: [
      { day: 'di', from: '09:00', to: '11:30' },
      { day: 'do', from: '09:00', to: '11:30' },
    ],
    start: '2026-12-01',
    end: '2027-03-25',
    cost: { amount: 0 },
    format: 'praesenz',
    registration: { email: 'kurse@vhs.example' },
    place: { ort: 'Dietzenbach', plz: '63128', address: 'Rathausplatz 1', kommune: '06438', lat: 50.0086, lon: 8.7876 },
    ...over,
  };
}
const NOW = new Date('2026-11-28T10:00:00Z');
const events = (ics: string) => parseIcs(ics).children.filter((c) => c.type === 'VEVENT');

test('a Tuesday/Thursday course becomes one weekly event on TU,TH at its Berlin times', () => {
  const ics = buildCourseCalendar(kurs(), { now: NOW })!;
  const cal = parseIcs(ics);
  assert.equal(cal.type, 'VCALENDAR');
  assert.equal(prop(cal, 'VERSION')?.value, '2.0');
  assert.ok(prop(cal, 'PRODID'));
  assert.ok(cal.children.some((c) => c.type === 'VTIMEZONE' && prop(c, 'TZID')?.value === 'Europe/Berlin'));
  const [ev, ...rest] = events(ics);
  assert.equal(rest.length, 0);
  // 2026-12-01 is a Tuesday: the first occurrence is the start day itself.
  assert.equal(prop(ev!, 'DTSTART')?.value, '20261201T090000');
  assert.equal(prop(ev!, 'DTSTART')?.params.TZID, 'Europe/Berlin');
  assert.equal(prop(ev!, 'DTEND')?.value, '20261201T113000');
  const r = rrule(ev!);
  assert.equal(r.FREQ, 'WEEKLY');
  assert.equal(r.BYDAY, 'TU,TH');
  // UNTIL is UTC (RFC 5545 §3.3.10 with a TZID start): 2027-03-25 23:59:59 CET = 22:59:59Z.
  assert.equal(r.UNTIL, '20270325T225959Z');
  assert.equal(prop(ev!, 'DTSTAMP')?.value, '20261128T100000Z');
  assert.equal(unescapeText(prop(ev!, 'SUMMARY')!.value), 'Deutsch A1 für Mütter');
  assert.equal(unescapeText(prop(ev!, 'LOCATION')!.value), 'Rathausplatz 1, 63128 Dietzenbach');
  assert.equal(prop(ev!, 'URL')?.value, 'https://vhs.example/a1');
});

test('the first event falls on the first course day, not on a start date that is another weekday', () => {
  // 2026-12-02 is a Wednesday; the course meets Mondays and Thursdays → Thursday 3 Dec.
  const ics = buildCourseCalendar(
    kurs({
      start: '2026-12-02',
      schedule: [
        { day: 'mo', from: '18:00', to: '19:30' },
        { day: 'do', from: '18:00', to: '19:30' },
      ],
    }),
    { now: NOW },
  )!;
  const [ev] = events(ics);
  assert.equal(prop(ev!, 'DTSTART')?.value, '20261203T180000');
  assert.equal(rrule(ev!).BYDAY, 'MO,TH');
});

test('days with different times become separate events, each on its own weekday', () => {
  const ics = buildCourseCalendar(
    kurs({
      schedule: [
        { day: 'mo', from: '09:00', to: '11:00' },
        { day: 'mi', from: '14:00', to: '16:00' },
        { day: 'fr', from: '09:00', to: '11:00' },
      ],
    }),
    { now: NOW },
  )!;
  const evs = events(ics);
  assert.equal(evs.length, 2);
  const byDay = Object.fromEntries(evs.map((e) => [rrule(e).BYDAY, [prop(e, 'DTSTART')!.value, prop(e, 'DTEND')!.value]]));
  assert.deepEqual(byDay, {
    'MO,FR': ['20261204T090000', '20261204T110000'],
    WE: ['20261202T140000', '20261202T160000'],
  });
  assert.notEqual(prop(evs[0]!, 'UID')!.value, prop(evs[1]!, 'UID')!.value);
});

test('a summer end date gives UNTIL at 21:59:59Z (CEST)', () => {
  const ics = buildCourseCalendar(kurs({ end: '2027-07-15' }), { now: NOW })!;
  assert.equal(rrule(events(ics)[0]!).UNTIL, '20270715T215959Z');
});

test('a course without an end date repeats without UNTIL', () => {
  const ics = buildCourseCalendar(kurs({ end: undefined, rollingEntry: true }), { now: NOW })!;
  assert.equal(rrule(events(ics)[0]!).UNTIL, undefined);
});

test('a running course starts the calendar at "from", not in the past', () => {
  const ics = buildCourseCalendar(kurs({ start: '2026-09-01' }), { now: NOW, from: '2026-11-28' })!;
  // 2026-11-28 is a Saturday → next Tuesday 1 Dec.
  assert.equal(prop(events(ics)[0]!, 'DTSTART')?.value, '20261201T090000');
});

test('an ended course or one without slots gives no calendar', () => {
  assert.equal(buildCourseCalendar(kurs({ end: '2026-11-01', start: '2026-09-01' }), { from: '2026-11-28' }), null);
  assert.equal(buildCourseCalendar(kurs({ schedule: [] })), null);
});

test('feed text with commas, semicolons, newlines and Arabic is escaped and folded at 75 octets', () => {
  const title = 'Deutsch; für Eltern, mit Kinderbetreuung\nund Sprachcafé — دورة اللغة الألمانية للأمهات والآباء مع رعاية الأطفال';
  const description = `Anmeldung: kurse@vhs.example, Tel. 06074 123; ${'ا'.repeat(120)}`;
  const ics = buildCourseCalendar(kurs({ title }), { now: NOW, description, language: 'ar' })!;
  for (const l of rawLines(ics)) assert.ok(Buffer.byteLength(l) <= 75, l);
  const ev = events(ics)[0]!;
  assert.equal(unescapeText(prop(ev, 'SUMMARY')!.value), title);
  assert.equal(prop(ev, 'SUMMARY')!.params.LANGUAGE, 'ar');
  assert.equal(unescapeText(prop(ev, 'DESCRIPTION')!.value), description);
  // No lone CR or LF anywhere: every line ends with CRLF.
  assert.equal(ics.replace(/\r\n/g, '').match(/[\r\n]/), null);
});

test('folding never splits a multi-byte character', () => {
  const line = `SUMMARY:${'ü'.repeat(100)}`;
  const folded = foldLine(line);
  const parts = folded.split('\r\n');
  assert.ok(parts.length > 1);
  for (const p of parts) assert.ok(Buffer.byteLength(p) <= 75);
  assert.equal(parts.map((p, i) => (i ? p.slice(1) : p)).join(''), line);
  assert.ok(!folded.includes('\uFFFD'));
});

test('escapeText handles backslashes before the other escapes', () => {
  assert.equal(escapeText('a\\b;c,d\r\ne'), 'a\\\\b\\;c\\,d\\ne');
});

test('a javascript: URL from a feed never becomes the event URL', () => {
  const ics = buildCourseCalendar(kurs({ registration: { url: 'javascript:alert(1)' }, provider: { name: 'X' } }), { now: NOW })!;
  assert.equal(prop(events(ics)[0]!, 'URL'), undefined);
});

test('online courses get the given location text instead of an address', () => {
  const ics = buildCourseCalendar(kurs({ format: 'online' }), { now: NOW, onlineLocation: 'Online (Link per E-Mail)' })!;
  assert.equal(unescapeText(prop(events(ics)[0]!, 'LOCATION')!.value), 'Online (Link per E-Mail)');
});

test('Berlin wall time converts to UTC on both sides of the switch days', () => {
  assert.equal(new Date(berlinToUtcMs(2027, 3, 27, 12, 0)).toISOString(), '2027-03-27T11:00:00.000Z');
  assert.equal(new Date(berlinToUtcMs(2027, 3, 29, 12, 0)).toISOString(), '2027-03-29T10:00:00.000Z');
  assert.equal(new Date(berlinToUtcMs(2026, 10, 24, 12, 0)).toISOString(), '2026-10-24T10:00:00.000Z');
  assert.equal(new Date(berlinToUtcMs(2026, 10, 26, 12, 0)).toISOString(), '2026-10-26T11:00:00.000Z');
});

test('the file name is a readable ASCII slug', () => {
  assert.equal(calendarFileName(kurs()), 'deutsch-a1-fur-mutter.ics');
  assert.equal(calendarFileName(kurs({ title: 'دورة' })), 'sprachkurs.ics');
});
