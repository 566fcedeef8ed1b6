/**
 * One sheet row as the row builders see it: cells by column key, and a place to report what
 * is wrong with a cell so the problem names the row, the header as written and the value.
 */
import type { ColumnSpec } from './columns.js';
import { type CellIssue, error, type ImportProblem, type Parsed, quote } from './problems.js';
import { type CellValue, cellText, type SheetRow } from './sheet.js';

export interface MatchedColumn {
  index: number;
  /** The header as the sheet writes it. */
  header: string;
  spec: ColumnSpec;
}

export class RowReader {
  readonly problems: ImportProblem[] = [];

  constructor(
    readonly row: SheetRow,
    private readonly columns: ReadonlyMap<string, MatchedColumn>,
    /** Every column of the kind, for the header of a column the sheet lacks. */
    private readonly specs: ReadonlyMap<string, ColumnSpec>,
    private readonly where: { file: string; sheet: string },
  ) {}

  has(key: string): boolean {
    return this.columns.has(key);
  }

  cell(key: string): CellValue | undefined {
    const column = this.columns.get(key);
    return column ? (this.row.cells[column.index] ?? null) : undefined;
  }

  text(key: string): string {
    return cellText(this.cell(key));
  }

  /** The sheet's header for a key, or the template's when the sheet lacks the column. */
  header(key: string): string | undefined {
    return this.columns.get(key)?.header ?? this.specs.get(key)?.header;
  }

  report(key: string, issue: CellIssue): void {
    const problem: ImportProblem = { ...issue, file: this.where.file, sheet: this.where.sheet, row: this.row.rowNumber };
    const header = this.header(key);
    if (header !== undefined) problem.column = header;
    const value = this.text(key);
    if (value !== '') problem.value = value;
    this.problems.push(problem);
  }

  /** Reports the parser's issues against the column and hands back its value. */
  take<T>(key: string, parsed: Parsed<T>): T | undefined {
    for (const issue of parsed.issues) this.report(key, issue);
    return parsed.value;
  }

  /** Like take, and an empty cell of a field the feed needs is an error. */
  require<T>(key: string, parsed: Parsed<T>): T | undefined {
    const value = this.take(key, parsed);
    if (value === undefined && parsed.issues.length === 0) {
      const example = cellText(this.specs.get(key)?.examples[0]);
      this.report(key, error('missing-value', 'Pflichtangabe fehlt', example ? `tragen Sie z. B. ${quote(example)} ein` : undefined));
    }
    return value;
  }

  /** The trimmed text of a cell as a parse result (empty → no value). */
  plain(key: string): Parsed<string> {
    const text = this.text(key);
    return text ? { value: text, issues: [] } : { issues: [] };
  }

  get failed(): boolean {
    return this.problems.some((p) => p.severity === 'error');
  }
}
