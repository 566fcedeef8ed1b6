/** Cell values as coordinators write them, one parser at a time. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { daypartTimes, formatAvailabilityText, parseAvailabilityText } from '../../../src/core/import/values/availability-text.js';
import { parseDate } from '../../../src/core/import/values/dates.js';
import { formatLanguage, parseLanguages } from '../../../src/core/import/values/language-cell.js';
import { formatCost, parseAgeRange, parseCost, parseKilometres, parseSeats } from '../../../src/core/import/values/numbers.js';
import { parseTermList } from '../../../src/core/import/values/terms.js';
import { parseYesNo } from '../../../src/core/import/values/yes-no.js';
import { LOTSEN_TOPIC_LABELS } from '../../../src/core/import/vocabulary-labels.js';
import { DAYS, type Slot } from '../../../src/core/schema/index.js';

const slots = (text: string) => parseAvailabilityText(text).value;

test('times: days, ranges, day parts, "ab" and "bis", several times for one day', () => {
  assert.deepEqual(slots('Mo 9-12, Mi nachmittags, Do ab 17 Uhr'), [
    { day: 'mo', from: '09:00', to: '12:00' },
    { day: 'mi', ...daypartTimes('nachmittags') },
    { day: 'do', from: '17:00', to: daypartTimes('abends').to },
  ]);
  assert.deepEqual(slots('Mo, Mi vormittags'), [
    { day: 'mo', ...daypartTimes('vormittags') },
    { day: 'mi', ...daypartTimes('vormittags') },
  ]);
  assert.deepEqual(slots('Mo 9-12 und 14:30-16'), [
    { day: 'mo', from: '09:00', to: '12:00' },
    { day: 'mo', from: '14:30', to: '16:00' },
  ]);
  assert.deepEqual(slots('Di + Do, 9:00–11:30'), [
    { day: 'di', from: '09:00', to: '11:30' },
    { day: 'do', from: '09:00', to: '11:30' },
  ]);
  assert.deepEqual(slots('montags 9 bis 12 Uhr'), [{ day: 'mo', from: '09:00', to: '12:00' }]);
  assert.deepEqual(slots('Sa bis 13 Uhr'), [{ day: 'sa', from: daypartTimes('vormittags').from, to: '13:00' }]);
  assert.equal(slots('Mo–Fr vormittags')?.length, 5);
  assert.equal(slots('werktags ab 16 Uhr')?.length, 5);
  assert.deepEqual(
    slots('am Wochenende abends')?.map((s) => s.day),
    ['sa', 'so'],
  );
  assert.deepEqual(
    slots('Fr-Mo 10-11')?.map((s) => s.day),
    ['fr', 'sa', 'so', 'mo'],
    'a range over the weekend',
  );
});

test('times that cannot be read say what was not understood; "nach Absprache" imports no times with a note', () => {
  const night = parseAvailabilityText('Mittwochs nachts');
  assert.equal(night.value, undefined);
  assert.match(night.issues[0]!.message, /„nachts“ nicht verstanden/);
  assert.match(parseAvailabilityText('nachmittags').issues[0]!.message, /Tag fehlt/);
  assert.match(parseAvailabilityText('Mo 12-9').issues[0]!.message, /endet nicht nach dem Beginn/);
  assert.match(parseAvailabilityText('Mo 17 Uhr').issues[0]!.message, /„17“ nicht verstanden/);
  const arranged = parseAvailabilityText('nach Absprache');
  assert.deepEqual([arranged.value, arranged.issues[0]!.severity], [undefined, 'warning']);
  const noTime = parseAvailabilityText('Di, Do');
  assert.equal(noTime.value?.length, 2);
  assert.equal(noTime.issues[0]!.severity, 'warning', 'days without a time are read as whole days, with a note');
});

test('times: what the export writes reads back as the same slots', () => {
  const time = fc.integer({ min: 0, max: 47 }).map((h) => `${String(Math.floor(h / 2)).padStart(2, '0')}:${h % 2 ? '30' : '00'}`);
  const slot = fc
    .tuple(fc.constantFrom(...DAYS), time, time)
    .filter(([, a, b]) => a < b)
    .map(([day, from, to]): Slot => ({ day, from, to }));
  fc.assert(
    fc.property(fc.uniqueArray(slot, { selector: (s) => `${s.day}${s.from}${s.to}`, maxLength: 8 }), (list) => {
      const text = formatAvailabilityText(list);
      assert.deepEqual(parseAvailabilityText(text).value ?? [], list, text);
    }),
    { numRuns: 300 },
  );
  assert.equal(
    formatAvailabilityText([
      { day: 'mo', ...daypartTimes('nachmittags') },
      { day: 'mi', ...daypartTimes('nachmittags') },
    ]),
    'Mo + Mi nachmittags',
  );
});

const languages = (text: string) => parseLanguages(text).value;

test('languages by German name, endonym or code, with dialect, level and writing', () => {
  assert.deepEqual(languages('Arabisch (Syrien)'), ['ar-SY']);
  assert.deepEqual(languages('العربية, Türkçe, uk'), ['ar', 'tr', 'uk']);
  assert.deepEqual(languages('Tigrinya (Muttersprache, schreibt)'), [{ code: 'ti', level: 'muttersprache', writes: true }]);
  assert.deepEqual(languages('Kurdisch (Sorani)'), ['ckb']);
  assert.deepEqual(languages('Persisch (Farsi)'), ['fa']);
  assert.deepEqual(languages('Dari/Farsi'), ['prs', 'fa']);
  assert.deepEqual(languages('Kurmanci; Paschto'), ['kmr', 'ps']);
  assert.deepEqual(languages('Hebräisch'), ['he'], 'German names Intl knows, outside the shipped table');
  assert.deepEqual(languages('Englisch (gut), Englisch'), [{ code: 'en', level: 'gut' }], 'each language once');
  const typo = parseLanguages('Arabisch, Tigrnya');
  assert.equal(typo.value, undefined);
  assert.deepEqual(
    [typo.issues[0]!.message, typo.issues[0]!.fix, typo.issues[0]!.replacement],
    ['„Tigrnya“ unbekannt', 'meinten Sie Tigrinya (ti)?', 'Arabisch, Tigrinya'],
  );
  assert.match(parseLanguages('Arabisch (Mond)').issues[0]!.message, /„Mond“ in Klammern nicht verstanden/);
  assert.equal(parseLanguages('Klingonisch').issues[0]!.code, 'unknown-language');
  const prefix = parseLanguages('Amhar');
  assert.deepEqual([prefix.value, prefix.issues[0]!.severity], [['am'], 'warning']);
});

test('languages: the export writes what the import reads back', () => {
  for (const spec of [
    'ar-SY',
    'fa',
    'prs',
    'kmr',
    'ff',
    'he',
    'sr-Latn',
    { code: 'uk', level: 'muttersprache', writes: false },
    { code: 'fa', level: 'gut' },
  ] as const) {
    assert.deepEqual(parseLanguages(formatLanguage(spec)).value, [spec], formatLanguage(spec));
  }
  assert.equal(formatLanguage({ code: 'ar-SY', level: 'muttersprache', writes: true }), 'Arabisch (Syrien, Muttersprache, schreibt)');
});

test('dates: Excel dates, German dates, ISO; impossible dates are errors', () => {
  assert.equal(parseDate(new Date(Date.UTC(2027, 1, 1))).value, '2027-02-01');
  assert.equal(parseDate('01.02.2027').value, '2027-02-01');
  assert.equal(parseDate('1.2.27').value, '2027-02-01');
  assert.equal(parseDate('2027-02-01').value, '2027-02-01');
  assert.equal(parseDate('1. März 2027').value, '2027-03-01');
  assert.equal(parseDate(46419).value, '2027-02-01', 'an Excel serial number');
  assert.equal(parseDate('29.02.2027').issues[0]!.code, 'invalid-date');
  assert.equal(parseDate('bald').issues[0]!.code, 'invalid-date');
});

test('yes/no: ja, x, ticks and Excel booleans; empty is no answer; anything else an error', () => {
  for (const yes of ['ja', 'Ja', 'x', 'X', '✓', '✔', 'yes', '1', true]) assert.equal(parseYesNo(yes).value, true, String(yes));
  for (const no of ['nein', 'Nein', '-', '0', false]) assert.equal(parseYesNo(no).value, false, String(no));
  assert.equal(parseYesNo('').value, undefined);
  assert.equal(parseYesNo('vielleicht').issues[0]!.code, 'invalid-yes-no');
});

test('numbers: seats "3 von 12", cost "kostenlos" or "25 €" with a note, km and ages', () => {
  assert.deepEqual(parseSeats('3 von 12').value, { free: 3, total: 12 });
  assert.deepEqual(parseSeats('0/10').value, { free: 0, total: 10 });
  assert.equal(parseSeats('13 von 12').issues[0]!.code, 'invalid-seats');
  assert.equal(parseSeats('12').issues[0]!.code, 'invalid-seats');
  assert.deepEqual(parseCost('kostenlos').value, { amount: 0 });
  assert.deepEqual(parseCost('25 €').value, { amount: 25 });
  assert.deepEqual(parseCost('€ 25,50').value, { amount: 25.5 });
  assert.deepEqual(parseCost('1.200 EUR für das Semester').value, { amount: 1200, note: 'für das Semester' });
  assert.deepEqual(parseCost('0,50 €').value, { amount: 0.5 });
  assert.deepEqual(parseCost(30).value, { amount: 30 });
  assert.equal(parseCost('fünf Euro').issues[0]!.code, 'invalid-cost');
  for (const amount of [0, 25, 12.5, 1200]) assert.deepEqual(parseCost(formatCost(amount)).value, { amount });
  assert.equal(parseKilometres('10 km').value, 10);
  assert.equal(parseKilometres('7,5').value, 7.5);
  assert.equal(parseKilometres('weit').issues[0]!.code, 'invalid-number');
  assert.deepEqual(parseAgeRange('1 bis 6 Jahre').value, { min: 1, max: 6 });
});

test('vocabularies by German label, usual words and codes; labels containing "und" are not split', () => {
  assert.deepEqual(parseTermList(LOTSEN_TOPIC_LABELS, 'Schule und Kita, Ämter; Asyl/Aufenthalt').value, [
    'schule-kita',
    'behoerden',
    'asyl-aufenthalt',
  ]);
  assert.deepEqual(parseTermList(LOTSEN_TOPIC_LABELS, 'Wohnen und Arbeit').value, ['wohnen', 'arbeit']);
  assert.deepEqual(parseTermList(LOTSEN_TOPIC_LABELS, 'gesundheit, SCHULE-KITA').value, ['gesundheit', 'schule-kita']);
  const typo = parseTermList(LOTSEN_TOPIC_LABELS, 'Wohnen, Gesundhiet');
  assert.deepEqual([typo.issues[0]!.fix, typo.issues[0]!.replacement], ['meinten Sie „Gesundheit“?', 'Wohnen, Gesundheit']);
});
