/**
 * `npm run bench`: the matching engine against MiniSearch, Orama and Fuse.js on the same
 * generated Lotsen feeds (N = 1k, 10k, 100k) and the same 200 seeded queries. Each peer's
 * hits are checked against ours before it is timed. Prints a Markdown table and saves it to
 * bench/RESULTS.md. `--no-browser` skips the headless Chromium run.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { LotsenQuery } from '../src/core/match/index.js';
import { createIndex, search } from '../src/core/match/index.js';
import type { LotseRecord } from '../src/core/schema/index.js';
import { generateFeed } from '../src/sample/generate.js';
import { runBrowserBench } from './browser.js';
import { fusePeer, miniSearchPeer, oramaPeer, type Peer } from './peers.js';
import { makeQueries } from './queries.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapMb = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1048576;
};

const SIZES = [1_000, 10_000, 100_000];
const QUERIES = 200;
/** Slow peers get fewer queries at large N so the whole run stays under 10 minutes on 2 cores. */
const QUERY_CAP: Record<string, Record<number, number>> = {
  'Fuse.js': { 10000: 40, 100000: 5 },
  Orama: { 10000: 50, 100000: 10 },
};

interface Row {
  n: number;
  engine: string;
  buildMs: number;
  heapMb: number;
  queries: number;
  median: number;
  p95: number;
  agree: string;
  ratio?: number;
}

const quantile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
};

async function timeQueries(queries: LotsenQuery[], run: (q: LotsenQuery) => unknown): Promise<number[]> {
  const times: number[] = [];
  for (const q of queries) {
    const t0 = performance.now();
    const r = run(q);
    if (r instanceof Promise) await r;
    times.push(performance.now() - t0);
  }
  return times;
}

/**
 * Whole passes over the queries until at least WARM_MS went by: a fixed number of passes left
 * the engine at 1k half-compiled (V8 tiers functions up by call counts, and 1k queries are
 * short; bench/RESULTS.md, method note). Same rule for every peer.
 */
const WARM_MS = 300;
async function warm(queries: LotsenQuery[], run: (q: LotsenQuery) => unknown): Promise<void> {
  const t0 = performance.now();
  do await timeQueries(queries, run);
  while (performance.now() - t0 < WARM_MS);
}

/**
 * RESULTS.md from its NOTES_HEADING on is written by hand (what each engine choice measured,
 * cited from code comments) and survives a new run.
 */
const NOTES_HEADING = '## Notes kept across runs';
function keptNotes(file: URL): string {
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const at = old.indexOf(NOTES_HEADING);
  return at < 0 ? '' : `\n${old.slice(at)}`;
}

const fmtMs = (ms: number): string =>
  ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : ms < 1000 ? `${ms.toFixed(2)} ms` : `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const started = performance.now();
  // The 2-core machine is shared: the load says how far the figures can be trusted.
  const loadStart = loadavg()[0]!;
  const rows: Row[] = [];
  for (const n of SIZES) {
    const records = generateFeed('lotsen', n, 2026).records as LotseRecord[];
    const queries = makeQueries(records, QUERIES, 4);
    // Ours.
    const h0 = heapMb();
    let t0 = performance.now();
    let ix: ReturnType<typeof createIndex> | null = createIndex(records, 'lotsen');
    const buildMs = performance.now() - t0;
    const heap = heapMb() - h0;
    const ours = queries.map((q) => search(ix as never, q) as { total: number; hits: Array<{ record: { id: string } }> });
    await warm(queries, (q) => search(ix as never, q));
    const times = await timeQueries(queries, (q) => search(ix as never, q));
    const oursMedian = quantile(times, 0.5);
    rows.push({
      n,
      engine: 'wir-widgets match',
      buildMs,
      heapMb: heap,
      queries: queries.length,
      median: oursMedian,
      p95: quantile(times, 0.95),
      agree: '—',
    });
    ix = null;
    console.error(
      `N=${n}: engine median ${fmtMs(oursMedian)}, hits/query ${(ours.reduce((s, r) => s + r.total, 0) / ours.length).toFixed(0)}`,
    );
    for (const make of [miniSearchPeer, oramaPeer, fusePeer]) {
      const peer: Peer = make();
      const qn = Math.min(QUERIES, QUERY_CAP[peer.name]?.[n] ?? QUERIES);
      const qs = queries.slice(0, qn);
      const ph0 = heapMb();
      t0 = performance.now();
      await peer.build(records);
      const pBuild = performance.now() - t0;
      const pHeap = heapMb() - ph0;
      // Same hits before timing: without text every hit and the top 20 must be identical; with
      // text each library's own fuzzy rules decide, so we count where the totals agree.
      let plainOk = 0;
      let plain = 0;
      let textOk = 0;
      let text = 0;
      let ptimes: number[] = [];
      for (let i = 0; i < qs.length; i++) {
        const tq = performance.now();
        const r = await peer.run(qs[i]!);
        ptimes.push(performance.now() - tq);
        const o = ours[i]!;
        if (qs[i]!.text) {
          text++;
          if (r.total === o.total) textOk++;
        } else {
          plain++;
          if (r.total === o.total && r.ids.join() === o.hits.map((h) => h.record.id).join()) plainOk++;
          else throw new Error(`${peer.name} N=${n} query ${i}: ${r.total} hits vs ${o.total}`);
        }
      }
      // The checking pass was also timed; a fast peer is warmed up like the engine and timed on
      // a further pass, a slow one keeps the first (JIT warm-up is noise next to 100 ms queries).
      if (quantile(ptimes, 0.5) < 50) {
        await warm(qs, (q) => peer.run(q));
        ptimes = await timeQueries(qs, (q) => peer.run(q));
      }
      const median = quantile(ptimes, 0.5);
      rows.push({
        n,
        engine: peer.name + (qn < QUERIES ? ` (first ${qn} queries)` : ''),
        buildMs: pBuild,
        heapMb: pHeap,
        queries: qn,
        median,
        p95: quantile(ptimes, 0.95),
        agree: `${plainOk}/${plain} exact, text ${textOk}/${text}`,
        ratio: median / oursMedian,
      });
      console.error(`N=${n}: ${peer.name} median ${fmtMs(median)}`);
      peer.release();
    }
  }
  let browser = '';
  if (!process.argv.includes('--no-browser')) {
    try {
      browser = await runBrowserBench();
    } catch (e) {
      browser = `Headless Chromium run failed: ${(e as Error).message}`;
    }
  }
  const lines = [
    `# Matching benchmark`,
    '',
    `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, generated Lotsen feeds (seed 2026), ${QUERIES} seeded queries: one language (+ substitutes), 25 km, one topic, 1–2 wished slots, 40 % with a free-text word (half with a typo).`,
    `Peers do language/text (Orama also the geo radius) in their own index; radius + travelKm, substitutes, availability and ranking are done in plain JS after them, and count as their time. "agree": queries without text must give identical totals and top 20 (checked, else the run aborts); with text each library's fuzzy rules differ, so we count equal totals. The engine and every peer under 50 ms a query run whole warm-up passes for ≥ 0.3 s before the timed pass. Ratio = peer median / engine median.`,
    '',
    '| N | engine | build | retained heap | queries | median | p95 | agree | ratio |',
    '|---:|---|---:|---:|---:|---:|---:|---|---:|',
    ...rows.map(
      (r) =>
        `| ${r.n.toLocaleString('en')} | ${r.engine} | ${fmtMs(r.buildMs)} | ${r.heapMb.toFixed(1)} MB | ${r.queries} | ${fmtMs(r.median)} | ${fmtMs(r.p95)} | ${r.agree} | ${r.ratio ? `${r.ratio.toFixed(0)}×` : '1×'} |`,
    ),
    '',
    browser,
    '',
    `Total run: ${((performance.now() - started) / 1000).toFixed(0)} s. 1-minute load average ${loadStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end (2 cores; other work on the machine inflates times).`,
  ];
  const out = lines.join('\n');
  console.log(out);
  const file = new URL('./RESULTS.md', import.meta.url);
  writeFileSync(file, `${out}\n${keptNotes(file)}`);
}

await main();
