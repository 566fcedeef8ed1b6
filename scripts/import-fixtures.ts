/**
 * Writes the sheets in test/fixtures/import/ the way offices make them: title lines above
 * the headers, headers in their own words, PLZ typed as numbers, ticks and x for yes, real
 * Excel dates next to typed ones, a formula, rich text, a Windows-1252 CSV from German Excel,
 * and the mistakes people make. test/core/import asserts every problem by row and column.
 *
 *   npx tsx scripts/import-fixtures.ts
 */
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';

const DIR = 'test/fixtures/import';
const date = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

async function save(book: ExcelJS.Workbook, name: string) {
  book.creator = 'Kreisverwaltung';
  // Fixed dates keep the files byte-stable between runs.
  book.created = date(2026, 11, 2);
  book.modified = date(2026, 11, 2);
  writeFileSync(`${DIR}/${name}`, new Uint8Array(await book.xlsx.writeBuffer()));
}

async function lotsen() {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Lotsen 2026');
  sheet.addRow(['Lotsenliste WIR-Koordination Kreis Offenbach – Stand November 2026']).font = { bold: true, size: 14 };
  sheet.addRow([]);
  sheet.addRow([
    'lfd. Nr.',
    'Name',
    'm/w/d',
    'Sprache(n)',
    'Postleitzahl',
    'Wohnort',
    'Themen',
    'Zeiten',
    'Nimmt neue Personen an',
    'Fortbildungen',
    'E-Mail',
    'Bemerkungen',
    'Eintritt',
  ]).font = { bold: true };
  const rows: unknown[][] = [
    // Row 4: everything right.
    [
      1,
      'Amina K.',
      'w',
      'Arabisch (Syrien), Englisch (gut)',
      63128,
      'Dietzenbach',
      'Behörden, Schule/Kita',
      'Mo 9-12, Mi nachmittags, Do ab 17 Uhr',
      'ja',
      'Flucht und Asyl',
      'amina@privat.example',
      'Begleitet gern zu Elterngesprächen.',
      date(2024, 3, 1),
    ],
    // Row 5: a typo in a language.
    [2, 'Dawit T.', 'm', 'Tigrnya, Amharisch', 63110, 'Rodgau', 'Gesundheit', 'Do ab 17 Uhr', 'x', '', '', '', date(2025, 1, 15)],
    // Row 6: aliases, times "by arrangement", a tick for yes.
    [3, 'Layla B.', 'weiblich', 'Farsi, Dari', 63065, 'Offenbach am Main', 'Alltag, Wohnen', 'nach Absprache', '✓', '', '', '', ''],
    // Row 7: a PLZ outside Hessen.
    [4, 'Olena S.', 'w', 'Ukrainisch, Russisch', 10115, 'Berlin', 'Behörden', 'Di 10-12', true, '', '', '', ''],
    // Row 8: "Kurdisch" may mean two languages.
    [5, 'Mehmet Y.', 'm', 'Türkisch, Kurdisch', 63150, 'Heusenstamm', 'Arbeit, Behörden', 'Fr vormittags', 'ja', '', '', '', ''],
    // Row 9: a town name shared by two areas, no PLZ.
    [6, 'Sara M.', 'w', 'Somali', null, 'Offenbach', 'Familie', 'Mo-Fr 14-16', 'ja', '', '', '', ''],
    // Row 10: times nobody can read.
    [7, 'Ahmad R.', 'm', 'Paschtu, Dari', 63128, 'Dietzenbach', 'Asyl und Aufenthalt', 'Mittwochs nachts', 'ja', '', '', '', ''],
    // Row 11: neither yes nor no.
    [8, 'Irina P.', 'w', 'Russisch', 63303, 'Dreieich', 'Gesundheit', 'Di 10-12', 'vielleicht', '', '', '', ''],
    // Row 12: empty, skipped without a word.
    [],
    // Row 13: no name.
    [10, '', 'w', 'Arabisch', 63128, 'Dietzenbach', 'Alltag', '', 'ja', '', '', '', ''],
    // Row 14: a typo in a topic.
    [
      11,
      'Yusuf A.',
      'm',
      'Arabisch (Irak)',
      63128,
      'Dietzenbach',
      'Gesundhiet, Behördengänge',
      'Sa ganztags',
      'ja',
      'Erste Hilfe',
      '',
      '',
      '',
    ],
    // Row 15: the number of row 4 again.
    [1, 'Hanna W.', 'w', 'Polnisch', 63263, 'Neu-Isenburg', 'Alltag', '', 'ja', '', '', '', ''],
    // Row 16: a typo in the town, no PLZ.
    [13, 'Beatrice N.', 'w', 'Französisch, Lingala', null, 'Dietzenbahc', 'Schule und Kita', 'Mo, Mi nachmittags', '', '', '', '', ''],
    // Row 17: PLZ and town that do not belong together.
    [14, 'Kemal D.', 'm', 'Türkisch', 63128, 'Gießen', 'Arbeit', 'werktags ab 16 Uhr', 'ja', '', '', '', ''],
  ];
  for (const values of rows) sheet.addRow(values);
  // Rich text and a formula, as Excel keeps them.
  sheet.getCell('B4').value = { richText: [{ text: 'Amina', font: { bold: true } }, { text: ' K.' }] };
  sheet.getCell('F5').value = { formula: '"Rod"&"gau"', result: 'Rodgau' };
  // A second list with the same columns: the importer must take the sheet named for Lotsen.
  const former = book.addWorksheet('Ehemalige');
  former.addRow(['lfd. Nr.', 'Name', 'Sprache(n)', 'Postleitzahl', 'Themen']);
  former.addRow([90, 'Peter A.', 'Englisch', 63128, 'Alltag']);
  await save(book, 'lotsen-kreis-offenbach.xlsx');
}

function windows1252(text: string): Uint8Array {
  const table: Record<string, number> = { '€': 0x80, '–': 0x96, '„': 0x84, '“': 0x93 };
  return Uint8Array.from([...text].map((ch) => table[ch] ?? (ch.charCodeAt(0) <= 0xff ? ch.charCodeAt(0) : 0x3f)));
}

function lotsenCsv() {
  const lines = [
    'ID;Name;Geschlecht;Sprachen;PLZ;Ort;Themen;Zeiten;verfügbar;Kontakt;Kontakt E-Mail',
    'GI-1;Zeynep A.;weiblich;Türkisch, Kurmanci;35390;Gießen;Behörden, Schule und Kita;Mo–Fr vormittags;ja;WIR-Koordination Landkreis Gießen;wir@lkgi.example',
    'GI-2;Jonas Ö.;männlich;"Arabisch; Französisch";35410;Hungen;Ämter;Di + Do, 14:00–16:00;ja;;',
    'GI-3;Fatima E.;weiblich;Arabisch (Marokko);3539;Gießen;Gesundheit;Sa vormittags;nein;;',
    'GI-4;Rüdiger H.;männlich;Englisch;35435;Wettenberg;Freizeit, Familie;Fr abends;ja;WIR-Koordination Landkreis Gießen;wir@lkgi',
    'GI-5;Nour S.;weiblich;Dari, Paschtu;35440;Linden;Asyl und Aufenthalt;Mi ab 18 Uhr;ja;;',
    'GI-6;Małgorzata W.;weiblich;Polnisch;35457;Lollar;Alltag;„abends“;ja;;',
  ];
  writeFileSync(`${DIR}/lotsen-giessen-excel.csv`, windows1252(`${lines.join('\r\n')}\r\n`));
}

async function sprachkurse() {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Kurse');
  sheet.addRow([
    'Kursname',
    'Träger',
    'Programm',
    'Niveau',
    'Zielgruppe',
    'Kinderbetreuung',
    'Alter der Kinder',
    'Kurszeiten',
    'Beginn',
    'Ende',
    'freie Plätze',
    'Kosten',
    'Format',
    'PLZ',
    'Ort',
    'Adresse',
    'Anmeldung E-Mail',
  ]).font = { bold: true };
  const rows: unknown[][] = [
    // Row 2: real Excel dates, a level range, "3 von 12".
    [
      'Deutsch im Alltag',
      'VHS Kreis Offenbach',
      'WIR-Kurs',
      'A1-B1',
      'Alle',
      'nein',
      '',
      'Di + Do 9-11:30',
      date(2027, 2, 1),
      date(2027, 6, 30),
      '3 von 12',
      'kostenlos',
      'Präsenz',
      '63128',
      'Dietzenbach',
      'Europaplatz 1',
      'kurse@vhs.example',
    ],
    // Row 3: typed dates, childcare with ages, cost with a note.
    [
      'Frauenkurs mit Kinderbetreuung',
      'Familienzentrum Rodgau',
      'MitSprache',
      'Alphabetisierung, A1',
      'Frauen',
      'x',
      '1–6',
      'Mo, Mi 9-11',
      '01.02.2027',
      '30.06.2027',
      '0 von 10',
      '12,50 € pro Monat',
      '',
      '63110',
      'Rodgau',
      '',
      '',
    ],
    // Row 4: a date that does not exist.
    [
      'Sprachcafé',
      'Stadtbücherei Dreieich',
      'Sonstiges',
      'A2',
      '',
      '',
      '',
      'Fr 16-18',
      '31.02.2027',
      '',
      '',
      '25 €',
      'Präsenz',
      '63303',
      'Dreieich',
      '',
      '',
    ],
    // Row 5: ends before it starts.
    [
      'Deutsch für den Beruf',
      'VHS Kreis Offenbach',
      'Integrationskurs',
      'B1',
      'Alle',
      'nein',
      '',
      'Mo-Fr 8:30-12:30',
      date(2027, 3, 1),
      date(2027, 1, 31),
      '5 von 20',
      'kostenlos',
      'Hybrid',
      '63263',
      'Neu-Isenburg',
      '',
      '',
    ],
    // Row 6: more free seats than seats, and a cost nobody can sum up.
    [
      'Elternkurs',
      'Kita Regenbogen',
      'WIR',
      'A1',
      'Eltern',
      'ja',
      '',
      'Do 15-17',
      '15.03.2027',
      '',
      '13 von 12',
      'fünf Euro',
      'Präsenz',
      '63150',
      'Heusenstamm',
      '',
      '',
    ],
    // Row 7: no programme.
    [
      'Sprachtreff',
      'Nachbarschaftshaus',
      '',
      'A2, B1',
      'Alle',
      'nein',
      '',
      'Sa 10-12',
      '01.04.2027',
      '',
      '',
      'kostenlos',
      'Online',
      '63069',
      'Offenbach am Main',
      '',
      '',
    ],
  ];
  for (const values of rows) sheet.addRow(values);
  const publisher = book.addWorksheet('Herausgeber');
  publisher.addRow(['Name der Koordination', 'WIR-Koordination Kreis Offenbach']);
  publisher.addRow(['Kommune', 'Kreis Offenbach (06438)']);
  publisher.addRow(['E-Mail', 'wir@kreis-offenbach.example']);
  await save(book, 'sprachkurse-kreis-offenbach.xlsx');
}

async function dolmetscher() {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Dolmetscherpool');
  sheet.addRow(['Name', 'Sprachen', 'Einsatzgebiet', 'Ort', 'Bereiche', 'Einsatzart', 'Vorlauf', 'Zeiten']).font = { bold: true };
  const rows: unknown[][] = [
    // Row 2: dialect, level and writing; two areas.
    [
      'Samir A.',
      'Arabisch (Syrien, Muttersprache, schreibt), Kurdisch (Kurmandschi)',
      'Kreis Offenbach, Offenbach am Main',
      '',
      'Schule, Gesundheit',
      'vor Ort, Telefon',
      '3 Tage',
      'Mo-Fr nachmittags',
    ],
    // Row 3: Sorani picks which Kurdish; a town as area.
    ['Rojda K.', 'Kurdisch (Sorani), Persisch (Farsi)', 'Dietzenbach', '', 'Beratung, Soziales', 'Video', '', ''],
    // Row 4: an area name two Kommunen share.
    ['Helen G.', 'Tigrinya (Eritrea), Amharisch', 'Offenbach', '', 'Behörde', 'vor Ort', '', ''],
    // Row 5: no mode, and an unknown setting.
    ['Oksana L.', 'Ukrainisch, Russisch', 'Kreis Offenbach', '', 'Schule und Kita, Sozialamt', '', '2', ''],
    // Row 6: neither area nor place: the office's own Kommune.
    ['Bilal H.', 'Urdu, Punjabi', '', '', 'Gesundheit', 'Telefon', '', 'Di ab 18 Uhr'],
  ];
  for (const values of rows) sheet.addRow(values);
  await save(book, 'dolmetscher-kreis-offenbach.xlsx');
}

await lotsen();
lotsenCsv();
await sprachkurse();
await dolmetscher();
console.log(`import fixtures written to ${DIR}/`);
