/**
 * Spreadsheet import (docs/feeds.md: from the office's sheet to a feed): the same code for the
 * command line, the browser workshop page and the receiver. No Node, no DOM.
 *
 *   const read = await readSheetFile(bytes, 'lotsen.xlsx');
 *   if (read.ok) { const { feed, problems, rows, exitCode } = await importSheet(read.workbook, 'lotsen', { kommune: '06438' }); }
 */
export { type ColumnSpec, headerKey } from './columns.js';
export { correctedWorkbook } from './corrected-workbook.js';
export { detectKind } from './find-table.js';
export { type ImportedRow, type ImportOptions, type ImportResult, importSheet, type RowStatus } from './import-sheet.js';
export { KINDS } from './kinds/index.js';
export { type MergeResult, type MergeSource, mergeFeeds } from './merge-feeds.js';
export { formatProblem, type ImportProblem, type ProblemCode, type ProblemSeverity, problemPlace, quote } from './problems.js';
export { detectEncoding, detectSeparator, readCsv } from './read-csv.js';
export { type ReadResult, readSheetFile } from './read-sheet-file.js';
export { readXlsx } from './read-xlsx.js';
export type { CellValue, Sheet, SheetRow, Workbook } from './sheet.js';
export { exportFeedWorkbook, templateWorkbook, writeWorkbook } from './write-workbook.js';
