/**
 * A sheet → a feed of one kind: find the table, read each row into a record, check it with
 * the feed schema, and collect every problem with its row and column. Valid rows make the
 * feed even when others fail; exit codes follow `wir-widgets validate` (0 all rows valid,
 * 1 rows skipped, 2 no usable feed).
 *
 * Runs in Node and the browser. Rows are read in slices, between which `yieldToHost` lets
 * a page repaint its progress bar.
 */

import { localToday } from '../calendar/index.js';
import { type Gazetteer, loadGazetteer } from '../place/index.js';
import { FEED_FORMAT, FEED_VERSION, type FeedDocument, type FeedKind, type RecordOf, recordSchemaFor } from '../schema/index.js';
import { findTable } from './find-table.js';
import { KINDS } from './kinds/index.js';
import { error, type ImportProblem, quote, warning } from './problems.js';
import { type PublisherOptions, resolvePublisher } from './publisher-sheet.js';
import { RowReader } from './row-reader.js';
import { columnForPath, describeSchemaIssue } from './schema-issues.js';
import { cellText, type Workbook } from './sheet.js';
import { derivedId } from './stable-id.js';

export interface ImportOptions extends PublisherOptions {
  /** The feed's `updated` date (YYYY-MM-DD); default today. */
  today?: string;
  /** Called after each slice of rows. */
  onProgress?: (done: number, total: number) => void;
  /** Awaited between slices (the browser passes a short timeout so the page can paint). */
  yieldToHost?: () => Promise<void>;
  /** Rows per slice; default 250. */
  sliceSize?: number;
  signal?: AbortSignal;
  /** A gazetteer already loaded (tests, the receiver); default the lazily loaded one. */
  gazetteer?: Gazetteer;
}

export type RowStatus = 'ok' | 'warning' | 'skipped' | 'ignored';

export interface ImportedRow {
  rowNumber: number;
  /** Name and place, or title and place, for tables. */
  label: string;
  id?: string;
  status: RowStatus;
  problems: ImportProblem[];
}

export interface ImportResult<K extends FeedKind = FeedKind> {
  kind: K;
  file: string;
  sheet?: string;
  headerRow?: number;
  /** The feed of every valid row; absent when nothing usable came out. */
  feed?: FeedDocument<K>;
  /** Every problem: first those of the file and sheet, then row by row. */
  problems: ImportProblem[];
  rows: ImportedRow[];
  /** Data rows read (example rows not counted). */
  total: number;
  valid: number;
  skipped: number;
  exitCode: 0 | 1 | 2;
}

function unusable<K extends FeedKind>(
  kind: K,
  file: string,
  problems: ImportProblem[],
  extra: Partial<ImportResult<K>> = {},
): ImportResult<K> {
  return { kind, file, problems, rows: [], total: 0, valid: 0, skipped: 0, exitCode: 2, ...extra };
}

const EXAMPLE_ID = /^beispiel/i;

export async function importSheet<K extends FeedKind>(workbook: Workbook, kind: K, options: ImportOptions = {}): Promise<ImportResult<K>> {
  const spec = KINDS[kind];
  const table = findTable(workbook, kind);
  if (!('firstDataIndex' in table)) return unusable(kind, workbook.file, [table]);
  const at = { file: workbook.file, sheet: table.sheet.name };
  const problems: ImportProblem[] = [...table.problems];
  const base = { sheet: table.sheet.name, headerRow: table.headerRow };
  if (problems.some((p) => p.severity === 'error')) return unusable(kind, workbook.file, problems, base);

  const { who, problems: publisherProblems, usable: publisherOk } = resolvePublisher(workbook, options);
  problems.push(...publisherProblems);

  const gazetteer = options.gazetteer ?? (await loadGazetteer());
  // Without a publisher no feed comes out (reported once above); the rows are still checked
  // as if it were there, rather than each row repeating "no contact".
  const contact = who.defaultContact ?? { name: 'Herausgeber fehlt' };
  const ctx = { place: { gazetteer, kommune: who.kommune, cache: new Map() }, contact };
  const schema = recordSchemaFor(kind);
  const specs = new Map(spec.columns.map((c) => [c.key, c]));
  const dataRows = table.sheet.rows.slice(table.firstDataIndex).filter((r) => r.cells.some((c) => cellText(c) !== ''));
  const rows: ImportedRow[] = [];
  const records: RecordOf<K>[] = [];
  const rowOfId = new Map<string, number>();
  const slice = options.sliceSize ?? 250;
  const columnIndex = new Map([...table.columns.values()].map((c) => [c.header, c.index]));

  for (let start = 0; start < dataRows.length; start += slice) {
    if (options.signal?.aborted) throw options.signal.reason ?? new Error('aborted');
    for (const sheetRow of dataRows.slice(start, start + slice)) {
      const row = new RowReader(sheetRow, table.columns, specs, at);
      const explicitId = row.text('id');
      if (EXAMPLE_ID.test(explicitId)) {
        row.report('id', warning('example-row', 'Beispielzeile nicht übernommen', 'löschen Sie die Beispielzeilen der Vorlage'));
        rows.push({ rowNumber: sheetRow.rowNumber, label: explicitId, status: 'ignored', problems: row.problems });
        problems.push(...row.problems);
        continue;
      }
      const draft = spec.build(row, ctx);
      const label = spec.label(draft);
      let id = explicitId;
      if (!row.failed) {
        if (!id) {
          id = derivedId(spec.idPrefix, spec.identity(draft));
          const first = rowOfId.get(id);
          if (first !== undefined) {
            row.report(
              'id',
              warning(
                'same-content',
                `gleiche Angaben wie Zeile ${first}: eigene ID ergänzt`,
                'vergeben Sie IDs in der Spalte „ID“, wenn es zwei verschiedene Einträge sind',
              ),
            );
            let n = 2;
            while (rowOfId.has(`${id}-${n}`)) n++;
            id = `${id}-${n}`;
          }
        } else if (rowOfId.has(id)) {
          row.report('id', error('duplicate-id', `ID ${quote(id)} schon in Zeile ${rowOfId.get(id)}`, 'jede Zeile braucht eine eigene ID'));
        }
      }
      if (!row.failed) {
        const checked = schema.safeParse({ id, ...draft });
        if (checked.success) {
          records.push(checked.data as RecordOf<K>);
          rowOfId.set(id, sheetRow.rowNumber);
        } else {
          for (const issue of checked.error.issues) {
            const column = columnForPath(spec.columns, issue.path);
            const value = issue.path.reduce<unknown>((v, key) => (v as Record<PropertyKey, unknown> | undefined)?.[key], { id, ...draft });
            row.report(column?.key ?? 'id', describeSchemaIssue(issue as never, value));
          }
        }
      }
      // Left to right as the coordinator reads the row; problems of columns the sheet lacks come last.
      row.problems.sort((a, b) => (columnIndex.get(a.column ?? '') ?? 1e9) - (columnIndex.get(b.column ?? '') ?? 1e9));
      const status: RowStatus = row.failed ? 'skipped' : row.problems.length ? 'warning' : 'ok';
      const entry: ImportedRow = { rowNumber: sheetRow.rowNumber, label, status, problems: row.problems };
      if (!row.failed) entry.id = id;
      rows.push(entry);
      problems.push(...row.problems);
    }
    options.onProgress?.(Math.min(start + slice, dataRows.length), dataRows.length);
    if (start + slice < dataRows.length) await options.yieldToHost?.();
  }

  const total = rows.filter((r) => r.status !== 'ignored').length;
  const valid = records.length;
  const result: ImportResult<K> = { kind, file: workbook.file, ...base, problems, rows, total, valid, skipped: total - valid, exitCode: 0 };
  if (total === 0)
    problems.push({
      ...at,
      ...error(
        'no-rows',
        'keine Einträge unter den Spaltenüberschriften',
        `tragen Sie ab Zeile ${table.headerRow + 1} je Zeile eine ${spec.rowNoun} ein`,
      ),
    });
  if (publisherOk && who.publisher && valid > 0) {
    result.feed = {
      format: FEED_FORMAT,
      version: FEED_VERSION,
      kind,
      publisher: who.publisher,
      updated: options.today ?? localToday(),
      records,
    };
  }
  result.exitCode = !result.feed ? 2 : result.skipped > 0 ? 1 : 0;
  return result;
}
