/**
 * A database made by the previous release (schema version 1: requests only) is brought up
 * to date at start: its requests keep their data and gain what the inbox filters on.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { MIGRATIONS, migrate, openStore, SCHEMA_VERSION } from '../../src/server/store/index.js';
import { SqliteDb } from '../../src/server/store/sqlite/sqlite-db.js';
import { sampleRequest } from './receiver-harness.js';

const dir = mkdtempSync(join(tmpdir(), 'wir-upgrade-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('schema upgrade', () => {
  it('upgrades a version-1 database in place: rows stay, kind and language are filled in', async () => {
    const path = join(dir, 'alt.sqlite');
    const old = new SqliteDb(path);
    assert.deepEqual(await migrate(old, MIGRATIONS.slice(0, 1)), [1]);
    const anfrage = sampleRequest({ need: { ...sampleRequest().need, language: 'prs' } });
    await old.run(
      `INSERT INTO anfragen (id, payload, fingerprint, kommune, need_date, status, received_at, updated_at)
       VALUES (?, ?, 'x', ?, ?, 'in-progress', '2026-11-28T10:00:00.000Z', '2026-11-28T10:00:00.000Z')`,
      [anfrage.id, JSON.stringify(anfrage), anfrage.kommune, anfrage.need.date],
    );
    await old.close();

    const store = await openStore({ dbPath: path });
    const version = await store.db.get<{ v: number }>('SELECT MAX(version) AS v FROM schema_version');
    assert.equal(Number(version?.v), SCHEMA_VERSION);
    const [item] = await store.requests.list({ scope: ['06438'], language: 'prs', kind: 'dolmetscher' });
    assert.equal(item?.id, anfrage.id);
    assert.equal(item?.status, 'in-progress');
    assert.deepEqual(item?.request, anfrage);
    assert.equal(item?.note, '');
    assert.deepEqual(await migrate(store.db), [], 'a second start migrates nothing');
    await store.close();
  });
});
