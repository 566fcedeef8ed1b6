import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type DemoServer, startDemoServer } from '../../src/server/demo-server.js';
import { post, sampleRequest } from './receiver-harness.js';

let dir: string;
let demo: DemoServer;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wir-demo-test-'));
  mkdirSync(join(dir, 'demo', 'sub'), { recursive: true });
  mkdirSync(join(dir, 'dist'), { recursive: true });
  writeFileSync(join(dir, 'demo', 'index.html'), '<!doctype html><title>demo</title>');
  writeFileSync(join(dir, 'demo', 'sub', 'index.html'), '<!doctype html><title>sub</title>');
  writeFileSync(join(dir, 'demo', '.secret'), 'hidden');
  writeFileSync(join(dir, 'dist', 'wir-widgets.js'), 'export {};');
  writeFileSync(join(dir, 'outside.txt'), 'outside the served folders');
  demo = await startDemoServer({
    port: 0,
    demoDir: join(dir, 'demo'),
    distDir: join(dir, 'dist'),
    receiver: { dbPath: join(dir, 'data', 'anfragen.sqlite'), log: () => {} },
  });
});

after(async () => {
  await demo.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Raw GET so "..", "%2e%2e" and backslashes reach the server exactly as written. */
function rawGet(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: demo.port, path, method: 'GET' }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('demo server', () => {
  it('serves demo/ at / with the strict CSP header on HTML', async () => {
    assert.match(demo.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(demo.url);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(
      res.headers.get('content-security-policy'),
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    );
    assert.match(await res.text(), /<title>demo<\/title>/);
    assert.equal((await fetch(`${demo.url}sub/`)).status, 200);
  });

  it('serves dist/ at /dist/ as JavaScript', async () => {
    const res = await fetch(`${demo.url}dist/wir-widgets.js`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  });

  it('answers 404 for missing files, dotfiles, folders without index and every traversal attempt', async () => {
    for (const path of [
      '/missing.html',
      '/.secret',
      '/dist/',
      '/../outside.txt',
      '/%2e%2e/outside.txt',
      '/dist/..%2foutside.txt',
      '/dist/%2e%2e%2f%2e%2e%2fpackage.json',
      '/sub/..%5c..%5coutside.txt',
      '/%00index.html',
      '/%E0%A4%A',
    ]) {
      assert.equal(await rawGet(path), 404, path);
    }
  });

  it('mounts the receiver at /api/anfragen', async () => {
    const res = await post(`${demo.url}api/anfragen`, sampleRequest());
    assert.equal(res.status, 201);
    // Coordinator routes are off without WIR_ADMIN_TOKEN.
    assert.equal((await fetch(`${demo.url}api/anfragen.csv`)).status, 404);
  });

  it('sends nosniff with its 404 and 405 answers too', async () => {
    const missing = await fetch(`${demo.url}nope.html`);
    const wrongMethod = await fetch(`${demo.url}index.html`, { method: 'DELETE' });
    assert.deepEqual([missing.status, wrongMethod.status], [404, 405]);
    for (const res of [missing, wrongMethod]) assert.equal(res.headers.get('x-content-type-options'), 'nosniff', String(res.status));
  });

  it('answers /healthz from the receiver', async () => {
    const res = await fetch(`${demo.url}healthz`);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { status: 'ok' });
  });

  it('fails with EADDRINUSE when the port is taken', async () => {
    await assert.rejects(
      startDemoServer({ port: demo.port, demoDir: join(dir, 'demo'), receiver: { dbPath: join(dir, 'data', 'b.sqlite'), log: () => {} } }),
      (error: NodeJS.ErrnoException) => error.code === 'EADDRINUSE',
    );
  });
});
