/**
 * The workspace's lists view in real Chromium, on the real server (strict CSP): a coordinator
 * uploads the office's sheet, sees the workshop's problem table, must confirm the skipped rows,
 * publishes by keyboard, and gets the feed's address — which then serves the feed. axe
 * (WCAG 2.2 AA) on the empty view, the problem table and the published list; reflow at 320 px.
 * Needs the built workspace scripts (npm test builds first).
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { axeViolations } from '../support/axe-page.js';
import { launchChromium } from '../support/page-fixtures.js';
import { PASSWORD, type RunningApp, startApp } from './koordination-harness.js';

const LOTSEN = 'test/fixtures/import/lotsen-kreis-offenbach.xlsx';

let r: RunningApp;
let browser: Browser;

before(async () => {
  r = await startApp();
  await r.addAccount('listen@example.de', ['06438']);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await r?.close();
});

async function signedIn(width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: r.url });
  const page = await context.newPage();
  await page.addInitScript(() => localStorage.setItem('wir-koordination-locale', 'de'));
  await page.goto(`${r.url}/koordination/`);
  await page.locator('#email').fill('listen@example.de');
  await page.locator('#password').fill(PASSWORD);
  await page.locator('wir-koordination-login button[type="submit"]').click();
  await page.locator('wir-koordination-inbox h1').waitFor();
  return page;
}

/** What has focus, through the shadow roots: "tag|id|text". */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return `${a?.localName}|${a?.id ?? ''}|${(a?.textContent ?? '').replace(/\s+/g, ' ').trim()}`;
  });
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A locator's text with white space as a reader meets it. */
async function text(locator: Locator): Promise<string> {
  return normalise((await locator.textContent()) ?? '');
}

function liveRegion(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('wir-koordination')?.shadowRoot?.querySelector('[aria-live]')?.textContent ?? '');
}

function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}

describe('the lists view', () => {
  it('from the navigation: an empty list that suggests the next step, axe clean at 1280 and 320 px', async () => {
    const page = await signedIn(1280);
    await page.locator('wir-koordination nav a', { hasText: 'Listen' }).click();
    const view = page.locator('wir-koordination-listen');
    await view.locator('h2', { hasText: 'Ihre Listen' }).waitFor();
    assert.match(await text(view.locator('section').first()), /Noch keine Liste gespeichert/);
    assert.equal(await text(page.locator('wir-koordination nav a[aria-current="page"]')), 'Listen');
    assert.deepEqual(await axeViolations(page), []);
    await page.setViewportSize({ width: 320, height: 800 });
    assert.equal(await scrollsSideways(page), false);
    await page.context().close();
  });

  it('refuses a file over the size limit before uploading it, and says so at the field', async () => {
    const page = await signedIn(1280);
    await page.goto(`${r.url}/koordination/listen`);
    const view = page.locator('wir-koordination-listen');
    let uploads = 0;
    page.on('request', (req) => {
      if (req.method() === 'POST' && req.url().includes('/listen/')) uploads++;
    });
    // A file on disk: Chromium reads it itself, rather than 10 MB going through the DevTools protocol.
    const big = join(r.dir, 'riesig.csv');
    writeFileSync(big, Buffer.alloc(10 * 1024 * 1024 + 1, 0x41));
    await view.locator('#file').setInputFiles(big);
    await view.locator('button[type="submit"]').click();
    await view.locator('#file-error').waitFor();
    assert.match(await text(view.locator('#file-error')), /größer als 10 MB/);
    assert.equal(await view.locator('#file').getAttribute('aria-invalid'), 'true');
    assert.match((await focused(page)).split('|')[1] ?? '', /^file$/, 'focus goes to the field');
    assert.equal(uploads, 0, 'nothing was sent');
    await page.context().close();
  });

  it('by keyboard: check a sheet, see its problems, confirm the skipped rows, publish, copy the address', async () => {
    const page = await signedIn(1280);
    await page.goto(`${r.url}/koordination/listen`);
    const view = page.locator('wir-koordination-listen');
    await view.locator('#file').setInputFiles(LOTSEN);
    // From the file field, Tab reaches "Hochladen und prüfen".
    await view.locator('#file').focus();
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'button||Hochladen und prüfen');
    await page.keyboard.press('Enter');
    await view.locator('#result-title').waitFor();
    await page.waitForFunction(() => {
      let a = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      return a?.id === 'result-title';
    });
    assert.match(await focused(page), /Ergebnis: lotsen-kreis-offenbach\.xlsx/);
    assert.match(await text(view.locator('section[aria-labelledby="result-title"]')), /13 Einträge gelesen: 5 übernommen, 8 übersprungen/);
    // The workshop's table: row, column, value, problem and fix.
    const tigrinya = view.locator('table tr', { hasText: 'Tigrnya' });
    const [row, entry, status, column, value, problem, fix] = (await tigrinya.locator('td').allTextContents()).map(normalise);
    assert.deepEqual(
      [row, status, column, problem, fix],
      ['5', 'übersprungen', 'Sprache(n)', '„Tigrnya“ unbekannt', 'meinten Sie Tigrinya (ti)?'],
    );
    assert.ok(entry && entry !== '–', 'the entry is named');
    assert.match(value ?? '', /Tigrnya/);
    await page.waitForFunction(() =>
      document.querySelector('wir-koordination')?.shadowRoot?.querySelector('[aria-live]')?.textContent?.includes('5 von 13'),
    );
    assert.deepEqual(await axeViolations(page), [], 'the problem table');
    // Another kind chosen after the check: publishing still sends the file where it was checked for.
    await view.locator('input[value="sprachkurse"]').check();

    // Publishing without confirming the skipped rows: an error at the checkbox, which takes focus.
    const publish = view.locator('button', { hasText: '5 Einträge veröffentlichen' });
    await publish.focus();
    await page.keyboard.press('Enter');
    await view.locator('#confirm-error').waitFor();
    assert.match(await text(view.locator('#confirm-error')), /Bestätigen Sie/);
    assert.equal((await focused(page)).split('|')[1], 'confirm');
    assert.match(await text(view.locator('label.checkbox')), /8 Zeilen werden übersprungen/);
    assert.deepEqual(await axeViolations(page), [], 'with the error');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'button||5 Einträge veröffentlichen');
    await page.keyboard.press('Enter');
    await view.locator('#done').waitFor();
    assert.match(await text(view.locator('#done')), /Veröffentlicht: 5 Einträge/);
    assert.equal((await focused(page)).split('|')[1], 'done', 'focus on the outcome');
    await page.waitForFunction(() =>
      document.querySelector('wir-koordination')?.shadowRoot?.querySelector('[aria-live]')?.textContent?.includes('Veröffentlicht'),
    );

    // The list now shows the feed with its address, count and date; the address serves the feed.
    const url = `${r.url}/feeds/06438/lotsen.json`;
    const field = view.locator('#url-06438-lotsen');
    await field.waitFor();
    assert.equal(await field.inputValue(), url);
    const item = view.locator('.feeds li').first();
    assert.match(await text(item), /Lotsinnen und Lotsen – Kreis Offenbach/);
    assert.match(await text(item), /5 Einträge · gespeichert am/);
    const served = await page.evaluate(async (u) => ((await (await fetch(u)).json()) as { records: unknown[] }).records.length, url);
    assert.equal(served, 5);

    await item.locator('button', { hasText: 'Adresse kopieren' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      document.querySelector('wir-koordination')?.shadowRoot?.querySelector('[aria-live]')?.textContent?.includes('Adresse kopiert'),
    );
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), url);
    assert.match(await liveRegion(page), /Adresse kopiert/);
    assert.deepEqual(await axeViolations(page), [], 'the published list');
    await page.setViewportSize({ width: 320, height: 800 });
    assert.equal(await scrollsSideways(page), false, 'reflows at 320 px with the table');
    await page.context().close();
  });

  it('the interpreter list is stored for suggestions, without a public address', async () => {
    const page = await signedIn(1280);
    await page.goto(`${r.url}/koordination/listen`);
    const view = page.locator('wir-koordination-listen');
    await view.locator('input[value="dolmetscher"]').check();
    await view.locator('#file').setInputFiles('test/fixtures/import/dolmetscher-kreis-offenbach.xlsx');
    await view.locator('button[type="submit"]').click();
    await view.locator('#result-title').waitFor();
    await view.locator('#confirm').check();
    await view.locator('button', { hasText: 'für Vorschläge speichern' }).click();
    await view.locator('#done').waitFor();
    assert.match(await text(view.locator('#done')), /Gespeichert: 3 Einträge/);
    const item = view.locator('.feeds li', { hasText: 'Laiendolmetscher' });
    await item.waitFor();
    assert.match(await text(item), /nur für Vorschläge, nicht öffentlich/);
    assert.equal(await item.locator('input').count(), 0, 'no address to copy');
    await page.setViewportSize({ width: 320, height: 800 });
    assert.equal(await scrollsSideways(page), false, 'the long "not public" badge wraps at 320 px');
    await page.context().close();
  });
});
