/**
 * What the widgets do to the page around them while their feeds load, in real headless
 * Chromium on the demo server (needs the built bundle): each widget paints its final-size
 * shell (the form and a results area with a loading skeleton) before its feed has arrived, and
 * when the results arrive nothing that was already in the viewport moves. The feed responses
 * are the demo server's own, held back by the test until the shells are on screen. The demo
 * page links dist/wir-widgets.css, as docs/einbinden.md tells webmasters to.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page, Route } from 'playwright-core';
import type { DemoServer } from '../../src/server/demo-server.js';
import { launchChromium, startTestDemoServer } from '../support/page-fixtures.js';

const SEARCH_WIDGETS = ['wir-lotsen-finder', 'wir-sprachkurs-suche'];
let server: DemoServer;
let browser: Browser;

before(async () => {
  assert.ok(existsSync('dist/wir-widgets.js'), 'dist/wir-widgets.js is missing: run npm run build first');
  server = await startTestDemoServer();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

interface Held {
  page: Page;
  /** Lets the held feed responses through. */
  release: () => void;
}

/** Opens `path` with every feed response held back until `release()`; layout shifts are recorded from the start. */
async function openWithHeldFeeds(path: string, viewport: { width: number; height: number }): Promise<Held> {
  const page = await browser.newPage({ viewport, reducedMotion: 'reduce' });
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/data\/[\w-]+\.json$/, async (route: Route) => {
    const response = await route.fetch();
    await released;
    await route.fulfill({ response });
  });
  await page.addInitScript(() => {
    const shifts: Array<{ value: number; sources: string[] }> = [];
    (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<
        PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Array<{ node?: Node }> }
      >) {
        if (entry.hadRecentInput) continue;
        const sources = (entry.sources ?? []).map((s) => {
          const el = s.node instanceof Element ? s.node : s.node?.parentElement;
          const root = el?.getRootNode();
          return `${root instanceof ShadowRoot ? `${root.host.localName} › ` : ''}${el?.localName ?? '?'}${el?.className ? `.${String(el.className).split(' ')[0]}` : ''}`;
        });
        shifts.push({ value: entry.value, sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${server.url.replace(/\/$/, '')}${path}`);
  return { page, release };
}

/** Every search widget shows its form and a busy results area with the skeleton. */
async function shellsShown(page: Page): Promise<void> {
  await page.waitForFunction(
    (tags: string[]) =>
      tags.every((tag) => {
        const root = document.querySelector(tag)?.shadowRoot;
        return root?.querySelector('form') && root.querySelector('[part~="results"][aria-busy="true"] [part~="skeleton"]');
      }),
    SEARCH_WIDGETS,
    { timeout: 15000 },
  );
}

async function resultsShown(page: Page): Promise<void> {
  await page.waitForFunction(
    (tags: string[]) =>
      tags.every((tag) => {
        const root = document.querySelector(tag)?.shadowRoot;
        return root?.querySelector('[part~="results"][aria-busy="false"] [part~="card"]');
      }),
    SEARCH_WIDGETS,
    { timeout: 30000 },
  );
}

/**
 * Where everything the reader can see is, in page coordinates: the host page's own blocks
 * and the widgets' parts (light and shadow DOM), for elements whose top lies in the viewport.
 */
async function aboveTheFold(page: Page): Promise<Map<string, { top: number; left: number; width: number }>> {
  // A string, not a function: the test's TypeScript loader would add helpers the page lacks to named inner functions.
  const boxes = await page.evaluate<Array<[string, { top: number; left: number; width: number }]>>(`(() => {
    const out = [];
    const visit = (root, prefix) => {
      const all = [...root.querySelectorAll('h1, h2, h3, p, label, legend, input, button, [part], section, footer')];
      all.forEach((el, i) => {
        const r = el.getBoundingClientRect();
        if (r.height === 0 || r.top >= innerHeight || r.bottom <= 0) return;
        if (el.closest('[part~="skeleton"]')) return;
        const part = el.getAttribute('part');
        const key = prefix + el.localName + (el.id ? '#' + el.id : '') + (part ? '[' + part + ']' : '') + ':' + i;
        out.push([key, { top: Math.round(r.top + scrollY), left: Math.round(r.left), width: Math.round(r.width) }]);
      });
      for (const host of root.querySelectorAll('*')) if (host.shadowRoot) visit(host.shadowRoot, prefix + host.localName + ' › ');
    };
    visit(document, '');
    return out;
  })()`);
  return new Map(boxes);
}

const layoutShift = (page: Page) =>
  page.evaluate(() => (window as unknown as { __shifts: Array<{ value: number; sources: string[] }> }).__shifts);

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
]) {
  describe(`the demo page at ${viewport.width} px while the feeds load`, () => {
    test('each search widget shows its form and a loading skeleton before its feed has arrived', async () => {
      const { page, release } = await openWithHeldFeeds('/', viewport);
      await shellsShown(page);
      const facts = await page.evaluate(
        (tags: string[]) =>
          tags.map((tag) => {
            const root = document.querySelector(tag)!.shadowRoot!;
            const results = root.querySelector<HTMLElement>('[part~="results"]')!;
            // The room wir-widgets.css gave the element before it was defined (the last matching rule wins).
            let reserved = 0;
            for (const sheet of document.styleSheets)
              for (const rule of sheet.cssRules) {
                const rules = rule instanceof CSSMediaRule ? (matchMedia(rule.conditionText).matches ? [...rule.cssRules] : []) : [rule];
                for (const r of rules)
                  if (r instanceof CSSStyleRule && r.selectorText === `${tag}:not(:defined)` && r.style.minBlockSize)
                    reserved = Number.parseFloat(r.style.minBlockSize);
              }
            return {
              tag,
              reserved,
              height: document.querySelector(tag)!.getBoundingClientRect().height,
              resultsHeight: results.getBoundingClientRect().height,
              cards: root.querySelectorAll('[part~="card"]').length,
            };
          }),
        SEARCH_WIDGETS,
      );
      for (const f of facts) {
        assert.equal(f.cards, 0, `${f.tag}: no result yet (the feed is held back)`);
        assert.ok(f.resultsHeight >= 300, `${f.tag}: the results area keeps room for the results (${f.resultsHeight} px)`);
        assert.ok(f.reserved > 0, `${f.tag}: wir-widgets.css reserves room before the script runs`);
        assert.ok(
          f.height >= f.reserved,
          `${f.tag}: the shell (${f.height} px) fills the room reserved for it (${f.reserved} px), so nothing moves up`,
        );
      }
      release();
      await resultsShown(page);
      await page.close();
    });

    test('from the first paint to the results, nothing already in view moves', async () => {
      const { page, release } = await openWithHeldFeeds('/', viewport);
      await shellsShown(page);
      // Fonts, the locale texts and the gazetteer have settled; only the feeds are outstanding.
      await page.waitForTimeout(500);
      const before = await aboveTheFold(page);
      const shiftsBefore = (await layoutShift(page)).length;
      assert.ok(before.size > 10, 'the page shows something to compare');
      release();
      await resultsShown(page);
      await page.waitForTimeout(300);
      const now = await aboveTheFold(page);
      const moved = [...before]
        .filter(([key, box]) => {
          const after = now.get(key);
          return after && (after.top !== box.top || after.left !== box.left || after.width !== box.width);
        })
        .map(([key, box]) => `${key}: ${JSON.stringify(box)} → ${JSON.stringify(now.get(key))}`);
      assert.deepEqual(moved, [], 'elements above the fold keep their place');
      const shifts = await layoutShift(page);
      const total = (list: typeof shifts) => list.reduce((sum, s) => sum + s.value, 0);
      assert.ok(
        total(shifts.slice(shiftsBefore)) <= 0.005,
        `layout shift once results arrived: ${JSON.stringify(shifts.slice(shiftsBefore))}`,
      );
      // From the first paint on, including the moment the script turns the empty elements into shells (wir-widgets.css).
      assert.ok(total(shifts) <= 0.02, `layout shift of the whole load ${total(shifts).toFixed(3)}: ${JSON.stringify(shifts)}`);
      await page.close();
    });
  });
}
