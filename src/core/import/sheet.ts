/**
 * The neutral sheet model every reader produces (xlsx, csv) and every import step reads:
 * sheets of rows of plain cell values, each row with the number Excel shows for it, so a
 * problem can say "Zeile 14" and the coordinator finds that very row.
 */

/** What a cell holds once formulas, rich text and hyperlinks are reduced to their value. */
export type CellValue = string | number | boolean | Date | null;

export interface SheetRow {
  /** 1-based row number as the spreadsheet program shows it. */
  rowNumber: number;
  /** Cells by 0-based column index (A = 0); missing cells are null or absent. */
  cells: CellValue[];
}

export interface Sheet {
  name: string;
  rows: SheetRow[];
  /** Hidden sheets (the template's vocabulary lists) are never taken for data. */
  hidden?: boolean;
}

export interface Workbook {
  /** File name as the coordinator knows it (no directories): problems name it. */
  file: string;
  sheets: Sheet[];
}

// Excel stores a time of day as a date on its epoch day; exceljs hands it over as such a Date.
const EXCEL_EPOCH_DAY = Date.UTC(1899, 11, 30);

/** A Date cell that only carries a time of day ("09:00" typed into a time-formatted cell). */
export function isTimeOfDay(date: Date): boolean {
  return date.getTime() - EXCEL_EPOCH_DAY < 86_400_000 && date.getTime() >= EXCEL_EPOCH_DAY;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO date of a Date cell; spreadsheet dates carry no zone, readers deliver them as UTC midnight. */
export function isoDateOf(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * The text a coordinator sees in the cell: numbers with a German decimal comma, dates as
 * DD.MM.YYYY, times as HH:MM, booleans as ja/nein. Used for parsing text and for quoting
 * the value in a problem.
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return value ? 'ja' : 'nein';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).replace('.', ',') : '';
  if (Number.isNaN(value.getTime())) return '';
  if (isTimeOfDay(value)) return `${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`;
  const [y, m, d] = isoDateOf(value).split('-');
  return `${d}.${m}.${y}`;
}

export function isBlank(value: CellValue | undefined): boolean {
  return cellText(value) === '';
}
