import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { main } from '../../src/cli/wir-widgets.js';

function run(...argv: string[]): { code: number; lines: string[] } {
  const lines: string[] = [];
  const code = main(argv, (line) => lines.push(line));
  return { code, lines };
}

test('names file, line, column, field and reason for each broken record, and exits 1', () => {
  const { code, lines } = run('validate', 'test/fixtures/broken-lotsen.json');
  assert.equal(code, 1);
  const javascriptUrl = lines.find((l) => l.includes('javascript:'));
  assert.match(
    javascriptUrl ?? '',
    /^test\/fixtures\/broken-lotsen\.json:\d+:\d+ {2}records\[\d+\]\.contact\.url {2}must be an http\(s\) URL/,
  );
  assert.ok(lines.some((l) => /duplicate id "ok-1"/.test(l)));
  assert.match(lines.at(-1)!, /lotsen feed, \d+ of \d+ records valid, \d+ skipped$/);
});

test('the line and column point at the offending value in the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wir-cli-'));
  const file = join(dir, 'feed.json');
  const record = (id: string, lat: number) =>
    `    {\n      "id": "${id}", "name": "Amina K.", "languages": ["ar"], "topics": ["behoerden"], "available": true,\n` +
    `      "place": { "ort": "Dietzenbach", "kommune": "06438", "lat": ${lat}, "lon": 8.78 },\n` +
    `      "contact": { "name": "WIR-Koordination" }\n    }`;
  writeFileSync(
    file,
    `{\n  "format": "wir-feed", "version": 1, "kind": "lotsen",\n  "publisher": { "name": "Kreis Offenbach", "kommune": "06438" },\n  "records": [\n${record('a', 50.01)},\n${record('b', 99)}\n  ]\n}\n`,
  );
  const { code, lines } = run('validate', file);
  assert.equal(code, 1);
  // Record b opens on line 10; its place (with lat 99) is on line 12.
  assert.match(
    lines[0]!,
    new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:12:\\d+  records\\[1\\]\\.place\\.lat  must be at most`),
  );
  const column = Number(/:12:(\d+)/.exec(lines[0]!)![1]);
  const line12 = `      "place": { "ort": "Dietzenbach", "kommune": "06438", "lat": 99, "lon": 8.78 },`;
  assert.equal(line12.slice(column - 1, column + 1), '99');
});

test('a valid feed passes with exit code 0; a file that is not JSON names where it breaks and exits 2', () => {
  assert.equal(run('validate', 'demo/data/sprachkurse.json').code, 0);
  const dir = mkdtempSync(join(tmpdir(), 'wir-cli-'));
  const file = join(dir, 'broken.json');
  writeFileSync(file, '{\n  "format": "wir-feed",\n  "records": [1, 2,]\n}\n');
  const { code, lines } = run('validate', file);
  assert.equal(code, 2);
  assert.match(lines[0]!, /broken\.json:3:\d+ {2}not valid JSON/);
});

test('a missing file or an unknown kind is a usage error, not a crash', () => {
  assert.equal(run('validate', 'no/such/file.json').code, 2);
  assert.equal(run('validate', 'demo/data/lotsen.json', '--kind', 'pizza').code, 2);
  assert.equal(run('lint').code, 2);
});

test('the position scanner agrees with JSON.parse on any JSON text, valid or cut short', async () => {
  const fc = (await import('fast-check')).default;
  const { jsonValueOffsets, JsonSyntaxError } = await import('../../src/cli/json-positions.js');
  fc.assert(
    fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 4 }), fc.nat(), (value, indent, cut) => {
      const text = JSON.stringify(value, null, indent);
      const offsets = jsonValueOffsets(text);
      // Every recorded path starts where a JSON value starts.
      for (const offset of offsets.values()) assert.match(text[offset]!, /[{["\-\dtfn]/);
      const truncated = text.slice(0, cut % (text.length + 1));
      let parses = true;
      try {
        JSON.parse(truncated);
      } catch {
        parses = false;
      }
      let scans = true;
      try {
        jsonValueOffsets(truncated);
      } catch (error) {
        assert.ok(error instanceof JsonSyntaxError);
        scans = false;
      }
      assert.equal(scans, parses, JSON.stringify(truncated));
    }),
    { numRuns: 500 },
  );
});
