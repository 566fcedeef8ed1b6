import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  daypartSlots,
  formatSchedule,
  normalizeSlots,
  overlapMinutes,
  parseTime,
  summarizeSlots,
} from '../../../src/core/availability/index.js';
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
  it('parses HH:MM and rejects the rest', () => {
    assert.equal(parseTime('09:30'), 570);
    assert.equal(parseTime('24:00'), 1440);
    assert.ok(Number.isNaN(parseTime('25:00')));
    assert.ok(Number.isNaN(parseTime('9h')));
  });
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
  it('summarises in German, English and Arabic', () => {
    const slots: Slot[] = [
      { day: 'mi', from: '14:00', to: '16:30' },
      { day: 'mo', from: '13:00', to: '16:00' },
    ];
    assert.equal(summarizeSlots(slots, 'de'), 'Mo, Mi nachmittags');
    assert.equal(summarizeSlots(slots, 'en'), 'Mon, Wed afternoons');
    assert.equal(summarizeSlots(slots, 'ar'), 'الاثنين، الأربعاء بعد الظهر');
    assert.equal(summarizeSlots([], 'de'), '');
    assert.equal(summarizeSlots([{ day: 'sa', from: '09:00', to: '11:00' }, ...slots], 'de'), 'Mo, Mi nachmittags · Sa vormittags');
  });
  it('formats a course schedule', () => {
    assert.equal(
      formatSchedule(
        [
          { day: 'do', from: '09:00', to: '11:30' },
          { day: 'di', from: '09:00', to: '11:30' },
        ],
        'de',
      ),
      'Di + Do, 9:00–11:30',
    );
  });
});

it('every UI locale gets its own daypart words, never the English fallback', () => {
  const slots = [
    { day: 'di', from: '14:00', to: '17:00' },
    { day: 'do', from: '09:00', to: '12:00' },
  ] satisfies Slot[];
  const english = /mornings|afternoons|evenings|all day/;
  for (const locale of ['de', 'ar', 'tr', 'uk', 'ru', 'fa', 'de-x-ls']) {
    const text = summarizeSlots(slots, locale);
    assert.ok(text.length > 0, locale);
    assert.doesNotMatch(text, english, `${locale}: ${text}`);
  }
  assert.equal(summarizeSlots(slots, 'de-x-ls'), 'Dienstag am Nachmittag · Donnerstag am Vormittag');
});
