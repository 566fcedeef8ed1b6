import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

// The core must run in Node and in any framework: no Lit, no DOM globals, no Node built-ins.
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

test('no file in src/core imports lit, a component, or a node: module', () => {
  const offenders = files('src/core').filter((file) => {
    const code = readFileSync(file, 'utf8');
    return /from\s+['"](lit|@lit\/[\w-]+|node:[\w/]+)['"]/.test(code) || /from\s+['"][./]+\/(components|i18n)\//.test(code);
  });
  assert.deepEqual(offenders, []);
});

test('wir-widgets/core loads in Node and answers a search on generated data', async () => {
  const core = await import('../../src/core/index.js');
  const { generateFeed } = await import('../../src/sample/generate.js');
  const feed = generateFeed('lotsen', 200, 7);
  const loaded = await core.loadFeed(feed, 'lotsen');
  assert.equal(loaded.ok, true);
  if (!loaded.ok) return;
  const index = core.createIndex(loaded.records, 'lotsen');
  const result = core.search(index, { languages: ['ar'], limit: 5 });
  assert.ok(result.total > 0, 'some Arabic-speaking Lotsen in 200 generated records');
  assert.ok(result.hits.every((h) => h.reasons.some((r) => r.code.startsWith('language'))));
});
