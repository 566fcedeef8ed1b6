/**
 * Engine-only timing on the `npm run bench` feeds and queries (no peers, ~20 s), for quick
 * iteration: `tsx bench/engine-only.ts [--save DIR | --check DIR]`. With --check the results
 * (total, top-20 ids, scores, reasons, relaxations) must equal a saved run byte for byte.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createIndex, search } from '../src/core/match/index.js';
import type { LotseRecord } from '../src/core/schema/index.js';
import { generateFeed } from '../src/sample/generate.js';
import { makeQueries } from './queries.js';

const arg = (k: string): string | undefined => {
  const i = process.argv.indexOf(k);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const q = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.floor(p * xs.length)]!;
const us = (ms: number): string => `${(ms * 1000).toFixed(1)} µs`;
for (const n of [1_000, 10_000, 100_000]) {
  const records = generateFeed('lotsen', n, 2026).records as LotseRecord[];
  const queries = makeQueries(records, 200, 4);
  const t0 = performance.now(),
    c0 = process.cpuUsage();
  const ix = createIndex(records, 'lotsen');
  const build = performance.now() - t0,
    buildCpu = process.cpuUsage(c0);
  const out = JSON.stringify(
    queries.map((x) => {
      const r = search(ix, x);
      return [
        r.total,
        r.hits.map((h) => [h.record.id, h.score, h.distanceKm, h.reasons]),
        r.relaxations.map((y) => [y.code, y.params, y.count]),
      ];
    }),
  );
  const save = arg('--save');
  const check = arg('--check');
  if (save) writeFileSync(`${save}/${n}.json`, out);
  if (check && readFileSync(`${check}/${n}.json`, 'utf8') !== out) throw new Error(`N=${n}: results differ from ${check}`);
  for (let w = 0; w < 3; w++) for (const x of queries) search(ix, x);
  const times = queries.map((x) => {
    const t = performance.now();
    search(ix, x);
    return performance.now() - t;
  });
  console.log(
    `N=${n}: build ${build.toFixed(1)} ms (cpu ${((buildCpu.user + buildCpu.system) / 1000).toFixed(0)} ms), median ${us(q(times, 0.5))}, p95 ${us(q(times, 0.95))}`,
  );
}
