/**
 * The gazetteer and the language lookup measure typos with the engine's
 * `editDistances(...).full`. This checks it against a plain optimal-string-alignment table on
 * the names those lookups actually scan: every place key and language word, its one-edit
 * typos (drop, replace, swap), against itself and its sorted neighbours, whole and cut to the
 * typo's length (findLanguages compares against word beginnings that way).
 */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LANGUAGES, languageName } from '../../../src/core/language/languages.js';
import { KOMMUNEN } from '../../../src/core/place/kommunen.js';
import { baseKey, placeKey } from '../../../src/core/place/place-names.js';
import { PLACE_ROWS } from '../../../src/core/place/plz-table.js';
import { foldGerman } from '../../../src/core/text/normalize.js';
import { editDistances } from '../../../src/core/text/prefix-edit-distance.js';

function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

function typos(s: string): string[] {
  const out = [s];
  for (let i = 0; i < s.length; i++) {
    out.push(s.slice(0, i) + s.slice(i + 1), `${s.slice(0, i)}x${s.slice(i + 1)}`);
    if (i + 1 < s.length) out.push(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
  }
  return out;
}

function agreeOn(names: readonly string[]) {
  const sorted = [...new Set(names)].filter(Boolean).sort();
  let compared = 0;
  sorted.forEach((name, n) => {
    for (const q of typos(name)) {
      for (const other of sorted.slice(n, n + 4)) {
        for (const w of [other, other.slice(0, q.length)]) {
          const want = osa(q, w);
          for (const budget of [1, 2]) {
            const got = editDistances(q, w, budget).full;
            // Above the budget only "too far" counts: both callers compare with <= budget.
            assert.equal(Math.min(got, budget + 1), Math.min(want, budget + 1), `${q} vs ${w}, budget ${budget}`);
          }
          compared++;
        }
      }
    }
  });
  return compared;
}

describe('typo distance on names', () => {
  it('agrees with a plain DP on every place key', () => {
    const keys = [
      ...PLACE_ROWS.flatMap(([town]) => [placeKey(town), baseKey(town)]),
      ...KOMMUNEN.flatMap((k) => [placeKey(k.name), placeKey(k.shortName), baseKey(k.name)]),
    ];
    assert.ok(agreeOn(keys) > 10_000);
  });

  it('agrees with a plain DP on every word of the language names', () => {
    const words = LANGUAGES.flatMap((l) =>
      [l.nameDe, l.endonym, languageName(l.code, 'en')].flatMap((t) => foldGerman(t).split(/[^\p{L}\p{N}]+/u)),
    );
    assert.ok(agreeOn(words) > 1_000);
  });
});
