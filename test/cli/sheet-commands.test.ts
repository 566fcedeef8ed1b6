/** The spreadsheet commands of the CLI: import, template, export, merge — on real files in a temporary folder. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { run } from '../../src/cli/wir-widgets.js';
import { localToday } from '../../src/core/calendar/index.js';

async function cli(...argv: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await run(argv, (line) => lines.push(line));
  return { code, lines };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'wir-sheets-'));
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

test('import prints every problem with file, sheet, row and column, writes the valid rows and exits 1', async () => {
  const out = join(tmp(), 'lotsen.json');
  const file = 'test/fixtures/import/lotsen-kreis-offenbach.xlsx';
  const { code, lines } = await cli('import', file, '--kind', 'lotsen', '--publisher', 'WIR-Koordination Kreis Offenbach', '-o', out);
  assert.equal(code, 1);
  assert.ok(lines.includes(`${file}, Blatt „Lotsen 2026“, Zeile 5, Spalte „Sprache(n)“: „Tigrnya“ unbekannt – meinten Sie Tigrinya (ti)?`));
  const problemLines = lines.filter((l) => l.includes(', Zeile '));
  assert.equal(problemLines.length, 14);
  for (const line of problemLines)
    assert.match(line, /^test\/fixtures\/import\/lotsen-kreis-offenbach\.xlsx, Blatt „Lotsen 2026“, Zeile \d+, Spalte „[^“]+“: /);
  assert.ok(lines.includes(`${file}, Blatt „Lotsen 2026“: lotsen, 13 Zeilen, 4 übernommen, 9 übersprungen`));
  const feed = readJson(out);
  assert.deepEqual(
    [feed.format, feed.kind, feed.publisher.name, feed.updated, feed.records.length],
    ['wir-feed', 'lotsen', 'WIR-Koordination Kreis Offenbach', localToday(), 4],
  );
  // What import wrote passes validate as is.
  assert.equal((await cli('validate', out)).code, 0);
});

test('import without -o only checks; an all-valid sheet exits 0', async () => {
  const dir = tmp();
  const csv = join(dir, 'kurz.csv');
  writeFileSync(csv, 'Name;Sprachen;PLZ;Themen\nAmina K.;Arabisch;63128;Alltag\n');
  const { code, lines } = await cli('import', csv, '--kind', 'lotsen', '--kommune', '06438');
  assert.equal(code, 0);
  assert.match(lines.at(-1)!, /lotsen, 1 Zeilen, 1 übernommen$/);
});

test('template writes a sheet that import recognises (its example rows are only examples: exit 2)', async () => {
  const file = join(tmp(), 'vorlage.xlsx');
  const made = await cli('template', 'dolmetscher', '-o', file, '--publisher', 'WIR-Koordination Kreis Offenbach', '--kommune', '06438');
  assert.equal(made.code, 0);
  const { code, lines } = await cli('import', file, '--kind', 'dolmetscher');
  assert.equal(code, 2);
  assert.equal(lines.filter((l) => l.includes('Beispielzeile nicht übernommen')).length, 2);
});

test('export then import gives the same feed', async () => {
  const dir = tmp();
  for (const kind of ['lotsen', 'sprachkurse', 'dolmetscher']) {
    const sheet = join(dir, `${kind}.xlsx`);
    const back = join(dir, `${kind}.json`);
    assert.equal((await cli('export', `demo/data/${kind}.json`, '-o', sheet)).code, 0);
    const imported = await cli('import', sheet, '--kind', kind, '-o', back);
    assert.equal(imported.code, 0, imported.lines.join('\n'));
    const original = readJson(`demo/data/${kind}.json`);
    const again = readJson(back);
    assert.equal(again.updated, localToday(), 'the import date');
    assert.deepEqual({ ...again, updated: original.updated }, original);
  }
});

test('merge combines offices, prefixes clashing ids with the Kommune and reports per source', async () => {
  const dir = tmp();
  const record = (id: string, ort: string, kommune: string) => ({
    id,
    name: 'Amina K.',
    languages: ['ar'],
    place: { ort, kommune, lat: 50.01, lon: 8.78 },
    topics: ['alltag'],
    available: true,
    contact: { name: 'WIR' },
  });
  const feed = (kommune: string, records: unknown[]) => ({
    format: 'wir-feed',
    version: 1,
    kind: 'lotsen',
    publisher: { name: `WIR ${kommune}`, kommune },
    records,
  });
  writeFileSync(join(dir, 'of.json'), JSON.stringify(feed('06438', [record('L-1', 'Dietzenbach', '06438')])));
  writeFileSync(join(dir, 'gi.json'), JSON.stringify(feed('06531', [record('L-1', 'Gießen', '06531'), record('L-2', 'Linden', '06531')])));
  const out = join(dir, 'hessen.json');
  const { code, lines } = await cli('merge', join(dir, 'of.json'), join(dir, 'gi.json'), '-o', out, '--publisher', 'WIR Hessen');
  assert.equal(code, 0, lines.join('\n'));
  assert.deepEqual(
    readJson(out).records.map((r: { id: string }) => r.id),
    ['06438-L-1', '06531-L-1', 'L-2'],
  );
  assert.ok(lines.some((l) => l.endsWith('of.json: lotsen, 1 of 1 records merged, 1 ids prefixed with the Kommune')));
  assert.ok(lines.some((l) => l.endsWith('gi.json: lotsen, 2 of 2 records merged, 1 ids prefixed with the Kommune')));
  const refused = await cli('merge', join(dir, 'of.json'), join(dir, 'gi.json'), '-o', out);
  assert.equal(refused.code, 2, 'two publishers and no --publisher');
});

test('usage mistakes and unreadable files exit 2 with a message, never a stack trace', async () => {
  const cases: Array<[string[], RegExp]> = [
    [['import', 'test/fixtures/import/lotsen-giessen-excel.csv'], /--kind is required/],
    [['import', 'test/fixtures/import/lotsen-giessen-excel.csv', '--kind', 'lotsen', '--kommune', '99999'], /--kommune must be/],
    [['import', 'test/fixtures/import/lotsen-giessen-excel.csv', '--kind', 'lotsen', '--colour', 'blue'], /Unknown option '--colour'/],
    [['template', 'pizza', '-o', 'x.xlsx'], /--kind must be one of/],
    [['template', 'lotsen'], /-o FILE is required/],
    [['export', 'no/such/feed.json', '-o', 'x.xlsx'], /cannot be read: ENOENT/],
    [['import', 'demo/data/lotsen.json', '--kind', 'lotsen'], /keine Tabelle mit Spalten für Lotsen/],
    [['merge', 'demo/data/lotsen.json', '-o', 'x.json'], /at least two feed files/],
  ];
  for (const [argv, message] of cases) {
    const { code, lines } = await cli(...argv);
    assert.equal(code, 2, argv.join(' '));
    assert.match(lines.join('\n'), message, argv.join(' '));
  }
});
