/**
 * axe-core with the WCAG 2.2 AA rule set against every Storybook story in every UI locale,
 * in real headless Chromium. Needs storybook-static/ (npm run build-storybook; npm test
 * builds it before the node tests).
 *
 * One page per locale: the first story is loaded with the locale in the URL's globals, the
 * rest are switched through Storybook's own channel (setCurrentStory), which renders the
 * next story without reloading the preview bundle. That keeps 41 stories × 8 locales at a
 * few seconds per locale instead of a full page load each.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/page-fixtures.js';

const STATIC_ROOT = resolve('storybook-static');
const LOCALES = ['de', 'en', 'ar', 'tr', 'uk', 'ru', 'fa', 'de-x-ls'];
/** WCAG 2.0/2.1/2.2 level A and AA, which is what BITV 2.0 (via EN 301 549) asks of public bodies. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

let server: Server;
let baseUrl: string;
let browser: Browser;
let storyIds: string[] = [];
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/**
 * storybook-static needs a plain file server: the demo server's strict CSP would block
 * Storybook's own inline scripts, which is Storybook's business, not the widgets'.
 */
function serveStorybook(): Promise<Server> {
  const s = createServer(async (req, res) => {
    try {
      let path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
      if (path.endsWith('/')) path += 'index.html';
      const file = resolve(join(STATIC_ROOT, path));
      if (!file.startsWith(STATIC_ROOT + sep)) throw new Error('outside');
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((r) => s.listen(0, '127.0.0.1', () => r(s)));
}

before(async () => {
  assert.ok(existsSync(join(STATIC_ROOT, 'index.json')), 'storybook-static/ is missing: run npm run build-storybook first');
  const index = JSON.parse(readFileSync(join(STATIC_ROOT, 'index.json'), 'utf8')) as {
    entries: Record<string, { id: string; type: string }>;
  };
  storyIds = Object.values(index.entries)
    .filter((e) => e.type === 'story')
    .map((e) => e.id);
  server = await serveStorybook();
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

/** Waits until Storybook has finished the story (render and play) and every widget in it has rendered and stopped loading. */
async function settle(page: Page, storyId: string): Promise<void> {
  await page.waitForFunction(
    (id: string) => {
      const render = (window as unknown as { __STORYBOOK_PREVIEW__?: { currentRender?: { id: string; phase: string } } })
        .__STORYBOOK_PREVIEW__?.currentRender;
      return render?.id === id && ['completed', 'finished', 'errored', 'aborted'].includes(render.phase);
    },
    storyId,
    { timeout: 15000 },
  );
  // The Loading stories stay busy on purpose (no feed), so a busy widget only gets a short grace period.
  await page
    .waitForFunction(
      () => {
        const widgets = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('wir-'));
        return (
          widgets.length > 0 &&
          widgets.every((el) => el.shadowRoot?.firstElementChild && !el.shadowRoot.querySelector('[aria-busy="true"]'))
        );
      },
      undefined,
      { timeout: 2500 },
    )
    .catch(() => undefined);
  // Lit's debounced announcer and async place lookups finish within a couple of frames.
  await page.waitForTimeout(150);
}

interface Finding {
  story: string;
  locale: string;
  rule: string;
  impact: string | null;
  targets: string;
  summary: string;
}

async function runAxe(page: Page): Promise<Omit<Finding, 'story' | 'locale'>[]> {
  if (!(await page.evaluate(() => 'axeWir' in window))) {
    await page.addScriptTag({ content: `${axeSource}\nwindow.axeWir = window.axe;` });
  }
  return page.evaluate(async (tags: string[]) => {
    const axe = (
      window as unknown as {
        axeWir: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[]; failureSummary?: string }[] }[] }>;
        };
      }
    ).axeWir;
    // The story root only: Storybook's own chrome in the iframe is not ours to judge.
    const result = await axe.run({ include: ['#storybook-root'] }, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.flatMap((v) =>
      v.nodes.map((n) => ({
        rule: v.id,
        impact: v.impact,
        targets: JSON.stringify(n.target),
        summary: (n.failureSummary ?? '').split('\n').slice(0, 3).join(' '),
      })),
    );
  }, AXE_TAGS);
}

describe('axe (WCAG 2.2 AA) on every story in every locale', () => {
  test('the harness sees into shadow roots: an unlabelled field planted in a widget is reported', async () => {
    // Guards the zero below: a story root that axe could not see into would also give zero.
    const story = storyIds.find((id) => id.includes('lotsen-finder')) ?? storyIds[0]!;
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/iframe.html?id=${story}&viewMode=story&globals=locale:de;a11y.manual:!true`);
    await settle(page, story);
    await page.evaluate(() => {
      const widget = [...document.querySelectorAll('#storybook-root *')].find((el) => el.localName.startsWith('wir-'))!;
      widget.shadowRoot!.append(document.createElement('input'));
    });
    const rules = (await runAxe(page)).map((f) => f.rule);
    assert.ok(rules.includes('label'), `axe reported the planted field (${rules.join(', ') || 'nothing'})`);
    await page.close();
  });

  test('no violations', async () => {
    assert.ok(storyIds.length > 0, 'index.json lists stories');
    const findings: Finding[] = [];
    let checked = 0;
    // Two locales at a time: the machine has two cores, and each page mostly waits.
    const queue = [...LOCALES];
    async function worker(): Promise<void> {
      for (let locale = queue.shift(); locale; locale = queue.shift()) {
        const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
        const pageErrors: string[] = [];
        page.on('pageerror', (e) => pageErrors.push(e.message));
        // a11y.manual: the addon's own axe run would race ours on window.axe and double the time.
        await page.goto(`${baseUrl}/iframe.html?id=${storyIds[0]}&viewMode=story&globals=locale:${locale};a11y.manual:!true`);
        for (const [i, story] of storyIds.entries()) {
          if (i > 0) {
            await page.evaluate((id: string) => {
              (
                window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: { emit: (e: string, a: unknown) => void } }
              ).__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
            }, story);
          }
          await settle(page, story);
          const lang = await page.evaluate(() => document.documentElement.lang);
          assert.equal(lang, locale, `${story}: the preview's locale global reached <html lang>`);
          for (const f of await runAxe(page)) findings.push({ story, locale, ...f });
          checked++;
        }
        assert.deepEqual(pageErrors, [], `${locale}: no uncaught errors in the preview`);
        await page.close();
      }
    }
    await Promise.all([worker(), worker()]);
    console.log(`# axe ${AXE_TAGS.join(',')}: ${storyIds.length} stories × ${LOCALES.length} locales checked (${checked} renders)`);
    const report = findings.map((f) => `${f.story} [${f.locale}] ${f.rule} (${f.impact}) ${f.targets}: ${f.summary}`);
    assert.equal(checked, storyIds.length * LOCALES.length);
    assert.deepEqual(report, [], `${findings.length} axe violations`);
  });
});
