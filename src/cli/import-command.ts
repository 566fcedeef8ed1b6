/**
 * `wir-widgets import FILE --kind lotsen|sprachkurse|dolmetscher [--kommune 06438] [--publisher "…"] [-o feed.json]`:
 * an office's sheet (.xlsx or .csv) → a feed. Every problem is printed with file, sheet, row
 * and column; without -o the sheet is only checked. Exit codes as `validate`.
 */
import { formatProblem, importSheet, readSheetFile } from '../core/import/index.js';
import {
  feedJson,
  feedKind,
  kommuneCode,
  type Out,
  parseCommand,
  readBytes,
  required,
  UsageError,
  writeOutput,
} from './command-options.js';

export const IMPORT_USAGE =
  'wir-widgets import FILE --kind lotsen|sprachkurse|dolmetscher [--kommune 06438] [--publisher "…"] [-o feed.json]';

export async function importCommand(args: string[], out: Out): Promise<number> {
  const { values, positionals } = parseCommand(args);
  if (positionals.length !== 1) throw new UsageError('import reads one FILE');
  const file = positionals[0]!;
  const kind = feedKind(required(values.kind, '--kind'), true)!;
  const kommune = kommuneCode(values.kommune);
  const bytes = readBytes(file, out);
  if (!bytes) return 2;
  const read = await readSheetFile(bytes, file);
  if (!read.ok) {
    out(formatProblem({ ...read.problem, file }));
    return 2;
  }
  const result = await importSheet(read.workbook, kind, { kommune, publisher: values.publisher });
  // The path as typed, so an editor or terminal can open it; the browser shows the bare name.
  for (const problem of result.problems) out(formatProblem({ ...problem, file }));
  const sheet = result.sheet ? `, Blatt „${result.sheet}“` : '';
  out(
    `${file}${sheet}: ${kind}, ${result.total} Zeilen, ${result.valid} übernommen${result.skipped ? `, ${result.skipped} übersprungen` : ''}`,
  );
  if (values.output) {
    if (!result.feed) {
      out(`${values.output} nicht geschrieben: kein gültiger Eintrag oder kein Herausgeber`);
    } else if (writeOutput(values.output, feedJson(result.feed), out)) {
      out(`${values.output} geschrieben (${result.feed.records.length} Einträge)`);
    } else return 2;
  }
  return result.exitCode;
}
