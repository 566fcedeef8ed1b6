/** Reading what offices save: CSV in the encodings and separators Excel and LibreOffice write, and files that are no sheet. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectEncoding, detectSeparator, readCsv, readSheetFile } from '../../../src/core/import/index.js';

const HEADER = 'Name;Sprachen;Ort';
const ROW = 'Jürgen Ö.;Türkisch, Französisch;Gießen';

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
    bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

test('encodings: UTF-8 with and without BOM, Windows-1252 (German Excel), UTF-16 ("Unicode-Text")', () => {
  const text = `${HEADER}\n${ROW}\n`;
  const utf8 = new TextEncoder().encode(text);
  const latin = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
  const cases: Array<[Uint8Array, string]> = [
    [utf8, 'utf-8'],
    [Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]), 'utf-8'],
    [latin, 'windows-1252'],
    [utf16le(text.replace(/;/g, '\t')), 'utf-16le'],
  ];
  for (const [bytes, encoding] of cases) {
    assert.equal(detectEncoding(bytes).encoding, encoding);
    const book = readCsv(bytes, 'liste.csv');
    assert.deepEqual(book.sheets[0]!.rows[1]!.cells, ['Jürgen Ö.', 'Türkisch, Französisch', 'Gießen'], encoding);
  }
  // 0x80 and 0x96 are € and – in Windows-1252, not control characters.
  const euro = readCsv(
    Uint8Array.from([...'Kosten;Zeiten\n25 '].map((c) => c.charCodeAt(0)).concat([0x80, 0x3b, 0x4d, 0x6f, 0x96, 0x46, 0x72])),
    'k.csv',
  );
  assert.deepEqual(euro.sheets[0]!.rows[1]!.cells, ['25 €', 'Mo–Fr']);
});

test('separators from the header line: semicolon, comma, tab; quoted separators stay in the cell', () => {
  assert.equal(detectSeparator('Name;Sprachen;Ort\n'), ';');
  assert.equal(detectSeparator('Name,Sprachen,Ort\n'), ',');
  assert.equal(detectSeparator('Name\tSprachen\tOrt\n'), '\t');
  assert.equal(detectSeparator('"Name, Vorname";Sprachen\n'), ';');
  const book = readCsv(new TextEncoder().encode('Name,Sprachen\n"Amina K.","Arabisch, Englisch"\n\n"Dawit\nT.",Tigrinya\n'), 'l.csv');
  assert.deepEqual(
    book.sheets[0]!.rows.map((r) => [r.rowNumber, r.cells]),
    [
      [1, ['Name', 'Sprachen']],
      [2, ['Amina K.', 'Arabisch, Englisch']],
      [4, ['Dawit\nT.', 'Tigrinya']],
    ],
    'row numbers as Excel shows them: an empty line is a row, a quoted line break is not',
  );
});

test('files that are no sheet get one clear problem with what to do', async () => {
  const cases: Array<[Uint8Array, RegExp]> = [
    [new Uint8Array(), /leer/],
    [Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), /alte Excel-Datei \(\.xls\).*\.xlsx/],
    [
      Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')]),
      /LibreOffice.*\.xlsx/,
    ],
    [Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /kann nicht gelesen werden/],
    [Uint8Array.from([0x25, 0x50, 0x44, 0x46, ...Array.from({ length: 40 }, (_, i) => i % 8)]), /weder eine Excel-Tabelle/],
  ];
  for (const [bytes, message] of cases) {
    const read = await readSheetFile(bytes, 'C:\\Users\\amt\\liste.xlsx');
    assert.equal(read.ok, false);
    if (read.ok) continue;
    assert.equal(read.problem.file, 'liste.xlsx', 'the name without folders');
    assert.match(`${read.problem.message} – ${read.problem.fix}`, message);
  }
});
