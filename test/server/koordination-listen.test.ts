/**
 * From the office's sheet to a live feed through the receiver: upload, the problem table
 * (the same rows and columns as `wir-widgets import`), publishing with the skipped rows
 * confirmed, and the public feed with ETag/304, CORS, caching and compression. The
 * interpreter list is stored for suggestions and never served; each office publishes only for
 * its own Kommunen. On SQLite and on PostgreSQL (publishing writes the audit trail).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startTestDemoServer } from '../support/page-fixtures.js';
import type { Browser, Engine, RunningApp } from './koordination-harness.js';
import { loggedIn, releasePostgres, startApp } from './koordination-harness.js';
import { post, sampleRequest } from './receiver-harness.js';

const API = '/api/koordination';
const FIXTURES = 'test/fixtures/import';
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
after(releasePostgres);

interface Problem {
  row?: number;
  column?: string;
  message: string;
  fix?: string;
  severity: string;
}
interface Check {
  total: number;
  valid: number;
  skipped: number;
  exitCode: number;
  publishable: boolean;
  problems: Problem[];
  rows: Array<{ rowNumber: number; status: string; problems: Problem[] }>;
  looksLike?: string;
}
interface FeedView {
  kommune: string;
  kind: string;
  records: number;
  published: boolean;
  url?: string;
  savedAt: string;
}

/** Sends a file as the workspace does: its bytes as application/octet-stream, the name in ?datei=. */
async function send(browser: Browser, path: string, bytes: Uint8Array, name: string, headers: Record<string, string> = {}) {
  const sep = path.includes('?') ? '&' : '?';
  const res = await fetch(`${browser.base}${API}${path}${sep}datei=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { Cookie: browser.cookie, Origin: browser.base, 'Content-Type': 'application/octet-stream', ...headers },
    body: new Blob([new Uint8Array(bytes)]),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { check?: Check; feed?: FeedView } };
}

for (const engine of ['sqlite', 'postgres'] as Engine[]) {
  describe(`publishing an office's lists (${engine})`, () => {
    let r: RunningApp;
    let offenbach: Browser;
    let darmstadt: Browser;

    before(async () => {
      r = await startApp({ engine });
      await r.addAccount('offenbach@example.de', ['06438']);
      await r.addAccount('darmstadt@example.de', ['06411']);
      offenbach = await loggedIn(r.url, 'offenbach@example.de');
      darmstadt = await loggedIn(r.url, 'darmstadt@example.de');
    });
    after(() => r.close());

    it('checks an uploaded sheet and answers the problem table with Excel rows and column headers', async () => {
      const answer = await send(
        offenbach,
        '/listen/06438/lotsen/pruefung',
        fixture('lotsen-kreis-offenbach.xlsx'),
        'lotsen-kreis-offenbach.xlsx',
      );
      assert.equal(answer.status, 200);
      const check = answer.body as unknown as Check;
      assert.deepEqual([check.total, check.valid, check.skipped, check.exitCode, check.publishable], [13, 5, 8, 1, true]);
      const tigrinya = check.problems.find((p) => p.message.includes('Tigrnya'));
      assert.deepEqual(
        { row: tigrinya?.row, column: tigrinya?.column, fix: tigrinya?.fix },
        { row: 5, column: 'Sprache(n)', fix: 'meinten Sie Tigrinya (ti)?' },
      );
      assert.equal(check.rows.find((row) => row.rowNumber === 5)?.status, 'skipped');
      assert.equal('feed' in answer.body, false, 'the feed itself stays on the server');
      assert.equal(existsSync(join(r.feedsDir, '06438', 'lotsen.json')), false, 'checking publishes nothing');
    });

    it('a CSV from German Excel and a feed JSON go through the same check', async () => {
      const csv = await send(offenbach, '/listen/06438/lotsen/pruefung', fixture('lotsen-giessen-excel.csv'), 'lotsen.csv');
      const csvCheck = csv.body as unknown as Check;
      assert.deepEqual([csvCheck.total, csvCheck.valid, csvCheck.skipped], [6, 3, 3]);
      assert.ok(csvCheck.problems.some((p) => p.row === 4 && p.column === 'PLZ'));

      const broken = readFileSync('test/fixtures/broken-lotsen.json');
      const json = await send(offenbach, '/listen/06438/lotsen/pruefung', broken, 'lotsen.json');
      const jsonCheck = json.body as unknown as Check;
      assert.equal(json.status, 200);
      assert.ok(jsonCheck.skipped > 0 && jsonCheck.valid > 0, 'valid records kept, invalid ones listed');
      assert.ok(jsonCheck.problems.every((p) => p.row !== undefined && p.column?.startsWith('records[')));

      const wrongKind = await send(offenbach, '/listen/06438/sprachkurse/pruefung', fixture('lotsen-kreis-offenbach.xlsx'), 'lotsen.xlsx');
      assert.equal((wrongKind.body as unknown as Check).publishable, false);
      assert.equal((wrongKind.body as unknown as Check).looksLike, 'lotsen', 'says which kind the sheet looks like');
    });

    it('publishes only after the coordinator confirmed the number of skipped rows, atomically, with an audit entry', async () => {
      const bytes = fixture('lotsen-kreis-offenbach.xlsx');
      const unconfirmed = await send(offenbach, '/listen/06438/lotsen', bytes, 'lotsen.xlsx');
      assert.equal(unconfirmed.status, 409);
      assert.equal(unconfirmed.body.error, 'confirm-skipped');
      assert.equal(unconfirmed.body.check?.skipped, 8);
      assert.equal(existsSync(join(r.feedsDir, '06438', 'lotsen.json')), false);

      const published = await send(offenbach, '/listen/06438/lotsen?uebersprungen=8', bytes, 'lotsen.xlsx');
      assert.equal(published.status, 200);
      assert.equal(published.body.feed?.records, 5);
      assert.equal(published.body.feed?.url, `${r.url}/feeds/06438/lotsen.json`);
      const file = JSON.parse(readFileSync(join(r.feedsDir, '06438', 'lotsen.json'), 'utf8'));
      assert.equal(file.records.length, 5);
      assert.equal(file.publisher.kommune, '06438');
      assert.deepEqual(
        readdirSync(join(r.feedsDir, '06438')).filter((n) => n.endsWith('.tmp')),
        [],
        'no temporary file left behind',
      );

      const log = await offenbach.call<{ items: Array<{ action: string; kommune: string; to: string; actorEmail: string }> }>(
        'GET',
        `${API}/protokoll`,
      );
      const entry = log.body.items.find((e) => e.action === 'feed-published');
      assert.deepEqual(
        { kommune: entry?.kommune, to: entry?.to, by: entry?.actorEmail },
        { kommune: '06438', to: 'lotsen:5:8', by: 'offenbach@example.de' },
      );
      assert.ok(!JSON.stringify(log.body).includes('lotsen.xlsx'), 'the file name is not logged');
      assert.ok(!r.logs.join('\n').includes('Tigrnya'), 'no sheet content in the server log');

      const overview = await offenbach.call<{ feeds: FeedView[]; maxBytes: number }>('GET', `${API}/listen`);
      assert.deepEqual(
        overview.body.feeds.map((f) => [f.kommune, f.kind, f.records, f.published]),
        [['06438', 'lotsen', 5, true]],
      );
    });

    it('a sheet without a usable feed is not published (422)', async () => {
      const answer = await send(offenbach, '/listen/06438/sprachkurse', fixture('lotsen-kreis-offenbach.xlsx'), 'falsch.xlsx');
      assert.equal(answer.status, 422);
      assert.equal(existsSync(join(r.feedsDir, '06438', 'sprachkurse.json')), false);
    });

    it('serves the published feed with ETag → 304, short caching, CORS for any origin, nosniff and compression', async () => {
      const url = `${r.url}/feeds/06438/lotsen.json`;
      const first = await fetch(url, { headers: { Origin: 'https://www.kreis-offenbach.example', 'Accept-Encoding': 'identity' } });
      assert.equal(first.status, 200);
      assert.equal(first.headers.get('access-control-allow-origin'), '*');
      assert.equal(first.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(first.headers.get('content-type'), 'application/json; charset=utf-8');
      assert.match(first.headers.get('cache-control') ?? '', /max-age=300/);
      assert.match(first.headers.get('cache-control') ?? '', /must-revalidate/);
      const etag = first.headers.get('etag');
      assert.ok(etag);
      const plain = await first.text();
      assert.equal(JSON.parse(plain).records.length, 5);

      const again = await fetch(url, { headers: { 'If-None-Match': etag } });
      assert.equal(again.status, 304);
      assert.equal(await again.text(), '');
      assert.equal(again.headers.get('access-control-allow-origin'), '*');

      // fetch() would decompress by itself: read the raw bytes through node:http instead.
      for (const [accept, encoding, inflate] of [
        ['br, gzip', 'br', brotliDecompressSync],
        ['gzip', 'gzip', gunzipSync],
      ] as const) {
        const raw = await rawGet(url, { 'Accept-Encoding': accept });
        assert.equal(raw.headers['content-encoding'], encoding);
        assert.equal(raw.headers.vary, 'Accept-Encoding');
        assert.ok(raw.body.length < Buffer.byteLength(plain));
        assert.equal(inflate(raw.body).toString('utf8'), plain);
        assert.equal((await rawGet(url, { 'Accept-Encoding': accept, 'If-None-Match': String(raw.headers.etag) })).status, 304);
      }

      const refused = await rawGet(url, { 'Accept-Encoding': 'br;q=0, gzip' });
      assert.equal(refused.headers['content-encoding'], 'gzip', 'q=0 refuses brotli');
      const none = await rawGet(url, { 'Accept-Encoding': 'identity' });
      assert.equal(none.headers['content-encoding'], undefined);
      assert.equal(none.body.toString('utf8'), plain);

      const head = await fetch(url, { method: 'HEAD' });
      assert.equal(head.status, 200);
      const preflight = await fetch(url, {
        method: 'OPTIONS',
        headers: { Origin: 'https://x.example', 'Access-Control-Request-Method': 'GET' },
      });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
      assert.equal((await fetch(url, { method: 'POST', body: '{}' })).status, 405);

      // A new publish changes the ETag, so the old one gets the new feed, not a 304.
      const csv = await send(offenbach, '/listen/06438/lotsen?uebersprungen=3', fixture('lotsen-giessen-excel.csv'), 'neu.csv');
      assert.equal(csv.status, 200);
      const changed = await fetch(url, { headers: { 'If-None-Match': etag } });
      assert.equal(changed.status, 200);
      assert.equal(((await changed.json()) as { records: unknown[] }).records.length, 3);
    });

    it('the interpreter list is stored for suggestions and never published', async () => {
      const answer = await send(
        offenbach,
        '/listen/06438/dolmetscher?uebersprungen=2',
        fixture('dolmetscher-kreis-offenbach.xlsx'),
        'pool.xlsx',
      );
      assert.equal(answer.status, 200);
      assert.equal(answer.body.feed?.published, false);
      assert.equal(answer.body.feed?.url, undefined, 'no public address is offered');
      assert.ok(existsSync(join(r.feedsDir, '06438', 'dolmetscher.json')), 'kept where the suggestions read it');
      for (const method of ['GET', 'HEAD']) {
        const res = await fetch(`${r.url}/feeds/06438/dolmetscher.json`, { method });
        assert.equal(res.status, 404, `${method} of the interpreter list`);
        assert.equal(res.headers.get('etag'), null);
      }
      assert.equal((await fetch(`${r.url}/feeds/06438/dolmetscher.json?x=1`)).status, 404);
      assert.equal((await fetch(`${r.url}/feeds/06438/../06438/dolmetscher.json`)).status, 404);

      // The suggestions use the stored list: a Tigrinya request gets the interpreters from the sheet.
      const anfrage = sampleRequest({ kommune: '06438' });
      assert.equal((await post(`${r.url}/api/anfragen`, anfrage)).status, 201);
      const suggestions = await offenbach.call<{ ok: boolean; list: { size: number } }>('GET', `${API}/anfragen/${anfrage.id}/vorschlaege`);
      assert.equal(suggestions.body.ok, true);
      assert.equal(suggestions.body.list.size, 3);
    });

    it("an office neither checks, publishes nor lists another office's Kommune", async () => {
      const bytes = fixture('lotsen-giessen-excel.csv');
      for (const path of [
        '/listen/06438/lotsen/pruefung',
        '/listen/06438/lotsen?uebersprungen=3',
        '/listen/06438001/lotsen?uebersprungen=3',
      ]) {
        const answer = await send(darmstadt, path, bytes, 'x.csv');
        assert.equal(answer.status, 404, path);
        assert.deepEqual(answer.body, { error: 'not-found' });
      }
      const own = await send(darmstadt, '/listen/06411/lotsen?uebersprungen=3', bytes, 'x.csv');
      assert.equal(own.status, 200, 'the same upload works for the own Kommune');
      const overview = await darmstadt.call<{ feeds: FeedView[]; kommunen: Array<{ code: string }> }>('GET', `${API}/listen`);
      assert.deepEqual(
        overview.body.feeds.map((f) => f.kommune),
        ['06411'],
      );
      assert.deepEqual(
        overview.body.kommunen.map((k) => k.code),
        ['06411'],
      );
      const offenbachFeed = JSON.parse(readFileSync(join(r.feedsDir, '06438', 'lotsen.json'), 'utf8'));
      assert.equal(offenbachFeed.publisher.kommune, '06438', "Offenbach's feed untouched");
      assert.equal((await send(offenbach, '/listen/06438/unbekannt/pruefung', bytes, 'x.csv')).status, 404);
    });

    it('refuses a too-large upload with 413 and a form-type body with 415, and needs a session and this origin', async () => {
      const big = new Uint8Array(10 * 1024 * 1024 + 1);
      const tooLarge = await send(offenbach, '/listen/06438/lotsen/pruefung', big, 'riesig.csv');
      assert.equal(tooLarge.status, 413);
      assert.deepEqual(tooLarge.body, { error: 'too-large', maxBytes: 10 * 1024 * 1024 });
      const formType = await send(offenbach, '/listen/06438/lotsen/pruefung', fixture('lotsen-giessen-excel.csv'), 'x.csv', {
        'Content-Type': 'text/plain',
      });
      assert.equal(formType.status, 415);
      const foreign = await send(offenbach, '/listen/06438/lotsen/pruefung', fixture('lotsen-giessen-excel.csv'), 'x.csv', {
        Origin: 'https://evil.example',
      });
      assert.equal(foreign.status, 403);
      const anonymous = await fetch(`${r.url}${API}/listen`);
      assert.equal(anonymous.status, 401);
    });
  });
}

/** A GET through node:http, which leaves the body as sent (fetch() decompresses on its own). */
async function rawGet(url: string, headers: Record<string, string>) {
  const { get } = await import('node:http');
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('the demo server (npm start)', () => {
  it('serves published feeds and never its demo interpreter list', async () => {
    const demo = await startTestDemoServer();
    try {
      assert.equal((await fetch(`${demo.url}/feeds/06438/dolmetscher.json`)).status, 404, 'the demo list lies in the feeds folder');
      assert.equal((await fetch(`${demo.url}/feeds/06438/lotsen.json`)).status, 404, 'nothing published yet');
    } finally {
      await demo.close();
    }
  });
});
