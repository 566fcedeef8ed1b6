import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { loadFeed, validateFeedDocument } from '../../../src/core/feed/index.js';
import { generateFeed } from '../../../src/sample/generate.js';

const broken = readFileSync('test/fixtures/broken-lotsen.json', 'utf8');
const good = JSON.stringify(generateFeed('lotsen', 50, 11));

let server: Server;
let base: string;
before(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/lotsen.json') res.writeHead(200, { 'content-type': 'application/json' }).end(good);
    else if (path === '/broken.json') res.writeHead(200, { 'content-type': 'application/json' }).end(broken);
    else if (path === '/html') res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>Login</p>');
    else if (path === '/garbage') res.writeHead(200).end('{"format": "wir-feed", ');
    else if (path === '/not-a-feed') res.writeHead(200).end('{"hello": "world"}');
    else if (path === '/slow') setTimeout(() => res.writeHead(200).end(good), 2000);
    else if (path === '/big') res.writeHead(200, { 'content-type': 'application/json' }).end(good);
    else if (path === '/chunked-big') {
      // No content-length: the cap must hold while streaming.
      res.writeHead(200, { 'content-type': 'application/json' });
      let sent = 0;
      const push = () => {
        if (sent > 200_000 || res.destroyed) return res.end();
        sent += 10_000;
        res.write(' '.repeat(10_000));
        setImmediate(push);
      };
      push();
    } else if (path === '/v2') res.writeHead(200).end(JSON.stringify({ ...JSON.parse(good), version: 2 }));
    else res.writeHead(404).end('not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

describe('loadFeed against a real HTTP server', () => {
  it('loads a valid feed with a clean report', async () => {
    const r = await loadFeed(`${base}/lotsen.json`, 'lotsen');
    assert.ok(r.ok);
    assert.equal(r.records.length, 50);
    assert.deepEqual(r.report, { total: 50, valid: 50, skipped: [], duplicates: [] });
    assert.equal(r.updated, '2026-11-28');
  });

  it('returns the valid records of the broken feed and names each bad one', async () => {
    const r = await loadFeed(`${base}/broken.json`, 'lotsen');
    assert.ok(r.ok);
    assert.deepEqual(
      r.records.map((x) => x.id),
      ['ok-1', 'xss-img', 'xss-ort', 'ok-2'],
    );
    // XSS strings survive untouched: rendering as text is the view's job.
    assert.equal(r.records[1]!.name, '<img src=x onerror=alert(1)>');
    const byId = new Map(r.report.skipped.map((s) => [s.id ?? `#${s.index}`, s]));
    assert.equal(byId.get('bad-url')!.path, 'records[2].contact.url');
    assert.match(byId.get('bad-url')!.reason, /http\(s\)/);
    assert.equal(byId.get('bad-type')!.path, 'records[3].available');
    assert.equal(byId.get('missing-topics')!.path, 'records[4].topics');
    assert.equal(byId.get('bad-lat')!.path, 'records[5].place.lat');
    assert.equal(byId.get('bad-kommune')!.path, 'records[7].place.kommune');
    assert.equal(byId.get('#8')!.path, 'records[8].id');
    assert.equal(byId.get('bad-time')!.path, 'records[9].availability[0].from');
    assert.equal(byId.get('#11')!.path, 'records[11]');
    assert.equal(byId.get('#12')!.path, 'records[12]');
    assert.equal(byId.get('bad-lang')!.path, 'records[13].languages[0]');
    assert.equal(byId.get('bad-url-data')!.path, 'records[15].contact.url');
    assert.equal(byId.get('bad-topic')!.path, 'records[16].topics[0]');
    assert.equal(r.report.skipped.length, 12);
    assert.deepEqual(r.report.duplicates, [{ index: 6, id: 'ok-1', firstIndex: 0 }]);
    assert.equal(r.report.total, 17);
    assert.equal(r.report.valid, 4);
  });

  const expectError = async (path: string, code: string, opts = {}, kind: 'lotsen' | 'sprachkurse' = 'lotsen') => {
    const r = await loadFeed(`${base}${path}`, kind, opts);
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.error.code, code, r.error.message);
    assert.ok(r.error.message.length > 10);
    return r.error;
  };

  it('gives "http" with the status on 404', async () => {
    const e = await expectError('/missing.json', 'http');
    assert.equal(e!.status, 404);
    assert.equal(e!.url, `${base}/missing.json`);
  });
  it('gives "not-json" for an HTML page and for truncated JSON', async () => {
    const e = await expectError('/html', 'not-json');
    assert.match(e!.message, /HTML/);
    await expectError('/garbage', 'not-json');
  });
  it('gives "not-a-feed" for JSON that is no wir-feed', async () => {
    await expectError('/not-a-feed', 'not-a-feed');
  });
  it('gives "wrong-kind" with expected and actual', async () => {
    const e = await expectError('/lotsen.json', 'wrong-kind', {}, 'sprachkurse');
    assert.equal(e!.expected, 'sprachkurse');
    assert.equal(e!.actual, 'lotsen');
  });
  it('gives "unsupported-version" for version 2', async () => {
    await expectError('/v2', 'unsupported-version');
  });
  it('gives "timeout" when the server is too slow', async () => {
    await expectError('/slow', 'timeout', { timeoutMs: 200 });
  });
  it('gives "aborted" when the caller aborts', async () => {
    const controller = new AbortController();
    const pending = loadFeed(`${base}/slow`, 'lotsen', { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const r = await pending;
    assert.ok(!r.ok && r.error.code === 'aborted');
  });
  it('gives "too-large" from content-length and while streaming', async () => {
    await expectError('/big', 'too-large', { maxBytes: 1000 });
    await expectError('/chunked-big', 'too-large', { maxBytes: 50_000 });
  });
  it('gives "network" when nothing listens', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const r = await loadFeed(`http://127.0.0.1:${port}/x.json`, 'lotsen');
    assert.ok(!r.ok && r.error.code === 'network');
  });
});

describe('loadFeed on hostile input', () => {
  it('never rejects for any JSON value, as object or as served text (stand-in fetch)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.constantFrom('lotsen', 'sprachkurse', 'dolmetscher' as const), async (value, kind) => {
        const direct = await loadFeed(value, kind);
        assert.equal(typeof direct.ok, 'boolean');
        const served = await loadFeed('https://feed.invalid/x.json', kind, {
          fetch: async () => new Response(JSON.stringify(value)),
        });
        assert.equal(typeof served.ok, 'boolean');
      }),
      { numRuns: 200 },
    );
  });

  it('never rejects for feed-shaped documents with random records', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.anything()), async (records) => {
        const r = await loadFeed({ format: 'wir-feed', version: 1, kind: 'lotsen', publisher: { name: 'x' }, records }, 'lotsen');
        assert.ok(r.ok);
        assert.equal(r.report.total, records.length);
        assert.equal(r.report.valid + r.report.skipped.length + r.report.duplicates.length, records.length);
      }),
      { numRuns: 200 },
    );
  });

  it('survives a throwing getter and a throwing fetch (stand-in)', async () => {
    const evil = {
      format: 'wir-feed',
      version: 1,
      kind: 'lotsen',
      publisher: { name: 'x' },
      records: [
        {
          get id(): string {
            throw new Error('boom');
          },
        },
      ],
    };
    const r = validateFeedDocument(evil, 'lotsen');
    assert.equal(typeof r.ok, 'boolean');
    const f = await loadFeed('https://x.invalid/', 'lotsen', {
      fetch: () => {
        throw new TypeError('sync throw');
      },
    });
    assert.ok(!f.ok && f.error.code === 'network');
  });
});
