import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { daypartSlots, normalizeSlots, overlapMinutes, weeklyDayparts, weeklyTimes } from '../../../src/core/availability/index.js';
import { parseTime } from '../../../src/core/calendar/index.js';
import { DAYS, type Slot } from '../../../src/core/schema/index.js';

const slotArb = fc
  .record({ day: fc.constantFrom(...DAYS), a: fc.integer({ min: 0, max: 1439 }), b: fc.integer({ min: 1, max: 1440 }) })
  .filter(({ a, b }) => a < b)
  .map(
    ({ day, a, b }): Slot => ({
      day,
      from: `${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`,
      to: `${String(Math.floor(b / 60)).padStart(2, '0')}:${String(b % 60).padStart(2, '0')}`,
    }),
  );

describe('availability', () => {
  it('merges overlaps and sorts by weekday', () => {
    assert.deepEqual(
      normalizeSlots([
        { day: 'mi', from: '14:00', to: '16:00' },
        { day: 'mo', from: '10:00', to: '12:00' },
        { day: 'mo', from: '11:00', to: '13:00' },
        { day: 'mo', from: '13:00', to: '14:00' },
      ]),
      [
        { day: 'mo', from: '10:00', to: '14:00' },
        { day: 'mi', from: '14:00', to: '16:00' },
      ],
    );
  });
  it('counts overlap minutes', () => {
    const a: Slot[] = [{ day: 'di', from: '09:00', to: '12:00' }];
    assert.equal(overlapMinutes(a, [{ day: 'di', from: '11:00', to: '15:00' }]), 60);
    assert.equal(overlapMinutes(a, [{ day: 'mi', from: '09:00', to: '12:00' }]), 0);
    assert.equal(overlapMinutes(a, daypartSlots(['di'], ['vormittags'])), 180);
  });
  it('overlap is symmetric and bounded by either side (property)', () => {
    fc.assert(
      fc.property(fc.array(slotArb, { maxLength: 6 }), fc.array(slotArb, { maxLength: 6 }), (a, b) => {
        const ab = overlapMinutes(a, b);
        assert.equal(ab, overlapMinutes(b, a));
        assert.equal(overlapMinutes(a, a), overlapMinutes(normalizeSlots(a), normalizeSlots(a)));
        const total = (s: Slot[]) => normalizeSlots(s).reduce((m, x) => m + parseTime(x.to) - parseTime(x.from), 0);
        assert.ok(ab <= Math.min(total(a), total(b)));
        assert.equal(overlapMinutes(a, a), total(a));
      }),
    );
  });
  it('summarises as data: days that share day parts, in weekday order', () => {
    const slots: Slot[] = [
      { day: 'mi', from: '14:00', to: '16:30' },
      { day: 'mo', from: '13:00', to: '16:00' },
    ];
    assert.deepEqual(weeklyDayparts(slots), [{ days: ['mo', 'mi'], dayparts: ['nachmittags'] }]);
    assert.deepEqual(weeklyDayparts([]), []);
    assert.deepEqual(weeklyDayparts([{ day: 'sa', from: '09:00', to: '11:00' }, ...slots]), [
      { days: ['mo', 'mi'], dayparts: ['nachmittags'] },
      { days: ['sa'], dayparts: ['vormittags'] },
    ]);
    assert.deepEqual(weeklyDayparts([{ day: 'fr', from: '08:00', to: '20:00' }]), [
      { days: ['fr'], dayparts: ['vormittags', 'nachmittags', 'abends'] },
    ]);
  });
  it('summarises a course schedule as days that share times', () => {
    assert.deepEqual(
      weeklyTimes([
        { day: 'do', from: '09:00', to: '11:30' },
        { day: 'di', from: '09:00', to: '11:30' },
        { day: 'sa', from: '10:00', to: '12:00' },
      ]),
      [
        { days: ['di', 'do'], from: 540, to: 690 },
        { days: ['sa'], from: 600, to: 720 },
      ],
    );
  });
  it('a wished day part without days means that part on every day; no part means the whole day', () => {
    assert.deepEqual(daypartSlots(['di'], []), [{ day: 'di', from: '00:00', to: '24:00' }]);
    assert.equal(daypartSlots([], ['abends']).length, 7);
    assert.deepEqual(daypartSlots(['di'], ['abends']), [{ day: 'di', from: '17:00', to: '24:00' }]);
  });
});
