/** docs/einbinden.md lists the 33 Kommune codes from the widgets' own table (npm run docs:kommunen writes them). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { DOC, withKommunenTable } from '../../scripts/docs-kommunen.js';
import { KOMMUNEN, kommuneId } from '../../src/core/place/kommunen.js';

test('the Kommune codes in docs/einbinden.md are the current table (else: npm run docs:kommunen)', () => {
  const page = readFileSync(DOC, 'utf8');
  assert.ok(page === withKommunenTable(page), 'docs/einbinden.md is out of date: run npm run docs:kommunen');
  for (const k of KOMMUNEN) {
    assert.ok(
      page.split('\n').some((line) => line.startsWith(`| \`${kommuneId(k)}\` `) && line.includes(`| ${k.name} `)),
      `${k.name} is listed with ${kommuneId(k)}`,
    );
  }
  assert.equal(KOMMUNEN.length, 33);
});
