/**
 * The sheets the tools write: the template (instructions, header comments, drop-downs, two
 * example rows), the export (a feed back into a sheet; importing it gives the same feed) and
 * the corrected sheet (suggestions filled in, problem cells marked).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import {
  correctedWorkbook,
  exportFeedWorkbook,
  type ImportResult,
  importSheet,
  KINDS,
  readSheetFile,
  templateWorkbook,
} from '../../../src/core/import/index.js';
import type { FeedDocument, FeedKind } from '../../../src/core/schema/index.js';
import { generateFeed } from '../../../src/sample/generate.js';

async function reimport<K extends FeedKind>(bytes: Uint8Array, kind: K, options = {}): Promise<ImportResult<K>> {
  const read = await readSheetFile(bytes, `${kind}.xlsx`);
  assert.ok(read.ok);
  return importSheet(read.workbook, kind, { today: '2026-11-28', ...options });
}

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as never);
  return book;
}

for (const kind of ['lotsen', 'sprachkurse', 'dolmetscher'] as const) {
  test(`${kind}: export then import gives the same feed (demo data)`, async () => {
    const feed = JSON.parse(readFileSync(`demo/data/${kind}.json`, 'utf8')) as FeedDocument;
    const result = await reimport(await exportFeedWorkbook(feed), kind, { today: feed.updated });
    assert.deepEqual(result.problems, []);
    assert.equal(result.exitCode, 0);
    assert.deepEqual(result.feed, feed);
  });

  test(`${kind}: the template has instructions, commented headers, a drop-down for every fixed vocabulary and two valid example rows`, async () => {
    const bytes = await templateWorkbook(kind);
    const book = await open(bytes);
    const spec = KINDS[kind];
    assert.deepEqual(
      book.worksheets.map((w) => [w.name, w.state]),
      [
        ['Anleitung', 'visible'],
        [spec.sheetName, 'visible'],
        ['Herausgeber', 'visible'],
        ['Listen', 'hidden'],
      ],
    );
    const data = book.getWorksheet(spec.sheetName)!;
    const columns = spec.columns.filter((c) => !c.exportOnly);
    assert.deepEqual(
      (data.getRow(1).values as unknown[]).slice(1),
      columns.map((c) => c.header),
    );
    columns.forEach((c, i) => {
      const note = data.getRow(1).getCell(i + 1).note;
      assert.ok(typeof note === 'string' && note.includes(c.hint), `comment on „${c.header}“`);
    });
    const validations = (data as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } })
      .dataValidations.model;
    const lettersWithLists = new Set(
      Object.entries(validations)
        .filter(([, v]) => v?.type === 'list')
        .map(([address]) => address.replace(/\d+/g, '').split(':')[0]),
    );
    for (const [i, c] of columns.entries()) {
      if (c.dropDown) assert.ok(lettersWithLists.has(data.getColumn(i + 1).letter), `drop-down on „${c.header}“`);
    }
    assert.match(String((book.getWorksheet('Anleitung')!.getCell('A1').value as string) ?? ''), /^Vorlage: /);

    // The example rows are skipped as they are, and valid once their "Beispiel" id is removed.
    const asIs = await reimport(bytes, kind, { publisher: 'WIR-Koordination Kreis Offenbach' });
    assert.deepEqual(
      asIs.rows.map((r) => r.status),
      ['ignored', 'ignored'],
    );
    assert.equal(asIs.exitCode, 2);
    for (const row of [2, 3]) data.getRow(row).getCell(1).value = null;
    const filled = await reimport(new Uint8Array(await book.xlsx.writeBuffer()), kind, {
      publisher: 'WIR-Koordination Kreis Offenbach',
      kommune: '06438',
    });
    assert.deepEqual(filled.problems, []);
    assert.equal(filled.feed?.records.length, 2);
  });
}

test('a generated feed of 500 Lotsen survives the round trip, derived ids included', async () => {
  const feed = generateFeed('lotsen', 500, 11) as FeedDocument;
  const result = await reimport(await exportFeedWorkbook(feed), 'lotsen', { today: feed.updated });
  assert.equal(result.exitCode, 0);
  assert.deepEqual(result.feed, feed);
});

test('the corrected sheet fills in sure suggestions and marks every problem; importing it fixes those rows', async () => {
  const options = { publisher: 'WIR-Koordination Kreis Offenbach' };
  const file = 'lotsen-kreis-offenbach.xlsx';
  const read = await readSheetFile(new Uint8Array(readFileSync(`test/fixtures/import/${file}`)), file);
  assert.ok(read.ok);
  const first = await importSheet(read.workbook, 'lotsen', options);
  const corrected = await correctedWorkbook(read.workbook, first);
  const book = await open(corrected);
  const data = book.getWorksheet('Lotsen')!;
  const headers = (data.getRow(1).values as unknown[]).slice(1) as string[];
  const cell = (name: string, key: string) => {
    const row = data.getRows(2, data.rowCount - 1)!.find((r) => r.getCell(headers.indexOf('Name') + 1).text === name)!;
    return row.getCell(headers.indexOf(key) + 1);
  };
  assert.equal(cell('Dawit T.', 'Sprachen').text, 'Tigrinya, Amharisch');
  assert.match(String(cell('Dawit T.', 'Sprachen').note), /Vorschlag eingesetzt.*vorher: „Tigrnya, Amharisch“/);
  assert.equal(cell('Yusuf A.', 'Themen').text, 'Gesundheit, Behördengänge');
  assert.match(String(cell('Mehmet Y.', 'Sprachen').note), /„Kurdisch“ kann/);
  assert.equal(cell('Layla B.', 'Zeiten').text, 'nach Absprache', "a note that gave no times stays in the coordinator's words");
  assert.equal(cell('Beatrice N.', 'Ort').text, 'Dietzenbach', 'the place as the gazetteer read it');

  const second = await reimport(corrected, 'lotsen', options);
  const errors = (r: ImportResult) => r.problems.filter((p) => p.severity === 'error').length;
  assert.equal(errors(second), errors(first) - 2, 'the two rows with a sure suggestion now import');
  assert.equal(second.valid, first.valid + 2);
  for (const record of first.feed!.records) {
    assert.deepEqual(
      second.feed!.records.find((r) => r.id === record.id),
      record,
      'valid rows come back unchanged',
    );
  }
});

test('a re-import of the same rows keeps derived ids; another person gets another id', async () => {
  const { readCsv } = await import('../../../src/core/import/index.js');
  const sheet = (rows: string[]) => readCsv(new TextEncoder().encode(['Name;Sprachen;PLZ;Themen;Zeiten', ...rows].join('\n')), 'l.csv');
  const options = { publisher: 'X', today: '2026-11-28' };
  const a = await importSheet(sheet(['Amina K.;Arabisch;63128;Alltag;Mo 9-12', 'Dawit T.;Tigrinya;63110;Alltag;']), 'lotsen', options);
  const b = await importSheet(
    sheet(['Dawit T.;Tigrinya, Amharisch;63110;Gesundheit;Di 10-12', 'amina k. ;Arabisch;63128;Alltag;Fr 14-16']),
    'lotsen',
    options,
  );
  const ids = (r: ImportResult<'lotsen'>) => Object.fromEntries(r.feed!.records.map((x) => [x.name.trim().toLowerCase(), x.id]));
  assert.deepEqual(ids(b), ids(a), 'same name and PLZ: same id, whatever else changed');
  assert.notEqual(ids(a)['amina k.'], ids(a)['dawit t.']);
  assert.match(ids(a)['amina k.']!, /^lotse-[0-9a-z]{10}$/);
  const twins = await importSheet(sheet(['Amina K.;Arabisch;63128;Alltag;', 'Amina K.;Türkisch;63128;Alltag;']), 'lotsen', options);
  assert.equal(new Set(twins.feed!.records.map((r) => r.id)).size, 2);
  assert.equal(twins.problems[0]!.code, 'same-content');
});
