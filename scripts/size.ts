// npm run size: minified and gzip size of every bundle entry with the chunks it imports
// statically (what a page pays before anything lazy), and of every lazy chunk with what it
// brings along, checked against size-budget.json. Exits 1 on a breach.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { filesSize, staticClosure } from './bundle-closure.js';

type BudgetTable = Record<string, number>;
const budget = JSON.parse(readFileSync('size-budget.json', 'utf8')) as { entries: BudgetTable; lazy: BudgetTable };
if (!existsSync('dist/wir-widgets.js')) {
  console.error('size: dist/wir-widgets.js is missing; run npm run build first.');
  process.exit(1);
}

const sizeOf = (files: string[]) => filesSize('dist', files);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const matches = (pattern: string, name: string) => new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`).test(name);
const limitFor = (table: BudgetTable, name: string): number => {
  const key = Object.keys(table).find((k) => !k.startsWith('//') && matches(k, name));
  return key ? table[key]! : Infinity;
};

let failed = 0;
const rows: Array<Array<string | number>> = [];
const lazyChunks = new Set<string>();
const entries = readdirSync('dist')
  .filter((f) => f.endsWith('.js'))
  .sort((a, b) => (a === 'wir-widgets.js' ? -1 : b === 'wir-widgets.js' ? 1 : a.localeCompare(b)));
for (const entry of entries) {
  const { files, lazy } = staticClosure('dist', entry);
  for (const f of lazy) lazyChunks.add(f);
  const { min, gzip } = sizeOf(files);
  const limit = limitFor(budget.entries, entry);
  const ok = gzip <= limit;
  if (!ok) failed += 1;
  rows.push([entry, files.length, kb(min), kb(gzip), kb(limit), ok ? 'ok' : 'OVER BUDGET']);
}
// A lazy chunk costs, when it loads, itself and the chunks it imports that the page does not
// have yet (zod comes with the feed engine): everything in its static closure outside the
// all-in-one entry's closure.
const onPage = new Set(staticClosure('dist', 'wir-widgets.js').files);
for (const chunk of [...lazyChunks].sort()) {
  const name = posix
    .basename(chunk)
    .replace(/-[\w-]{8}\.js$/, '')
    .replace(/\.js$/, '');
  const files = staticClosure('dist', chunk).files.filter((f) => !onPage.has(f));
  const { min, gzip } = sizeOf(files);
  const limit = limitFor(budget.lazy, name);
  const ok = gzip <= limit;
  if (!ok) failed += 1;
  rows.push([`${chunk} (lazy)`, files.length, kb(min), kb(gzip), kb(limit), ok ? 'ok' : 'OVER BUDGET']);
}

const header = ['file', 'files', 'minified', 'gzip', 'budget (gzip)', ''];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (r: Array<string | number>) =>
  r
    .map((c, i) => String(c).padEnd(widths[i]!))
    .join('  ')
    .trimEnd();
console.log(line(header));
for (const r of rows) console.log(line(r));
console.log(failed ? `size: ${failed} over budget` : 'size: all within budget');
process.exit(failed ? 1 : 0);
