/**
 * Dates as offices write them: a real Excel date, "01.02.2027", "1.2.27", "2027-02-01" or
 * "1. Februar 2027". The feed wants ISO dates; an impossible date (31.02.) is an error, not
 * silently moved to March as `new Date` would.
 */
import { foldGerman } from '../../text/normalize.js';
import { error, type Parsed, quote } from '../problems.js';
import { type CellValue, cellText, isoDateOf, isTimeOfDay } from '../sheet.js';

const MONTHS = ['jan', 'feb', 'maer', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dez'];
// Excel's day 0 is 1899-12-30 (the 1900 leap-year bug included); numbers in this range are dates from 1954 to 2119.
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const SERIAL_RANGE = [20_000, 80_000] as const;

function isoOf(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? isoDateOf(date) : undefined;
}

const FIX = 'schreiben Sie das Datum als TT.MM.JJJJ, z. B. „01.02.2027“';

export function parseDate(value: CellValue | undefined): Parsed<string> {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime()) || isTimeOfDay(value))
      return { issues: [error('invalid-date', `${quote(cellText(value))} ist kein Datum`, FIX)] };
    return { value: isoDateOf(value), issues: [] };
  }
  if (typeof value === 'number' && Number.isInteger(value) && value >= SERIAL_RANGE[0] && value <= SERIAL_RANGE[1]) {
    return { value: isoDateOf(new Date(EXCEL_EPOCH + value * 86_400_000)), issues: [] };
  }
  const text = cellText(value);
  if (text === '') return { issues: [] };
  let y: number | undefined;
  let m: number | undefined;
  let d: number | undefined;
  const german = /^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{2}|\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const named = /^(\d{1,2})\.?\s*([a-z]+)\.?\s*(\d{4})$/.exec(foldGerman(text));
  if (german) [d, m, y] = [Number(german[1]), Number(german[2]), Number(german[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (named) {
    const month = MONTHS.findIndex((prefix) => named[2]!.startsWith(prefix) || (prefix === 'maer' && named[2]!.startsWith('mar')));
    if (month >= 0) [d, m, y] = [Number(named[1]), month + 1, Number(named[3])];
  }
  // Two-digit years are this century: course dates are never in the 1900s.
  if (y !== undefined && y < 100) y += 2000;
  const result = y !== undefined && m !== undefined && d !== undefined ? isoOf(y, m, d) : undefined;
  if (result === undefined) {
    const message = y !== undefined ? `${quote(text)} gibt es nicht im Kalender` : `${quote(text)} ist kein Datum`;
    return { issues: [error('invalid-date', message, FIX)] };
  }
  return { value: result, issues: [] };
}

/** "2027-02-01" → "01.02.2027", how the export writes dates back. */
export function germanDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}
