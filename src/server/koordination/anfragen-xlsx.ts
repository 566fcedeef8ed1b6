/**
 * The office's export as an Excel workbook (exceljs): the same columns as the CSV, one row
 * per request. Every value is written as a plain string or number cell — exceljs writes a
 * formula only when given `{ formula }` — so "=HYPERLINK(…)" typed by a requester stays text
 * here without the apostrophe the CSV needs. exceljs loads on the first export, so the
 * receiver starts (and reports a missing driver) without it.
 */
import { loadExcelJs } from '../../core/import/excel-module.js';
import type { ExportColumn } from '../receiver/csv-export.js';
import type { StoredAnfrage } from '../store/index.js';

export async function anfragenToXlsx(items: StoredAnfrage[], columns: readonly ExportColumn[]): Promise<Buffer> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'wir-widgets';
  const sheet = workbook.addWorksheet('Anfragen', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map(([header]) => ({ header, key: header, width: Math.max(12, header.length + 2) }));
  sheet.getRow(1).font = { bold: true };
  for (const item of items) {
    sheet.addRow(columns.map(([, value]) => value(item) ?? null));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
