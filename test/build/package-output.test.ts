/**
 * What `npm run build` must leave in dist/ for webmasters and app developers (npm test builds
 * before the Node tests run): the copyable bundle, one entry per widget, the unbundled ESM
 * build with its types, the custom elements manifest, and an exports map that points at them.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { staticClosure } from '../../scripts/bundle-closure.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { exports: Record<string, string | Record<string, string>> };
const TAGS = [
  'wir-lotsen-finder',
  'wir-sprachkurs-suche',
  'wir-dolmetscher-anfrage',
  'wir-language-picker',
  'wir-place-input',
  'wir-error-summary',
  'wir-lotse-kontakt',
];

test('every path in the exports map exists after the build', () => {
  for (const [entry, target] of Object.entries(pkg.exports)) {
    const paths = typeof target === 'string' ? [target] : Object.values(target);
    for (const path of paths) {
      if (path.includes('*')) continue;
      assert.ok(existsSync(path), `${entry} → ${path}`);
    }
  }
});

test('the all-in-one bundle and each widget entry are there, with Lit inside and no bare imports', () => {
  for (const file of [
    'dist/wir-widgets.js',
    'dist/wir-lotsen-finder.js',
    'dist/wir-sprachkurs-suche.js',
    'dist/wir-dolmetscher-anfrage.js',
  ]) {
    const code = readFileSync(file, 'utf8');
    assert.doesNotMatch(code, /from\s*["'](lit|@lit\/|zod)/, `${file} imports nothing a browser cannot resolve`);
  }
});

test('one build: every chunk exists once, and the all-in-one file loads the widget entries instead of copies of them', () => {
  const chunks = readdirSync('dist/chunks').filter((f) => f.endsWith('.js'));
  const names = chunks.map((f) => f.replace(/-[a-z0-9]{8}\.js$/, ''));
  assert.ok(
    chunks.every((f) => /-[a-z0-9]{8}\.js$/.test(f)),
    `every chunk name ends in a content hash: ${chunks.join(', ')}`,
  );
  const locales = names.filter((n) => n.startsWith('locale-')).sort();
  assert.deepEqual(locales, [...new Set(locales)], 'each locale chunk once');
  assert.equal(names.filter((n) => n === 'gazetteer').length, 1, 'one gazetteer chunk');
  const allInOne = staticClosure('dist', 'wir-widgets.js').files;
  for (const widget of ['wir-lotsen-finder.js', 'wir-sprachkurs-suche.js', 'wir-dolmetscher-anfrage.js']) {
    assert.ok(allInOne.includes(widget), `wir-widgets.js imports ${widget}`);
    for (const file of staticClosure('dist', widget).files)
      assert.ok(allInOne.includes(file), `${widget} shares ${file} with wir-widgets.js`);
  }
});

test('each widget entry holds its own code, and no widget loads the configurator page', () => {
  // A page entry (configurator, workshop …) that imports a widget's private modules makes rollup
  // move that widget out of its entry file into a chunk: one more request on every embedding page.
  const own: Record<string, RegExp> = {
    'wir-lotsen-finder.js': /Wofür brauchen Sie Hilfe\?/,
    'wir-sprachkurs-suche.js': /Welches Deutsch-Niveau\?/,
    'wir-dolmetscher-anfrage.js': /Laiendolmetscher:in anfragen/,
  };
  for (const [entry, text] of Object.entries(own)) {
    assert.match(readFileSync(`dist/${entry}`, 'utf8'), text, `${entry} contains its widget, not just a re-export`);
  }
  for (const entry of ['wir-widgets.js', ...Object.keys(own)]) {
    const closure = staticClosure('dist', entry).files.join(' ');
    assert.doesNotMatch(closure, /konfigurator/, `${entry} does not load the configurator`);
  }
});

test('wir-widgets/core works in Node from the published ESM build', async () => {
  const core = await import(new URL('../../dist/esm/core/index.js', import.meta.url).href);
  assert.equal(core.matchUiLocale, undefined, 'no i18n in the core');
  assert.deepEqual(
    core
      .findLanguages('Kurdisch', 'de')
      .map((m: { code: string }) => m.code)
      .sort(),
    ['ckb', 'kmr'],
  );
  const gazetteer = await core.loadGazetteer();
  const resolved = gazetteer.resolve('63128');
  assert.equal(resolved.status, 'found');
  assert.equal(resolved.place.kommune, '06438');
});

test('types and the custom elements manifest describe every element', () => {
  assert.ok(existsSync('dist/types/index.d.ts'));
  assert.ok(existsSync('dist/types/core/index.d.ts'));
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8')) as {
    modules: Array<{ declarations?: Array<{ tagName?: string; attributes?: Array<{ name: string }> }> }>;
  };
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  assert.deepEqual(elements.map((d) => d.tagName).sort(), [...TAGS].sort());
  const finder = elements.find((d) => d.tagName === 'wir-lotsen-finder')!;
  const attributes = (finder.attributes ?? []).map((a) => a.name);
  for (const name of [
    'feed',
    'kommune',
    'near',
    'radius',
    'language',
    'topics',
    'locale',
    'page-size',
    'sync-url',
    'contact-url',
    'contact-email',
    'show-locale-switch',
    'endpoint',
    'privacy-url',
    'response-days',
  ]) {
    assert.ok(attributes.includes(name), `wir-lotsen-finder documents ${name}`);
  }
});

test('a page with only the Lotsen finder does not download the other widgets’ German texts', () => {
  const { files } = staticClosure('dist', 'wir-lotsen-finder.js');
  const finder = files.map((f) => readFileSync(`dist/${f}`, 'utf8')).join('\n');
  assert.match(finder, /Wofür brauchen Sie Hilfe\?/, 'its own texts are there');
  assert.doesNotMatch(finder, /Laiendolmetscher:in anfragen/, 'no request-form texts');
  assert.doesNotMatch(finder, /Alle Filter zurücksetzen/, 'no course-search texts');
  assert.match(finder, /Kontakt anfragen/, 'the contact request button is there');
  assert.doesNotMatch(finder, /Sie gibt Ihre Angaben nur an diese Lotsin/, 'the contact form itself loads on the first click');
  assert.doesNotMatch(finder, /Datenschutzhinweis lesen/, 'and so do the request-form texts it shares');
});

test('the packaged CLI (bin wir-widgets) validates a feed file and exits 1 on skipped records', () => {
  const result = spawnSync(process.execPath, ['dist/cli/wir-widgets.js', 'validate', 'test/fixtures/broken-lotsen.json'], {
    encoding: 'utf8',
  });
  assert.equal(result.status, 1);
  assert.match(result.stdout, /broken-lotsen\.json:\d+:\d+ {2}records\[\d+\]\.contact\.url/);
});

test('the CLI needs nothing but Node: a copy of dist/cli alone validates, and the receiver names the package it lacks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wir-cli-alone-'));
  try {
    cpSync('dist/cli', join(dir, 'cli'), { recursive: true });
    cpSync('test/fixtures/broken-lotsen.json', join(dir, 'feed.json'));
    const validate = spawnSync(process.execPath, ['cli/wir-widgets.js', 'validate', 'feed.json'], { cwd: dir, encoding: 'utf8' });
    assert.equal(validate.status, 1, validate.stderr);
    assert.match(validate.stdout, /lotsen feed, 4 of 17 records valid/);
    const receiver = spawnSync(process.execPath, ['cli/wir-widgets.js', 'receiver'], { cwd: dir, encoding: 'utf8', timeout: 20000 });
    assert.equal(receiver.status, 1);
    assert.match(receiver.stdout, /the package better-sqlite3 is missing; run "npm install better-sqlite3"/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
