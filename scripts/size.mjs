// npm run size: minified and gzip size of every bundle entry (with the chunks it imports
// statically) and of every lazy chunk, checked against size-budget.json. Exits 1 on a breach.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const budget = JSON.parse(readFileSync('size-budget.json', 'utf8'));
if (!existsSync('dist/wir-widgets.js')) {
  console.error('size: dist/wir-widgets.js is missing; run npm run build first.');
  process.exit(1);
}

const STATIC_IMPORT = /(?:^|[;}\n])\s*import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
const EXPORT_FROM = /(?:^|[;}\n])\s*export\s*[\w$*{}\s,]+?\s*from\s*["']([^"']+)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["']([^"']+)["']\s*\)/g;

const read = (file) => readFileSync(join('dist', file), 'utf8');
const resolve = (from, spec) => posix.normalize(posix.join(posix.dirname(from), spec));

function closure(entry) {
  const seen = new Set();
  const lazy = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = read(file);
    for (const re of [STATIC_IMPORT, EXPORT_FROM]) for (const m of code.matchAll(re)) if (m[1].startsWith('.')) visit(resolve(file, m[1]));
    for (const m of code.matchAll(DYNAMIC_IMPORT)) if (m[1].startsWith('.')) lazy.add(resolve(file, m[1]));
  };
  visit(entry);
  return { files: [...seen], lazy: [...lazy].filter((f) => !seen.has(f)) };
}

const sizeOf = (files) => {
  const text = files.map(read).join('\n');
  return { min: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const matches = (pattern, name) => new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`).test(name);
const limitFor = (table, name) => {
  const key = Object.keys(table).find((k) => !k.startsWith('//') && matches(k, name));
  return key ? table[key] : Infinity;
};

let failed = 0;
const rows = [];
const lazyChunks = new Set();
const entries = readdirSync('dist').filter((f) => f.endsWith('.js')).sort((a, b) => (a === 'wir-widgets.js' ? -1 : b === 'wir-widgets.js' ? 1 : a.localeCompare(b)));
for (const entry of entries) {
  const { files, lazy } = closure(entry);
  lazy.forEach((f) => lazyChunks.add(f));
  const { min, gzip } = sizeOf(files);
  const limit = limitFor(budget.entries, entry);
  const ok = gzip <= limit;
  if (!ok) failed += 1;
  rows.push([entry, files.length, kb(min), kb(gzip), kb(limit), ok ? 'ok' : 'OVER BUDGET']);
}
// Lazy chunks can themselves import shared chunks (e.g. the plural helper); count only the chunk itself.
for (const chunk of [...lazyChunks].sort()) {
  const name = posix.basename(chunk).replace(/-[\w-]{8}\.js$/, '').replace(/\.js$/, '');
  const { min, gzip } = sizeOf([chunk]);
  const limit = limitFor(budget.lazy, name);
  const ok = gzip <= limit;
  if (!ok) failed += 1;
  rows.push([`${chunk} (lazy)`, 1, kb(min), kb(gzip), kb(limit), ok ? 'ok' : 'OVER BUDGET']);
}

const header = ['file', 'files', 'minified', 'gzip', 'budget (gzip)', ''];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ').trimEnd();
console.log(line(header));
rows.forEach((r) => console.log(line(r)));
console.log(failed ? `size: ${failed} over budget` : 'size: all within budget');
process.exit(failed ? 1 : 0);
