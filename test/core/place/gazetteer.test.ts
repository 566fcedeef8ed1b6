import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { haversineKm, KOMMUNEN, kommuneByCode, loadGazetteer, placeFromCoords, type ResolvedPlace } from '../../../src/core/place/index.js';
import { PLZ_FLAT } from '../../../src/core/place/plz-table.js';

const found = (r: ReturnType<Awaited<ReturnType<typeof loadGazetteer>>['resolve']>): ResolvedPlace => {
  assert.equal(r.status, 'found', JSON.stringify(r));
  return (r as { place: ResolvedPlace }).place;
};

describe('haversineKm', () => {
  it('matches known straight-line distances', () => {
    // Frankfurt Römer → Kassel Rathaus: 145 km (great-circle, mean Earth radius).
    const km = haversineKm({ lat: 50.1106, lon: 8.6821 }, { lat: 51.3127, lon: 9.4797 });
    assert.ok(Math.abs(km - 145.4) < 1.5, String(km));
    // One degree of latitude is ~111.2 km everywhere.
    assert.ok(Math.abs(haversineKm({ lat: 50, lon: 9 }, { lat: 51, lon: 9 }) - 111.2) < 0.2);
    assert.equal(haversineKm({ lat: 50, lon: 8 }, { lat: 50, lon: 8 }), 0);
    // Darmstadt ↔ Wiesbaden city centres ≈ 36 km.
    assert.ok(Math.abs(haversineKm({ lat: 49.8728, lon: 8.6512 }, { lat: 50.0826, lon: 8.24 }) - 36.5) < 2);
  });
});

describe('Kommunen', () => {
  it('has the 33 WIR areas with unique AGS-or-code identities', () => {
    assert.equal(KOMMUNEN.length, 33);
    assert.equal(new Set(KOMMUNEN.map((k) => k.ags ?? k.code)).size, 33);
    assert.equal(KOMMUNEN.filter((k) => k.type === 'landkreis').length, 21);
  });
  it('finds by 5-digit code and 8-digit AGS', () => {
    assert.equal(kommuneByCode('06438')?.name, 'Kreis Offenbach');
    assert.equal(kommuneByCode('06434')?.name, 'Hochtaunuskreis');
    assert.equal(kommuneByCode('06434001')?.name, 'Bad Homburg v. d. Höhe');
    assert.equal(kommuneByCode('06438002')?.name, 'Kreis Offenbach');
    assert.equal(kommuneByCode('09162'), undefined);
    assert.equal(kommuneByCode('abc'), undefined);
  });
  it('places coordinates in the nearest area', () => {
    assert.equal(placeFromCoords(50.11, 8.68).kommune, '06412');
    assert.equal(placeFromCoords(51.31, 9.49).ags, '06611000');
  });
});

describe('gazetteer', async () => {
  const g = await loadGazetteer();

  it('is cached', async () => assert.equal(await loadGazetteer(), g));

  it('resolves every PLZ in the table to its area', () => {
    for (let i = 0; i < PLZ_FLAT.length; i += 4) {
      const plz = String(PLZ_FLAT[i]);
      const place = found(g.resolve(plz));
      assert.equal(place.plz, plz);
      assert.equal(place.kind, 'plz');
      assert.equal(place.kommune, KOMMUNEN[PLZ_FLAT[i + 3]!]!.code);
    }
    assert.equal(g.plzCodes.length, 545);
  });

  it('resolves 63128 to Dietzenbach in Kreis Offenbach', () => {
    const p = found(g.resolve('63128'));
    assert.match(p.label, /Dietzenbach/);
    assert.equal(p.kommune, '06438');
  });

  it('resolves each of the 33 Kommunen by name and by code', () => {
    for (const k of KOMMUNEN) {
      const byName = g.resolve(k.name);
      const places = byName.status === 'found' ? [byName.place] : byName.status === 'ambiguous' ? byName.candidates : [];
      assert.ok(
        places.some((p) => p.kommune === k.code && p.ags === k.ags),
        `${k.name}: ${JSON.stringify(byName)}`,
      );
      const byCode = found(g.resolve(k.ags ?? k.code));
      assert.equal(byCode.kommune, k.code);
      assert.equal(byCode.ags, k.ags);
      assert.equal(byCode.label, k.name);
    }
  });

  it('understands abbreviations, case and umlaut spellings', () => {
    for (const q of ['frankfurt a. M.', 'Frankfurt a.M.', 'FRANKFURT AM MAIN', 'Frankfurt']) {
      assert.equal(found(g.resolve(q)).kommune, '06412', q);
    }
    assert.equal(found(g.resolve('Bad Homburg v.d. Höhe')).ags, '06434001');
    assert.equal(found(g.resolve('bad homburg vor der hoehe')).ags, '06434001');
    assert.equal(found(g.resolve('Ruesselsheim')).ags, '06433012');
    assert.equal(found(g.resolve('Kreis Offenbach')).kommune, '06438');
    assert.equal(found(g.resolve('Landkreis Offenbach')).kommune, '06438');
  });

  it('asks back for "Offenbach": the city or the Kreis', () => {
    const r = g.resolve('Offenbach');
    assert.equal(r.status, 'ambiguous');
    if (r.status !== 'ambiguous') return;
    assert.deepEqual(r.candidates.map((c) => c.kommune).sort(), ['06413', '06438']);
    assert.equal(r.candidates[0]!.label, 'Offenbach am Main');
  });

  it('corrects a typo and says so', () => {
    const r = g.resolve('Dietzenbch');
    assert.equal(r.status, 'found');
    if (r.status === 'found') {
      assert.equal(r.place.label, 'Dietzenbach');
      assert.equal(r.corrected, true);
    }
  });

  it('finds an Ortsteil on its own', () => {
    assert.match(found(g.resolve('Battenfeld')).label, /Allendorf/);
  });

  it('does not guess for nonsense or PLZ outside Hessen', () => {
    assert.equal(g.resolve('Xylophonhausen').status, 'not-found');
    assert.equal(g.resolve('').status, 'not-found');
    const r = g.resolve('10115');
    assert.equal(r.status, 'not-found');
  });

  it('resolves coordinates to the nearest PLZ', () => {
    const p = found(g.resolve('50.01, 8.78'));
    assert.equal(p.kind, 'coords');
    assert.equal(p.kommune, '06438');
  });

  it('suggests towns by prefix and PLZ by digits', () => {
    const towns = g.suggest('Dietz');
    assert.equal(towns[0]!.label, 'Dietzenbach');
    assert.ok(g.suggest('631', 5).every((p) => p.plz?.startsWith('631')));
    assert.ok(g.suggest('Bad', 3).length === 3);
    assert.deepEqual(g.suggest(''), []);
  });
});
