// The coordinators' workshop page (<wir-werkstatt>): its own build, never inside the widget
// bundles. Output under dist/werkstatt/ so size checks of the widgets do not count it:
//   dist/werkstatt/wir-werkstatt.js   the element (Lit, import core, papaparse)
//   dist/werkstatt/chunks/…           lazy parts: exceljs (large, only for .xlsx), the PLZ gazetteer
// exceljs and papaparse ship CommonJS/UMD only; esbuild turns each into one ES module here,
// with the package as `default` (as Node's import() of CommonJS gives it to the core).
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { build } from 'esbuild';
import esbuild from 'rollup-plugin-esbuild';

const COMMONJS_PACKAGES = ['exceljs', 'papaparse'];
// exceljs's build without its polyfills: every browser that runs Lit 3 has what they add.
const ENTRY = { exceljs: 'exceljs/dist/exceljs.bare.min.js' };
const PREFIX = '\0commonjs-as-esm:';

function commonjsAsEsm() {
  return {
    name: 'commonjs-as-esm',
    resolveId(source) {
      return COMMONJS_PACKAGES.includes(source) ? PREFIX + source : null;
    },
    async load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const name = id.slice(PREFIX.length);
      const result = await build({
        stdin: { contents: `module.exports = require(${JSON.stringify(ENTRY[name] ?? name)});`, resolveDir: process.cwd() },
        bundle: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        minify: true,
        write: false,
        logLevel: 'silent',
      });
      return result.outputFiles[0].text;
    },
  };
}

/** exceljs arrives minified; running terser over its 900 KB again costs ~15 s and saves nothing. */
function skipMinified(plugin) {
  return {
    ...plugin,
    renderChunk(code, chunk, options, meta) {
      return chunk.fileName.includes('exceljs') ? null : plugin.renderChunk.call(this, code, chunk, options, meta);
    },
  };
}

export const werkstattBuild = {
  input: { 'wir-werkstatt': 'src/werkstatt/define.ts' },
  output: {
    dir: 'dist/werkstatt',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: (chunk) => {
      const id = chunk.facadeModuleId ?? '';
      if (id.includes('exceljs')) return 'chunks/exceljs-[hash].js';
      if (/core\/place\/plz-table/.test(id)) return 'chunks/gazetteer-[hash].js';
      return 'chunks/[name]-[hash].js';
    },
    sourcemap: true,
  },
  plugins: [
    commonjsAsEsm(),
    nodeResolve({ browser: true }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
    skipMinified(terser({ ecma: 2022, module: true, format: { comments: false } })),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.some((id) => id.includes('node_modules'))) return;
    // The esbuild output of exceljs uses `this` at the top of a module (UMD leftovers) and an eval-free Function fallback.
    if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'EVAL') return;
    warn(warning);
  },
};
