// npm run release: what a webmaster downloads, written into release/ (git-ignored):
//   wir-widgets-<version>.zip             bundles, ONE set of chunks, the configurator, the CLI,
//                                         licences, EINBINDEN.txt, docs and schemas; no source maps
//   wir-widgets-<version>-sourcemaps.zip  the .map files, at the same paths, to drop in for debugging
//   wir-widgets-<version>.tgz             the npm package (npm pack)
// Builds first; --skip-build packages the dist/ that is there (npm test builds once for all tests);
// --out DIR writes elsewhere (the release test uses a temporary folder).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { einbindenText } from './release-einbinden.mjs';
import { THIRD_PARTY_FILE } from './release-licences.mjs';

const outAt = process.argv.indexOf('--out');
const OUT = outAt > 0 ? process.argv[outAt + 1] : 'release';
if (!OUT) throw new Error('release: --out needs a folder');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const root = `wir-widgets-${pkg.version}`;

if (!process.argv.includes('--skip-build')) execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
if (!existsSync('dist/wir-widgets.js')) throw new Error('release: dist/ is missing; run npm run build first');

/** Files under `dir` (relative to it), recursively. */
function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path).map((f) => join(name, f)) : [name];
  });
}

/** Replaces `from` by `to` exactly once, so a changed demo page stops the release instead of shipping demo paths. */
function replaceOnce(text, from, to) {
  const parts = text.split(from);
  if (parts.length !== 2) throw new Error(`release: expected "${from}" once in the configurator page, found ${parts.length - 1}`);
  return parts.join(to);
}

/** The demo's configurator page, pointed at the files beside it and without the demo's sample data. */
function releaseKonfiguratorPage() {
  let page = readFileSync('demo/konfigurator/index.html', 'utf8');
  page = replaceOnce(page, 'src="/dist/konfigurator/konfigurator.js"', 'src="konfigurator.js"');
  page = replaceOnce(page, 'href="/konfigurator/konfigurator.css"', 'href="konfigurator.css"');
  page = replaceOnce(page, ' sample-feeds="/data/" sample-endpoint="/api/anfragen" sample-privacy-url="/datenschutz.html"', '');
  page = page.replace(/\n\s*<p class="demo-only">[\s\S]*?<\/p>/, '');
  if (page.includes('demo-only')) throw new Error('release: the demo-only paragraph is still in the configurator page');
  return page;
}

// What the package.json in the archive is for: `npx wir-widgets …` finds the CLI there, Node
// reads cli/ as ES modules, and `npm install` fetches the receiver's database driver.
const archivePackage = {
  name: pkg.name,
  version: pkg.version,
  description: pkg.description,
  license: pkg.license,
  private: true,
  type: 'module',
  engines: pkg.engines,
  bin: { 'wir-widgets': 'cli/wir-widgets.js' },
  optionalDependencies: pkg.optionalDependencies,
};

const browserFiles = [
  ...readdirSync('dist').filter((f) => /^wir-.+\.(js|css)$/.test(f)),
  ...files('dist/chunks')
    .filter((f) => f.endsWith('.js'))
    .map((f) => join('chunks', f)),
  'konfigurator/konfigurator.js',
];
const cliFiles = files('dist/cli')
  .filter((f) => f.endsWith('.js'))
  .map((f) => join('cli', f));
const maps = [...browserFiles, ...cliFiles].map((f) => `${f}.map`).filter((f) => existsSync(join('dist', f)));

const text = (s) => new TextEncoder().encode(s);
// Unix modes, so unzip gives readable files and an executable CLI (npx runs the bin file directly).
const READABLE = { os: 3, attrs: 0o100644 << 16 };
const EXECUTABLE = { os: 3, attrs: 0o100755 << 16 };
/** One timestamp for every entry (the last commit's), so the same sources give the same archive. */
const mtime = new Date(Number(execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8' }).trim() || Date.now() / 1000) * 1000);

const entries = {};
const add = (path, data, options = {}) => {
  entries[`${root}/${path}`] = [data, { mtime, ...READABLE, ...options }];
};
for (const f of browserFiles) add(f, readFileSync(join('dist', f)));
for (const f of cliFiles) add(f, readFileSync(join('dist', f)), f === join('cli', 'wir-widgets.js') ? EXECUTABLE : {});
add('konfigurator/index.html', text(releaseKonfiguratorPage()));
add('konfigurator/konfigurator.css', readFileSync('demo/konfigurator/konfigurator.css'));
add('EINBINDEN.txt', text(einbindenText(pkg.version)));
add('LICENSE', readFileSync('LICENSE'));
add('NOTICE', readFileSync('NOTICE'));
add(THIRD_PARTY_FILE, readFileSync(join('dist', THIRD_PARTY_FILE)));
add('package.json', text(`${JSON.stringify(archivePackage, null, 2)}\n`));
for (const f of files('docs').filter((f) => f.endsWith('.md'))) add(join('docs', f), readFileSync(join('docs', f)));
for (const f of files('schema').filter((f) => f.endsWith('.json'))) add(join('schema', f), readFileSync(join('schema', f)));

mkdirSync(OUT, { recursive: true });
const zipFile = join(OUT, `${root}.zip`);
const mapsFile = join(OUT, `${root}-sourcemaps.zip`);
writeFileSync(zipFile, zipSync(entries, { level: 9 }));
writeFileSync(
  mapsFile,
  zipSync(Object.fromEntries(maps.map((f) => [`${root}/${f}`, [readFileSync(join('dist', f)), { mtime, ...READABLE }]])), { level: 9 }),
);
const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', OUT], { encoding: 'utf8' }).trim().split('\n').at(-1);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const unpacked = Object.values(entries).reduce((sum, [data]) => sum + data.length, 0);
console.log(`release: ${zipFile}  ${kb(statSync(zipFile).size)} (unpacked ${kb(unpacked)}, ${Object.keys(entries).length} files)`);
console.log(`release: ${mapsFile}  ${kb(statSync(mapsFile).size)} (${maps.length} maps)`);
console.log(`release: ${join(OUT, tarball)}  ${kb(statSync(join(OUT, tarball)).size)}`);
console.log(
  `release: chunks: ${browserFiles
    .filter((f) => f.startsWith('chunks'))
    .map((f) => relative('chunks', f))
    .join(', ')}`,
);
