/**
 * Problems found while importing a sheet. Each names where it is (file, sheet, Excel row,
 * column header as written in the sheet), what was there, and what to do, in German: the
 * coordinator fixes the sheet, not a JSON file.
 */
import type { CellValue } from './sheet.js';

export type ProblemSeverity = 'error' | 'warning';

export type ProblemCode =
  | 'unreadable-file'
  | 'no-sheet'
  | 'missing-column'
  | 'unknown-column'
  | 'duplicate-column'
  | 'no-rows'
  | 'missing-publisher'
  | 'missing-value'
  | 'unknown-value'
  | 'ambiguous-value'
  | 'read-as'
  | 'unknown-language'
  | 'ambiguous-language'
  | 'invalid-number'
  | 'invalid-date'
  | 'invalid-yes-no'
  | 'invalid-times'
  | 'invalid-seats'
  | 'invalid-cost'
  | 'unknown-place'
  | 'ambiguous-place'
  | 'place-mismatch'
  | 'invalid-value'
  | 'duplicate-id'
  | 'same-content'
  | 'example-row';

export interface ImportProblem {
  /** error: the row (or the whole sheet) is skipped; warning: imported, but look at it. */
  severity: ProblemSeverity;
  code: ProblemCode;
  file: string;
  sheet?: string;
  /** Excel row number; absent for problems of the whole file or sheet. */
  row?: number;
  /** The column header exactly as the sheet writes it. */
  column?: string;
  /** The cell's text as the coordinator sees it. */
  value?: string;
  /** What is wrong, in German, e.g. "„Tigrnya“ unbekannt". */
  message: string;
  /** What to do, in German, e.g. "meinten Sie Tigrinya (ti)?". */
  fix?: string;
  /** A value the corrected sheet may put into the cell instead (a suggestion, not applied to the feed). */
  replacement?: CellValue;
}

/** „…“ as German typesetting quotes a value; long values are cut so a line stays readable. */
export function quote(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return `„${oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine}“`;
}

/** "Zeile 14, Spalte „Sprachen“" — the place of a problem inside its sheet. */
export function problemPlace(p: Pick<ImportProblem, 'row' | 'column'>): string {
  const parts: string[] = [];
  if (p.row !== undefined) parts.push(`Zeile ${p.row}`);
  if (p.column !== undefined) parts.push(`Spalte ${quote(p.column)}`);
  return parts.join(', ');
}

/**
 * One line per problem, for the command line and logs:
 * `lotsen.xlsx, Blatt „Lotsen“, Zeile 14, Spalte „Sprachen“: „Tigrnya“ unbekannt – meinten Sie Tigrinya (ti)?`
 */
export function formatProblem(p: ImportProblem): string {
  const where = [p.file, p.sheet !== undefined ? `Blatt ${quote(p.sheet)}` : '', problemPlace(p)].filter(Boolean).join(', ');
  const label = p.severity === 'warning' ? 'Hinweis: ' : '';
  return `${where}: ${label}${p.message}${p.fix ? ` – ${p.fix}` : ''}`;
}

/** A problem of one cell before the row builder adds where it is. */
export type CellIssue = Pick<ImportProblem, 'severity' | 'code' | 'message' | 'fix' | 'replacement'>;

/** What a value parser gives back: the value when the cell could be read, and what it noticed. */
export interface Parsed<T> {
  value?: T;
  issues: CellIssue[];
}

export const error = (code: CellIssue['code'], message: string, fix?: string, replacement?: CellIssue['replacement']): CellIssue => {
  const issue: CellIssue = { severity: 'error', code, message };
  if (fix !== undefined) issue.fix = fix;
  if (replacement !== undefined) issue.replacement = replacement;
  return issue;
};

export const warning = (code: CellIssue['code'], message: string, fix?: string): CellIssue => {
  const issue: CellIssue = { severity: 'warning', code, message };
  if (fix !== undefined) issue.fix = fix;
  return issue;
};
