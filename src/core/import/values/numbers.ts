/**
 * Numbers as written in German sheets: "10 km", "12,50 €", "3 von 12", "1–6 Jahre". Excel
 * may also hold them as real numbers; both arrive here.
 */
import { foldGerman } from '../../text/normalize.js';
import { error, type Parsed, quote } from '../problems.js';
import { type CellValue, cellText } from '../sheet.js';

/** "12,5" and "12.5" → 12.5; "1.200" (German thousands) → 1200. */
function germanNumber(text: string): number {
  const t = text.replace(/\s/g, '');
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  return /^\d+(?:[.,]\d+)?$/.test(t) ? Number(t.replace(',', '.')) : Number.NaN;
}

/** A number with an optional unit word after it ("10 km", "3 Tage"). */
export function parseAmount(value: CellValue | undefined, units: RegExp, example: string, integer = false): Parsed<number> {
  if (typeof value === 'number') {
    return integer && !Number.isInteger(value)
      ? { issues: [error('invalid-number', `${quote(cellText(value))} ist keine ganze Zahl`, `Beispiel: ${quote(example)}`)] }
      : { value, issues: [] };
  }
  const text = cellText(value);
  if (text === '') return { issues: [] };
  const m = /^([\d.,\s]+?)\s*([\p{L}.]*)$/u.exec(text);
  const n = m ? germanNumber(m[1]!) : Number.NaN;
  if (!m || Number.isNaN(n) || (m[2] && !units.test(foldGerman(m[2])))) {
    return { issues: [error('invalid-number', `${quote(text)} ist keine Zahl`, `Beispiel: ${quote(example)}`)] };
  }
  if (integer && !Number.isInteger(n))
    return { issues: [error('invalid-number', `${quote(text)} ist keine ganze Zahl`, `Beispiel: ${quote(example)}`)] };
  return { value: n, issues: [] };
}

export const parseKilometres = (value: CellValue | undefined) => parseAmount(value, /^(km|kilometer)\.?$/, '10 km');
export const parseDays = (value: CellValue | undefined) => parseAmount(value, /^(tag|tage|werktag|werktage|t)\.?$/, '3 Tage', true);

/** "3 von 12" (3 free of 12), also "3/12" and "0 von 12 (voll)". */
export function parseSeats(value: CellValue | undefined): Parsed<{ total: number; free: number }> {
  const text = cellText(value);
  if (text === '') return { issues: [] };
  const m =
    /^(\d+)\s*(?:frei\w*\s*)?(?:von|\/|aus|of)\s*(\d+)(?:\s*(?:plaetze|platze|plätze))?(?:\s*\((?:voll|ausgebucht|warteliste)\))?$/i.exec(
      foldGerman(text).replace(/\s+/g, ' '),
    );
  const fix = 'schreiben Sie freie und alle Plätze, z. B. „3 von 12“';
  if (!m) return { issues: [error('invalid-seats', `${quote(text)} nicht verstanden`, fix)] };
  const free = Number(m[1]);
  const total = Number(m[2]);
  if (free > total) return { issues: [error('invalid-seats', `${quote(text)}: mehr freie als alle Plätze`, fix)] };
  return { value: { total, free }, issues: [] };
}

/** "kostenlos" → 0; "25 €", "€ 25", "25,50 EUR" → the amount; words after it become the note ("pro Monat"). */
export function parseCost(value: CellValue | undefined): Parsed<{ amount: number; note?: string }> {
  if (typeof value === 'number')
    return value >= 0
      ? { value: { amount: value }, issues: [] }
      : { issues: [error('invalid-cost', `${quote(cellText(value))} ist kein Betrag`, 'z. B. „25 €“ oder „kostenlos“')] };
  const text = cellText(value);
  if (text === '') return { issues: [] };
  const free = /^(?:kostenlos|kostenfrei|gratis|frei|umsonst)(?:[\s,;:–-]+([\s\S]*))?$/iu.exec(text);
  if (free) return { value: withNote(0, free[1]), issues: [] };
  const m =
    /^(?:(?:€|eur|euro)\s*)?(\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?![\d.,]*\d)\s*(?:€|eur|euro)?(?:[\s,;:–-]+([\s\S]*))?$/iu.exec(
      text,
    );
  const amount = m ? germanNumber(m[1]!) : Number.NaN;
  if (!m || Number.isNaN(amount))
    return { issues: [error('invalid-cost', `${quote(text)} ist kein Betrag`, 'schreiben Sie z. B. „25 €“ oder „kostenlos“')] };
  return { value: withNote(amount, m[2]), issues: [] };
}

function withNote(amount: number, rest: string | undefined): { amount: number; note?: string } {
  const note = rest?.trim();
  return note ? { amount, note } : { amount };
}

/** "1–6", "1 bis 6 Jahre" → { min: 1, max: 6 }. */
export function parseAgeRange(value: CellValue | undefined): Parsed<{ min: number; max: number }> {
  const text = cellText(value);
  if (text === '') return { issues: [] };
  const m = /^(\d{1,2})\s*(?:-|–|—|bis)\s*(\d{1,2})(?:\s*(?:jahre|j\.?))?$/i.exec(foldGerman(text));
  if (!m || Number(m[1]) > Number(m[2])) {
    return {
      issues: [error('invalid-number', `${quote(text)} nicht verstanden`, 'schreiben Sie das Alter von–bis in Jahren, z. B. „1–6“')],
    };
  }
  return { value: { min: Number(m[1]), max: Number(m[2]) }, issues: [] };
}

/** "kostenlos", "25 €", "12,50 €": how the export writes an amount so the import reads it back. */
export function formatCost(amount: number): string {
  return amount === 0 ? 'kostenlos' : `${String(amount).replace('.', ',')} €`;
}
