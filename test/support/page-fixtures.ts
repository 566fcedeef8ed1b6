/**
 * Shared set-up of the page tests (test/pages): a headless Chromium, and the demo server with
 * its strict CSP and a receiver on a throw-away SQLite file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
import { type DemoServer, startDemoServer } from '../../src/server/demo-server.js';
import { CHROME_PATH, CHROMIUM_ARGS } from './chromium-flags.mjs';

/** `--font-render-hinting=none` keeps text rendering stable for screenshot baselines. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROME_PATH, args: [...CHROMIUM_ARGS, '--font-render-hinting=none'] });
}

export async function startTestDemoServer(): Promise<DemoServer> {
  const dbDir = mkdtempSync(join(tmpdir(), 'wir-pages-'));
  const server = await startDemoServer({ port: 0, receiver: { dbPath: join(dbDir, 'anfragen.sqlite') } });
  return {
    ...server,
    async close() {
      await server.close();
      rmSync(dbDir, { recursive: true, force: true });
    },
  };
}

/** A theme's own Lit 2 component (demo/hostile/other-lit-source.js), bundled to dist/hostile/other-lit.js. */
export async function buildOtherLitFixture(): Promise<void> {
  await build({
    entryPoints: ['demo/hostile/other-lit-source.js'],
    bundle: true,
    format: 'esm',
    outfile: 'dist/hostile/other-lit.js',
    logLevel: 'warning',
  });
}
