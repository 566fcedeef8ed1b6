/**
 * npm run bench:import — how long a 5,000-row office sheet takes to import, on the command
 * line (the packaged CLI as a process, and the read / import phases inside Node) and in
 * headless Chromium on the /werkstatt/ page (from choosing the file to the result table).
 * Prints figures; it asserts nothing. Needs `npm run build` (dist/cli, dist/werkstatt).
 *
 * The sheet is a generated Lotsen feed written as an office would fill the template: PLZ and
 * Ort but no coordinates, so every row goes through the gazetteer, the language table and
 * the time parser, as a real sheet does.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { importSheet, KINDS, readSheetFile, writeWorkbook } from '../src/core/import/index.js';
import { defaultContactOf } from '../src/core/import/publisher-sheet.js';
import type { FeedDocument } from '../src/core/schema/index.js';
import { generateFeed } from '../src/sample/generate.js';
import { startDemoServer } from '../src/server/demo-server.js';
import { CHROME_PATH, CHROMIUM_ARGS } from '../test/support/chromium-flags.mjs';

const ROWS = 5000;
if (!existsSync('dist/cli/wir-widgets.js') || !existsSync('dist/werkstatt/wir-werkstatt.js')) {
  console.error('bench:import needs the build: run npm run build first.');
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'wir-bench-import-'));
const load = loadavg()[0]!.toFixed(1);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const feed = generateFeed('lotsen', ROWS, 2026) as FeedDocument<'lotsen'>;
const contact = defaultContactOf(feed.publisher);
const rows = feed.records.map((r) => KINDS.lotsen.toCells(r, contact));
const xlsx = join(dir, 'lotsen-5000.xlsx');
writeFileSync(xlsx, await writeWorkbook({ kind: 'lotsen', rows, publisher: feed.publisher }));
// The same rows as German Excel saves "CSV (Trennzeichen-getrennt)": semicolons, Windows-1252.
const columns = KINDS.lotsen.columns.filter((c) => !c.exportOnly);
const csvText = [columns.map((c) => c.header), ...rows.map((r) => columns.map((c) => String(r[c.key] ?? '')))]
  .map((cells) => cells.map((v) => (/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(';'))
  .join('\r\n');
const csv = join(dir, 'lotsen-5000.csv');
const CP1252: Record<string, number> = { '€': 0x80, '„': 0x84, '…': 0x85, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
const cp1252 = (ch: string) => CP1252[ch] ?? (ch.charCodeAt(0) < 256 ? ch.charCodeAt(0) : 0x3f); // "?" as Excel writes what the code page lacks
writeFileSync(csv, Uint8Array.from([...csvText].map(cp1252)));

function cli(file: string): number {
  const started = performance.now();
  try {
    execFileSync(
      process.execPath,
      ['dist/cli/wir-widgets.js', 'import', file, '--kind', 'lotsen', '--publisher', feed.publisher.name, '-o', join(dir, 'out.json')],
      {
        stdio: 'pipe',
      },
    );
  } catch (error) {
    // Exit 1 (rows skipped) is not a failure of the run; the counts below say what came out.
    if ((error as { status?: number }).status !== 1) throw error;
  }
  return performance.now() - started;
}

async function inProcess(file: string) {
  const t0 = performance.now();
  const read = await readSheetFile(new Uint8Array(readFileSync(file)), file);
  const t1 = performance.now();
  if (!read.ok) throw new Error(read.problem.message);
  const result = await importSheet(read.workbook, 'lotsen', { publisher: feed.publisher.name });
  return { read: t1 - t0, import: performance.now() - t1, valid: result.valid, total: result.total };
}

let chromiumVersion = '';

async function chromiumRuns(files: string[]): Promise<Array<{ file: string; cold: number; warm: number }>> {
  const server = await startDemoServer({ port: 0, receiver: { dbPath: join(dir, 'anfragen.sqlite') } });
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS });
  chromiumVersion = browser.version();
  const out: Array<{ file: string; cold: number; warm: number }> = [];
  try {
    for (const file of files) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${server.url}werkstatt/`);
      await page.waitForFunction(() => customElements.get('wir-werkstatt') !== undefined);
      const werkstatt = page.locator('wir-werkstatt');
      // First: from choosing the file, including the lazy chunks (exceljs, gazetteer) loading from the demo server.
      const started = performance.now();
      await werkstatt.locator('input[type=file]').setInputFiles(file);
      await werkstatt.locator('#result-title').waitFor({ timeout: 300_000 });
      const cold = performance.now() - started;
      // Again with the "erneut prüfen" button (chunks loaded, code warm), timed inside the page:
      // from the click until the result heading, removed by the new run, is back.
      const warm = (await page.evaluate(`new Promise((resolve) => {
        const root = document.querySelector('wir-werkstatt').shadowRoot;
        const button = [...root.querySelectorAll('button')].find((b) => /erneut prüfen/.test(b.textContent));
        let gone = false;
        const started = performance.now();
        const watch = new MutationObserver(() => {
          if (!root.querySelector('#result-title')) gone = true;
          else if (gone) {
            watch.disconnect();
            resolve(performance.now() - started);
          }
        });
        watch.observe(root, { childList: true, subtree: true });
        button.click();
      })`)) as number;
      out.push({ file, cold, warm });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

const node = { xlsx: await inProcess(xlsx), csv: await inProcess(csv) };
const processes = { xlsx: cli(xlsx), csv: cli(csv) };
const browserRuns = await chromiumRuns([xlsx, csv]);
rmSync(dir, { recursive: true, force: true });

console.log(
  `Import of a ${ROWS.toLocaleString('en')}-row Lotsen sheet (generated, seed 2026; PLZ and Ort, no coordinates), Node ${process.version}, Chromium ${chromiumVersion}, load average ${load} (2 cores):`,
);
console.log('');
console.log(
  '| sheet | CLI process (node dist/cli) | in Node: read | in Node: import | Chromium /werkstatt/ first file | same file again | rows taken |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const [kind, label] of [
  ['xlsx', '.xlsx'],
  ['csv', '.csv (Windows-1252, ;)'],
] as const) {
  const b = browserRuns.find((r) => r.file.endsWith(kind))!;
  const n = node[kind];
  console.log(
    `| ${label} | ${seconds(processes[kind])} | ${seconds(n.read)} | ${seconds(n.import)} | ${seconds(b.cold)} | ${seconds(b.warm)} | ${n.valid.toLocaleString('en')} of ${n.total.toLocaleString('en')} |`,
  );
}
console.log('');
console.log(
  'CLI: whole process, Node start and writing feed.json included. Chromium: from choosing the file to the result table, the first time with the lazy chunks loading.',
);
