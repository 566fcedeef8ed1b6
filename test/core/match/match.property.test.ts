import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { primaryLanguage, substitutesFor } from '../../../src/core/language/index.js';
import type { DolmetscherQuery, LotsenQuery, SprachkursQuery } from '../../../src/core/match/index.js';
import { createIndex, search } from '../../../src/core/match/index.js';
import { searchReference } from '../../../src/core/match/reference.js';
import { haversineKm } from '../../../src/core/place/index.js';
import {
  COURSE_FORMATS,
  DAYS,
  type DolmetscherRecord,
  LEVELS,
  LOTSEN_TOPICS,
  type LotseRecord,
  MODES,
  PROGRAMS,
  SETTINGS,
  type SprachkursRecord,
} from '../../../src/core/schema/index.js';
import { generateFeed } from '../../../src/sample/generate.js';

const lotsen = generateFeed('lotsen', 2000, 7).records as LotseRecord[];
const kurse = generateFeed('sprachkurse', 600, 8).records as SprachkursRecord[];
const dolm = generateFeed('dolmetscher', 600, 9).records as DolmetscherRecord[];
const lotsenIx = createIndex(lotsen, 'lotsen');
const kurseIx = createIndex(kurse, 'sprachkurse');
const dolmIx = createIndex(dolm, 'dolmetscher');

const codeOf = (s: string | { code: string }): string => (typeof s === 'string' ? s : s.code);
const langs = [...new Set(lotsen.flatMap((l) => l.languages.map(codeOf)))].sort();
// Words from the feed, some with a typo, so text queries hit as well as miss.
const words = [...new Set(lotsen.slice(0, 200).flatMap((l) => `${l.name} ${l.description ?? ''}`.split(/\s+/)))]
  .filter((w) => w.length > 2)
  .slice(0, 300);
const typo = (w: string, k: number): string => (k === 0 || w.length < 4 ? w : w.slice(0, 2) + w[3] + w[2] + w.slice(4));

const point = fc.oneof(
  fc.constantFrom(...lotsen.slice(0, 50).map((l) => ({ lat: l.place.lat, lon: l.place.lon }))),
  fc.record({ lat: fc.double({ min: 49.4, max: 51.6, noNaN: true }), lon: fc.double({ min: 7.8, max: 10.2, noNaN: true }) }),
);
const time = fc
  .tuple(fc.integer({ min: 6, max: 20 }), fc.integer({ min: 1, max: 4 }))
  .map(([h, d]) => [`${String(h).padStart(2, '0')}:00`, `${String(h + d).padStart(2, '0')}:30`] as const);
const slot = fc.tuple(fc.constantFrom(...DAYS), time).map(([day, [from, to]]) => ({ day, from, to }));
const text = fc.tuple(fc.constantFrom(...words), fc.integer({ min: 0, max: 1 })).map(([w, k]) => typo(w, k));

const lotsenQuery: fc.Arbitrary<LotsenQuery> = fc.record(
  {
    near: point,
    radiusKm: fc.integer({ min: 1, max: 120 }),
    languages: fc.array(fc.constantFrom(...langs), { maxLength: 3 }),
    substitutes: fc.boolean(),
    topics: fc.subarray([...LOTSEN_TOPICS]),
    times: fc.array(slot, { maxLength: 3 }),
    gender: fc.constantFrom('w' as const, 'm' as const),
    text,
    limit: fc.integer({ min: 1, max: 40 }),
  },
  { requiredKeys: [] },
);

const ids = (r: { hits: Array<{ record: { id: string } }> }): string[] => r.hits.map((h) => h.record.id);

test('Lotsen: count, hits and scores equal the brute-force reference on 1,000 random queries', () => {
  fc.assert(
    fc.property(lotsenQuery, (q) => {
      const a = search(lotsenIx, q);
      const b = searchReference(lotsen, 'lotsen', q);
      assert.equal(a.total, b.total);
      assert.deepEqual(ids(a), ids(b));
      assert.deepEqual(
        a.hits.map((h) => h.score),
        b.hits.map((h) => h.score),
      );
      assert.deepEqual(
        a.hits.map((h) => h.reasons),
        b.hits.map((h) => h.reasons),
      );
      assert.deepEqual(
        a.relaxations.map((x) => [x.code, x.count]),
        b.relaxations.map((x) => [x.code, x.count]),
      );
    }),
    { numRuns: 1000, seed: 42 },
  );
});

test('Lotsen: every hit satisfies every hard filter; those within the radius come first; hits are sorted by score, distance, id', () => {
  fc.assert(
    fc.property(lotsenQuery, (q) => {
      const r = search(lotsenIx, { ...q, limit: 200 });
      const ok = new Set((q.languages ?? []).map((l) => primaryLanguage(l)));
      if (q.substitutes !== false) for (const l of q.languages ?? []) for (const s of substitutesFor(l)) ok.add(primaryLanguage(s.code));
      for (const h of r.hits) {
        assert.ok(h.record.available);
        if (ok.size) assert.ok(h.record.languages.some((s) => ok.has(primaryLanguage(codeOf(s)))));
        if (q.near) assert.ok(haversineKm(q.near, h.record.place) <= Math.max(q.radiusKm ?? 25, h.record.travelKm ?? 0) + 1e-9);
      }
      const beyond = r.hits.map((h) => h.reasons.some((x) => x.code === 'travels'));
      assert.deepEqual(beyond, [...beyond].sort(), 'everyone within the radius before those who travel to the resident');
      for (let i = 0; i < r.hits.length; i++) {
        const h = r.hits[i]!;
        if (q.near) assert.equal(beyond[i], haversineKm(q.near, h.record.place) > (q.radiusKm ?? 25));
        if (i === 0) continue;
        const x = r.hits[i - 1]!;
        const [kx, ky] = [x.distanceKm ?? Infinity, h.distanceKm ?? Infinity];
        assert.ok(x.score > h.score || (x.score === h.score && (kx < ky || (kx === ky && x.record.id < h.record.id))));
      }
    }),
    { numRuns: 300, seed: 43 },
  );
});

test('Lotsen: shrinking the radius never adds a hit', () => {
  fc.assert(
    fc.property(lotsenQuery, fc.double({ min: 0, max: 1, noNaN: true }), (q, f) => {
      const near = q.near ?? { lat: 50.1, lon: 8.7 };
      const big = search(lotsenIx, { ...q, near, limit: 200 });
      const small = search(lotsenIx, { ...q, near, radiusKm: (q.radiusKm ?? 25) * f, limit: 200 });
      assert.ok(small.total <= big.total);
      if (big.total <= 200) {
        const inBig = new Set(ids(big));
        assert.ok(ids(small).every((id) => inBig.has(id)));
      }
    }),
    { numRuns: 200, seed: 44 },
  );
});

test('Lotsen: adding a language never removes a hit', () => {
  fc.assert(
    fc.property(lotsenQuery, fc.constantFrom(...langs), (q, extra) => {
      const languages = q.languages?.length ? q.languages : [langs[0]!];
      const before = search(lotsenIx, { ...q, languages, limit: 200 });
      const after = search(lotsenIx, { ...q, languages: [...languages, extra], limit: 200 });
      assert.ok(after.total >= before.total);
      if (after.total <= 200) {
        const inAfter = new Set(ids(after));
        assert.ok(ids(before).every((id) => inAfter.has(id)));
      }
    }),
    { numRuns: 200, seed: 45 },
  );
});

const kursQuery: fc.Arbitrary<SprachkursQuery> = fc.record(
  {
    near: point,
    radiusKm: fc.integer({ min: 1, max: 120 }),
    levels: fc.subarray([...LEVELS]),
    unknownLevel: fc.boolean(),
    childcare: fc.boolean(),
    audience: fc.constantFrom('frauen', 'eltern', 'alle'),
    program: fc.subarray([...PROGRAMS]),
    dayparts: fc.subarray(['vormittags', 'nachmittags', 'abends'] as const),
    days: fc.subarray([...DAYS]),
    startsWithinWeeks: fc.integer({ min: 0, max: 26 }),
    freeOnly: fc.boolean(),
    freeSeatsOnly: fc.boolean(),
    includeFull: fc.boolean(),
    format: fc.subarray([...COURSE_FORMATS]),
    text: fc.constantFrom('deutsch', 'kinderbetreung', 'Frauen', 'alpha', 'abendkurs', 'integrationskurs'),
    limit: fc.integer({ min: 1, max: 40 }),
    today: fc.constantFrom('2026-11-28', '2027-03-01'),
  },
  { requiredKeys: ['today'] },
);

test('Sprachkurse: equal to the reference and never throws', () => {
  fc.assert(
    fc.property(kursQuery, (q) => {
      const a = search(kurseIx, q);
      const b = searchReference(kurse, 'sprachkurse', q);
      assert.equal(a.total, b.total);
      assert.deepEqual(ids(a), ids(b));
      assert.deepEqual(
        a.relaxations.map((x) => [x.code, x.count]),
        b.relaxations.map((x) => [x.code, x.count]),
      );
      for (const h of a.hits) {
        if (q.childcare) assert.ok(h.record.childcare);
        if (!q.includeFull) assert.ok(!(h.record.seats && h.record.seats.free === 0));
        assert.ok(!h.record.end || h.record.end >= q.today!);
      }
    }),
    { numRuns: 300, seed: 46 },
  );
});

const dolmQuery: fc.Arbitrary<DolmetscherQuery> = fc.record(
  {
    language: fc.constantFrom(...langs),
    alternatives: fc.array(fc.constantFrom(...langs), { maxLength: 2 }),
    kommune: fc.constantFrom('06438', '06411', '06412000', '06611'),
    near: point,
    date: fc.constantFrom('2026-12-01', '2026-12-03', '2027-01-15'),
    from: fc.constantFrom('08:00', '10:30', '15:00'),
    mode: fc.constantFrom(...MODES),
    setting: fc.constantFrom(...SETTINGS),
    gender: fc.constantFrom('w' as const, 'm' as const),
    today: fc.constant('2026-11-28'),
    limit: fc.integer({ min: 1, max: 40 }),
  },
  { requiredKeys: ['language', 'today'] },
);

test('Dolmetscher: equal to the reference and never throws', () => {
  fc.assert(
    fc.property(dolmQuery, (q) => {
      const a = search(dolmIx, q);
      const b = searchReference(dolm, 'dolmetscher', q);
      assert.equal(a.total, b.total);
      assert.deepEqual(ids(a), ids(b));
      if (q.mode) for (const h of a.hits) assert.ok(h.record.modes.includes(q.mode as never));
    }),
    { numRuns: 300, seed: 47 },
  );
});

test('never throws on odd but valid queries', () => {
  fc.assert(
    fc.property(
      fc.record(
        {
          limit: fc.integer({ min: -5, max: 500 }),
          cursor: fc.string(),
          radiusKm: fc.double({ min: 0, max: 500, noNaN: true }),
          text: fc.string(),
        },
        { requiredKeys: [] },
      ),
      (q) => {
        search(lotsenIx, q);
        search(kurseIx, q);
        search(dolmIx, { ...q, language: 'ar' });
      },
    ),
    { numRuns: 300, seed: 48 },
  );
});
