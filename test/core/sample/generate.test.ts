import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateFeedDocument } from '../../../src/core/feed/index.js';
import { primaryLanguage } from '../../../src/core/language/index.js';
import { KOMMUNEN, kommuneByCode } from '../../../src/core/place/index.js';
import { FEED_KINDS } from '../../../src/core/schema/index.js';
import { generateFeed } from '../../../src/sample/generate.js';

describe('sample generator', () => {
  it('is deterministic in kind, n and seed', () => {
    assert.equal(JSON.stringify(generateFeed('lotsen', 50, 7)), JSON.stringify(generateFeed('lotsen', 50, 7)));
    assert.notEqual(JSON.stringify(generateFeed('lotsen', 50, 7)), JSON.stringify(generateFeed('lotsen', 50, 8)));
  });

  for (const kind of FEED_KINDS) {
    it(`makes a fully valid ${kind} feed covering all 33 WIR areas`, () => {
      const doc = generateFeed(kind, 300, 2026);
      const r = validateFeedDocument(JSON.parse(JSON.stringify(doc)), kind);
      assert.ok(r.ok);
      assert.equal(r.report.valid, 300);
      const areas = new Set(
        doc.records
          .map((rec: any) => rec.place && kommuneByCode(rec.place.kommune))
          .filter(Boolean)
          .map((k: any) => k.ags ?? k.code),
      );
      // Dolmetscher without a place still serve an area; the first 33 are placed on purpose.
      assert.equal(areas.size >= (kind === 'dolmetscher' ? 20 : 33), true, String(areas.size));
    });
  }

  it('weights languages like Hessen: Turkish and Arabic lead, and has unavailable Lotsen', () => {
    const records = generateFeed('lotsen', 3000, 1).records;
    const counts = new Map<string, number>();
    for (const r of records) {
      const first = r.languages[0]!;
      const code = primaryLanguage(typeof first === 'string' ? first : first.code);
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    const top = [...counts].sort((a, b) => b[1] - a[1]).map(([c]) => c);
    assert.deepEqual(top.slice(0, 2).sort(), ['ar', 'tr']);
    const unavailable = records.filter((r) => !r.available).length;
    assert.ok(unavailable > 300 && unavailable < 800, String(unavailable));
  });

  it('has full courses, childcare, women-only, free and rolling-entry courses', () => {
    const c = generateFeed('sprachkurse', 300, 2026).records;
    assert.ok(c.some((x) => x.seats?.free === 0));
    assert.ok(c.some((x) => x.childcare));
    assert.ok(c.some((x) => x.audience === 'frauen'));
    assert.ok(c.some((x) => x.cost.amount === 0));
    assert.ok(c.some((x) => x.rollingEntry));
    assert.ok(c.every((x) => x.place.lat > 49 && x.place.lat < 52));
  });

  // How long it takes is for `npm run bench` to show, not for a test on a shared machine to judge.
  it('generates the 100 000 records the benchmark needs, in the 33 WIR areas', () => {
    const doc = generateFeed('lotsen', 100_000, 3);
    assert.equal(doc.records.length, 100_000);
    assert.equal(new Set(doc.records.map((r) => r.id)).size, 100_000);
    assert.equal(KOMMUNEN.length, 33);
    const areas = new Set(KOMMUNEN.map((k) => k.code));
    assert.ok(doc.records.every((r) => areas.has(r.place.kommune.slice(0, 5))));
  });
});
