/**
 * The demo's sample feeds are what `npm run sample` writes today: compact JSON (served to
 * browsers, so no indentation) from the seeded generator, so a change to the generator or the
 * schema that is not regenerated shows up here rather than as a stale demo.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { FEED_KINDS } from '../../src/core/schema/index.js';
import { DEMO_SEED, DEMO_SIZES, feedFileText } from '../../src/sample/demo-feeds.js';
import { DEFAULT_REFERENCE_DATE, generateFeed } from '../../src/sample/generate.js';

for (const kind of FEED_KINDS) {
  test(`demo/data/${kind}.json is compact and current (npm run sample rewrites it)`, () => {
    const onDisk = readFileSync(`demo/data/${kind}.json`, 'utf8');
    assert.equal(onDisk.split('\n').length, 2, 'one line of JSON and a final newline');
    assert.ok(onDisk === feedFileText(generateFeed(kind, DEMO_SIZES[kind], DEMO_SEED, DEFAULT_REFERENCE_DATE)), 'run npm run sample');
  });
}
