// One browser build from one module graph, so every chunk exists once:
//  - dist/wir-widgets.js: every tag (one script tag for webmasters); it imports the widget entries below;
//  - dist/wir-<widget>.js: one entry per widget, for pages that need just one;
//  - dist/konfigurator/konfigurator.js: the snippet configurator page (never inside a widget's closure).
// Code that several entries share and the lazy parts (locale texts, the PLZ gazetteer) become
// files under dist/chunks/, content-hashed so a server may cache them for a year.
// The unbundled ESM build for app developers (Lit as a peer) and the CLI are made by scripts/build.mjs.
import { existsSync, readdirSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { werkstattBuild } from './scripts/werkstatt-rollup.mjs';

const widgetEntries = Object.fromEntries(
  readdirSync('src/components', { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'shared' && existsSync(`src/components/${d.name}/define.ts`))
    .map((d) => [`wir-${d.name}`, `src/components/${d.name}/define.ts`]),
);

/** Pages built on the widgets (their own entries, in a folder of their own under dist/). */
const pageEntries = {
  'konfigurator/konfigurator': 'src/konfigurator/index.ts',
};

/** The first pattern a module of a shared chunk matches names it. */
const SHARED_CHUNK_NAMES = [
  [/node_modules\/lit-html\//, 'lit-and-core'],
  [/components\/shared\/language-picker\//, 'language-picker'],
  [/components\/shared\/search-states\//, 'search-shared'],
  [/lotsen-finder\/contact-request\//, 'lotse-contact-request'],
  // The request-form parts (submission, fields, review and success views) that the interpreter
  // form and the Lotse contact form, loaded lazily by the finder, both use.
  [/components\/shared\/request-views\//, 'request-form'],
];

const onwarn = (warning, warn) => {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.some((id) => id.includes('node_modules'))) return;
  warn(warning);
};

const plugins = () => [
  nodeResolve({ browser: true }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
  terser({ ecma: 2022, module: true, format: { comments: false } }),
];

const widgetsBuild = {
  input: { 'wir-widgets': 'src/index.ts', ...widgetEntries, ...pageEntries },
  plugins: plugins(),
  onwarn,
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    // Chunks get names a webmaster (and npm run size) can recognise, and a content hash:
    // scripts/release.mjs and the demo server rely on "-<8 characters>.js" to mark a file
    // that never changes under its name.
    chunkFileNames: (chunk) => {
      const id = chunk.facadeModuleId ?? '';
      const locale = id.match(/i18n\/messages\/([\w-]+)\/index\.ts$/);
      if (locale) return `chunks/locale-${locale[1]}-[hash].js`;
      if (/core\/place\/(plz-table|place-names|gazetteer-data)/.test(id)) return 'chunks/gazetteer-[hash].js';
      // Shared chunks are named after what they hold (rollup would name them after one module, e.g. "define").
      const shared = SHARED_CHUNK_NAMES.find(([pattern]) => chunk.moduleIds.some((m) => pattern.test(m)));
      return `chunks/${shared?.[1] ?? '[name]'}-[hash].js`;
    },
    hashCharacters: 'base36',
    sourcemap: true,
  },
};

// The coordinators' workspace and the requester's status page: an app the receiver serves
// under /koordination/assets/ (src/server/pages/), built on its own so nothing of it enters
// the widget bundles.
const workspaceBuild = {
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
  widgetsBuild,
  workspaceBuild,
  // The coordinators' workshop page: its own build object and output folder.
  werkstattBuild,
];
