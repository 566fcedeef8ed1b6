import assert from 'node:assert/strict';
import { describe, it, mock } from 'node:test';
import fc from 'fast-check';
import { weeklyDayparts } from '../../../src/core/availability/index.js';
import {
  DAYPART_EDGES,
  DAYPARTS,
  dayNumber,
  daypartsOf,
  formatTime,
  isoDate,
  localToday,
  parseTime,
  weekdayOf,
} from '../../../src/core/calendar/index.js';
import { createIndex, search } from '../../../src/core/match/index.js';
import { kurs as course } from '../../fixtures/records.js';

/** A course that started in September, so a test sets only what it is about. */
const kurs: typeof course = (id, over) => course(id, { start: '2026-09-01', levels: ['A1'], ...over });

describe('time of day', () => {
  it('parses HH:MM (and H:MM, and 24:00 as the end of a day) and rejects the rest', () => {
    assert.equal(parseTime('09:30'), 570);
    assert.equal(parseTime('9:30'), 570);
    assert.equal(parseTime(' 09:30 '), 570);
    assert.equal(parseTime('24:00'), 1440);
    for (const bad of ['25:00', '9h', '09:60', '0930', '', '09:3', 'ab:cd', '-1:00', '123:00'])
      assert.ok(Number.isNaN(parseTime(bad)), bad);
  });

  it('reads back every time it writes', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1440 }), (m) => assert.equal(parseTime(formatTime(m)), m)));
  });
});

describe('day parts: one definition for the filter and the summary', () => {
  it('cover the whole day without gaps', () => {
    assert.equal(DAYPART_EDGES[0], 0);
    assert.equal(DAYPART_EDGES[DAYPARTS.length], 24 * 60);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1, max: 1440 }), (a, b) => {
        if (a < b) assert.ok(daypartsOf(a, b).length > 0);
      }),
    );
  });

  it('a course at 22:30 is "abends" for the filter and for the card summary alike', () => {
    const late = [{ day: 'mo' as const, from: '22:30', to: '23:45' }];
    const found = search(createIndex([kurs('late', { schedule: late })], 'sprachkurse'), { dayparts: ['abends'], today: '2026-11-28' });
    assert.equal(found.total, 1);
    assert.deepEqual(weeklyDayparts(late), [{ days: ['mo'], dayparts: ['abends'] }]);
  });

  it('a slot of 11:00–12:15 is a morning slot only, for the filter as for the summary', () => {
    const schedule = [{ day: 'mo' as const, from: '11:00', to: '12:15' }];
    const ix = createIndex([kurs('k', { schedule })], 'sprachkurse');
    assert.equal(search(ix, { dayparts: ['nachmittags'], today: '2026-11-28' }).total, 0);
    assert.equal(search(ix, { dayparts: ['vormittags'], today: '2026-11-28' }).total, 1);
    assert.deepEqual(weeklyDayparts(schedule), [{ days: ['mo'], dayparts: ['vormittags'] }]);
  });

  it('a slot shorter than the minimum still has the part that holds most of it', () => {
    assert.deepEqual(daypartsOf(parseTime('11:50'), parseTime('12:15')), ['nachmittags']);
    assert.deepEqual(daypartsOf(parseTime('16:00'), parseTime('16:20')), ['nachmittags']);
  });
});

describe('dates and today', () => {
  it('counts days and weekdays without the machine time zone', () => {
    assert.equal(dayNumber('1970-01-01'), 0);
    assert.equal(weekdayOf(dayNumber('1970-01-01')), 'do');
    assert.equal(weekdayOf(dayNumber('2026-12-01')), 'di');
    assert.equal(weekdayOf(dayNumber('1969-12-31')), 'mi');
    assert.equal(isoDate(dayNumber('2026-02-28') + 1), '2026-03-01');
  });

  it('today is the German date at 00:30 German time, winter and summer', () => {
    // 23:30 UTC on 30 November is 00:30 on 1 December in Hessen (CET); 22:30 UTC on 30 June is 00:30 on 1 July (CEST).
    assert.equal(localToday(new Date(Date.UTC(2026, 10, 30, 23, 30))), '2026-12-01');
    assert.equal(localToday(new Date(Date.UTC(2026, 5, 30, 22, 30))), '2026-07-01');
    assert.equal(localToday(new Date(Date.UTC(2026, 10, 30, 22, 30))), '2026-11-30');
  });

  it('at 00:30 German time a course search without `today` runs on the German date, not on yesterday in UTC', () => {
    mock.timers.enable({ apis: ['Date'], now: Date.UTC(2026, 10, 30, 23, 30) });
    try {
      const ix = createIndex([kurs('ended', { end: '2026-11-30' }), kurs('today', { start: '2026-12-01' })], 'sprachkurse');
      const r = search(ix, {});
      assert.deepEqual(
        r.hits.map((h) => h.record.id),
        ['today'],
      );
      assert.deepEqual(r.hits[0]!.reasons.find((x) => x.code === 'starts')?.params, { date: '2026-12-01', days: 0 });
    } finally {
      mock.timers.reset();
    }
  });
});
