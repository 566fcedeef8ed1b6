/**
 * The widgets on pages we do not control, in real headless Chromium, served by the demo
 * server with its strict Content-Security-Policy (script-src 'self'; style-src 'self').
 * Needs the built bundle (npm test builds first). Screenshots are compared with committed
 * baselines in test/pages/baselines/ (UPDATE_BASELINES=1 rewrites them after a deliberate change).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import pixelmatch from 'pixelmatch';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import type { DemoServer } from '../../src/server/demo-server.js';
import { buildOtherLitFixture, launchChromium, startTestDemoServer } from '../support/page-fixtures.js';

const WIDGETS = ['wir-lotsen-finder', 'wir-sprachkurs-suche', 'wir-dolmetscher-anfrage', 'wir-language-picker'];
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

interface Visit {
  page: Page;
  problems: string[];
}

/** Opens a page and records what a webmaster would see in the console: errors and CSP violations. */
async function visit(path: string, viewport = { width: 1280, height: 900 }): Promise<Visit> {
  const page = await browser.newPage({ viewport, reducedMotion: 'reduce' });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const response = await page.goto(`${server.url.replace(/\/$/, '')}${path}`, { waitUntil: 'networkidle' });
  assert.match(response?.headers()['content-security-policy'] ?? '', /script-src 'self'/, 'page served under the strict CSP');
  // Every widget on the page has rendered its shadow content and finished loading its feed.
  await page.waitForFunction(
    (tags: string[]) =>
      [...document.querySelectorAll(tags.join(','))].every((el) => {
        const base = el.shadowRoot?.querySelector('[part~="base"]');
        return base && !el.shadowRoot!.querySelector('[aria-busy="true"]');
      }),
    WIDGETS,
    { timeout: 15000 },
  );
  await page.waitForTimeout(300);
  return { page, problems };
}

async function widgetFacts(page: Page) {
  return page.evaluate((tags: string[]) => {
    return [...document.querySelectorAll<HTMLElement>(tags.join(','))].map((el) => {
      const base = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
      const label = el.shadowRoot!.querySelector<HTMLElement>('label, legend');
      const hidden = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[hidden]')];
      return {
        tag: el.localName,
        id: el.id,
        width: el.getBoundingClientRect().width,
        overflowX: Math.max(base.scrollWidth - base.clientWidth, el.scrollWidth - el.clientWidth),
        baseFontSize: getComputedStyle(base).fontSize,
        labelFontSize: label ? getComputedStyle(label).fontSize : null,
        dir: base.getAttribute('dir') ?? getComputedStyle(base).direction,
        lang: base.getAttribute('lang'),
        hiddenShown: hidden.filter((h) => getComputedStyle(h).display !== 'none').length,
        text: base.textContent.slice(0, 400),
      };
    });
  }, WIDGETS);
}

/** Compares a screenshot with its committed baseline; at most 1.5 % of pixels may differ (font hinting, caret). */
function matchesBaseline(name: string, png: Buffer): void {
  const file = join('test/pages/baselines', `${name}.png`);
  if (process.env.UPDATE_BASELINES === '1' || !existsSync(file)) {
    if (process.env.CI && !existsSync(file))
      assert.fail(`baseline ${file} is missing; run UPDATE_BASELINES=1 npm run test:node locally and commit it`);
    mkdirSync('test/pages/baselines', { recursive: true });
    writeFileSync(file, png);
    return;
  }
  const expected = PNG.sync.read(readFileSync(file));
  const actual = PNG.sync.read(png);
  assert.equal(`${actual.width}x${actual.height}`, `${expected.width}x${expected.height}`, `${name}: screenshot size changed`);
  const diff = new PNG({ width: expected.width, height: expected.height });
  const changed = pixelmatch(expected.data, actual.data, diff.data, expected.width, expected.height, { threshold: 0.15 });
  const share = changed / (expected.width * expected.height);
  if (share > 0.015) {
    mkdirSync('.tmp', { recursive: true });
    writeFileSync(join('.tmp', `${name}.actual.png`), png);
    writeFileSync(join('.tmp', `${name}.diff.png`), PNG.sync.write(diff));
  }
  assert.ok(share <= 0.015, `${name}: ${(share * 100).toFixed(2)} % of pixels differ from the baseline (see .tmp/${name}.diff.png)`);
}

describe('hostile host pages', () => {
  test('a CMS theme with 62.5 % root size, hard resets and a 280 px column does not shrink, clip or unhide anything', async () => {
    const { page, problems } = await visit('/hostile/cms.html');
    const facts = await widgetFacts(page);
    assert.ok(facts.length >= 3, 'three widgets rendered');
    for (const f of facts) {
      assert.equal(f.baseFontSize, '16px', `${f.tag}: own 16 px font size despite html{font-size:62.5%}`);
      assert.equal(f.overflowX, 0, `${f.tag}: no horizontal scrolling at ${Math.round(f.width)} px`);
      assert.equal(f.hiddenShown, 0, `${f.tag}: [hidden] inside stays hidden despite the theme's [hidden]{display:block}`);
    }
    const narrow = facts.find((f) => f.tag === 'wir-lotsen-finder')!;
    assert.ok(narrow.width <= 290, `the finder sits in the narrow column (${narrow.width} px)`);
    assert.deepEqual(problems, []);
    matchesBaseline('cms', await page.screenshot());
    await page.close();
  });

  test('served with a strict Content-Security-Policy, the demo page shows all widgets without a single violation', async () => {
    const { page, problems } = await visit('/');
    const facts = await widgetFacts(page);
    assert.ok(facts.some((f) => f.tag === 'wir-lotsen-finder'));
    assert.ok(facts.some((f) => f.tag === 'wir-sprachkurs-suche'));
    assert.ok(facts.some((f) => f.tag === 'wir-dolmetscher-anfrage'));
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('another Lit version and a second copy of wir-widgets on the page: both work, nothing throws', async () => {
    const { page, problems } = await visit('/hostile/other-lit.html');
    await page.waitForFunction(() => document.documentElement.dataset.secondCopy === 'loaded');
    const banner = await page.evaluate(() => document.querySelector('theme-banner')?.shadowRoot?.textContent ?? '');
    assert.match(banner, /Lit 2/);
    const facts = await widgetFacts(page);
    assert.equal(facts.length, 2);
    assert.ok(facts.every((f) => f.text.length > 0));
    assert.deepEqual(problems, []);
    matchesBaseline('other-lit', await page.screenshot());
    await page.close();
  });

  test('the host sets dir="rtl" lang="ar" on <html> only, and every widget speaks Arabic right-to-left', async () => {
    const { page, problems } = await visit('/hostile/rtl.html', { width: 390, height: 844 });
    const facts = await widgetFacts(page);
    assert.equal(facts.length, 3);
    for (const f of facts) {
      assert.equal(f.dir, 'rtl', `${f.tag} is right-to-left`);
      assert.equal(f.lang, 'ar', `${f.tag} speaks Arabic`);
      assert.match(f.text, /[\u0600-\u06FF]/, `${f.tag} shows Arabic text`);
      assert.equal(f.overflowX, 0, `${f.tag}: no horizontal scrolling at 390 px`);
    }
    assert.deepEqual(problems, []);
    matchesBaseline('rtl-390', await page.screenshot());
    await page.close();
  });

  test('three widgets and two finders on one page keep their own searches and languages', async () => {
    const { page, problems } = await visit('/hostile/many.html');
    const facts = await widgetFacts(page);
    assert.equal(facts.length, 4);
    const a = facts.find((f) => f.id === 'finder-a')!;
    const b = facts.find((f) => f.id === 'finder-b')!;
    assert.equal(a.lang, 'de');
    assert.equal(b.lang, 'en');
    assert.notEqual(a.text, b.text, 'different presets give different results');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
