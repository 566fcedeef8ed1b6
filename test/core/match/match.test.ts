import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createIndex, relaxQuery, search } from '../../../src/core/match/index.js';
import { searchReference } from '../../../src/core/match/reference.js';
import type { DolmetscherRecord } from '../../../src/core/schema/index.js';
import { editDistances, vocabularyDistances } from '../../../src/core/text/prefix-edit-distance.js';
import { DIETZENBACH as DIETZENBACH_PLACE, kurs, lotse } from '../../fixtures/records.js';

const DIETZENBACH = { lat: DIETZENBACH_PLACE.lat, lon: DIETZENBACH_PLACE.lon };
const contact = { name: 'WIR-Koordination' };

test('a Lotse who does not speak the language is not shown', () => {
  const ix = createIndex([lotse('a', { languages: ['ti'] }), lotse('b', { languages: ['ar-SY'] })], 'lotsen');
  const r = search(ix, { languages: ['ar'] });
  assert.deepEqual(
    r.hits.map((h) => h.record.id),
    ['b'],
  );
  assert.equal(r.total, 1);
  assert.deepEqual(r.hits[0]!.reasons[0], { code: 'language', params: { code: 'ar-SY', asked: 'ar' } });
});

test('Lotsen outside the radius are removed unless their own travelKm reaches the resident', () => {
  const far = { ort: 'Kassel', kommune: '06611', lat: 51.3127, lon: 9.4797 };
  const mid = { ort: 'Darmstadt', kommune: '06411', lat: 49.8728, lon: 8.6512 }; // ≈ 18 km
  const ix = createIndex(
    [
      lotse('far', { place: far }),
      lotse('mid', { place: mid }),
      lotse('mid2', { place: mid, travelKm: 20 }),
      // 10 km of travel and a 10 km radius do not add up: this Lotse does not come 18 km.
      lotse('mid3', { place: mid, travelKm: 10 }),
    ],
    'lotsen',
  );
  assert.deepEqual(
    search(ix, { near: DIETZENBACH, radiusKm: 10 }).hits.map((h) => h.record.id),
    ['mid2'],
  );
  const r = search(ix, { near: DIETZENBACH, radiusKm: 25 });
  assert.deepEqual(r.hits.map((h) => h.record.id).sort(), ['mid', 'mid2', 'mid3']);
  assert.ok(r.hits.every((h) => h.distanceKm! > 15 && h.distanceKm! < 20));
});

test('unavailable Lotsen are never shown', () => {
  const ix = createIndex([lotse('a', { available: false }), lotse('b')], 'lotsen');
  assert.deepEqual(
    search(ix, {}).hits.map((h) => h.record.id),
    ['b'],
  );
});

test('topic, times and gender rank but do not remove', () => {
  const ix = createIndex(
    [
      lotse('a', { topics: ['wohnen'] }),
      lotse('b', { topics: ['behoerden'], gender: 'w', availability: [{ day: 'di', from: '14:00', to: '18:00' }] }),
      lotse('c', { topics: ['behoerden'] }),
    ],
    'lotsen',
  );
  const r = search(ix, { topics: ['behoerden'], gender: 'w', times: [{ day: 'di', from: '15:00', to: '17:00' }] });
  assert.deepEqual(
    r.hits.map((h) => h.record.id),
    ['b', 'c', 'a'],
  );
  const codes = r.hits[0]!.reasons.map((x) => x.code);
  assert.deepEqual(codes, ['topics', 'times', 'gender']);
  assert.deepEqual(r.hits[0]!.reasons[1]!.params, { days: ['di'], minutes: 120 });
});

test('equal scores are ordered by id', () => {
  const ix = createIndex([lotse('c'), lotse('a'), lotse('b')], 'lotsen');
  assert.deepEqual(
    search(ix, { languages: ['ar'] }).hits.map((h) => h.record.id),
    ['a', 'b', 'c'],
  );
});

test('paging with the cursor returns every hit once', () => {
  const recs = Array.from({ length: 45 }, (_, i) => lotse(`l${String(i).padStart(2, '0')}`));
  const ix = createIndex(recs, 'lotsen');
  const seen: string[] = [];
  let cursor: string | undefined;
  do {
    const r = search(ix, { limit: 20, ...(cursor ? { cursor } : {}) });
    seen.push(...r.hits.map((h) => h.record.id));
    cursor = r.nextCursor;
  } while (cursor);
  assert.deepEqual(seen, recs.map((r) => r.id).sort());
});

test('free text finds Behörde, typos and compound words', () => {
  const ix = createIndex(
    [
      lotse('a', { topics: ['gesundheit'], description: 'Begleitung zur Kinderbetreuung und zum Arzt' }),
      lotse('b', { topics: ['behoerden'] }),
      lotse('c', { topics: ['wohnen'], name: 'Amina Arabisch' }),
    ],
    'lotsen',
  );
  assert.deepEqual(
    search(ix, { text: 'Behoerde' }).hits.map((h) => h.record.id),
    ['b'],
  );
  assert.deepEqual(
    search(ix, { text: 'Behörde' }).hits.map((h) => h.record.id),
    ['b'],
  );
  assert.deepEqual(
    search(ix, { text: 'kinderbetreung' }).hits.map((h) => h.record.id),
    ['a'],
  );
  assert.deepEqual(
    search(ix, { text: 'Arabsch' }).hits.map((h) => h.record.id),
    ['c'],
  );
  const r = search(ix, { text: 'behoerde' });
  assert.deepEqual(r.hits[0]!.reasons.at(-1), { code: 'text', params: { terms: ['behoerde'], fields: ['topics'] } });
});

test('an exact text match scores above a typo match', () => {
  const ix = createIndex([lotse('a', { description: 'Wohnung' }), lotse('b', { description: 'Wohnugn' })], 'lotsen');
  const r = search(ix, { text: 'wohnung' });
  assert.deepEqual(
    r.hits.map((h) => h.record.id),
    ['a', 'b'],
  );
  assert.ok(r.hits[0]!.score > r.hits[1]!.score);
});

test('edit distance counts a transposition as one edit and finds typos inside prefixes', () => {
  assert.equal(editDistances('arabsich', 'arabisch', 2).full, 1);
  assert.equal(editDistances('kinderbetreung', 'kinderbetreuungsplatz', 2).prefix, 1);
  assert.equal(editDistances('xyz', 'arabisch', 1).full, 2);
});

test('zero Lotsen in range offers a larger radius with its count', () => {
  const mid = { ort: 'Darmstadt', kommune: '06411', lat: 49.8728, lon: 8.6512 };
  const ix = createIndex([lotse('mid', { place: mid })], 'lotsen');
  const q = { near: DIETZENBACH, radiusKm: 10, languages: ['ar'] };
  const r = search(ix, q);
  assert.equal(r.total, 0);
  const radius = r.relaxations.find((x) => x.code === 'radius')!;
  assert.deepEqual(radius.params, { fromKm: 10, toKm: 25 });
  assert.equal(radius.count, 1);
  assert.equal(search(ix, relaxQuery(q, radius)).total, 1);
});

test('the radius relaxation skips steps that find nobody (Kassel 34117, Tamil, 5 km)', () => {
  // Widget report: the only Tamil speaker is in Homberg (Efze), ≈ 32 km from 34117 Kassel, so
  // 10 and 25 km still give 0 and only offering the next step (10) left no radius button.
  const kassel = { lat: 51.317, lon: 9.491 };
  const homberg = { ort: 'Homberg (Efze)', kommune: '06634', lat: 51.033, lon: 9.4 };
  const recs = [lotse('ta', { languages: ['ta'], place: homberg }), lotse('ar', { place: { ort: 'Kassel', kommune: '06611', ...kassel } })];
  const ix = createIndex(recs, 'lotsen');
  const q = { near: kassel, radiusKm: 5, languages: ['ta'] };
  const r = search(ix, q);
  assert.equal(r.total, 0);
  const radius = r.relaxations.find((x) => x.code === 'radius')!;
  assert.deepEqual(radius.params, { fromKm: 5, toKm: 50 });
  assert.equal(radius.count, 1);
  assert.deepEqual(
    search(ix, relaxQuery(q, radius)).hits.map((h) => h.record.id),
    ['ta'],
  );
  assert.deepEqual(searchReference(recs, 'lotsen', q).relaxations, r.relaxations);
  // Nothing within 100 km: no radius step at all rather than one that shows nobody.
  const none = search(ix, { ...q, languages: ['ti'] });
  assert.equal(
    none.relaxations.find((x) => x.code === 'radius'),
    undefined,
  );
});

test('"I don\'t know my level" puts alpha and A1 courses first', () => {
  const ix = createIndex(
    [kurs('b1', { levels: ['B1'] }), kurs('a1', { levels: ['A1', 'A2'] }), kurs('alpha', { levels: ['alpha'] })],
    'sprachkurse',
  );
  const r = search(ix, { unknownLevel: true, today: '2026-11-28' });
  assert.deepEqual(
    r.hits.map((h) => h.record.id),
    ['a1', 'alpha', 'b1'],
  );
  assert.ok(r.hits[0]!.reasons.some((x) => x.code === 'level-beginner'));
});

test('full and ended courses are hidden; include-full brings the full one back', () => {
  const ix = createIndex(
    [kurs('full', { seats: { total: 10, free: 0 } }), kurs('ended', { start: '2026-01-01', end: '2026-06-01' })],
    'sprachkurse',
  );
  const q = { today: '2026-11-28' };
  const r = search(ix, q);
  assert.equal(r.total, 0);
  const inc = r.relaxations.find((x) => x.code === 'include-full')!;
  assert.equal(inc.count, 1);
  assert.deepEqual(
    search(ix, relaxQuery(q, inc)).hits[0]!.reasons.some((x) => x.code === 'full'),
    true,
  );
});

test('required childcare and women-only are hard filters', () => {
  const ix = createIndex(
    [kurs('a', { childcare: true }), kurs('b', { audience: 'frauen' }), kurs('c', { childcare: true, audience: 'frauen' })],
    'sprachkurse',
  );
  assert.deepEqual(
    search(ix, { childcare: true, audience: 'frauen', today: '2026-11-28' }).hits.map((h) => h.record.id),
    ['c'],
  );
  assert.deepEqual(
    search(ix, { text: 'kinderbetreung', today: '2026-11-28' })
      .hits.map((h) => h.record.id)
      .sort(),
    ['a', 'c'],
  );
});

test('courses filter by daypart and starting soon or rolling entry', () => {
  const ix = createIndex(
    [
      kurs('morning'),
      kurs('evening', { schedule: [{ day: 'mo', from: '18:00', to: '20:00' }] }),
      kurs('later', { start: '2027-06-01' }),
      kurs('rolling', { start: '2027-06-01', rollingEntry: true }),
    ],
    'sprachkurse',
  );
  const r = search(ix, { dayparts: ['vormittags'], startsWithinWeeks: 4, today: '2026-11-28' });
  assert.deepEqual(r.hits.map((h) => h.record.id).sort(), ['morning', 'rolling']);
});

test('interpreters: language, Kommune, mode and notice', () => {
  const d = (id: string, over: Partial<DolmetscherRecord>): DolmetscherRecord => ({
    id,
    name: id,
    languages: ['ti'],
    serves: ['06438'],
    settings: ['schule-kita'],
    modes: ['vor-ort'],
    contact,
    ...over,
  });
  const ix = createIndex(
    [d('a', {}), d('b', { serves: ['06411'] }), d('c', { noticeDays: 10 }), d('e', { languages: ['am'] })],
    'dolmetscher',
  );
  const r = search(ix, {
    language: 'ti',
    kommune: '06438001',
    mode: 'vor-ort',
    setting: 'schule-kita',
    date: '2026-12-03',
    today: '2026-11-28',
  });
  assert.deepEqual(
    r.hits.map((h) => h.record.id),
    ['a'],
  );
  const withAlt = search(ix, { language: 'ti', alternatives: ['am'], kommune: '06438', today: '2026-11-28' });
  assert.deepEqual(
    withAlt.hits.map((h) => h.record.id),
    ['a', 'c', 'e'],
  );
  assert.equal(withAlt.hits[2]!.reasons[0]!.code, 'language-substitute');
});

test('an empty feed and a feed spread over the globe (coarser grid cells) agree with the reference', () => {
  assert.equal(search(createIndex([], 'lotsen'), { near: DIETZENBACH, languages: ['ar'] }).total, 0);
  // 400 Lotsen from Cape Horn to Spitsbergen: far more than 2^16 cells of 0.1° × 0.15°.
  const recs = Array.from({ length: 400 }, (_, i) =>
    lotse(`g${i}`, {
      languages: [['ar', 'ti', 'fa-AF', 'prs'][i % 4]!],
      travelKm: (i % 5) * 10,
      place: { ort: `Ort ${i}`, kommune: '06438', lat: -55 + ((i * 37) % 133), lon: -170 + ((i * 91) % 340) },
    }),
  );
  const ix = createIndex(recs, 'lotsen');
  for (const q of [
    { near: { lat: 10, lon: 20 }, radiusKm: 2000, languages: ['ar'] },
    { near: { lat: -40, lon: -100 }, radiusKm: 5000, languages: ['fa'] },
    { near: recs[7]!.place, radiusKm: 0, limit: 3 },
    { languages: ['ti'], limit: 50 },
  ]) {
    const a = search(ix, q);
    const b = searchReference(recs, 'lotsen', q);
    assert.equal(a.total, b.total);
    assert.deepEqual(
      a.hits.map((h) => [h.record.id, h.score, h.reasons]),
      b.hits.map((h) => [h.record.id, h.score, h.reasons]),
    );
    assert.deepEqual(
      a.relaxations.map((x) => [x.code, x.params, x.count]),
      b.relaxations.map((x) => [x.code, x.params, x.count]),
    );
  }
});

test('the bit-parallel vocabulary scan gives the DP distances (transpositions, prefixes, non-ASCII, long terms)', () => {
  let seed = 1;
  const rnd = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 4294967296;
  };
  const alphabet = 'abcdeäß';
  const word = (n: number): string => Array.from({ length: n }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
  for (let it = 0; it < 600; it++) {
    const term = word(1 + Math.floor(rnd() * (it % 10 ? 12 : 40)));
    const words = Array.from({ length: 25 }, () => word(Math.floor(rnd() * 14))).sort();
    vocabularyDistances(term, words, (w, full, prefix) => {
      const d = editDistances(term, words[w]!, 64);
      assert.deepEqual([full, prefix], [d.full, d.prefix], `${term} / ${words[w]}`);
    });
  }
});
