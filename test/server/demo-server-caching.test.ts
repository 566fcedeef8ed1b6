/**
 * Compression and caching headers of the demo server on the real demo/ and dist/ folders
 * (npm test builds first): what docs/einbinden.md asks a webmaster's server to send.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { type DemoServer, startDemoServer } from '../../src/server/demo-server.js';
import { negotiateEncoding } from '../../src/server/static-files.js';

let dir: string;
let demo: DemoServer;
let chunk: string;

before(async () => {
  assert.ok(existsSync('dist/wir-widgets.js'), 'dist/ is missing: run npm run build first');
  chunk = readdirSync('dist/chunks').find((f) => f.startsWith('locale-en-') && f.endsWith('.js'))!;
  dir = mkdtempSync(join(tmpdir(), 'wir-caching-test-'));
  demo = await startDemoServer({ port: 0, receiver: { dbPath: join(dir, 'anfragen.sqlite'), log: () => {} } });
});

after(async () => {
  await demo.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw GET (Node's fetch would decompress and hide Content-Encoding and Content-Length). */
function get(path: string, headers: Record<string, string> = {}, port = demo.port): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('demo server: compression', () => {
  it('sends brotli to a browser that accepts it, and the bytes unpack to the file', async () => {
    const file = readFileSync(join('dist/chunks', chunk));
    const res = await get(`/dist/chunks/${chunk}`, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-encoding'], 'br');
    assert.equal(res.headers.vary, 'Accept-Encoding');
    assert.equal(Number(res.headers['content-length']), res.body.length);
    assert.ok(res.body.length < file.length / 2, `compressed ${res.body.length} of ${file.length} bytes`);
    assert.deepEqual(brotliDecompressSync(res.body), file);
  });

  it('sends gzip when brotli is not accepted, and the plain file when nothing is', async () => {
    const file = readFileSync('demo/data/lotsen.json');
    const gz = await get('/data/lotsen.json', { 'Accept-Encoding': 'gzip;q=1.0, br;q=0' });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.deepEqual(gunzipSync(gz.body), file);
    const plain = await get('/data/lotsen.json');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(Number(plain.headers['content-length']), file.length);
    assert.deepEqual(plain.body, file);
  });

  it('gives each encoding its own ETag, so a cache never mixes them up', async () => {
    const tags = new Set<string>();
    for (const accept of ['br', 'gzip', 'identity']) {
      tags.add(String((await get('/dist/wir-dolmetscher-anfrage.js', { 'Accept-Encoding': accept })).headers.etag));
    }
    assert.equal(tags.size, 3, [...tags].join(' '));
  });

  it('chooses by the client’s preferences: q-values, refusals with q=0 and the * wildcard', () => {
    assert.equal(negotiateEncoding('gzip, deflate, br'), 'br');
    assert.equal(negotiateEncoding('br;q=0.5, gzip'), 'gzip');
    assert.equal(negotiateEncoding('BR;Q=0, GZIP'), 'gzip');
    assert.equal(negotiateEncoding('*'), 'br');
    assert.equal(negotiateEncoding('*;q=0.2, br;q=0'), 'gzip');
    assert.equal(negotiateEncoding('deflate'), 'identity');
    assert.equal(negotiateEncoding(undefined), 'identity');
    assert.equal(negotiateEncoding(''), 'identity');
  });
});

describe('demo server: caching', () => {
  it('marks content-hashed chunks immutable for a year', async () => {
    const res = await get(`/dist/chunks/${chunk}`, { 'Accept-Encoding': 'br' });
    assert.equal(res.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.match(String(res.headers.etag), /^"[\w-]+-br"$/);
  });

  it('lets entry files, pages and feeds be kept but revalidated (no-cache with an ETag)', async () => {
    for (const path of ['/dist/wir-widgets.js', '/dist/wir-lotsen-finder.js', '/', '/data/sprachkurse.json']) {
      const res = await get(path, { 'Accept-Encoding': 'gzip' });
      assert.equal(res.status, 200, path);
      assert.equal(res.headers['cache-control'], 'no-cache', path);
      assert.match(String(res.headers.etag), /^"[\w-]+"$/, path);
    }
  });

  it('answers 304 without a body when the ETag still matches, with the same caching headers', async () => {
    for (const path of [`/dist/chunks/${chunk}`, '/data/dolmetscher.json', '/']) {
      const first = await get(path, { 'Accept-Encoding': 'br' });
      const again = await get(path, { 'Accept-Encoding': 'br', 'If-None-Match': String(first.headers.etag) });
      assert.equal(again.status, 304, path);
      assert.equal(again.body.length, 0, path);
      assert.equal(again.headers.etag, first.headers.etag, path);
      assert.equal(again.headers['cache-control'], first.headers['cache-control'], path);
      // A stale tag (or the tag of another encoding) gets the full answer.
      const other = await get(path, { 'Accept-Encoding': 'gzip', 'If-None-Match': String(first.headers.etag) });
      assert.equal(other.status, 200, path);
    }
  });

  it('serves a file changed on disk at once, under a new ETag', async () => {
    const site = mkdtempSync(join(tmpdir(), 'wir-caching-site-'));
    writeFileSync(join(site, 'feed.json'), '{"version":1}');
    const server = await startDemoServer({
      port: 0,
      demoDir: site,
      distDir: site,
      receiver: { dbPath: join(site, 'anfragen.sqlite'), log: () => {} },
    });
    try {
      const before = await get('/feed.json', {}, server.port);
      writeFileSync(join(site, 'feed.json'), '{"version":2}');
      // Same size: only the modification time tells the versions apart.
      utimesSync(join(site, 'feed.json'), new Date(), new Date(Date.now() + 5000));
      const after = await get('/feed.json', { 'If-None-Match': String(before.headers.etag) }, server.port);
      assert.equal(after.status, 200);
      assert.equal(after.body.toString(), '{"version":2}');
      assert.notEqual(after.headers.etag, before.headers.etag);
    } finally {
      await server.close();
      rmSync(site, { recursive: true, force: true });
    }
  });
});
