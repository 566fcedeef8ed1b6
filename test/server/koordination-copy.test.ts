/**
 * Moving an office from SQLite to PostgreSQL (`wir-widgets receiver migrate`) takes the
 * workspace along: accounts with their passwords, the audit trail — whose numbering then
 * continues on PostgreSQL without colliding — and a request's status link.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { copyDatabase } from '../../src/server/store/copy-database.js';
import { openStore } from '../../src/server/store/index.js';
import { SqliteDb } from '../../src/server/store/sqlite/sqlite-db.js';
import { testPostgres } from '../support/postgres.js';
import { Browser, loggedIn, startApp } from './koordination-harness.js';
import { post, sampleRequest } from './receiver-harness.js';

const postgres = await testPostgres();
after(() => postgres.release());

describe('copying a workspace from SQLite to PostgreSQL', () => {
  it('keeps accounts, the audit trail and status links working', async () => {
    const before = await startApp();
    await before.addAccount('umzug@example.de', ['06438']);
    const anfrage = sampleRequest();
    const { statusUrl } = (await (await post(`${before.url}/api/anfragen`, anfrage)).json()) as { statusUrl: string };
    const browser = await loggedIn(before.url, 'umzug@example.de');
    await browser.call('PATCH', `/api/koordination/anfragen/${anfrage.id}`, { status: 'in-progress' });
    const dbPath = before.dbPath;
    await before.app.close();

    const url = await postgres.createDatabase();
    const source = new SqliteDb(dbPath);
    const target = await openStore({ databaseUrl: url });
    const report = await copyDatabase(source, target.db);
    await source.close();
    await target.close();
    await before.close();
    assert.ok(report.tables.some((t) => t.table === 'accounts' && t.rows === 1));
    assert.ok(report.tables.some((t) => t.table === 'audit' && t.rows >= 3));

    const after = await startApp({ databaseUrl: url });
    try {
      const b = new Browser(after.url);
      assert.equal((await b.login('umzug@example.de')).status, 200);
      const changed = await b.call<{ audit: Array<{ action: string; to?: string }> }>('PATCH', `/api/koordination/anfragen/${anfrage.id}`, {
        status: 'cancelled',
      });
      assert.equal(changed.status, 200, 'a new audit entry after the copied ones');
      assert.deepEqual(
        changed.body.audit.map((e) => e.to),
        ['received', 'in-progress', 'cancelled'],
      );
      const token = statusUrl.split('#')[1];
      const status = await fetch(`${after.url}/api/anfrage-status/${anfrage.id}`, { headers: { Authorization: `Bearer ${token}` } });
      assert.equal(status.status, 200);
    } finally {
      await after.close();
    }
  });
});
