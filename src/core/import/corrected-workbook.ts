/**
 * The sheet a coordinator dropped, back in the template's layout: valid rows as the feed
 * reads them (with their ids, so the next import keeps them), skipped rows as they were typed
 * with every sure suggestion filled in, and each cell with a problem coloured and commented.
 */
import { findTable } from './find-table.js';
import type { ImportResult } from './import-sheet.js';
import { KINDS } from './kinds/index.js';
import { defaultContactOf } from './publisher-sheet.js';
import { type CellValue, cellText, type Workbook } from './sheet.js';
import { type CellMark, writeWorkbook } from './write-workbook.js';

export function correctedWorkbook(workbook: Workbook, result: ImportResult): Promise<Uint8Array> {
  const spec = KINDS[result.kind];
  const table = findTable(workbook, result.kind);
  const keyOfHeader = new Map<string, string>(spec.columns.map((c) => [c.header, c.key]));
  const cellsByRow = new Map<number, Record<string, CellValue>>();
  if ('firstDataIndex' in table) {
    for (const [key, column] of table.columns) keyOfHeader.set(column.header, key);
    for (const row of table.sheet.rows.slice(table.firstDataIndex)) {
      cellsByRow.set(row.rowNumber, Object.fromEntries([...table.columns].map(([key, c]) => [key, row.cells[c.index] ?? null])));
    }
  }
  const records = new Map((result.feed?.records ?? []).map((r) => [r.id, r]));
  const fallback = result.feed ? defaultContactOf(result.feed.publisher) : undefined;
  const rows: Array<Record<string, CellValue>> = [];
  const marks: CellMark[] = [];
  for (const row of result.rows) {
    if (row.status === 'ignored') continue;
    const original = cellsByRow.get(row.rowNumber) ?? {};
    const record = row.id !== undefined ? records.get(row.id) : undefined;
    const cells = record ? spec.toCells(record as never, fallback) : { ...original };
    for (const problem of row.problems) {
      const key = problem.column !== undefined ? keyOfHeader.get(problem.column) : undefined;
      if (!key) continue;
      let note = `${problem.message}${problem.fix ? ` – ${problem.fix}` : ''}`;
      if (record) {
        // A note such as "nach Absprache" that gave no value stays for the coordinator to see.
        if (cellText(cells[key]) === '' && cellText(original[key]) !== '') cells[key] = original[key]!;
      } else if (problem.replacement !== undefined) {
        cells[key] = problem.replacement;
        note = `Vorschlag eingesetzt – bitte prüfen: ${note}`;
      }
      const before = cellText(original[key]);
      if (before && before !== cellText(cells[key])) note += ` (vorher: „${before}“)`;
      const fixed = record !== undefined || problem.replacement !== undefined;
      marks.push({ row: rows.length, key, tone: problem.severity === 'error' && !fixed ? 'error' : 'changed', note });
    }
    rows.push(cells);
  }
  return writeWorkbook({ kind: result.kind, rows, marks, publisher: result.feed?.publisher });
}
