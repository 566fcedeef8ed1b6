/**
 * The feed check from the npm tarball, outside the repository: `npm pack` gives the file a
 * webmaster downloads with the release; unpacked with tar into an empty folder, its CLI checks
 * a feed with Node alone (nothing installed, nothing fetched).
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

let work: string;
let site: string;

before(() => {
  work = mkdtempSync(join(tmpdir(), 'wir-tarball-'));
  execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { encoding: 'utf8' });
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
  assert.ok(tarball, 'npm pack wrote a tarball');
  site = join(work, 'site');
  mkdirSync(site);
  execFileSync('tar', ['-xzf', join(work, tarball), '-C', site]);
  cpSync('demo/data/lotsen.json', join(site, 'lotsen.json'));
  cpSync('test/fixtures/broken-lotsen.json', join(site, 'broken.json'));
});

after(() => rmSync(work, { recursive: true, force: true }));

/** The command docs/einbinden.md gives for the tarball, run in the unpacked folder. */
const validate = (feed: string) =>
  spawnSync(process.execPath, ['package/dist/cli/wir-widgets.js', 'validate', feed], {
    cwd: site,
    encoding: 'utf8',
    env: { PATH: process.env.PATH },
  });

test('the unpacked tarball holds the CLI its package.json names as the wir-widgets command', () => {
  const pkg = JSON.parse(readFileSync(join(site, 'package/package.json'), 'utf8')) as { bin: Record<string, string> };
  assert.equal(pkg.bin['wir-widgets'], 'dist/cli/wir-widgets.js');
  assert.ok(existsSync(join(site, 'package', pkg.bin['wir-widgets'])));
  assert.match(readFileSync(join(site, 'package/dist/cli/wir-widgets.js'), 'utf8'), /^#!\/usr\/bin\/env node/);
  assert.ok(!existsSync(join(site, 'package/node_modules')), 'nothing installed beside it');
});

test('the CLI from the tarball checks a good feed outside the repository: exit 0, every record valid', () => {
  const result = validate('lotsen.json');
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /lotsen feed, 600 of 600 records valid/);
});

test('the CLI from the tarball names each problem of a broken feed by line and column, and exits 1', () => {
  const result = validate('broken.json');
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stdout, /broken\.json:\d+:\d+ {2}records\[\d+\]\.contact\.url/);
  assert.match(result.stdout, /lotsen feed, 4 of 17 records valid/);
});
