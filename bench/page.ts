/**
 * npm run bench:page — what the widgets cost the page around them, in headless Chromium with
 * 4× CPU slowdown and a phone's viewport (412 × 823, as Lighthouse's mobile run):
 *
 *   - the demo (`/`, three widgets and the language picker, the sample feeds) and
 *   - a CMS-like article page (bench/pages/cms-article.html) with one `<wir-lotsen-finder>` on a
 *     generated Hessen-wide feed of 5,000 Lotsen (src/sample, seed 2026),
 *
 * each printed as CLS, TBT, the longest task (with the scripts in it, from the Long Animation
 * Frames API), the time from the feed's last byte to the first results painted, and the bytes
 * transferred; on the article page also keystroke to results (Space on a topic chip: from the
 * keydown's time stamp to the frame after the render that shows the new results). Then Lighthouse's
 * performance score for the demo (default mobile settings: simulated slow 4G and 4× CPU), run
 * twice, and the static import closure of the bundle entries (what `npm run size` checks).
 *
 * It prints figures and asserts nothing (speed is not a test on a shared 2-core machine).
 * Needs `npm run build`. `--runs N` repeats the page runs (default 3; medians are printed),
 * `--no-lighthouse` skips Lighthouse.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { type Browser, chromium, type Page } from 'playwright-core';
import { closureSize } from '../scripts/bundle-closure.js';
import { feedFileText } from '../src/sample/demo-feeds.js';
import { generateFeed } from '../src/sample/generate.js';
import { startDemoServer } from '../src/server/demo-server.js';
import { CHROME_PATH, CHROMIUM_ARGS } from '../test/support/chromium-flags.mjs';

const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, 'no-lighthouse': { type: 'boolean', default: false } },
});
const RUNS = Math.max(1, Number(args.runs));
const CPU_SLOWDOWN = 4;
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
const KEYSTROKES = 10;

if (!existsSync('dist/wir-widgets.js')) {
  console.error('bench:page needs the build: run npm run build first.');
  process.exit(1);
}

/**
 * The site the demo server serves: demo/ as it is, plus /bench/ with the article page and the
 * generated feed (written here, not kept in the repository).
 */
function siteFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wir-bench-page-'));
  for (const name of readdirSync('demo')) symlinkSync(resolve('demo', name), join(dir, name));
  mkdirSync(join(dir, 'bench'));
  for (const name of readdirSync('bench/pages')) symlinkSync(resolve('bench/pages', name), join(dir, 'bench', name));
  writeFileSync(join(dir, 'bench', 'lotsen-5000.json'), feedFileText(generateFeed('lotsen', 5000, 2026)));
  return dir;
}

interface PageRun {
  cls: number;
  tbt: number;
  longest: number;
  longestScripts: string;
  fcp: number;
  feedToResults: Record<string, number>;
  bytes: number;
  keystrokes: number[];
  shiftSources: string[];
}

const SEARCH_WIDGETS = ['wir-lotsen-finder', 'wir-sprachkurs-suche'];

async function openPage(browser: Browser, url: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ ...PHONE, reducedMotion: 'no-preference' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.addInitScript({ path: new URL('./page-instrument.js', import.meta.url).pathname });
  await page.goto(url, { waitUntil: 'load' });
  return { page, close: () => context.close() };
}

/** Until every widget has left its loading state and the page had 2 s without a long task. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    (tags: string[]) =>
      [...document.querySelectorAll(tags.join(','))].every((el) => {
        const root = el.shadowRoot;
        return root?.querySelector('[part~="base"]') && !root.querySelector('[aria-busy="true"]');
      }),
    ['wir-lotsen-finder', 'wir-sprachkurs-suche', 'wir-dolmetscher-anfrage'],
    { timeout: 120_000, polling: 200 },
  );
  for (let quiet = 0; quiet < 2000; ) {
    const before = await page.evaluate(() => (window as never as { __bench: { tasks: unknown[] } }).__bench.tasks.length);
    await page.waitForTimeout(500);
    const after = await page.evaluate(() => (window as never as { __bench: { tasks: unknown[] } }).__bench.tasks.length);
    quiet = after === before ? quiet + 500 : 0;
  }
}

async function measure(page: Page, feeds: Record<string, string>): Promise<Omit<PageRun, 'keystrokes'>> {
  return page.evaluate((feedOf: Record<string, string>) => {
    const bench = (window as never as { __bench: ReturnType<typeof Object> }).__bench as {
      shifts: Array<{ value: number; startTime: number; hadRecentInput: boolean; sources: string[] }>;
      tasks: Array<{ startTime: number; duration: number }>;
      frames: Array<{ startTime: number; duration: number; scripts: Array<{ duration: number; source: string }> }>;
      searches: Array<{ tag: string; at: number; painted?: number }>;
    };
    // CLS as Chromium and Lighthouse define it: the largest session window of shifts less than
    // 1 s apart, at most 5 s long, without shifts right after input.
    let cls = 0;
    let windowValue = 0;
    let windowStart = 0;
    let previous = -Infinity;
    for (const s of bench.shifts) {
      if (s.hadRecentInput) continue;
      if (s.startTime - previous < 1000 && s.startTime - windowStart < 5000) windowValue += s.value;
      else {
        windowValue = s.value;
        windowStart = s.startTime;
      }
      previous = s.startTime;
      cls = Math.max(cls, windowValue);
    }
    const weights = new Map<string, number>();
    for (const s of bench.shifts)
      if (!s.hadRecentInput) for (const source of new Set(s.sources)) weights.set(source, (weights.get(source) ?? 0) + s.value);
    const shiftSources = [...weights]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([source, value]) => `${source} (${value.toFixed(3)})`);
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    // TBT as Lighthouse counts it, from first contentful paint until the page settled.
    const tbt = bench.tasks.filter((t) => t.startTime >= fcp).reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
    const longestTask = bench.tasks.reduce((a, t) => (t.duration > a.duration ? t : a), { startTime: 0, duration: 0 });
    const frame = bench.frames
      .filter((f) => f.startTime <= longestTask.startTime + 1 && f.startTime + f.duration >= longestTask.startTime)
      .sort((a, b) => b.duration - a.duration)[0];
    const longestScripts = (frame?.scripts ?? [])
      .sort((a, b) => b.duration - a.duration)
      .slice(0, 3)
      .map((s) => `${s.source} ${Math.round(s.duration)} ms`)
      .join('; ');
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceResourceTiming | undefined;
    const bytes = resources.reduce((sum, r) => sum + r.transferSize, navigation?.transferSize ?? 0);
    const feedToResults: Record<string, number> = {};
    for (const [tag, path] of Object.entries(feedOf)) {
      const feed = resources.find((r) => new URL(r.name).pathname === path);
      const first = bench.searches.find((s) => s.tag === tag && s.painted !== undefined);
      if (feed && first) feedToResults[tag] = first.painted! - feed.responseEnd;
    }
    return { cls, tbt, longest: longestTask.duration, longestScripts, fcp, feedToResults, bytes, shiftSources };
  }, feeds);
}

/** Space on topic chips of the finder: from each keydown to the paint that shows the new results. */
async function keystrokes(page: Page): Promise<number[]> {
  const chips = page.locator('wir-lotsen-finder input[type="checkbox"][id^="topic-"]');
  const count = Math.min(await chips.count(), 5);
  const out: number[] = [];
  for (let k = 0; k < KEYSTROKES; k++) {
    await chips.nth(k % count).focus();
    const searches = await page.evaluate(() => (window as never as { __bench: { searches: unknown[] } }).__bench.searches.length);
    await page.keyboard.press('Space');
    const time = await page.waitForFunction((n: number) => {
      const bench = (window as never as { __bench: { searches: Array<{ painted?: number }>; keydowns: number[] } }).__bench;
      const painted = bench.searches[n]?.painted;
      return painted !== undefined && painted - bench.keydowns.at(-1)!;
    }, searches);
    out.push((await time.jsonValue()) as number);
  }
  return out;
}

const median = (xs: number[]) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN;
};
const ms = (x: number) => (Number.isFinite(x) ? `${Math.round(x)} ms` : '—');

async function runPage(browser: Browser, url: string, feeds: Record<string, string>, typing: boolean): Promise<PageRun> {
  const { page, close } = await openPage(browser, url);
  try {
    await settle(page);
    const facts = await measure(page, feeds);
    return { ...facts, keystrokes: typing ? await keystrokes(page) : [] };
  } finally {
    await close();
  }
}

async function lighthouseScore(url: string): Promise<{ score: number; tbt: number; cls: number; bytes: number }> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: [...CHROMIUM_ARGS, '--headless=new'] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', onlyCategories: ['performance'], logLevel: 'error' });
    const lhr = result!.lhr;
    return {
      score: lhr.categories.performance!.score ?? 0,
      tbt: Number(lhr.audits['total-blocking-time']!.numericValue),
      cls: Number(lhr.audits['cumulative-layout-shift']!.numericValue),
      bytes: Number(lhr.audits['total-byte-weight']!.numericValue),
    };
  } finally {
    chrome.kill();
  }
}

const site = siteFolder();
const server = await startDemoServer({ port: 0, demoDir: site, receiver: { dbPath: join(site, 'anfragen.sqlite') } });
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS });
const loadStart = loadavg()[0]!;
const pages = [
  {
    name: 'demo (3 widgets, sample feeds)',
    path: '',
    feeds: { 'wir-lotsen-finder': '/data/lotsen.json', 'wir-sprachkurs-suche': '/data/sprachkurse.json' },
    typing: false,
  },
  {
    name: 'CMS article, finder, 5,000 Lotsen',
    path: 'bench/cms-article.html',
    feeds: { 'wir-lotsen-finder': '/bench/lotsen-5000.json' },
    typing: true,
  },
];
const results: Array<{ name: string; runs: PageRun[] }> = [];
let lighthouseRuns: Array<Awaited<ReturnType<typeof lighthouseScore>>> = [];
try {
  for (const p of pages) {
    const runs: PageRun[] = [];
    for (let r = 0; r < RUNS; r++) runs.push(await runPage(browser, server.url + p.path, p.feeds, p.typing));
    results.push({ name: p.name, runs });
  }
  if (!args['no-lighthouse']) lighthouseRuns = [await lighthouseScore(server.url), await lighthouseScore(server.url)];
} finally {
  await browser.close();
  await server.close();
  rmSync(site, { recursive: true, force: true });
}

const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
console.log(
  `Headless Chromium ${browser.version()}, ${PHONE.viewport.width}×${PHONE.viewport.height} phone viewport, ${CPU_SLOWDOWN}× CPU slowdown, no network throttling; median of ${RUNS} runs per page; load average ${loadStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end (2 cores shared with other work).`,
);
console.log('');
console.log(
  '| page | CLS | TBT | longest task | feed received → first results painted | keystroke → results (median / max of 10) | transferred |',
);
console.log('|---|---:|---:|---:|---|---:|---:|');
for (const { name, runs } of results) {
  const feedKeys = Object.keys(runs[0]!.feedToResults);
  const feedText = SEARCH_WIDGETS.filter((t) => feedKeys.includes(t))
    .map((t) => `${t.replace('wir-', '')} ${ms(median(runs.map((r) => r.feedToResults[t] ?? NaN)))}`)
    .join(', ');
  const keys = runs.flatMap((r) => r.keystrokes);
  console.log(
    `| ${name} | ${median(runs.map((r) => r.cls)).toFixed(3)} | ${ms(median(runs.map((r) => r.tbt)))} | ${ms(median(runs.map((r) => r.longest)))} | ${feedText || '—'} | ${keys.length ? `${ms(median(keys))} / ${ms(Math.max(...keys))}` : '—'} | ${kib(median(runs.map((r) => r.bytes)))} |`,
  );
}
console.log('');
for (const { name, runs } of results) {
  const worst = runs.reduce((a, r) => (r.longest > a.longest ? r : a));
  console.log(`${name}: longest task ${ms(worst.longest)} (${worst.longestScripts || 'no script attribution'})`);
  console.log(`  layout shifts by source: ${worst.shiftSources.join(', ') || 'none'}`);
}
if (lighthouseRuns.length) {
  console.log('');
  console.log('Lighthouse 12 on the demo (mobile: simulated slow 4G, 4× CPU), two runs:');
  for (const l of lighthouseRuns)
    console.log(`  score ${l.score.toFixed(2)}, TBT ${ms(l.tbt)}, CLS ${l.cls.toFixed(3)}, total byte weight ${kib(l.bytes)}`);
}
console.log('');
console.log('Initial JS (static import closure, gzip):');
for (const entry of ['wir-widgets.js', 'wir-lotsen-finder.js', 'wir-sprachkurs-suche.js', 'wir-dolmetscher-anfrage.js'])
  console.log(`  ${entry}: ${(closureSize('dist', entry).gzip / 1024).toFixed(1)} KB`);
