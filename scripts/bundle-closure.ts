/**
 * What a browser loads up front for a bundle entry: the entry and every chunk it imports
 * statically (transitively); dynamic import() targets are the lazy chunks, listed apart.
 * Used by `npm run size` and by the build-output test.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const STATIC_IMPORT = /(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["']([^"']+)["']\s*\)/g;

/** `entry` and the returned file names are relative to `dir`. */
export function staticClosure(dir: string, entry: string): { files: string[]; lazy: string[] } {
  const seen = new Set<string>();
  const lazy = new Set<string>();
  const resolve = (from: string, spec: string) => posix.normalize(posix.join(posix.dirname(from), spec));
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) if (m[1]!.startsWith('.')) visit(resolve(file, m[1]!));
    for (const m of code.matchAll(DYNAMIC_IMPORT)) if (m[1]!.startsWith('.')) lazy.add(resolve(file, m[1]!));
  };
  visit(entry);
  return { files: [...seen], lazy: [...lazy].filter((f) => !seen.has(f)) };
}

/** Minified and gzip bytes of `files` (relative to `dir`) as one download: the way `npm run size` counts. */
export function filesSize(dir: string, files: string[]): { min: number; gzip: number } {
  const text = files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
  return { min: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
}

/** What a page pays up front for `entry`: its static closure, measured as filesSize does. */
export function closureSize(dir: string, entry: string): { min: number; gzip: number } {
  return filesSize(dir, staticClosure(dir, entry).files);
}
