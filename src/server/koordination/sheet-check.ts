/**
 * An uploaded list → the feed it makes and every problem, by the same core code as
 * `wir-widgets import` and the browser workshop (src/core/import): a sheet (.xlsx, .csv)
 * goes through readSheetFile and importSheet; a feed (.json) through the feed validator,
 * whose skipped records become rows of the same problem table (the JSON path as column).
 *
 * The feed's publisher always names the Kommune it is published for: the route decides that,
 * not the sheet's „Herausgeber“ page.
 */

import { validateFeedDocument } from '../../core/feed/index.js';
import {
  detectKind,
  type ImportedRow,
  type ImportProblem,
  type ImportResult,
  importSheet,
  readSheetFile,
} from '../../core/import/index.js';
import { FEED_FORMAT, FEED_VERSION, type FeedDocument, type FeedKind } from '../../core/schema/index.js';

/** The core's import result, plus the kind the sheet looks like when it is not the one chosen. */
export type SheetCheck = ImportResult & { looksLike?: FeedKind };

/** Lets other requests in between slices of a large sheet. */
const yieldToServer = () => new Promise<void>((resolve) => setImmediate(resolve));

export function looksLikeJson(bytes: Uint8Array, file: string): boolean {
  if (/\.json$/i.test(file)) return true;
  const first = bytes.find((b) => b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09 && b !== 0xef && b !== 0xbb && b !== 0xbf);
  return first === 0x7b; // "{"
}

export async function checkUpload(bytes: Uint8Array, file: string, kind: FeedKind, kommune: string): Promise<SheetCheck> {
  if (looksLikeJson(bytes, file)) return checkFeedJson(bytes, file, kind, kommune);
  const read = await readSheetFile(bytes, file);
  if (!read.ok) return { kind, file, problems: [read.problem], rows: [], total: 0, valid: 0, skipped: 0, exitCode: 2 };
  const result = await importSheet(read.workbook, kind, { kommune, yieldToHost: yieldToServer, sliceSize: 500 });
  const check: SheetCheck = { ...result };
  const detected = detectKind(read.workbook);
  if (result.exitCode === 2 && detected && detected !== kind) check.looksLike = detected;
  return check;
}

function fileProblem(file: string, message: string, fix: string): ImportProblem {
  return { severity: 'error', code: 'unreadable-file', file, message, fix };
}

function checkFeedJson(bytes: Uint8Array, file: string, kind: FeedKind, kommune: string): SheetCheck {
  const unusable = (message: string, fix: string): SheetCheck => ({
    kind,
    file,
    problems: [fileProblem(file, message, fix)],
    rows: [],
    total: 0,
    valid: 0,
    skipped: 0,
    exitCode: 2,
  });
  let document: unknown;
  try {
    document = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return unusable(
      'Die Datei ist kein gültiges JSON',
      'Prüfen Sie sie mit „npx wir-widgets validate“ oder laden Sie die Excel-Tabelle hoch.',
    );
  }
  const result = validateFeedDocument(document, kind);
  if (!result.ok) {
    const looksLike = (document as { kind?: unknown } | null)?.kind;
    const check = unusable(`Kein gültiger Feed: ${result.error.message}`, 'Laden Sie die Datei der gewählten Art hoch.');
    if (result.error.code === 'wrong-kind' && typeof looksLike === 'string') check.looksLike = looksLike as FeedKind;
    return check;
  }
  const raw = (document as { records: unknown[] }).records;
  const rows: ImportedRow[] = [];
  const problems: ImportProblem[] = [];
  const label = (index: number) => {
    const r = raw[index] as { name?: unknown; title?: unknown; id?: unknown } | null;
    const text = r?.name ?? r?.title ?? r?.id;
    return typeof text === 'string' ? text.slice(0, 80) : `#${index + 1}`;
  };
  const add = (index: number, problem: ImportProblem) => {
    problems.push(problem);
    rows.push({ rowNumber: index + 1, label: label(index), status: 'skipped', problems: [problem] });
  };
  for (const s of result.report.skipped) {
    add(s.index, { severity: 'error', code: 'invalid-value', file, row: s.index + 1, column: s.path, message: s.reason });
  }
  for (const d of result.report.duplicates) {
    add(d.index, {
      severity: 'error',
      code: 'duplicate-id',
      file,
      row: d.index + 1,
      column: `records[${d.index}].id`,
      message: `ID „${d.id}“ schon in Eintrag ${d.firstIndex + 1}`,
      fix: 'jeder Eintrag braucht eine eigene ID',
    });
  }
  rows.sort((a, b) => a.rowNumber - b.rowNumber);
  const valid = result.records.length;
  const total = raw.length;
  const check: SheetCheck = { kind, file, problems, rows, total, valid, skipped: total - valid, exitCode: 2 };
  if (valid > 0) {
    check.feed = {
      format: FEED_FORMAT,
      version: FEED_VERSION,
      kind,
      publisher: { ...result.publisher, kommune },
      ...(result.updated ? { updated: result.updated } : {}),
      records: result.records,
    } as FeedDocument;
    check.exitCode = check.skipped > 0 ? 1 : 0;
  } else {
    problems.unshift(fileProblem(file, 'Der Feed enthält keinen gültigen Eintrag', 'Beheben Sie die genannten Einträge.'));
  }
  return check;
}
