/**
 * The coordinators' workshop page /werkstatt/ on the demo server (strict CSP) in real
 * headless Chromium, with the built dist/werkstatt bundle: a sheet is checked, its problems
 * shown with row, column, value and fix, the feed and the marked sheet downloaded — and no
 * request leaves the page while it happens, except the page's own lazy chunks.
 * Needs the built bundle (npm test builds first).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { importSheet, readSheetFile } from '../../src/core/import/index.js';
import type { DemoServer } from '../../src/server/demo-server.js';
import { launchChromium, startTestDemoServer } from '../support/page-fixtures.js';

const LOTSEN = 'test/fixtures/import/lotsen-kreis-offenbach.xlsx';
const CSV = 'test/fixtures/import/lotsen-giessen-excel.csv';
const PUBLISHER = 'WIR-Koordination Kreis Offenbach';
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

let server: DemoServer;
let browser: Browser;

before(async () => {
  server = await startTestDemoServer();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

interface Watched {
  page: Page;
  requests: string[];
  problems: string[];
}

/** A page with every request after load and every console error or CSP report recorded. */
async function openWerkstatt(width = 1280, query = ''): Promise<Watched> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, acceptDownloads: true });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${server.url}werkstatt/${query}`);
  await page.waitForFunction(() => customElements.get('wir-werkstatt') !== undefined);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(`${r.method()} ${r.url().replace(server.url, '/')}`));
  return { page, requests, problems };
}

async function check(page: Page, file: string, publisher?: string): Promise<void> {
  const werkstatt = page.locator('wir-werkstatt');
  if (publisher) {
    await werkstatt.locator('summary').click();
    await werkstatt.locator('#publisher').fill(publisher);
  }
  await werkstatt.locator('input[type=file]').setInputFiles(file);
  await werkstatt.locator('#result-title').waitFor({ timeout: 60_000 });
}

async function axeViolations(page: Page): Promise<string[]> {
  // evaluate() runs through DevTools, which the page's CSP does not govern (an inline <script> would be blocked).
  await page.evaluate(`${axeSource}\nwindow.axeWir = window.axe;`);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axeWir: { run: (c: unknown, o: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> };
      }
    ).axeWir;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

/** Plain JS in a string: tsx adds __name() helpers to functions, which do not exist in the page. */
const cellTexts = (page: Page): Promise<string[][]> =>
  page.evaluate(`[...document.querySelector('wir-werkstatt').shadowRoot.querySelectorAll('tbody tr')]
    .map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent.trim().replace(/\\s+/g, ' ')))`);

describe('werkstatt page', () => {
  test('a coordinator checks a Lotsen sheet: every problem with row, column, value and fix; nothing but the page’s own chunks is requested', async () => {
    const { page, requests, problems } = await openWerkstatt();
    await check(page, LOTSEN, PUBLISHER);
    const rows = await cellTexts(page);
    assert.deepEqual(rows[0], [
      '5',
      'Dawit T., Rodgau',
      'übersprungen',
      'Sprache(n)',
      'Tigrnya, Amharisch',
      '„Tigrnya“ unbekannt',
      'meinten Sie Tigrinya (ti)?',
    ]);
    assert.equal(rows.length, 12, 'one line per problem of a data row');
    const summary = await page.locator('wir-werkstatt').locator('.summary').textContent();
    assert.match(summary ?? '', /13 Einträge gelesen: 4 übernommen, 9 übersprungen/);
    const fileLevel = await page.locator('wir-werkstatt').locator('.file-problems li').allTextContents();
    assert.equal(fileLevel.length, 2, 'the two header warnings');
    assert.match(fileLevel[0]!, /Zeile 3, Spalte „E-Mail“: Hinweis: wird nicht übernommen/);
    // Focus moved to the result for keyboard and screen-reader users.
    await page.waitForFunction(() => document.querySelector('wir-werkstatt')?.shadowRoot?.activeElement?.id === 'result-title', undefined, {
      timeout: 2000,
    });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .locator('wir-werkstatt')
        .getByRole('button', { name: /Feed herunterladen/ })
        .click(),
    ]);
    assert.equal(download.suggestedFilename(), 'lotsen.json');
    const feed = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    const read = await readSheetFile(new Uint8Array(readFileSync(LOTSEN)), 'lotsen-kreis-offenbach.xlsx');
    assert.ok(read.ok);
    const expected = await importSheet(read.workbook, 'lotsen', { publisher: PUBLISHER, today: feed.updated });
    assert.deepEqual(feed, JSON.parse(JSON.stringify(expected.feed)), 'the browser makes the feed the CLI makes');

    const [marked] = await Promise.all([
      page.waitForEvent('download'),
      page
        .locator('wir-werkstatt')
        .getByRole('button', { name: /markierten Fehlern/ })
        .click(),
    ]);
    assert.equal(marked.suggestedFilename(), 'lotsen-kreis-offenbach-geprueft.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await marked.path())!);
    assert.ok(book.getWorksheet('Lotsen'), 'the marked sheet opens');

    for (const request of requests)
      assert.match(request, /^GET \/dist\/werkstatt\/chunks\/(exceljs|gazetteer)-[\w-]+\.js$/, 'only lazy chunks of the page');
    assert.ok(
      requests.some((r) => r.includes('exceljs')),
      'the spreadsheet library loads only now',
    );
    assert.deepEqual(problems, [], 'no console errors, no CSP reports');
    await page.close();
  });

  test('a CSV from German Excel is checked without loading the spreadsheet library, and without any request for the data', async () => {
    const { page, requests, problems } = await openWerkstatt();
    await check(page, CSV);
    const werkstatt = page.locator('wir-werkstatt');
    assert.match((await werkstatt.locator('.summary').textContent()) ?? '', /6 Einträge gelesen: 3 übernommen, 3 übersprungen/);
    // No publisher in a CSV: no feed yet, the reason is listed and the fields that fix it are open.
    assert.equal(await werkstatt.getByRole('button', { name: /Feed herunterladen/ }).count(), 0);
    assert.match((await werkstatt.locator('.file-problems').textContent()) ?? '', /Herausgeber fehlt/);
    assert.equal(await werkstatt.locator('details.publisher').getAttribute('open'), '');
    await werkstatt.locator('#publisher').fill('WIR-Koordination Landkreis Gießen');
    await werkstatt.getByRole('button', { name: /erneut prüfen/ }).click();
    await werkstatt.getByRole('button', { name: /Feed herunterladen/ }).waitFor();
    assert.deepEqual(
      requests.filter((r) => !/^GET \/dist\/werkstatt\/chunks\/gazetteer-[\w-]+\.js$/.test(r)),
      [],
    );
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('axe finds no violation before and after a check; at 320 px nothing scrolls sideways', async () => {
    const { page } = await openWerkstatt(320);
    assert.deepEqual(await axeViolations(page), []);
    await check(page, LOTSEN, PUBLISHER);
    await page
      .locator('wir-werkstatt')
      .getByRole('checkbox', { name: /Auch Zeilen ohne Probleme/ })
      .check();
    assert.deepEqual(await axeViolations(page), []);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than 320 px`);
    // Guards the empty lists above: axe does see into the element's shadow root.
    await page.evaluate(
      `document.querySelector('wir-werkstatt').shadowRoot.querySelector('.base').append(document.createElement('input'))`,
    );
    assert.ok(
      (await axeViolations(page)).some((v) => v.startsWith('label:')),
      'a planted unlabelled input is found',
    );
    await page.close();
  });

  test('keyboard: Tab reaches every control in reading order, from the kind to the downloads and the table toggle', async () => {
    const { page } = await openWerkstatt();
    await check(page, LOTSEN, PUBLISHER);
    await page.evaluate(`document.querySelector('wir-werkstatt').shadowRoot.querySelector('input[name=kind]:checked').focus()`);
    const visited: string[] = [];
    for (let i = 0; i < 12; i++) {
      visited.push(
        await page.evaluate(`(() => {
          const el = document.querySelector('wir-werkstatt').shadowRoot.activeElement;
          return el ? el.localName + (el.id ? '#' + el.id : '') + (el.type ? '[' + el.type + ']' : '') + ' ' + (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 60) : 'outside';
        })()`),
      );
      await page.keyboard.press('Tab');
    }
    const order = visited.map((v) => v.split(' ')[0]);
    assert.deepEqual(order.slice(0, 7), [
      'input[radio]',
      'summary',
      'input#publisher[text]',
      'select#kommune[select-one]',
      'input#file[file]',
      'button[button]',
      'button[button]',
    ]);
    assert.match(visited[5]!, /erneut prüfen/);
    assert.match(visited[6]!, /Vorlage herunterladen/);
    assert.deepEqual(
      order.slice(7, 10),
      ['button[button]', 'button[button]', 'input[checkbox]'],
      'the two downloads, then the table toggle',
    );
    await page.close();
  });

  test('a large sheet shows its progress while it is checked', async () => {
    const { page } = await openWerkstatt();
    const lines = ['Name;Sprachen;PLZ;Themen;Zeiten'];
    for (let i = 0; i < 3000; i++) lines.push(`Person ${i};Arabisch, Tigrinya;63128;Alltag;Mo 9-12`);
    // Records the progress values the page shows, from inside the page, as they appear.
    await page.evaluate(() => {
      const root = document.querySelector('wir-werkstatt')!.shadowRoot!;
      const seen: number[] = [];
      (window as unknown as { progressSeen: number[] }).progressSeen = seen;
      new MutationObserver(() => {
        const bar = root.querySelector('progress');
        if (bar) seen.push(bar.value / bar.max);
      }).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await page
      .locator('wir-werkstatt')
      .locator('input[type=file]')
      .setInputFiles({ name: 'gross.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
    await page.locator('wir-werkstatt').locator('#result-title').waitFor({ timeout: 60_000 });
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
    assert.ok(
      seen.some((v) => v > 0 && v < 1),
      `a partly filled bar was shown (${seen.join(', ')})`,
    );
    assert.match((await page.locator('wir-werkstatt').locator('.summary').textContent()) ?? '', /3\.000 Einträge gelesen/);
    await page.close();
  });

  test('a file that is no sheet gets a clear error the screen reader hears; English on request', async () => {
    const { page } = await openWerkstatt(1280, '?lang=en');
    assert.equal(await page.locator('wir-werkstatt').locator('.file-label').textContent(), 'Choose a sheet');
    await page
      .locator('wir-werkstatt')
      .locator('input[type=file]')
      .setInputFiles({
        name: 'alt.xls',
        mimeType: 'application/vnd.ms-excel',
        buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      });
    const alert = page.locator('wir-werkstatt').getByRole('alert');
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /could not be read.*alte Excel-Datei \(\.xls\)/);
    await page.close();
  });
});
