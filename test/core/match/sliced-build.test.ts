import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createIndex, createIndexJob, search } from '../../../src/core/match/index.js';
import type { LotseRecord } from '../../../src/core/schema/index.js';
import { runInSlices } from '../../../src/core/slices/index.js';
import { generateFeed } from '../../../src/sample/generate.js';

describe('createIndexJob', () => {
  it('built in slices with pauses, the index answers queries exactly as createIndex does', async () => {
    const records = generateFeed('lotsen', 1500, 5).records as LotseRecord[];
    let pauses = 0;
    const sliced = await runInSlices(createIndexJob(records, 'lotsen'), {
      budgetMs: 0,
      pause: async () => {
        pauses++;
      },
    });
    assert.ok(pauses >= (2 * 1500) / 128 - 2, `paused ${pauses} times (grid and text index)`);
    const whole = createIndex(records, 'lotsen');
    for (const query of [
      { limit: 20 },
      { near: { lat: 50.1, lon: 8.7 }, radiusKm: 25, languages: ['ar'], limit: 10 },
      { topics: ['gesundheit'], text: 'Frankfurt', limit: 10 },
    ]) {
      const a = search(sliced, query);
      const b = search(whole, query);
      assert.equal(a.total, b.total);
      assert.deepEqual(
        a.hits.map((h) => h.record.id),
        b.hits.map((h) => h.record.id),
      );
    }
  });
});
