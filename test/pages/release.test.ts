/**
 * The release as a webmaster meets it: `npm run release` (on the dist/ npm test built), the zip
 * unpacked into an empty folder served from a second origin with the CORS header
 * docs/einbinden.md asks for, feeds on a third origin, the reference receiver (the packaged CLI)
 * on a fourth, and a CMS-like page on the first origin under the CSP example of
 * docs/einbinden.md — in real headless Chromium.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../../src/server/static-files.js';
import { launchChromium } from '../support/page-fixtures.js';
import {
  courseSearchFilters,
  finderSearches,
  requestFormValidates,
  sendRequest,
  watchProblems,
  widgetsSettled,
} from './widget-journeys.js';

const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const ROOT = `wir-widgets-${VERSION}`;
const TOKEN = 'release-test-token-0123456789';

let work: string;
let site: string;
let zip: Record<string, Uint8Array>;
let maps: Record<string, Uint8Array>;
let browser: Browser;
let receiver: ChildProcess;
const servers: Server[] = [];
/** The script host answers with the CORS header unless a test turns it off. */
let scriptHostCors = true;
const origin = { page: '', scripts: '', feeds: '', receiver: '' };

async function listen(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Unix modes of the entries, from the zip's central directory (fflate's unzip does not report them). */
function unixModes(archive: Uint8Array): Map<string, number> {
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  const modes = new Map<string, number>();
  for (let at = 0; at + 46 <= archive.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(archive.subarray(at + 46, at + 46 + nameLength));
    modes.set(name, view.getUint32(at + 38, true) >>> 16);
    at += 45 + nameLength;
  }
  return modes;
}

/** The CSP example of docs/einbinden.md, its example hosts replaced by this test's origins. */
function documentedCsp(): string {
  const doc = readFileSync('docs/einbinden.md', 'utf8');
  const block = doc.slice(doc.indexOf('<!-- csp-beispiel:start -->'), doc.indexOf('<!-- csp-beispiel:end -->'));
  const header = block.match(/^Content-Security-Policy: (.+)$/m)?.[1];
  assert.ok(header, 'docs/einbinden.md has its CSP example between the csp-beispiel markers');
  return header
    .replace('https://skripte.example.de', origin.scripts)
    .replace('https://daten.example.de', origin.feeds)
    .replace('https://anfragen.example.de', origin.receiver);
}

const cmsPage = (csp: string, secondCopy = false) => `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," /><title>Integration im Kreis</title>
    <link rel="stylesheet" href="/cms.css" />
    <script type="module" src="${origin.scripts}/${ROOT}/wir-widgets.js"></script>
    ${secondCopy ? '<script type="module" src="/dist/wir-widgets.js"></script>' : ''}
  </head>
  <body data-csp="${csp.length}">
    <div class="row">
      <main class="content">
        <h1>Integration im Kreis</h1>
        <wir-lotsen-finder feed="${origin.feeds}/lotsen.json" near="63128">
          <p class="fallback">Die Lotsen-Suche braucht JavaScript.</p>
        </wir-lotsen-finder>
        <wir-sprachkurs-suche feed="${origin.feeds}/sprachkurse.json" near="Offenbach am Main"></wir-sprachkurs-suche>
        <wir-dolmetscher-anfrage endpoint="${origin.receiver}/api/anfragen" kommune="06438" privacy-url="/datenschutz"
          feed="${origin.feeds}/dolmetscher.json"></wir-dolmetscher-anfrage>
      </main>
    </div>
  </body>
</html>`;

before(async () => {
  assert.ok(existsSync('dist/wir-widgets.js'), 'dist/ is missing: run npm run build first');
  work = mkdtempSync(join(tmpdir(), 'wir-release-'));
  execFileSync(process.execPath, ['scripts/release.mjs', '--skip-build', '--out', join(work, 'release')], { stdio: 'pipe' });
  const archive = readFileSync(join(work, 'release', `${ROOT}.zip`));
  zip = unzipSync(archive);
  maps = unzipSync(readFileSync(join(work, 'release', `${ROOT}-sourcemaps.zip`)));
  site = join(work, 'site');
  mkdirSync(site);
  const modes = unixModes(archive);
  for (const [name, data] of Object.entries(zip)) {
    const file = join(site, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, data, { mode: modes.get(name) });
  }

  origin.scripts = await listen((req, res) => {
    if (scriptHostCors) res.setHeader('Access-Control-Allow-Origin', '*');
    const path = (req.url ?? '/').split('?')[0]!;
    // Its own feeds too, for the configurator's preview (its page is served under connect-src 'self').
    if (path.startsWith('/daten/')) return void serveStatic(req, res, 'demo/data', path.slice('/daten/'.length));
    void serveStatic(req, res, site, path.slice(1));
  });
  origin.feeds = await listen((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    void serveStatic(req, res, 'demo/data', (req.url ?? '/').split('?')[0]!.slice(1));
  });
  origin.page = await listen((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/cms.css') return void serveStatic(req, res, 'demo/hostile', 'cms.css');
    // A plugin's own copy of wir-widgets in another folder of the page's site (the build in dist/).
    if (path?.startsWith('/dist/')) return void serveStatic(req, res, 'dist', path.slice('/dist/'.length));
    const twoCopies = path === '/zwei-kopien';
    // Two copies of Lit create two lit-html policies: docs/einbinden.md says to add 'allow-duplicates'.
    const csp = twoCopies
      ? documentedCsp().replace('trusted-types lit-html', "trusted-types lit-html 'allow-duplicates'")
      : documentedCsp();
    const body = path === '/' || twoCopies ? cmsPage(csp, twoCopies) : '<!doctype html><title>Datenschutz</title><p>Datenschutzhinweis</p>';
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp }).end(body);
  });

  // The reference receiver as `npx wir-widgets receiver` starts it (dist/cli is the archive's cli/, byte for byte).
  const probe = await listen(() => {});
  const port = Number(new URL(probe).port);
  await new Promise((resolve) => servers.pop()!.close(resolve));
  origin.receiver = `http://127.0.0.1:${port}`;
  receiver = spawn(process.execPath, ['dist/cli/wir-widgets.js', 'receiver'], {
    env: {
      ...process.env,
      PORT: String(port),
      WIR_DB_PATH: join(work, 'anfragen.sqlite'),
      WIR_ADMIN_TOKEN: TOKEN,
      WIR_ALLOWED_ORIGINS: origin.page,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    receiver.stdout!.on('data', (chunk: Buffer) => String(chunk).includes('listening') && resolve());
    receiver.once('exit', (code) => reject(new Error(`receiver exited with ${code}`)));
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  receiver?.kill('SIGTERM');
  if (receiver && receiver.exitCode === null) await once(receiver, 'exit');
  for (const server of servers) server.closeAllConnections();
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the release archive', () => {
  test('holds the bundles, ONE set of chunks, the configurator, the CLI, licences and EINBINDEN.txt, and no source maps', () => {
    const names = Object.keys(zip).map((n) => n.slice(ROOT.length + 1));
    for (const file of ['wir-widgets.js', 'wir-lotsen-finder.js', 'wir-sprachkurs-suche.js', 'wir-dolmetscher-anfrage.js']) {
      assert.ok(names.includes(file), file);
    }
    for (const file of [
      'EINBINDEN.txt',
      'LICENSE',
      'NOTICE',
      'THIRD-PARTY-LICENSES.txt',
      'docs/einbinden.md',
      'konfigurator/index.html',
      'cli/wir-widgets.js',
    ]) {
      assert.ok(names.includes(file), file);
    }
    assert.deepEqual(
      names.filter((n) => n.endsWith('.map')),
      [],
    );
    const chunks = names.filter((n) => n.startsWith('chunks/')).map((n) => n.replace(/-[a-z0-9]{8}\.js$/, ''));
    assert.deepEqual(chunks, [...new Set(chunks)], 'every chunk once');
    assert.equal(chunks.filter((c) => c.startsWith('chunks/locale-')).length, 7, 'seven lazy locales besides German');
    const licences = new TextDecoder().decode(zip[`${ROOT}/THIRD-PARTY-LICENSES.txt`]);
    assert.match(licences, /lit-html [\d.]+ \(BSD-3-Clause\)/);
    assert.match(licences, /zod [\d.]+ \(MIT\)/);
    assert.match(
      new TextDecoder().decode(zip[`${ROOT}/EINBINDEN.txt`]),
      /<script type="module" src="\/wir-widgets\/wir-widgets\.js"><\/script>/,
    );
    // The maps archive has one map per script, at the same path.
    const scripts = names.filter((n) => n.endsWith('.js'));
    assert.deepEqual(Object.keys(maps).sort(), scripts.map((n) => `${ROOT}/${n}.map`).sort());
    assert.deepEqual(zip[`${ROOT}/cli/wir-widgets.js`], new Uint8Array(readFileSync('dist/cli/wir-widgets.js')));
  });

  test('unzipped on a second origin, a CMS page on the first shows all three widgets working under the documented CSP', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    const problems = watchProblems(page);
    const response = await page.goto(`${origin.page}/`, { waitUntil: 'networkidle' });
    assert.match(response?.headers()['content-security-policy'] ?? '', new RegExp(`script-src 'self' ${origin.scripts};`));
    await widgetsSettled(page);
    await finderSearches(page.locator('wir-lotsen-finder'));
    await courseSearchFilters(page.locator('wir-sprachkurs-suche'));
    const form = page.locator('wir-dolmetscher-anfrage');
    await requestFormValidates(form);
    await sendRequest(form, 'Release Test');
    assert.deepEqual(problems, []);
    await page.close();

    const stored = await fetch(`${origin.receiver}/api/anfragen`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    const { items } = (await stored.json()) as { items: Array<{ request: { requester: { name: string } } }> };
    assert.deepEqual(
      items.map((i) => i.request.requester.name),
      ['Release Test'],
      'the request reached the receiver on its own origin',
    );
  });

  test('beside a second copy of wir-widgets from another folder, the first definitions stay and everything works', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = watchProblems(page);
    await page.goto(`${origin.page}/zwei-kopien`, { waitUntil: 'networkidle' });
    // The second copy's own Lit chunk loads (a separate module instance, with its own lit-html policy).
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/dist/chunks/lit-and-core-')));
    await widgetsSettled(page);
    await finderSearches(page.locator('wir-lotsen-finder'));
    await requestFormValidates(page.locator('wir-dolmetscher-anfrage'));
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('without the CORS header on the script host the widgets stay blank and the fallback text shows, as the docs warn', async () => {
    scriptHostCors = false;
    try {
      const page = await browser.newPage();
      const problems = watchProblems(page);
      await page.goto(`${origin.page}/`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(500);
      assert.equal(await page.evaluate(() => customElements.get('wir-lotsen-finder')), undefined);
      assert.ok(await page.getByText('Die Lotsen-Suche braucht JavaScript.').isVisible());
      assert.ok(
        problems.some((p) => /CORS/.test(p)),
        problems.join('\n'),
      );
      await page.close();
    } finally {
      scriptHostCors = true;
    }
  });

  test('the configurator in the archive runs on the script host and writes snippets that point there', async () => {
    const page = await browser.newPage();
    const problems = watchProblems(page);
    await page.goto(`${origin.scripts}/${ROOT}/konfigurator/`, { waitUntil: 'networkidle' });
    await page.locator('wir-konfigurator .settings #feed').fill(`${origin.scripts}/daten/lotsen.json`);
    await page.locator('wir-konfigurator .settings #feed').press('Enter');
    await widgetsSettled(page);
    const snippet = await page.locator('wir-konfigurator .output pre#html-code').textContent();
    assert.match(snippet ?? '', new RegExp(`<script type="module" src="${origin.scripts}/${ROOT}/wir-lotsen-finder\\.js"></script>`));
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the CLI in the archive checks a feed with Node alone, also as npx wir-widgets', () => {
    const root = join(site, ROOT);
    const feed = join(process.cwd(), 'demo/data/lotsen.json');
    const direct = execFileSync(process.execPath, ['cli/wir-widgets.js', 'validate', feed], { cwd: root, encoding: 'utf8' });
    assert.match(direct, /lotsen feed, 600 of 600 records valid/);
    // --offline: the bin comes from the archive's package.json; nothing may be fetched.
    const viaNpx = execFileSync('npx', ['--offline', 'wir-widgets', 'validate', feed], { cwd: root, encoding: 'utf8' });
    assert.equal(viaNpx, direct);
  });
});
