// Two browser builds from the same sources:
//  - dist/wir-widgets.js: every tag, Lit included, for webmasters (one script tag);
//  - dist/wir-<widget>.js: one entry per widget, sharing chunks between them.
// Lazy parts (locale texts, the PLZ gazetteer) become their own files under dist/chunks/.
// The unbundled ESM build for app developers (Lit as a peer) is made by scripts/build.mjs.
import { existsSync, readdirSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const widgetEntries = Object.fromEntries(
  readdirSync('src/components', { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'shared' && existsSync(`src/components/${d.name}/define.ts`))
    .map((d) => [`wir-${d.name}`, `src/components/${d.name}/define.ts`]),
);

const plugins = () => [
  nodeResolve({ browser: true }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
  terser({ ecma: 2022, module: true, format: { comments: false } }),
];

const output = {
  dir: 'dist',
  format: 'es',
  entryFileNames: '[name].js',
  // Lazy chunks get names a webmaster (and npm run size) can recognise.
  chunkFileNames: (chunk) => {
    const id = chunk.facadeModuleId ?? '';
    const locale = id.match(/i18n\/messages\/([\w-]+)\/index\.ts$/);
    if (locale) return `chunks/locale-${locale[1]}-[hash].js`;
    if (/core\/place\/(plz-table|place-names|gazetteer-data)/.test(id)) return 'chunks/gazetteer-[hash].js';
    return 'chunks/[name]-[hash].js';
  },
  sourcemap: true,
};

const onwarn = (warning, warn) => {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.some((id) => id.includes('node_modules'))) return;
  warn(warning);
};

// The coordinators' workspace and the requester's status page: an app the receiver serves
// under /koordination/assets/ (src/server/pages/), built on its own so nothing of it enters
// the widget bundles.
const workspace = {
  input: { 'wir-koordination': 'src/workspace/define.ts', 'wir-anfrage-status': 'src/workspace/anfrage-status/define.ts' },
  output: {
    dir: 'dist/koordination',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  plugins: plugins(),
  onwarn,
};

export default [
  { input: { 'wir-widgets': 'src/index.ts' }, output, plugins: plugins(), onwarn },
  ...(Object.keys(widgetEntries).length ? [{ input: widgetEntries, output, plugins: plugins(), onwarn }] : []),
  workspace,
];
