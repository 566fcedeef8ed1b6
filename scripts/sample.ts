/**
 * Writes the demo feeds, or one feed of any size for benchmarks.
 *   npm run sample                                   demo/data/{lotsen,sprachkurse,dolmetscher}.json
 *   npm run sample -- --kind lotsen --n 100000 --seed 7 --out /tmp/lotsen-100k.json [--date 2026-11-28]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { FEED_KINDS, type FeedKind } from '../src/core/schema/index.js';
import { DEMO_SEED, DEMO_SIZES, feedFileText } from '../src/sample/demo-feeds.js';
import { DEFAULT_REFERENCE_DATE, generateFeed } from '../src/sample/generate.js';

const { values } = parseArgs({
  options: {
    kind: { type: 'string' },
    n: { type: 'string' },
    seed: { type: 'string' },
    out: { type: 'string' },
    date: { type: 'string' },
  },
});

const date = values.date ?? DEFAULT_REFERENCE_DATE;
const seed = values.seed ? Number(values.seed) : DEMO_SEED;
const write = (file: string, data: unknown) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, feedFileText(data));
  console.log(`wrote ${file}`);
};

if (values.kind) {
  const kind = values.kind as FeedKind;
  if (!FEED_KINDS.includes(kind)) throw new Error(`--kind must be one of ${FEED_KINDS.join(', ')}`);
  const n = values.n ? Number(values.n) : DEMO_SIZES[kind];
  write(values.out ?? `demo/data/${kind}.json`, generateFeed(kind, n, seed, date));
} else {
  for (const kind of FEED_KINDS) write(`demo/data/${kind}.json`, generateFeed(kind, DEMO_SIZES[kind], seed, date));
}
