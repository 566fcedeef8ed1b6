/**
 * The snippet configurator (/konfigurator/ on the demo server, strict CSP) in real headless
 * Chromium: it is accessible, reflows at 320 px, and the snippet it offers — pasted into an
 * empty page that allows only the CSP lines it names — gives the very widget it previewed.
 * Needs the built bundle (npm test builds first).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { DemoServer } from '../../src/server/demo-server.js';
import { launchChromium, startTestDemoServer } from '../support/page-fixtures.js';
import { watchProblems, widgetsSettled } from './widget-journeys.js';

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
let server: DemoServer;
let browser: Browser;

before(async () => {
  assert.ok(existsSync('dist/konfigurator/konfigurator.js'), 'dist/ is missing: run npm run build first');
  server = await startTestDemoServer();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page (own context, with clipboard access) and the console problems it collects. */
async function watchedPage(viewport = { width: 1280, height: 900 }): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  const page = await context.newPage();
  return { page, problems: watchProblems(page) };
}

interface WidgetFacts {
  tag: string;
  attributes: string[];
  primary: string;
  text: string;
}

/** What a person sees of the one widget at `selector` (through the configurator's shadow root for the preview). */
function widgetFacts(page: Page, selector: string): Promise<WidgetFacts> {
  return page.locator(selector).evaluate((el: Element) => ({
    tag: el.localName,
    attributes: el
      .getAttributeNames()
      .filter((n) => n !== 'style')
      .map((n) => `${n}=${el.getAttribute(n)}`)
      .sort(),
    primary: getComputedStyle(el).getPropertyValue('--wir-color-primary').trim(),
    text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 600),
  }));
}

const PREVIEW = 'wir-konfigurator .preview > *';
/** A control of the configurator's own form (the preview widget has fields with the same ids). */
const setting = (page: Page, selector: string, options?: { hasText: string }) =>
  page.locator(`wir-konfigurator .settings ${selector}`, options);
/** One of the configurator's snippet boxes. */
const output = (page: Page, id: string) => page.locator(`wir-konfigurator .output pre#${id}`);

describe('snippet configurator', () => {
  test('works under the strict CSP with no console error, and axe (WCAG 2.2 AA) finds nothing, widget preview included', async () => {
    const { page, problems } = await watchedPage();
    const response = await page.goto(`${server.url}konfigurator/`, { waitUntil: 'networkidle' });
    assert.match(response?.headers()['content-security-policy'] ?? '', /script-src 'self'/);
    await widgetsSettled(page);
    // Page.evaluate runs outside the page's CSP, which would block an injected axe script tag.
    await page.evaluate(`${axeSource}\nwindow.axeWir = window.axe;`);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axeWir: { run: (c: unknown, o: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> };
        }
      ).axeWir;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
    });
    assert.deepEqual(violations, []);
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  test('reflows at 320 px: nothing scrolls sideways, and the snippet wraps', async () => {
    const { page, problems } = await watchedPage({ width: 320, height: 640 });
    await page.goto(`${server.url}konfigurator/`, { waitUntil: 'networkidle' });
    await widgetsSettled(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0);
    const code = await output(page, 'html-code').boundingBox();
    assert.ok(code && code.x >= 0 && code.x + code.width <= 320, `snippet box ${JSON.stringify(code)}`);
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  test('can be used with the keyboard alone: choosing a widget and a Kommune updates snippet and preview, Copy says so', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${server.url}konfigurator/`, { waitUntil: 'networkidle' });
    await widgetsSettled(page);
    await setting(page, 'input[value="wir-lotsen-finder"]').focus();
    await page.keyboard.press('ArrowDown'); // radio group: the next widget
    await setting(page, '#kommune').focus();
    await page.keyboard.press('End'); // the last option: Wetzlar, a Sonderstatusstadt
    await widgetsSettled(page);
    const snippet = await output(page, 'html-code').textContent();
    assert.match(snippet ?? '', /<wir-sprachkurs-suche feed="[^"]+sprachkurse\.json" kommune="06532023">/);
    assert.equal((await widgetFacts(page, PREVIEW)).tag, 'wir-sprachkurs-suche');
    await page.locator('wir-konfigurator button', { hasText: 'HTML kopieren' }).press('Enter');
    await page.waitForFunction(() =>
      /kopiert/.test(document.querySelector('wir-konfigurator')?.shadowRoot?.querySelector('[aria-live]')?.textContent ?? ''),
    );
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  const CASES: Array<{ name: string; configure: (page: Page) => Promise<void>; expect: string[]; primary?: string }> = [
    {
      name: 'Lotsen-Finder with Kommune, place, language, topics, English and a house colour',
      configure: async (page) => {
        await setting(page, '#kommune').selectOption({ label: 'Kreis Offenbach' });
        await setting(page, '#near').fill('63128');
        await setting(page, '#near').press('Enter');
        await setting(page, '#language').selectOption({ label: 'Tigrinya' });
        await setting(page, 'label', { hasText: 'Gesundheit' }).click();
        await setting(page, '#locale').selectOption('en');
        await setting(page, '#colorPrimary').fill('#1b5e20');
      },
      expect: ['kommune=06438', 'near=63128', 'language=ti', 'topics=gesundheit', 'locale=en'],
      primary: '#1b5e20',
    },
    {
      name: 'Sprachkurs-Suche with levels, childcare, radius and Arabic',
      configure: async (page) => {
        await setting(page, 'label', { hasText: 'Sprachkurs-Suche' }).click();
        await setting(page, '#near').fill('Offenbach am Main');
        await setting(page, '#near').press('Enter');
        await setting(page, '#radius').fill('30');
        await setting(page, '#radius').press('Enter');
        await setting(page, 'label', { hasText: 'A1' }).click();
        await setting(page, 'label', { hasText: 'A2' }).click();
        await setting(page, 'label', { hasText: 'Kinderbetreuung' }).click();
        await setting(page, '#locale').selectOption('ar');
      },
      expect: ['near=Offenbach am Main', 'radius=30', 'level=A1,A2', 'childcare=', 'locale=ar'],
    },
    {
      name: 'Dolmetscher-Anfrage with receiver, privacy notice, Kommune and e-mail fallback',
      configure: async (page) => {
        await setting(page, 'label', { hasText: 'Dolmetscher-Anfrage' }).click();
        await setting(page, '#kommune').selectOption({ label: 'Frankfurt am Main' });
        await setting(page, '#contactEmail').fill('wir@frankfurt.example');
        await setting(page, '#contactEmail').press('Enter');
      },
      expect: ['kommune=06412000', 'contact-email=wir@frankfurt.example', 'privacy-url=http://127.0.0.1:PORT/datenschutz.html'],
    },
  ];

  for (const { name, configure, expect, primary } of CASES) {
    test(`the copied snippet, pasted into an empty page under only the CSP it names, gives the previewed widget: ${name}`, async () => {
      const { page, problems } = await watchedPage();
      await page.goto(`${server.url}konfigurator/`, { waitUntil: 'networkidle' });
      await configure(page);
      await widgetsSettled(page);
      const previewed = await widgetFacts(page, PREVIEW);
      for (const attribute of expect)
        assert.ok(previewed.attributes.includes(attribute.replace('PORT', String(server.port))), `${attribute} in ${previewed.attributes}`);
      if (primary) assert.equal(previewed.primary, primary);
      const html = (await output(page, 'html-code').textContent()) ?? '';
      const css = (await output(page, 'css-code').count()) ? await output(page, 'css-code').textContent() : '';
      const csp = (await output(page, 'csp-code').textContent()) ?? '';
      assert.match(csp, /^script-src http:\/\/127\.0\.0\.1:\d+; connect-src http:\/\/127\.0\.0\.1:\d+;$/);

      // An empty page: nothing allowed but the configurator's lines, a stylesheet for its CSS, and Trusted Types enforced.
      const empty = `${server.url}leer.html`;
      await page.route(empty, (route) =>
        route.fulfill({
          contentType: 'text/html; charset=utf-8',
          headers: {
            'Content-Security-Policy': `default-src 'none'; ${csp} style-src 'self'; img-src data:; require-trusted-types-for 'script'; trusted-types lit-html`,
          },
          body: `<!doctype html><html lang="de"><head><meta charset="utf-8"><link rel="icon" href="data:,"><link rel="stylesheet" href="/leer.css"><title>Leer</title></head><body>\n${html}\n</body></html>`,
        }),
      );
      await page.route(`${server.url}leer.css`, (route) => route.fulfill({ contentType: 'text/css', body: css ?? '' }));
      await page.goto(empty, { waitUntil: 'networkidle' });
      await widgetsSettled(page);
      const pasted = await widgetFacts(page, 'body > *:not(script)');
      assert.deepEqual(pasted, previewed);
      assert.ok(previewed.text.length > 100, `the widget shows content: ${previewed.text.slice(0, 80)}`);
      assert.deepEqual(problems, []);
      await page.context().close();
    });
  }
});
