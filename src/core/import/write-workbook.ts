/**
 * Writes the .xlsx files coordinators work in: the empty template, a feed exported back into
 * a sheet, and the sheet they dropped with problems marked. All three share one layout:
 * instructions, the data sheet (header comments, drop-downs, frozen header), the publisher
 * sheet and a hidden sheet with the lists the drop-downs offer.
 */
import type { Worksheet } from 'exceljs';
import { LANGUAGES, POPULAR_LANGUAGES } from '../language/index.js';
import { KOMMUNEN } from '../place/index.js';
import type { FeedDocument, FeedKind, Publisher } from '../schema/index.js';
import type { ColumnSpec, DropDown } from './columns.js';
import { loadExcelJs } from './excel-module.js';
import { INSTRUCTIONS, PRIVACY_NOTE, STEPS } from './instructions.js';
import { KINDS } from './kinds/index.js';
import { defaultContactOf, PUBLISHER_FIELDS, PUBLISHER_SHEET } from './publisher-sheet.js';
import type { CellValue } from './sheet.js';
import { formatKommune } from './values/place-cells.js';
import { type Vocabulary, YES_NO_LABELS } from './vocabulary-labels.js';

export interface CellMark {
  /** 0-based index into `rows`. */
  row: number;
  key: string;
  tone: 'error' | 'changed';
  note: string;
}

export interface WorkbookContent {
  kind: FeedKind;
  rows: ReadonlyArray<Record<string, CellValue | undefined>>;
  publisher?: Publisher | undefined;
  /** Coordinates and Kommune codes: written by the export so a round trip is exact. */
  exportColumns?: boolean;
  /** The template's two grey example rows. */
  examples?: boolean;
  marks?: readonly CellMark[];
}

const LIST_SHEET = 'Listen';
const HEADER_FILL = 'FFDDEBF7';
const REQUIRED_FILL = 'FFBDD7EE';
const TONE_FILL = { error: 'FFF8CBAD', changed: 'FFFFF2CC' } as const;
/** Drop-downs reach this far below the last row, so new rows get them too. */
const SPARE_ROWS = 500;

type DataValidations = { add(range: string, validation: Record<string, unknown>): void };

function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function listValues(dropDown: DropDown): string[] {
  if (dropDown === 'yes-no') return [...YES_NO_LABELS];
  if (dropDown === 'kommunen') return KOMMUNEN.map((k) => formatKommune(k.type === 'sonderstatusstadt' ? k.ags! : k.code));
  if (dropDown === 'languages') {
    const order = new Map(POPULAR_LANGUAGES.map((c, i) => [c, i]));
    return [...LANGUAGES].sort((a, b) => (order.get(a.code) ?? 99) - (order.get(b.code) ?? 99)).map((l) => l.nameDe);
  }
  return (dropDown as Vocabulary).entries.map((e) => e.label);
}

function listTitle(dropDown: DropDown): string {
  if (dropDown === 'yes-no') return 'ja/nein';
  if (dropDown === 'kommunen') return 'Kommunen';
  if (dropDown === 'languages') return 'Sprachen';
  return (dropDown as Vocabulary).title;
}

/** The hidden list sheet: one column per drop-down, referenced by range (inline lists are capped at 255 characters). */
function writeLists(sheet: Worksheet, dropDowns: DropDown[]): Map<DropDown, string> {
  const ranges = new Map<DropDown, string>();
  dropDowns.forEach((dropDown, i) => {
    const values = listValues(dropDown);
    const letter = columnLetter(i);
    // "Liste: …" so the importer never mistakes this row for data headers.
    sheet.getCell(`${letter}1`).value = `Liste: ${listTitle(dropDown)}`;
    values.forEach((v, r) => {
      sheet.getCell(`${letter}${r + 2}`).value = v;
    });
    sheet.getColumn(i + 1).width = Math.max(14, ...values.map((v) => v.length + 2));
    ranges.set(dropDown, `${LIST_SHEET}!$${letter}$2:$${letter}$${values.length + 1}`);
  });
  return ranges;
}

function writeInstructions(sheet: Worksheet, kind: FeedKind, columns: readonly ColumnSpec[]): void {
  const { title, intro } = INSTRUCTIONS[kind];
  sheet.getColumn(1).width = 26;
  sheet.getColumn(2).width = 10;
  sheet.getColumn(3).width = 80;
  sheet.getColumn(4).width = 34;
  sheet.addRow([title]).font = { bold: true, size: 14 };
  // Sentences span the four table columns and wrap; the height is set because Excel does not
  // fit merged rows by itself, and LibreOffice not on every load (about 150 characters fit a line here).
  const paragraph = (text: string, bold = false) => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, 4);
    row.alignment = { wrapText: true, vertical: 'top' };
    row.height = 15 * Math.ceil(text.length / 150) + 2;
    if (bold) row.font = { bold: true };
  };
  paragraph(intro);
  sheet.addRow([]);
  for (const step of STEPS) paragraph(step);
  paragraph(PRIVACY_NOTE, true);
  sheet.addRow([]);
  const head = sheet.addRow(['Spalte', 'Pflicht', 'Was gehört hinein', 'Beispiel']);
  head.font = { bold: true };
  for (const c of columns) {
    const example = c.examples.find((e) => e !== '' && e !== null) ?? '';
    const shown = example instanceof Date ? example.toISOString().slice(0, 10).split('-').reverse().join('.') : example;
    const row = sheet.addRow([c.header, c.required ? 'ja' : '', c.hint, shown]);
    row.alignment = { wrapText: true, vertical: 'top', horizontal: 'left' };
    row.height = 15 * Math.max(Math.ceil(c.hint.length / 85), Math.ceil(String(shown).length / 34), 1) + 2;
  }
}

function writePublisher(sheet: Worksheet, publisher: Publisher | undefined, kommuneRange: string): void {
  sheet.getColumn(1).width = 24;
  sheet.getColumn(2).width = 48;
  sheet.addRow(['Feld', 'Wert']).font = { bold: true };
  const values: Record<string, string | undefined> = {
    name: publisher?.name,
    kommune: publisher?.kommune ? formatKommune(publisher.kommune) : undefined,
    contactName: publisher?.contact?.name,
    email: publisher?.contact?.email,
    phone: publisher?.contact?.phone,
    url: publisher?.contact?.url,
  };
  for (const field of PUBLISHER_FIELDS) {
    const row = sheet.addRow([field.label, values[field.key] ?? '']);
    if (field.key === 'kommune') {
      row.getCell(2).dataValidation = { type: 'list', allowBlank: true, formulae: [kommuneRange], showErrorMessage: false };
    }
    if (field.key === 'phone') row.getCell(2).numFmt = '@';
  }
}

// Leading zeros of PLZ, codes and phone numbers survive only in text cells.
const TEXT_COLUMNS = new Set(['id', 'plz', 'kommune', 'contactPhone', 'registrationPhone']);

export async function writeWorkbook(content: WorkbookContent): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const spec = KINDS[content.kind];
  const columns = spec.columns.filter((c) => content.exportColumns || !c.exportOnly);
  const book = new ExcelJS.Workbook();
  book.creator = 'wir-widgets';
  const printed = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } as const;
  const instructions = book.addWorksheet('Anleitung', { pageSetup: printed });
  const data = book.addWorksheet(spec.sheetName, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { orientation: 'landscape', paperSize: 9, printTitlesRow: '1:1' },
  });
  const publisherSheet = book.addWorksheet(PUBLISHER_SHEET, { pageSetup: printed });
  const lists = book.addWorksheet(LIST_SHEET, { state: 'hidden' });

  const dropDowns = [...new Set([...columns.flatMap((c) => (c.dropDown ? [c.dropDown] : [])), 'kommunen' as const])];
  const ranges = writeLists(lists, dropDowns);
  writeInstructions(instructions, content.kind, columns);
  writePublisher(publisherSheet, content.publisher, ranges.get('kommunen')!);

  const header = data.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.height = 32; // two lines for the long headers ("Nimmt neue Personen an")
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.required ? REQUIRED_FILL : HEADER_FILL } };
    cell.note = `${c.required ? 'Pflichtangabe. ' : ''}${c.hint}`;
    cell.alignment = { vertical: 'top', wrapText: true };
    const column = data.getColumn(i + 1);
    column.width = c.width ?? 16;
    if (TEXT_COLUMNS.has(c.key)) column.numFmt = '@';
    if (c.date) column.numFmt = 'DD.MM.YYYY';
  });
  data.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };

  const rows = content.examples ? [0, 1].map((i) => Object.fromEntries(columns.map((c) => [c.key, c.examples[i as 0 | 1]]))) : content.rows;
  for (const values of rows) {
    const row = data.addRow(columns.map((c) => values[c.key] ?? null));
    if (content.examples) row.font = { italic: true, color: { argb: 'FF7F7F7F' } };
    row.alignment = { vertical: 'top' };
  }
  for (const mark of content.marks ?? []) {
    const index = columns.findIndex((c) => c.key === mark.key);
    if (index < 0) continue;
    const cell = data.getRow(mark.row + 2).getCell(index + 1);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: TONE_FILL[mark.tone] } };
    cell.note = mark.note;
  }

  const last = rows.length + 1 + SPARE_ROWS;
  const validations = (data as unknown as { dataValidations: DataValidations }).dataValidations;
  columns.forEach((c, i) => {
    if (!c.dropDown) return;
    const letter = columnLetter(i);
    validations.add(`${letter}2:${letter}${last}`, {
      type: 'list',
      allowBlank: true,
      formulae: [c.dropDown === 'yes-no' ? '"ja,nein"' : ranges.get(c.dropDown)!],
      // Several values per cell ("Behörden, Gesundheit") cannot come from a list: the list only suggests.
      showErrorMessage: !c.multi,
      errorStyle: 'warning',
      errorTitle: c.header,
      error: 'Bitte einen Wert aus der Liste wählen. Trotzdem übernehmen?',
    });
  });

  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The empty template of a kind: instructions, headers with comments, drop-downs, two example rows. */
export function templateWorkbook(kind: FeedKind, publisher?: Publisher): Promise<Uint8Array> {
  return writeWorkbook({ kind, rows: [], examples: true, publisher });
}

/** A feed back into a sheet the office can edit; importing it again gives the same feed. */
export function exportFeedWorkbook(feed: FeedDocument): Promise<Uint8Array> {
  const spec = KINDS[feed.kind];
  const fallback = defaultContactOf(feed.publisher);
  const rows = (feed.records as never[]).map((record) => spec.toCells(record, fallback));
  return writeWorkbook({ kind: feed.kind, rows, publisher: feed.publisher, exportColumns: true });
}
