import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkFormRules, earliestDate } from '../../../src/core/request/lead-time.js';

test('three working days after a Thursday skip the weekend', () => {
  assert.equal(earliestDate('2026-11-26', 3), '2026-12-01');
  assert.equal(earliestDate('2026-11-30', 0), '2026-11-30');
});

test('a past date, a date inside the notice period and an over-long appointment are each named', () => {
  const options = { today: '2026-11-26', noticeDays: 3, maxDuration: 240 };
  assert.deepEqual(checkFormRules({ date: '2026-11-25', duration: '60' }, options), [{ field: 'date', code: 'date-past' }]);
  assert.deepEqual(checkFormRules({ date: '2026-11-30', duration: '60' }, options), [{ field: 'date', code: 'notice' }]);
  assert.deepEqual(checkFormRules({ date: '2026-12-01', duration: '300' }, options), [{ field: 'duration', code: 'max-duration' }]);
  assert.deepEqual(checkFormRules({ date: '2026-12-01', duration: '' }, options), []);
});
