import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, test } from 'node:test';
import { openStore } from '../../src/server/store/index.js';
import { sampleRequest, tempDbPath } from '../server/receiver-harness.js';
import { testPostgres } from '../support/postgres.js';

let postgres: Awaited<ReturnType<typeof testPostgres>>;
before(async () => {
  postgres = await testPostgres();
});
after(() => postgres.release());

function migrateCli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/wir-widgets.ts', 'receiver', 'migrate', ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
}

test('receiver migrate copies every request from a SQLite file into PostgreSQL, field for field', async () => {
  const db = tempDbPath();
  try {
    const sqlite = await openStore({ dbPath: db.dbPath });
    const requests = Array.from({ length: 1234 }, () => sampleRequest());
    for (const [i, r] of requests.entries()) await sqlite.requests.insert(r, new Date(Date.UTC(2026, 10, 1, 0, i)));
    await sqlite.requests.setStatus(requests[7]!.id, 'matched', new Date('2026-11-25T12:00:00Z'));
    const before = await sqlite.requests.list();
    await sqlite.close();

    const url = await postgres.createDatabase();
    const run = migrateCli('--from', db.dbPath, '--to', url);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /^anfragen: 1234 rows copied$/m);

    const target = await openStore({ databaseUrl: url });
    try {
      assert.deepEqual(await target.requests.list(), before);
      // Replays keep working after the move: the fingerprint came along.
      assert.deepEqual(await target.requests.insert(requests[0]!, new Date()), { kind: 'replay' });
    } finally {
      await target.close();
    }

    const again = migrateCli('--from', db.dbPath, '--to', url);
    assert.equal(again.status, 1, 'a second copy into the same database is refused');
    assert.match(again.stdout, /not empty/);
  } finally {
    db.cleanup();
  }
});

test('receiver migrate names what is missing or wrong', () => {
  assert.equal(migrateCli().status, 2);
  assert.match(migrateCli('--from', 'no/such.sqlite', '--to', 'postgres://x').stdout, /no such file/);
});
