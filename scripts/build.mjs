// npm run build: bundles (rollup), the unbundled ESM build (esbuild, one file per source),
// type declarations (tsc) and the custom elements manifest, into dist/.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const started = Date.now();

rmSync('dist', { recursive: true, force: true });
run('npx', ['rollup', '-c', '--silent']);

// Node-only code (server, CLI, sample generator) never enters a browser build.
const NODE_ONLY = ['src/server', 'src/cli', 'src/sample'];
function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (NODE_ONLY.includes(path)) return [];
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

// The feed validator CLI for webmasters (`npx wir-widgets validate feed.json`): Node only,
// with zod left as a dependency import.
await build({
  entryPoints: ['src/cli/wir-widgets.ts'],
  outfile: 'dist/cli/wir-widgets.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});

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
