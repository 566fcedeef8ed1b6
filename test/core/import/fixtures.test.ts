/**
 * The office sheets in test/fixtures/import (written by scripts/import-fixtures.ts): every
 * problem the importer reports, by Excel row and column as the sheet writes it, and what the
 * valid rows become.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { formatProblem, type ImportOptions, type ImportResult, importSheet, readSheetFile } from '../../../src/core/import/index.js';
import type { FeedKind } from '../../../src/core/schema/index.js';

async function importFixture<K extends FeedKind>(file: string, kind: K, options: ImportOptions = {}): Promise<ImportResult<K>> {
  const read = await readSheetFile(new Uint8Array(readFileSync(`test/fixtures/import/${file}`)), file);
  assert.ok(read.ok, `${file} is readable`);
  return importSheet(read.workbook, kind, { today: '2026-12-01', ...options });
}

const where = (r: ImportResult) => r.problems.map((p) => [p.row, p.column, p.severity, p.code]);

test('Lotsen sheet with title line, German header variants and typical mistakes: each problem at its row and column', async () => {
  const result = await importFixture('lotsen-kreis-offenbach.xlsx', 'lotsen', { publisher: 'WIR-Koordination Kreis Offenbach' });
  assert.equal(result.sheet, 'Lotsen 2026', 'the sheet named for Lotsen, not the list of former Lotsen');
  assert.equal(result.headerRow, 3, 'headers below a title line');
  assert.deepEqual(where(result), [
    [3, 'E-Mail', 'warning', 'unknown-column'],
    [3, 'Eintritt', 'warning', 'unknown-column'],
    [5, 'Sprache(n)', 'error', 'unknown-language'],
    [6, 'Zeiten', 'warning', 'read-as'],
    [7, 'Postleitzahl', 'error', 'unknown-place'],
    [8, 'Sprache(n)', 'error', 'ambiguous-language'],
    [9, 'Wohnort', 'error', 'ambiguous-place'],
    [10, 'Zeiten', 'error', 'invalid-times'],
    [11, 'Nimmt neue Personen an', 'error', 'invalid-yes-no'],
    [13, 'Name', 'error', 'missing-value'],
    [14, 'Themen', 'error', 'unknown-value'],
    [15, 'lfd. Nr.', 'error', 'duplicate-id'],
    [16, 'Wohnort', 'warning', 'read-as'],
    [17, 'Wohnort', 'warning', 'place-mismatch'],
  ]);
  const line = (row: number) => formatProblem(result.problems.find((p) => p.row === row && p.severity === 'error')!);
  assert.equal(
    line(5),
    'lotsen-kreis-offenbach.xlsx, Blatt „Lotsen 2026“, Zeile 5, Spalte „Sprache(n)“: „Tigrnya“ unbekannt – meinten Sie Tigrinya (ti)?',
  );
  assert.match(line(8), /„Kurdisch“ kann Kurmandschi .*\(kmr\) oder Sorani .*\(ckb\) sein/);
  assert.match(line(9), /„Offenbach“ gibt es mehrmals: Offenbach am Main, Kreis Offenbach – tragen Sie die PLZ ein/);
  assert.match(line(10), /„nachts“ nicht verstanden/);
  assert.match(line(14), /„Gesundhiet“ unbekannt – meinten Sie „Gesundheit“\?/);
  assert.match(line(15), /ID „1“ schon in Zeile 4/);
  // The private e-mail column is reported and never becomes the contact.
  assert.match(formatProblem(result.problems[0]!), /persönliche Daten .* nie veröffentlicht/);
  assert.ok(result.feed!.records.every((r) => r.contact.email === undefined));

  assert.equal(result.exitCode, 1);
  assert.deepEqual([result.total, result.valid, result.skipped], [13, 4, 9]);
  const [amina, layla, beatrice, kemal] = result.feed!.records;
  assert.deepEqual(amina, {
    id: '1',
    name: 'Amina K.',
    gender: 'w',
    languages: ['ar-SY', { code: 'en', level: 'gut' }],
    place: { ort: 'Dietzenbach', plz: '63128', kommune: '06438', lat: 50.01, lon: 8.778 },
    topics: ['behoerden', 'schule-kita'],
    availability: [
      { day: 'mo', from: '09:00', to: '12:00' },
      { day: 'mi', from: '12:00', to: '17:00' },
      { day: 'do', from: '17:00', to: '24:00' },
    ],
    available: true,
    trainings: ['flucht-asyl'],
    description: 'Begleitet gern zu Elterngesprächen.',
    contact: { name: 'WIR-Koordination Kreis Offenbach' },
  });
  assert.deepEqual(layla!.languages, ['fa', 'prs'], 'Farsi and Dari');
  assert.equal(layla!.place.kommune, '06413', 'PLZ 63065 lies in the city of Offenbach');
  assert.equal(layla!.availability, undefined, '"nach Absprache" gives no fixed times');
  assert.deepEqual([beatrice!.place.ort, beatrice!.available], ['Dietzenbach', false], 'typo corrected; empty yes/no cell is no');
  assert.deepEqual(beatrice!.languages, ['fr', 'ln'], 'Lingala from Intl names, outside the shipped table');
  assert.equal(kemal!.place.ort, 'Gießen', 'the Ort as written stays, the PLZ decides the point');
  assert.equal(kemal!.place.kommune, '06438');
  assert.deepEqual(
    kemal!.availability?.map((s) => s.day),
    ['mo', 'di', 'mi', 'do', 'fr'],
  );
});

test('German Excel CSV (Windows-1252, semicolons): umlauts, en dash and quoted separators read right', async () => {
  const result = await importFixture('lotsen-giessen-excel.csv', 'lotsen', { kommune: '06531' });
  assert.equal(result.sheet, 'lotsen-giessen-excel');
  assert.deepEqual(where(result), [
    [undefined, undefined, 'warning', 'missing-publisher'],
    [4, 'PLZ', 'error', 'invalid-value'],
    [5, 'Kontakt E-Mail', 'error', 'invalid-value'],
    [7, 'Zeiten', 'error', 'invalid-times'],
  ]);
  assert.match(formatProblem(result.problems[1]!), /Zeile 4, Spalte „PLZ“: PLZ „3539“ hat nicht fünf Ziffern/);
  assert.match(formatProblem(result.problems[2]!), /Zeile 5, Spalte „Kontakt E-Mail“: „wir@lkgi“ ist keine gültige E-Mail-Adresse/);
  assert.match(formatProblem(result.problems[3]!), /Tag fehlt/);
  assert.equal(result.feed!.publisher.name, 'WIR-Koordination Landkreis Gießen', 'named after the Kommune when none is given');
  const [zeynep, jonas] = result.feed!.records;
  assert.equal(zeynep!.place.ort, 'Gießen');
  assert.equal(zeynep!.place.kommune, '06531005', 'Gießen is a Sonderstatusstadt with its own office');
  assert.deepEqual(zeynep!.languages, ['tr', 'kmr']);
  assert.equal(zeynep!.availability?.length, 5, '"Mo–Fr" with a Windows-1252 en dash');
  assert.equal(jonas!.name, 'Jonas Ö.');
  assert.deepEqual(jonas!.languages, ['ar', 'fr'], 'a semicolon inside quotes is part of the cell');
  assert.deepEqual(jonas!.topics, ['behoerden'], '„Ämter“');
  assert.deepEqual(jonas!.contact, { name: 'WIR-Koordination Landkreis Gießen' }, 'no contact in the row: the publisher');
});

test('course sheet: real and typed dates, level ranges, seats, cost; impossible dates and sums reported', async () => {
  const result = await importFixture('sprachkurse-kreis-offenbach.xlsx', 'sprachkurse');
  assert.deepEqual(where(result), [
    [4, 'Beginn', 'error', 'invalid-date'],
    [5, 'Ende', 'error', 'invalid-value'],
    [6, 'freie Plätze', 'error', 'invalid-seats'],
    [6, 'Kosten', 'error', 'invalid-cost'],
    [7, 'Programm', 'error', 'missing-value'],
  ]);
  assert.match(formatProblem(result.problems[0]!), /„31\.02\.2027“ gibt es nicht im Kalender/);
  assert.match(formatProblem(result.problems[1]!), /Zeile 5, Spalte „Ende“: das Ende liegt vor dem Beginn/);
  assert.match(formatProblem(result.problems[2]!), /„13 von 12“: mehr freie als alle Plätze/);
  assert.deepEqual(result.feed!.publisher, {
    name: 'WIR-Koordination Kreis Offenbach',
    kommune: '06438',
    contact: { email: 'wir@kreis-offenbach.example' },
  });
  const [alltag, frauen] = result.feed!.records;
  assert.deepEqual(
    {
      levels: alltag!.levels,
      start: alltag!.start,
      end: alltag!.end,
      seats: alltag!.seats,
      cost: alltag!.cost,
      address: alltag!.place.address,
    },
    {
      levels: ['A1', 'A2', 'B1'],
      start: '2027-02-01',
      end: '2027-06-30',
      seats: { total: 12, free: 3 },
      cost: { amount: 0 },
      address: 'Europaplatz 1',
    },
  );
  assert.deepEqual(
    {
      program: frauen!.program,
      levels: frauen!.levels,
      audience: frauen!.audience,
      childcare: frauen!.childcare,
      ages: frauen!.childcareAges,
      start: frauen!.start,
      cost: frauen!.cost,
      format: frauen!.format,
    },
    {
      program: 'mitsprache-deutsch4u',
      levels: ['alpha', 'A1'],
      audience: 'frauen',
      childcare: true,
      ages: { min: 1, max: 6 },
      start: '2027-02-01',
      cost: { amount: 12.5, note: 'pro Monat' },
      format: 'praesenz',
    },
  );
});

test('interpreter sheet: dialects, levels, writing, areas by name; an area two Kommunen share is an error', async () => {
  const result = await importFixture('dolmetscher-kreis-offenbach.xlsx', 'dolmetscher', { kommune: '06438' });
  assert.deepEqual(where(result), [
    [undefined, undefined, 'warning', 'missing-publisher'],
    [3, 'Einsatzgebiet', 'warning', 'read-as'],
    [4, 'Einsatzgebiet', 'error', 'ambiguous-place'],
    [5, 'Bereiche', 'error', 'unknown-value'],
    [5, 'Einsatzart', 'error', 'missing-value'],
  ]);
  const [samir, rojda, bilal] = result.feed!.records;
  assert.deepEqual(samir!.languages, [{ code: 'ar-SY', level: 'muttersprache', writes: true }, 'kmr']);
  assert.deepEqual(samir!.serves, ['06438', '06413']);
  assert.equal(samir!.noticeDays, 3);
  assert.deepEqual(rojda!.languages, ['ckb', 'fa'], '„Kurdisch (Sorani)“ names which Kurdish');
  assert.deepEqual(rojda!.serves, ['06438'], 'a town stands for its Kommune');
  assert.deepEqual(bilal!.serves, ['06438'], "no area and no place: the office's Kommune");
});

test('a sheet without the columns of the kind is unusable (exit 2) and says which columns are expected', async () => {
  const result = await importFixture('sprachkurse-kreis-offenbach.xlsx', 'lotsen');
  assert.equal(result.exitCode, 2);
  assert.equal(result.feed, undefined);
  // PLZ and Ort match, so the sheet is found, and the missing columns are named.
  assert.deepEqual(
    result.problems.filter((p) => p.severity === 'error').map((p) => [p.row, p.code, p.message]),
    [
      [1, 'missing-column', 'Spalte „Name“ fehlt'],
      [1, 'missing-column', 'Spalte „Sprachen“ fehlt'],
      [1, 'missing-column', 'Spalte „Themen“ fehlt'],
    ],
  );
});

test('a file with no table of the kind at all is unusable and names the expected headers', async () => {
  const { readCsv } = await import('../../../src/core/import/index.js');
  const workbook = readCsv(new TextEncoder().encode('Datum;Betrag\n01.02.2027;25\n'), 'kasse.csv');
  const result = await importSheet(workbook, 'lotsen', { publisher: 'X' });
  assert.equal(result.exitCode, 2);
  assert.equal(result.problems[0]!.code, 'no-sheet');
  assert.match(
    formatProblem(result.problems[0]!),
    /^kasse\.csv: keine Tabelle mit Spalten für Lotsen gefunden – erwartet .*„Name“, „Sprachen“, „Themen“/,
  );
});
