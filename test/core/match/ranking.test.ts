import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { createIndex, search } from '../../../src/core/match/index.js';
import { searchReference } from '../../../src/core/match/reference.js';
import { loadGazetteer } from '../../../src/core/place/index.js';
import type { LotseRecord } from '../../../src/core/schema/index.js';

// The demo feed and place a resident tried (63128 Dietzenbach): "bis 5 km" listed a Lotse
// 17.2 km away, "bis 15 km" people up to 25.4 km away, not in distance order, unexplained.
const demo = JSON.parse(readFileSync(new URL('../../../demo/data/lotsen.json', import.meta.url), 'utf8')).records as LotseRecord[];
const ix = createIndex(demo, 'lotsen');
const found = (await loadGazetteer()).resolve('63128');
if (found.status !== 'found') throw new Error('63128 is in the gazetteer');
const DIETZENBACH_63128 = { lat: found.place.lat, lon: found.place.lon };

function listed(radiusKm: number) {
  const q = { near: DIETZENBACH_63128, radiusKm, limit: 200 };
  const r = search(ix, q);
  assert.deepEqual(
    r.hits.map((h) => h.record.id),
    searchReference(demo, 'lotsen', q).hits.map((h) => h.record.id),
  );
  return r.hits.map((h) => ({
    id: h.record.id,
    km: h.distanceKm!,
    travel: h.record.travelKm ?? 0,
    comes: h.reasons.some((x) => x.code === 'travels'),
  }));
}

for (const radiusKm of [5, 15]) {
  test(`bis ${radiusKm} km: everyone within comes first, nearest first; farther Lotsen only when they come that far, as a group that says so`, () => {
    const hits = listed(radiusKm);
    const first = hits.findIndex((h) => h.comes);
    const within = hits.slice(0, first);
    const beyond = hits.slice(first);
    assert.ok(within.length > 0 && beyond.length > 0);
    // Distances are shown to one decimal: 15.04 km reads "15 km" and is beyond a 15 km radius.
    assert.ok(
      within.every((h) => !h.comes && h.km <= radiusKm + 0.05),
      'within the radius first',
    );
    const kms = (xs: typeof hits) => xs.map((h) => h.km);
    assert.deepEqual(
      kms(within),
      kms(within).sort((a, b) => a - b),
      'nearest first',
    );
    assert.deepEqual(
      kms(beyond),
      kms(beyond).sort((a, b) => a - b),
      'the group nearest first',
    );
    for (const h of beyond)
      assert.ok(h.comes && h.km >= radiusKm - 0.05 && h.km <= h.travel + 0.05, `${h.id}: ${h.km} km away, comes ${h.travel} km`);
  });
}

test('bis 5 km: the Lotse 4.6 km away is first, the one 17.2 km away who travels 30 km comes in the group, the one who travels 15 km not at all', () => {
  const hits = listed(5);
  assert.equal(hits[0]!.km, 4.6);
  assert.deepEqual(
    hits.filter((h) => h.km === 17.2).map((h) => [h.travel, h.comes]),
    [[30, true]],
  );
});

test('bis 15 km: people 25.4 km away who travel only 15 km are not listed', () => {
  assert.deepEqual(
    listed(15).filter((h) => h.km > 25),
    [],
  );
});

test('with no language or topic chosen, a nearer Lotse ranks above a farther one however far the farther one travels', () => {
  const lotse = (id: string, lat: number, travelKm?: number): LotseRecord => ({
    id,
    name: id,
    languages: ['ar'],
    topics: ['alltag'],
    available: true,
    contact: { name: 'WIR' },
    place: { ort: 'Dietzenbach', kommune: '06438', lat, lon: DIETZENBACH_63128.lon },
    ...(travelKm ? { travelKm } : {}),
  });
  // ≈ 4.6 km and ≈ 8.5 km north of the resident.
  const recs = [lotse('far-traveller', 50.0851, 30), lotse('near', 50.05)];
  const r = search(createIndex(recs, 'lotsen'), { near: DIETZENBACH_63128, radiusKm: 15 });
  assert.deepEqual(
    r.hits.map((h) => h.record.id),
    ['near', 'far-traveller'],
  );
});
