/**
 * Headless Chromium run of the engine (same feeds, same queries). Chromium's timer is coarse
 * (100 µs without cross-origin isolation), so each query is repeated and averaged.
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function runBrowserBench(): Promise<string> {
  const bundle = await build({
    entryPoints: [new URL('./browser-entry.ts', import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'wirBench',
    write: false,
    platform: 'browser',
  });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  try {
    const page = await browser.newPage();
    await page.goto('about:blank');
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const rows = (await page.evaluate(() =>
      (globalThis as never as { wirBench: { runBench: (s: number[], c: number) => unknown } }).wirBench.runBench(
        [1000, 10000, 100000],
        200,
      ),
    )) as Array<{ n: number; buildMs: number; median: number; p95: number }>;
    const version = browser.version();
    const f = (ms: number): string => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);
    return [
      `Headless Chromium ${version} (engine only; each query repeated 20× and averaged, as the page timer ticks in 100 µs):`,
      '',
      '| N | build | median | p95 |',
      '|---:|---:|---:|---:|',
      ...rows.map((r) => `| ${r.n.toLocaleString('en')} | ${f(r.buildMs)} | ${f(r.median)} | ${f(r.p95)} |`),
    ].join('\n');
  } finally {
    await browser.close();
  }
}
