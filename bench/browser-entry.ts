/** Bundled by bench/browser.ts for headless Chromium: the engine alone on the same feeds and queries. */
import { createIndex, search } from '../src/core/match/index.js';
import type { LotseRecord } from '../src/core/schema/index.js';
import { generateFeed } from '../src/sample/generate.js';
import { makeQueries } from './queries.js';

const REPEAT = 20;

export function runBench(sizes: number[], count: number): Array<{ n: number; buildMs: number; median: number; p95: number }> {
  const out = [];
  for (const n of sizes) {
    const records = generateFeed('lotsen', n, 2026).records as LotseRecord[];
    const queries = makeQueries(records, count, 4);
    const t0 = performance.now();
    const ix = createIndex(records, 'lotsen');
    const buildMs = performance.now() - t0;
    for (let w = 0; w < 3; w++) for (const q of queries) search(ix, q);
    const times: number[] = [];
    // Chromium's performance.now() ticks in 100 µs steps without cross-origin isolation: each
    // query runs REPEAT times and the mean is its time.
    for (const q of queries) {
      const t = performance.now();
      for (let r = 0; r < REPEAT; r++) search(ix, q);
      times.push((performance.now() - t) / REPEAT);
    }
    times.sort((a, b) => a - b);
    out.push({ n, buildMs, median: times[Math.floor(times.length / 2)]!, p95: times[Math.floor(times.length * 0.95)]! });
  }
  return out;
}
