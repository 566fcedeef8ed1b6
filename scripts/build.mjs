// npm run build: bundles (rollup), the unbundled ESM build (esbuild, one file per source),
// the CLI, type declarations (tsc) and the custom elements manifest, into dist/.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { THIRD_PARTY_FILE, thirdPartyLicencesText } from './release-licences.mjs';

/** Left as imports in the CLI bundle: native (better-sqlite3), optional (pg, nodemailer) or large (exceljs). */
const CLI_EXTERNAL = ['better-sqlite3', 'pg', 'nodemailer', 'exceljs'];

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const started = Date.now();

rmSync('dist', { recursive: true, force: true });
run('npx', ['rollup', '-c', '--silent']);
// The page's reservation for the widgets before their script runs (see the file).
copyFileSync('src/wir-widgets.css', 'dist/wir-widgets.css');

// Node-only code (server, CLI, sample generator) never enters a browser build; the configurator
// is a page (bundled by rollup), not part of the package's module API.
const NOT_IN_ESM = ['src/server', 'src/cli', 'src/sample', 'src/konfigurator'];
function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (NOT_IN_ESM.includes(path)) return [];
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}
await build({
  entryPoints: sources('src'),
  outdir: 'dist/esm',
  outbase: 'src',
  bundle: false,
  format: 'esm',
  target: 'es2022',
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
});

// The CLI (`npx wir-widgets validate feed.json`, `npx wir-widgets receiver`): a Node program
// that needs no install — zod and the other pure-JS code are bundled. Packages that are native,
// optional or heavy stay imports, and code that needs them (the receiver) is split into a chunk
// loaded only by its subcommand, so `validate` runs from the release zip with Node alone.
await build({
  entryPoints: { 'wir-widgets': 'src/cli/wir-widgets.ts' },
  outdir: 'dist/cli',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: CLI_EXTERNAL,
  // Maps for debugging, and for the list of bundled packages below.
  sourcemap: true,
  logLevel: 'warning',
});

// Lit, zod and the rest carry licences that must travel with the bundles.
writeFileSync(join('dist', THIRD_PARTY_FILE), thirdPartyLicencesText('dist'));

run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', [
  'custom-elements-manifest',
  'analyze',
  '--litelement',
  '--globs',
  'src/components/**/*.ts',
  '--exclude',
  'src/components/**/*.styles.ts',
  '--outdir',
  'dist',
  '--quiet',
]);

console.log(`build: dist/ written in ${((Date.now() - started) / 1000).toFixed(1)} s`);
