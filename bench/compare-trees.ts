/**
 * Two versions of the engine on the same feeds and queries, for a change that must not make
 * it slower: `tsx bench/compare-trees.ts <old-tree> <new-tree> [N …]`, where a tree is a
 * checkout or `git archive` of this repository (sharing this one's node_modules).
 *
 * On a machine shared with other work, wall times of separate runs differ by 2× from one
 * minute to the next. Here both engines run in one process, in alternating passes, so load
 * falls on both alike; and the run is repeated with the trees swapped, because whichever
 * module is loaded second ran up to ~10 % faster in the same process. Prints new/old as the
 * geometric mean of the two orders: 1.00 ± 0.02 is noise.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** One process: passes over the queries, alternating A and B; prints "a b" µs per query. */
async function pair(rootA: string, rootB: string, n: number): Promise<void> {
  const A = await import(`${rootA}/src/core/match/index.ts`);
  const B = await import(`${rootB}/src/core/match/index.ts`);
  const { generateFeed } = await import(`${rootA}/src/sample/generate.ts`);
  const { makeQueries } = await import(`${rootA}/bench/queries.ts`);
  const records = generateFeed('lotsen', n, 2026).records;
  const queries = makeQueries(records, 200, 4);
  const ia = A.createIndex(records, 'lotsen');
  const ib = B.createIndex(records, 'lotsen');
  const pass = (m: typeof A, ix: unknown): number => {
    const t = performance.now();
    for (const q of queries) m.search(ix, q);
    return ((performance.now() - t) * 1000) / queries.length;
  };
  for (let w = 0; w < 8; w++) {
    pass(A, ia);
    pass(B, ib);
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let r = 0; r < (n >= 100_000 ? 40 : 100); r++) {
    if (r % 2) tb.push(pass(B, ib));
    ta.push(pass(A, ia));
    if (!(r % 2)) tb.push(pass(B, ib));
  }
  console.log(`${median(ta)} ${median(tb)}`);
}

async function main(): Promise<void> {
  const [mode, ...rest] = process.argv.slice(2);
  if (mode === '--pair') return pair(rest[0]!, rest[1]!, Number(rest[2]));
  const [oldRoot, newRoot, ...ns] = [mode!, ...rest];
  if (!oldRoot || !newRoot) throw new Error('usage: tsx bench/compare-trees.ts <old-tree> <new-tree> [N …]');
  const self = fileURLToPath(import.meta.url);
  const run = (a: string, b: string, n: number): number[] =>
    execFileSync(process.execPath, [...process.execArgv, self, '--pair', a, b, String(n)], { encoding: 'utf8' })
      .trim()
      .split(' ')
      .map(Number);
  for (const n of (ns.length ? ns : ['1000', '10000', '100000']).map(Number)) {
    const [o1, n1] = run(oldRoot, newRoot, n) as [number, number];
    const [n2, o2] = run(newRoot, oldRoot, n) as [number, number];
    const ratio = Math.sqrt((n1 / o1) * (n2 / o2));
    console.log(
      `N=${n.toLocaleString('en')}: old ${o1.toFixed(1)} / ${o2.toFixed(1)} µs, new ${n1.toFixed(1)} / ${n2.toFixed(1)} µs a query (median pass, two orders); new/old ${ratio.toFixed(3)}`,
    );
  }
}

await main();
