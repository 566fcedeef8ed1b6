/**
 * One contract for the receiver's storage, run against both engines: SQLite on a temporary
 * file and PostgreSQL on a real throw-away server. Whatever the receiver promises about
 * stored requests (idempotency, conflicts, concurrency, retention, isolation by Kommune,
 * transactions) must hold on both.
 */
import assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { openStore, SCHEMA_VERSION, type Store } from '../../src/server/store/index.js';
import { PostgresDb } from '../../src/server/store/postgres/postgres-db.js';
import { StoreBusyError } from '../../src/server/store/sql-db.js';
import { testPostgres } from '../support/postgres.js';
import { daysFromToday, post, sampleRequest, startReceiver, tempDbPath } from './receiver-harness.js';

type Engine = 'sqlite' | 'postgres';
let postgres: Awaited<ReturnType<typeof testPostgres>>;
const cleanups: Array<() => unknown> = [];

before(async () => {
  postgres = await testPostgres();
});
after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await postgres.release();
});

/** Where a fresh, empty store of `engine` lives: a temp SQLite file, or a new PostgreSQL database. */
async function location(engine: Engine): Promise<{ dbPath: string; databaseUrl?: string }> {
  const db = tempDbPath();
  cleanups.push(db.cleanup);
  return engine === 'sqlite' ? { dbPath: db.dbPath } : { dbPath: db.dbPath, databaseUrl: await postgres.createDatabase() };
}

async function freshStore(engine: Engine): Promise<Store> {
  const store = await openStore(await location(engine));
  cleanups.push(() => store.close());
  return store;
}

for (const engine of ['sqlite', 'postgres'] as const) {
  describe(`store contract on ${engine}`, () => {
    it('stores a request once; the same request again is a replay, a changed one a conflict', async () => {
      const store = await freshStore(engine);
      const anfrage = sampleRequest();
      const now = new Date();
      assert.deepEqual(await store.requests.insert(anfrage, now), { kind: 'created' });
      assert.deepEqual(await store.requests.insert({ ...anfrage, createdAt: '2026-11-28T11:00:00Z' }, now), { kind: 'replay' });
      assert.deepEqual(await store.requests.insert({ ...anfrage, need: { ...anfrage.need, language: 'ar' } }, now), { kind: 'conflict' });
      const stored = await store.requests.get(anfrage.id);
      assert.deepEqual(stored?.request, anfrage);
      assert.equal(stored?.status, 'received');
      assert.equal(await store.requests.count(), 1);
    });

    it('200 concurrent inserts of 50 ids give 50 rows, each id created exactly once', async () => {
      const store = await freshStore(engine);
      const requests = Array.from({ length: 50 }, () => sampleRequest());
      const results = await Promise.all(
        Array.from({ length: 200 }, (_, i) => requests[i % 50]!).map(
          async (r) => [r.id, (await store.requests.insert(r, new Date())).kind] as const,
        ),
      );
      assert.equal(await store.requests.count(), 50);
      for (const r of requests) {
        const kinds = results.filter(([id]) => id === r.id).map(([, kind]) => kind);
        assert.deepEqual(kinds.sort(), ['created', 'replay', 'replay', 'replay'], r.id);
      }
    });

    it('retention deletes what was received before the cutoff, and only that', async () => {
      const store = await freshStore(engine);
      const old = sampleRequest();
      const recent = sampleRequest();
      await store.requests.insert(old, new Date('2026-01-01T00:00:00Z'));
      await store.requests.insert(recent, new Date('2026-03-01T00:00:00Z'));
      assert.equal(await store.requests.deleteReceivedBefore(new Date('2026-02-01T00:00:00Z')), 1);
      assert.equal(await store.requests.get(old.id), undefined);
      assert.ok(await store.requests.get(recent.id));
      assert.equal(await store.requests.deleteReceivedBefore(new Date('2026-02-01T00:00:00Z')), 0);
    });

    it('erasure removes one request for good', async () => {
      const store = await freshStore(engine);
      const anfrage = sampleRequest();
      await store.requests.insert(anfrage, new Date());
      assert.equal(await store.requests.delete(anfrage.id), true);
      assert.equal(await store.requests.get(anfrage.id), undefined);
      assert.equal(await store.requests.delete(anfrage.id), false);
      // The id is free again: a resend after erasure is a new request, not a replay of nothing.
      assert.deepEqual(await store.requests.insert(anfrage, new Date()), { kind: 'created' });
    });

    it('filters by Kommune: a Kreisschlüssel covers its Gemeinden, an AGS only itself, others never', async () => {
      const store = await freshStore(engine);
      const kreis = sampleRequest({ kommune: '06438' });
      const gemeinde = sampleRequest({ kommune: '06438001' });
      const other = sampleRequest({ kommune: '06412' });
      for (const r of [kreis, gemeinde, other]) await store.requests.insert(r, new Date());
      const ids = async (kommune: string) => (await store.requests.list({ kommune })).map((s) => s.id).sort();
      assert.deepEqual(await ids('06438'), [kreis.id, gemeinde.id].sort());
      assert.deepEqual(await ids('06438001'), [gemeinde.id]);
      assert.deepEqual(await ids('06412'), [other.id]);
      assert.deepEqual(await ids('06411'), []);
    });

    it('lists by appointment date and status, in appointment order', async () => {
      const store = await freshStore(engine);
      const later = sampleRequest({ need: { ...sampleRequest().need, date: daysFromToday(40) } });
      const sooner = sampleRequest({ need: { ...sampleRequest().need, date: daysFromToday(10) } });
      await store.requests.insert(later, new Date());
      await store.requests.insert(sooner, new Date());
      assert.deepEqual(
        (await store.requests.list()).map((s) => s.id),
        [sooner.id, later.id],
      );
      assert.deepEqual(
        (await store.requests.list({ from: daysFromToday(20) })).map((s) => s.id),
        [later.id],
      );
      await store.requests.setStatus(sooner.id, 'in-progress', new Date());
      assert.deepEqual(
        (await store.requests.list({ status: 'in-progress' })).map((s) => s.id),
        [sooner.id],
      );
    });

    it('pages through a list in a stable order, with the total of all pages', async () => {
      const store = await freshStore(engine);
      const requests = [30, 10, 50, 20, 40].map((days) => sampleRequest({ need: { ...sampleRequest().need, date: daysFromToday(days) } }));
      for (const r of requests) await store.requests.insert(r, new Date());
      const inOrder = [...requests].sort((a, b) => a.need.date.localeCompare(b.need.date)).map((r) => r.id);
      const page = async (offset: number) => (await store.requests.list({ limit: 2, offset })).map((s) => s.id);
      assert.deepEqual([...(await page(0)), ...(await page(2)), ...(await page(4))], inOrder);
      assert.deepEqual(await page(6), [], 'past the end: an empty page');
      assert.equal(await store.requests.total({ limit: 2, offset: 2 }), 5, 'the total ignores paging');
    });

    it('a transaction that fails leaves nothing behind', async () => {
      const store = await freshStore(engine);
      const anfrage = sampleRequest();
      await assert.rejects(
        store.transaction(async (tx) => {
          await tx.requests.insert(anfrage, new Date());
          throw new Error('changed my mind');
        }),
        /changed my mind/,
      );
      assert.equal(await store.requests.get(anfrage.id), undefined);
    });

    it('migrating again changes nothing, and the schema version is recorded once per step', async () => {
      const at = await location(engine);
      const first = await openStore(at);
      await first.requests.insert(sampleRequest(), new Date());
      await first.close();
      const second = await openStore(at);
      cleanups.push(() => second.close());
      assert.equal(await second.requests.count(), 1);
      const versions = await second.db.all<{ version: number }>('SELECT version FROM schema_version ORDER BY version');
      assert.deepEqual(
        versions.map((v) => Number(v.version)),
        [...new Set(versions.map((v) => Number(v.version)))],
      );
    });

    it('the receiver over HTTP: 200 concurrent posts of 50 ids → 50 rows, each id 201 once and 200 otherwise', async () => {
      const r = await startReceiver({ ...(await location(engine)), rateLimit: { perMinute: 1_000_000 } });
      cleanups.push(() => r.close());
      const requests = Array.from({ length: 50 }, () => sampleRequest());
      const answers = await Promise.all(
        Array.from({ length: 200 }, (_, i) => requests[i % 50]!).map(async (q) => [q.id, (await post(r.endpoint, q)).status] as const),
      );
      assert.equal(await r.receiver.store.requests.count(), 50);
      for (const q of requests) {
        const statuses = answers.filter(([id]) => id === q.id).map(([, s]) => s);
        assert.deepEqual(statuses.sort(), [200, 200, 200, 201], q.id);
      }
    });
  });
}

describe('several instances on one PostgreSQL database', () => {
  it('run a named job in one instance at a time (retention runs once across instances)', async () => {
    const at = await location('postgres');
    const [a, b] = await Promise.all([openStore(at), openStore(at)]);
    cleanups.push(
      () => a.close(),
      () => b.close(),
    );
    let release!: () => void;
    const holding = a.db.exclusive('retention', () => new Promise<string>((resolve) => (release = () => resolve('a ran'))));
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(await b.db.exclusive('retention', async () => 'b ran'), undefined, 'b found the job running in a');
    release();
    assert.equal(await holding, 'a ran');
    assert.equal(await b.db.exclusive('retention', async () => 'b ran'), 'b ran', 'free again once a finished');
  });

  it('a request that finds every pooled connection busy gets StoreBusyError (503 with Retry-After), not a failure', async () => {
    const db = await PostgresDb.connect(await postgres.createDatabase(), { max: 1, connectionWaitMs: 200 });
    cleanups.push(() => db.close());
    let release!: () => void;
    const holding = db.transaction(() => new Promise<void>((resolve) => (release = resolve)));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await assert.rejects(db.run('SELECT 1'), StoreBusyError);
    await assert.rejects(
      db.transaction(async () => undefined),
      StoreBusyError,
    );
    release();
    await holding;
    assert.deepEqual(await db.all('SELECT 1 AS one'), [{ one: 1 }], 'free again once the first finished');
  });

  it('two instances starting together migrate once', async () => {
    const at = await location('postgres');
    const stores = await Promise.all([openStore(at), openStore(at), openStore(at)]);
    cleanups.push(...stores.map((s) => () => s.close()));
    const versions = await stores[0]!.db.all<{ version: number }>('SELECT version FROM schema_version ORDER BY version');
    const numbers = versions.map((v) => Number(v.version));
    assert.deepEqual(numbers, [...new Set(numbers)], 'no step recorded twice');
  });
});

describe('a database made by the previous release (0.1.0, before schema_version)', () => {
  it('opens with its requests intact and is recorded at the current schema version', async () => {
    const { dbPath } = await location('sqlite');
    copyFileSync('test/fixtures/receiver-0.1.0.sqlite', dbPath);
    const store = await openStore({ dbPath });
    cleanups.push(() => store.close());
    const rows = await store.requests.list();
    assert.deepEqual(
      rows.map((r) => [r.id, r.status, r.request.requester.name, r.receivedAt]),
      [
        ['5b8f0c3e-2f6a-4d7e-9a1b-0c2d3e4f5a6b', 'received', 'Erika Mustermann', '2026-11-20T09:00:05.000Z'],
        ['6c9a1d4f-3a7b-4e8f-8b2c-1d3e4f5a6b7c', 'in-progress', 'Max Mustermann', '2026-11-21T10:00:00.000Z'],
      ],
    );
    const version = await store.db.get<{ v: number }>('SELECT MAX(version) AS v FROM schema_version');
    assert.equal(Number(version?.v), SCHEMA_VERSION);
    // A resend of a request the old release stored is still recognised as the same request.
    const again = await store.requests.get('5b8f0c3e-2f6a-4d7e-9a1b-0c2d3e4f5a6b');
    assert.deepEqual(await store.requests.insert(again!.request, new Date()), { kind: 'replay' });
  });
});
