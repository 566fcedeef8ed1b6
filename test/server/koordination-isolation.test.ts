/**
 * A coordinator sees and changes only the requests of their Kommunen. Another Kommune's
 * request answers 404 on every route, exactly like an id that does not exist, and never
 * shows up in a list, a count or an export — checked route by route, and each check first
 * shows the same route working for the account's own request. On SQLite and on PostgreSQL.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { inScope, scopeCondition } from '../../src/server/store/index.js';
import { SqliteDb } from '../../src/server/store/sqlite/sqlite-db.js';
import {
  type Browser,
  type Engine,
  interpreter,
  loggedIn,
  type RunningApp,
  releasePostgres,
  startApp,
  writeInterpreterList,
} from './koordination-harness.js';
import { post, sampleRequest } from './receiver-harness.js';

const API = '/api/koordination';
after(releasePostgres);

for (const engine of ['sqlite', 'postgres'] as Engine[]) {
  describe(`isolation between Kommunen, route by route (${engine})`, () => {
    let r: RunningApp;
    let offenbach: Browser;
    let darmstadt: Browser;
    const own = sampleRequest({ kommune: '06438' });
    const other = sampleRequest({
      kommune: '06411',
      requester: { type: 'schule', name: 'Darmstädter Person', email: 'nur.darmstadt@example.de' },
    });
    const missing = crypto.randomUUID();

    before(async () => {
      r = await startApp({ engine });
      await r.addAccount('offenbach@example.de', ['06438']);
      await r.addAccount('darmstadt@example.de', ['06411']);
      for (const kommune of ['06438', '06411'])
        writeInterpreterList(r.feedsDir, kommune, [interpreter({ id: `d-${kommune}`, name: 'Amira T.', serves: [kommune] })]);
      for (const a of [own, other]) assert.equal((await post(`${r.url}/api/anfragen`, a)).status, 201);
      offenbach = await loggedIn(r.url, 'offenbach@example.de');
      darmstadt = await loggedIn(r.url, 'darmstadt@example.de');
    });
    after(() => r.close());

    /** The route answers 200 (or 204) for the account's own request and 404 for the other's and a missing one. */
    async function ownOnly(method: string, path: (id: string) => string, body?: unknown, okStatus = 200) {
      const mine = await offenbach.call(method, path(own.id), body);
      assert.equal(mine.status, okStatus, `${method} ${path(':own')} works for the own request`);
      for (const id of [other.id, missing]) {
        const answer = await offenbach.call(method, path(id), body);
        assert.equal(answer.status, 404, `${method} ${path(id === missing ? ':missing' : ':other')}`);
        assert.deepEqual(answer.body, { error: 'not-found' }, 'the same answer as for an id that does not exist');
      }
    }

    it('list: only own requests, own counts, and a filter for another Kommune is 404', async () => {
      const list = await offenbach.call<{ items: Array<{ id: string }>; total: number; counts: Record<string, number> }>(
        'GET',
        `${API}/anfragen`,
      );
      assert.equal(list.status, 200);
      assert.deepEqual(
        list.body.items.map((i) => i.id),
        [own.id],
      );
      assert.equal(list.body.total, 1);
      assert.deepEqual(list.body.counts, { received: 1 });
      assert.equal((await offenbach.call('GET', `${API}/anfragen?kommune=06411`)).status, 404);
      assert.equal((await offenbach.call('GET', `${API}/anfragen?kommune=06411000`)).status, 404);
      assert.equal((await offenbach.call('GET', `${API}/anfragen?kommune=06438`)).status, 200);
      const byNumber = await offenbach.call<{ items: unknown[] }>('GET', `${API}/anfragen?number=${other.id.slice(0, 8)}`);
      assert.deepEqual(byNumber.body.items, [], 'finding by number does not cross Kommunen');
      const theirs = await darmstadt.call<{ items: Array<{ id: string }> }>('GET', `${API}/anfragen`);
      assert.deepEqual(
        theirs.body.items.map((i) => i.id),
        [other.id],
      );
    });

    it('detail', () => ownOnly('GET', (id) => `${API}/anfragen/${id}`));

    it('suggestions', () => ownOnly('GET', (id) => `${API}/anfragen/${id}/vorschlaege`));

    it('change (status, note)', async () => {
      await ownOnly('PATCH', (id) => `${API}/anfragen/${id}`, { status: 'in-progress', note: 'angerufen' });
      assert.equal((await r.app.store.requests.get(other.id))?.status, 'received', 'the other request did not change');
      assert.equal((await r.app.store.requests.get(other.id))?.note, '');
    });

    it('"Vermitteln an …" with the other office\'s interpreter is refused too', async () => {
      const answer = await offenbach.call('PATCH', `${API}/anfragen/${own.id}`, { status: 'matched', interpreterId: 'd-06411' });
      assert.equal(answer.status, 400, 'an interpreter from another list is not in the own list');
    });

    it('export (CSV and Excel) holds only own requests', async () => {
      const csv = await offenbach.call<{ raw: Buffer }>('GET', `${API}/anfragen.csv`);
      assert.equal(csv.status, 200);
      const text = csv.body.raw.toString('utf8');
      assert.ok(text.includes(own.id));
      assert.ok(!text.includes(other.id) && !text.includes('nur.darmstadt@example.de'));
      const xlsx = await offenbach.call<{ raw: Buffer }>('GET', `${API}/anfragen.xlsx`);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.body.raw as unknown as ArrayBuffer);
      const ids = book.worksheets[0]!.getColumn(1).values.slice(2);
      assert.deepEqual(ids, [own.id]);
      assert.equal((await offenbach.call('GET', `${API}/anfragen.csv?kommune=06411`)).status, 404);
      assert.equal((await offenbach.call('GET', `${API}/anfragen.xlsx?kommune=06411`)).status, 404);
    });

    it('erasure', async () => {
      for (const id of [other.id, missing]) assert.equal((await offenbach.call('DELETE', `${API}/anfragen/${id}`)).status, 404);
      assert.ok(await r.app.store.requests.get(other.id), 'the other request is still there');
      assert.equal((await offenbach.call('DELETE', `${API}/anfragen/${own.id}`)).status, 204);
      assert.equal((await offenbach.call('GET', `${API}/anfragen/${own.id}`)).status, 404);
    });

    it('admin routes are "not found" for a coordinator', async () => {
      for (const [method, path] of [
        ['GET', `${API}/konten`],
        ['POST', `${API}/konten`],
      ] as const) {
        assert.equal(
          (await offenbach.call(method, path, method === 'POST' ? { email: 'x@example.de', kommunen: ['06438'] } : undefined)).status,
          404,
        );
      }
    });

    it('the office protocol shows only entries of the own Kommunen', async () => {
      await darmstadt.call('DELETE', `${API}/anfragen/${other.id}`);
      const protocol = await offenbach.call<{ items: Array<{ action: string; kommune?: string }> }>('GET', `${API}/protokoll`);
      assert.ok(
        protocol.body.items.every((e) => !e.kommune || e.kommune.includes('06438')),
        JSON.stringify(protocol.body.items),
      );
      assert.ok(
        protocol.body.items.some((e) => e.action === 'deleted'),
        'the own deletion is listed',
      );
    });
  });
}

describe('which Kommunen an account covers', () => {
  it('a Kreisschlüssel covers its Gemeinden, not a Sonderstatusstadt with its own office, and SQL agrees', async () => {
    assert.ok(inScope(['06438'], '06438001'));
    assert.ok(inScope(['06438'], '06438'));
    assert.ok(!inScope(['06531'], '06531005'), 'Gießen is its own WIR area');
    assert.ok(inScope(['06531'], '06531001'));
    assert.ok(inScope(['06531', '06531005'], '06531005'));
    assert.ok(!inScope(['06438001'], '06438002'));
    assert.ok(!inScope([], '06438'));

    const db = new SqliteDb(':memory:');
    await db.exec('CREATE TABLE anfragen (kommune TEXT)');
    const codes = ['06438', '06438001', '06531', '06531005', '06531001', '06411', '06411000', '06435014', '06435'];
    for (const code of codes) await db.run('INSERT INTO anfragen (kommune) VALUES (?)', [code]);
    await fc.assert(
      fc.asyncProperty(fc.subarray(['06438', '06531', '06531005', '06411', '06435', '06438001', '06435014']), async (scope) => {
        const { sql, params } = scopeCondition(scope);
        const rows = await db.all<{ kommune: string }>(`SELECT kommune FROM anfragen WHERE ${sql}`, params);
        assert.deepEqual(rows.map((row) => row.kommune).sort(), codes.filter((code) => inScope(scope, code)).sort());
      }),
      { numRuns: 60 },
    );
    await db.close();
  });
});
