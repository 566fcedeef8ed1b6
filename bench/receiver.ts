/**
 * `npm run bench:receiver`: how many requests the reference receiver stores per second, and
 * how long one POST takes (p50/p95), on SQLite and on PostgreSQL, with 1, 10 and 50 clients
 * sending at once. The receiver runs in its own process (as in production); this process only
 * sends. Every POST is a new, valid request, so every one is a write. A benchmark, not a test:
 * it prints a table for bench/RESULTS.md.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { sampleRequest, tempDbPath } from '../test/server/receiver-harness.js';
import { startPostgres } from '../test/support/postgres.js';

const CLIENTS = [1, 10, 50];
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);

function startReceiver(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/receiver-cli.ts'], {
    env: { ...process.env, PORT: '0', WIR_LOG_FORMAT: 'json', WIR_RATE_LIMIT: '1000000', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (line.includes('"listening"')) resolve({ child, url: (JSON.parse(line) as { url: string }).url });
      }
    });
    child.once('exit', (code) => reject(new Error(`receiver exited with ${code}`)));
  });
}

async function load(endpoint: string, clients: number): Promise<{ perSecond: number; p50: number; p95: number; errors: number }> {
  const latencies: number[] = [];
  let errors = 0;
  const until = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) {
        const body = sampleRequest();
        const started = performance.now();
        const res = await fetch(endpoint, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': body.id },
          body: JSON.stringify(body),
        });
        await res.arrayBuffer();
        if (res.status === 201) latencies.push(performance.now() - started);
        else errors++;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { perSecond: latencies.length / SECONDS, p50: at(0.5), p95: at(0.95), errors };
}

const postgres = await startPostgres();
const rows: string[] = [];
try {
  for (const engine of ['SQLite', 'PostgreSQL'] as const) {
    const db = tempDbPath();
    const env = engine === 'SQLite' ? { WIR_DB_PATH: db.dbPath } : { WIR_DATABASE_URL: await postgres.createDatabase() };
    const { child, url } = await startReceiver(env);
    try {
      await load(`${url}/api/anfragen`, 5); // warm-up: JIT, connection pool, first pages of the table
      for (const clients of CLIENTS) {
        const r = await load(`${url}/api/anfragen`, clients);
        rows.push(
          `| ${engine} | ${clients} | ${Math.round(r.perSecond).toLocaleString('en')} | ${r.p50.toFixed(1)} ms | ${r.p95.toFixed(1)} ms | ${r.errors} |`,
        );
        console.error(rows.at(-1));
      }
    } finally {
      child.kill('SIGTERM');
      db.cleanup();
    }
  }
} finally {
  await postgres.stop();
}
console.log(`\nReceiver, ${SECONDS} s per row, load average at the end ${loadavg()[0]!.toFixed(2)} (2 cores):\n`);
console.log('| engine | clients | stored/s | p50 | p95 | non-201 |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
