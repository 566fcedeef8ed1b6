/**
 * .xlsx → neutral sheet, through exceljs. Formulas become their cached result, rich text its
 * plain text, hyperlinks their shown text; dates stay Dates (Excel dates are real dates, not
 * text), so the value parsers decide what they mean.
 */
import { loadExcelJs } from './excel-module.js';
import type { CellValue, Sheet, Workbook } from './sheet.js';

type RichText = { richText: Array<{ text: string }> };

/** exceljs cell values are a union of object shapes; each reduces to one plain value. */
export function plainCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value !== 'object') return String(value);
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText)) return (v as RichText).richText.map((part) => part.text).join('');
  if ('result' in v) return plainCellValue(v.result);
  if ('formula' in v || 'sharedFormula' in v) return null; // a formula never calculated has no value
  if ('text' in v) return plainCellValue(v.text);
  if (typeof v.error === 'string') return v.error; // "#N/A": shown as typed, so the coordinator recognises it
  return null;
}

export async function readXlsx(bytes: Uint8Array, file: string): Promise<Workbook> {
  const ExcelJS = await loadExcelJs();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as Parameters<typeof book.xlsx.load>[0]);
  const sheets: Sheet[] = [];
  book.eachSheet((ws) => {
    const sheet: Sheet = { name: ws.name, rows: [] };
    if (ws.state !== 'visible' && ws.state !== undefined) sheet.hidden = true;
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: CellValue[] = [];
      // row.values is 1-based with holes for empty cells.
      (row.values as unknown[]).forEach((value, col) => {
        if (col >= 1) cells[col - 1] = plainCellValue(value);
      });
      for (let i = 0; i < cells.length; i++) cells[i] ??= null;
      sheet.rows.push({ rowNumber, cells });
    });
    sheets.push(sheet);
  });
  return { file, sheets };
}
