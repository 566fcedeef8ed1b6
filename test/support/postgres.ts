/**
 * A real, throw-away PostgreSQL server for the tests that need one.
 *
 * `npm test` starts one cluster for the whole run (scripts/test-all.mjs) and hands its URL to
 * every test file in WIR_TEST_DATABASE_URL; a test file run on its own starts a cluster of its
 * own. Either way nothing is skipped: if PostgreSQL cannot start, the test fails and says why.
 *
 * initdb refuses to run as root, so as root the cluster belongs to the `postgres` user that
 * Debian's package creates, in a temporary folder it owns.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface PostgresCluster {
  /** postgres://… of the cluster's maintenance database. */
  url: string;
  /** A new, empty database on the cluster; returns its URL. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

/** The bin folder of the newest installed PostgreSQL (Debian: /usr/lib/postgresql/<n>/bin). */
export function postgresBin(): string {
  const fromEnv = process.env.WIR_PG_BIN;
  if (fromEnv) return fromEnv;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => /^\d+$/.test(v)) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error('PostgreSQL is not installed (no /usr/lib/postgresql/<version>/bin); .ci/run installs it from Debian');
  return join(root, newest, 'bin');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts a cluster in a temporary folder on a free port (trust authentication on 127.0.0.1 only). */
export async function startPostgres(): Promise<PostgresCluster> {
  const bin = postgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'wir-pg-'));
  const data = join(dir, 'data');
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  const run = (tool: string, args: string[]) => {
    const command = [join(bin, tool), ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
    const result = asRoot
      ? spawnSync('su', ['postgres', '-s', '/bin/sh', '-c', command], { encoding: 'utf8' })
      : spawnSync(join(bin, tool), args, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr || result.stdout || result.error?.message}`);
  };
  if (asRoot) {
    const user = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const group = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, user, group);
    chmodSync(dir, 0o700);
  }
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C']);
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'server.log'),
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
    '-w',
    'start',
  ]);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  let stopped = false;
  return {
    url,
    createDatabase: () => createDatabase(url),
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

async function createDatabase(clusterUrl: string): Promise<string> {
  const name = `wir_test_${crypto.randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const client = new pg.Client({ connectionString: clusterUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(clusterUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * The run's cluster (WIR_TEST_DATABASE_URL, set by scripts/test-all.mjs) or one started for
 * this test file. Call `release()` in the file's `after`.
 */
export async function testPostgres(): Promise<{ createDatabase(): Promise<string>; release(): Promise<void> }> {
  const shared = process.env.WIR_TEST_DATABASE_URL;
  if (shared) return { createDatabase: () => createDatabase(shared), release: async () => undefined };
  const own = await startPostgres();
  return { createDatabase: own.createDatabase, release: own.stop };
}
