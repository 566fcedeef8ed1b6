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

test('10,000 nested arrays inside an unknown field: the feed is valid (exit 0), without a stack trace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wir-cli-'));
  const file = join(dir, 'deep.json');
  const depth = 10_000;
  const record =
    '{"id":"a","name":"Amina K.","languages":["ar"],"topics":["behoerden"],"available":true,' +
    '"place":{"ort":"Dietzenbach","kommune":"06438","lat":50.01,"lon":8.78},"contact":{"name":"WIR-Koordination"}}';
  writeFileSync(
    file,
    `{"format":"wir-feed","version":1,"kind":"lotsen","publisher":{"name":"X"},"extra":${'['.repeat(depth)}${']'.repeat(depth)},"records":[${record}]}`,
  );
  const { code, lines } = run('validate', file);
  assert.equal(code, 0, lines.join('\n'));
  assert.match(lines.at(-1)!, /1 of 1 records valid$/);
});

test('a record whose problem lies below 10,000 nested arrays is reported at its record (exit 1)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wir-cli-'));
  const file = join(dir, 'deep-record.json');
  const depth = 10_000;
  writeFileSync(
    file,
    `{"format":"wir-feed","version":1,"kind":"lotsen","publisher":{"name":"X"},"records":[{"id":"a","name":${'['.repeat(depth)}${']'.repeat(depth)}}]}`,
  );
  const { code, lines } = run('validate', file);
  assert.equal(code, 1, lines.join('\n'));
  assert.match(lines[0]!, /deep-record\.json:1:\d+ {2}records\[0\]\.name/);
});

test('endless or binary input stops with one clear line and exit 2', async () => {
  const { spawnSync } = await import('node:child_process');
  const cli = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/wir-widgets.ts', 'validate', '/dev/zero'], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.equal(cli.signal, null, 'the command ended by itself');
  assert.equal(cli.status, 2);
  assert.deepEqual(cli.stdout.trim().split('\n'), ['/dev/zero  is not a text file (it contains NUL bytes; a feed is UTF-8 JSON text)']);
  assert.equal(cli.stderr.trim(), '');
});

test('a file over the size cap is refused before it is parsed', async () => {
  const { readTextFile } = await import('../../src/cli/read-text-file.js');
  const dir = mkdtempSync(join(tmpdir(), 'wir-cli-'));
  const file = join(dir, 'big.json');
  writeFileSync(file, `[${'1,'.repeat(600_000)}1]`);
  const read = readTextFile(file, 1024 * 1024);
  assert.deepEqual(read, { ok: false, reason: 'is larger than 1 MB; a feed is much smaller' });
});

test('line and column come from an index of line starts (CRLF files too)', async () => {
  const { LineIndex } = await import('../../src/cli/json-positions.js');
  const text = 'ab\r\ncd\n\nefg';
  const index = new LineIndex(text);
  const expected = (offset: number) => {
    const before = text.slice(0, offset);
    return { line: before.split('\n').length, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
  };
  for (let offset = 0; offset <= text.length; offset++) assert.deepEqual(index.at(offset), expected(offset), `offset ${offset}`);
});

test('positions are found only for the paths asked for, and agree with a full scan', async () => {
  const { jsonValueOffsets } = await import('../../src/cli/json-positions.js');
  const text = JSON.stringify({ records: [{ a: 1, place: { lat: 99 } }, { 'b c': [1, 2, { d: true }] }] }, null, 2);
  const all = jsonValueOffsets(text);
  const some = jsonValueOffsets(text, ['records[0].place.lat', 'records[1]["b c"][2].d']);
  assert.deepEqual(
    [...some.keys()].sort(),
    [
      '',
      'records',
      'records[0]',
      'records[0].place',
      'records[0].place.lat',
      'records[1]',
      'records[1]["b c"]',
      'records[1]["b c"][2]',
      'records[1]["b c"][2].d',
    ].sort(),
  );
  for (const [path, offset] of some) assert.equal(offset, all.get(path), path);
});
