import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  dirOf,
  findLanguages,
  getLanguage,
  LANGUAGES,
  languageName,
  POPULAR_LANGUAGES,
  primaryLanguage,
  substitutesFor,
} from '../../../src/core/language/index.js';

describe('language table', () => {
  it('ships all 42 languages and every popular code is in it', () => {
    assert.equal(LANGUAGES.length, 42);
    for (const c of POPULAR_LANGUAGES) assert.ok(getLanguage(c), c);
    assert.deepEqual(POPULAR_LANGUAGES.slice(0, 3), ['tr', 'ar', 'uk']);
  });
  it('falls back on the primary subtag and keeps the region', () => {
    const info = getLanguage('ar-SY')!;
    assert.equal(info.code, 'ar');
    assert.equal(info.region, 'SY');
    assert.equal(getLanguage('fa-AF')!.code, 'prs');
    assert.equal(primaryLanguage('AR-sy'), 'ar');
    assert.equal(getLanguage('xx'), undefined);
  });
  it('knows direction, also from a script subtag', () => {
    assert.equal(dirOf('ar'), 'rtl');
    assert.equal(dirOf('prs'), 'rtl');
    assert.equal(dirOf('ckb'), 'rtl');
    assert.equal(dirOf('kmr'), 'ltr');
    assert.equal(dirOf('kmr-Arab'), 'rtl');
    assert.equal(dirOf('tr'), 'ltr');
  });
  it('names languages from the table in German and as endonym', () => {
    assert.equal(languageName('kmr', 'de'), 'Kurmandschi (Nordkurdisch)');
    assert.equal(languageName('prs', 'de'), 'Dari');
    assert.equal(languageName('ar', 'ar'), 'العربية');
    assert.equal(languageName('ar-SY', 'de'), 'Arabisch (Syrien)');
    assert.notEqual(languageName('kmr', 'en'), 'Kurdish');
    assert.equal(languageName('tr', 'en'), 'Turkish');
    assert.equal(languageName('tr', 'not a locale!!'), 'Türkçe');
  });
});

describe('findLanguages', () => {
  const codes = (q: string) => findLanguages(q, 'de').map((m) => m.code);
  it('maps what residents type to codes', () => {
    assert.deepEqual(codes('Farsi').slice(0, 2), ['fa', 'prs']);
    assert.deepEqual(codes('Persisch').slice(0, 2).sort(), ['fa', 'prs']);
    assert.deepEqual(codes('Kurdisch').sort(), ['ckb', 'kmr']);
    assert.deepEqual(codes('Serbokroatisch').sort(), ['bs', 'hr', 'sr']);
    assert.deepEqual(codes('Paschto'), ['ps']);
    assert.deepEqual(codes('Pashto'), ['ps']);
    assert.equal(codes('tuerkisch')[0], 'tr');
    assert.equal(codes('Türk')[0], 'tr');
    assert.equal(codes('русский')[0], 'ru');
    assert.equal(findLanguages('ti', 'de')[0]!.match, 'code');
    assert.deepEqual(findLanguages('', 'de'), []);
  });
});

describe('substitutesFor', () => {
  const of = (c: string) => Object.fromEntries(substitutesFor(c).map((s) => [s.code, s.closeness]));
  it('reads closeness from the data table, both ways where symmetric', () => {
    assert.equal(of('prs').fa, 0.9);
    assert.equal(of('fa').prs, 0.9);
    assert.equal(of('sr').hr, 0.85);
    assert.equal(of('bs').sr, 0.85);
    assert.equal(of('ar-SY').ar, 0.8);
    assert.equal(of('apc').ar, 0.8);
    assert.equal(of('kmr').ckb, 0.4);
    assert.equal(of('de').fa, undefined);
  });
  it('never lists the language itself and sorts closest first', () => {
    for (const l of LANGUAGES) {
      const subs = substitutesFor(l.code);
      assert.ok(!subs.some((s) => s.code === l.code));
      for (let i = 1; i < subs.length; i++) assert.ok(subs[i - 1]!.closeness >= subs[i]!.closeness);
      assert.ok(subs.every((s) => s.closeness > 0 && s.closeness <= 1));
    }
  });
});
