/**
 * The widgets on a page that enforces Trusted Types (`require-trusted-types-for 'script'`), in real
 * headless Chromium. The bundles, feeds and receiver come from the demo server; the page itself
 * is answered by the test (Playwright route) so it can carry exactly the CSP under test.
 * Needs the built bundle (npm test builds first).
 *
 * What Lit 3 needs, verified here: one policy named `lit-html` (lit-html creates it when it
 * loads, with an identity createHTML for its template strings). A second Lit on the page (a
 * theme's component, or a second copy of wir-widgets from another folder) creates another
 * policy of the same name, which the browser refuses unless the directive says 'allow-duplicates'.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { DemoServer } from '../../src/server/demo-server.js';
import { buildOtherLitFixture, launchChromium, startTestDemoServer } from '../support/page-fixtures.js';
import {
  courseSearchFilters,
  finderSearches,
  requestFormValidates,
  sendRequest,
  watchProblems,
  widgetsSettled,
} from './widget-journeys.js';

const STRICT =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'";
const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types lit-html";
const WIDGETS = `
  <wir-lotsen-finder feed="/data/lotsen.json" near="63128"></wir-lotsen-finder>
  <wir-sprachkurs-suche feed="/data/sprachkurse.json" near="Offenbach am Main"></wir-sprachkurs-suche>
  <wir-dolmetscher-anfrage endpoint="/api/anfragen" kommune="06438" privacy-url="/datenschutz.html"></wir-dolmetscher-anfrage>`;

let server: DemoServer;
let browser: Browser;

before(async () => {
  assert.ok(existsSync('dist/wir-widgets.js'), 'dist/wir-widgets.js is missing: run npm run build first');
  await buildOtherLitFixture();
  server = await startTestDemoServer();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page on the demo server's origin whose HTML the test answers, with the given CSP. */
async function open(csp: string, body: string, scripts: string[]): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const problems = watchProblems(page);
  const url = `${server.url}trusted-types.html`;
  await page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: { 'Content-Security-Policy': csp },
      body: `<!doctype html><html lang="de"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Trusted Types</title>${scripts
        .map((s) => `<script type="module" src="${s}"></script>`)
        .join('')}</head><body>${body}</body></html>`,
    }),
  );
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  assert.match(response?.headers()['content-security-policy'] ?? '', /require-trusted-types-for 'script'/);
  return { page, problems };
}

describe('Trusted Types enforced by the page', () => {
  test(`under "${TRUSTED_TYPES}" and the strict CSP, all three widgets work: results, filters, validation, a sent request`, async () => {
    const { page, problems } = await open(`${STRICT}; ${TRUSTED_TYPES}`, WIDGETS, ['/dist/wir-widgets.js']);
    await widgetsSettled(page);
    await finderSearches(page.locator('wir-lotsen-finder'));
    await courseSearchFilters(page.locator('wir-sprachkurs-suche'));
    const form = page.locator('wir-dolmetscher-anfrage');
    await requestFormValidates(form);
    await sendRequest(form);
    assert.deepEqual(problems, []);
    // And the page really enforces it: a plain string into innerHTML is refused.
    const assignment = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return 'allowed';
      } catch {
        return 'refused';
      }
    });
    assert.equal(assignment, 'refused');
    await page.close();
  });

  test("beside another Lit (a theme's component), the widgets need 'allow-duplicates' for the lit-html policy", async () => {
    const body = `<theme-banner></theme-banner>${WIDGETS}`;
    const scripts = ['/dist/hostile/other-lit.js', '/dist/wir-widgets.js'];

    const refused = await open(`${STRICT}; ${TRUSTED_TYPES}`, body, scripts);
    await refused.page.waitForTimeout(1500);
    assert.equal(
      await refused.page.evaluate(() => !!document.querySelector('wir-lotsen-finder')?.shadowRoot),
      false,
      'without it, nothing renders',
    );
    assert.ok(
      refused.problems.some((p) => /Policy with name "lit-html" already exists/.test(p)),
      refused.problems.join('\n'),
    );
    await refused.page.close();

    const allowed = await open(`${STRICT}; ${TRUSTED_TYPES} 'allow-duplicates'`, body, scripts);
    await widgetsSettled(allowed.page);
    await allowed.page.locator('theme-banner').getByText(/Lit 2/).waitFor();
    await finderSearches(allowed.page.locator('wir-lotsen-finder'));
    assert.deepEqual(allowed.problems, []);
    await allowed.page.close();
  });
});
