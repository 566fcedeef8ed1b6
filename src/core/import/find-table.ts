/**
 * Where the data is: the sheet and header row whose cells match most columns of the kind.
 * Offices put a title line or two above the headers, keep several lists in one workbook,
 * or leave the template's instructions sheet first; none of that should matter.
 */
import type { FeedKind } from '../schema/index.js';
import { editDistances } from '../text/prefix-edit-distance.js';
import { typoBudget } from '../text/typo-budget.js';
import { type ColumnSpec, headerIndex, headerKey } from './columns.js';
import { KINDS } from './kinds/index.js';
import { PRIVATE_HEADERS } from './kinds/shared-columns.js';
import { error, type ImportProblem, quote, warning } from './problems.js';
import type { MatchedColumn } from './row-reader.js';
import { cellText, type Sheet, type Workbook } from './sheet.js';

/** Header rows further down than this are not headers but data. */
const HEADER_SEARCH_ROWS = 15;

export interface FoundTable {
  sheet: Sheet;
  headerRow: number;
  columns: Map<string, MatchedColumn>;
  /** Data rows after the header row. */
  firstDataIndex: number;
  problems: ImportProblem[];
}

function matchRow(cells: readonly unknown[], kind: FeedKind): Map<string, MatchedColumn> {
  const index = headerIndex(KINDS[kind]);
  const matched = new Map<string, MatchedColumn>();
  cells.forEach((cell, i) => {
    const header = cellText(cell as never);
    const spec = header ? index.get(headerKey(header)) : undefined;
    if (spec && !matched.has(spec.key)) matched.set(spec.key, { index: i, header, spec });
  });
  return matched;
}

const SHEET_WORDS: Record<FeedKind, RegExp> = { lotsen: /lots/, sprachkurse: /kurs/, dolmetscher: /dolmetsch|sprachmitt/ };

interface Candidate {
  sheet: Sheet;
  rowIndex: number;
  columns: Map<string, MatchedColumn>;
  score: number;
}

function bestCandidate(workbook: Workbook, kind: FeedKind): Candidate | undefined {
  let best: Candidate | undefined;
  for (const sheet of workbook.sheets) {
    if (sheet.hidden) continue;
    const named = SHEET_WORDS[kind].test(headerKey(sheet.name)) ? 0.5 : 0;
    for (let r = 0; r < Math.min(sheet.rows.length, HEADER_SEARCH_ROWS); r++) {
      const columns = matchRow(sheet.rows[r]!.cells, kind);
      const required = [...columns.values()].filter((c) => c.spec.required).length;
      // Required columns weigh more: "Name, Ort" alone is any list; "Name, Sprachen, Themen" is a Lotsen list.
      const score = columns.size + required + named;
      if (columns.size >= 2 && (!best || score > best.score)) best = { sheet, rowIndex: r, columns, score };
    }
  }
  return best;
}

/** Which kind of list a workbook most likely holds, for a first guess in the browser. */
export function detectKind(workbook: Workbook): FeedKind | undefined {
  let best: { kind: FeedKind; score: number } | undefined;
  for (const kind of Object.keys(KINDS) as FeedKind[]) {
    const c = bestCandidate(workbook, kind);
    if (c && (!best || c.score > best.score)) best = { kind, score: c.score };
  }
  return best?.kind;
}

function nearestHeader(header: string, kind: FeedKind): ColumnSpec | undefined {
  const key = headerKey(header);
  const budget = typoBudget(key.length);
  if (!budget) return undefined;
  for (const [known, spec] of headerIndex(KINDS[kind])) if (editDistances(key, known, budget).full <= budget) return spec;
  return undefined;
}

const PRIVATE = new Set(PRIVATE_HEADERS.map(headerKey));

export function findTable(workbook: Workbook, kind: FeedKind): FoundTable | ImportProblem {
  const spec = KINDS[kind];
  const best = bestCandidate(workbook, kind);
  const required = spec.columns.filter((c) => c.required);
  const expected = required.map((c) => quote(c.header)).join(', ');
  if (!best) {
    const fix = `erwartet werden Spaltenüberschriften wie ${expected} in einer der ersten Zeilen`;
    return { file: workbook.file, ...error('no-sheet', `keine Tabelle mit Spalten für ${spec.sheetName} gefunden`, fix) };
  }
  const { sheet, rowIndex, columns } = best;
  const headerRow = sheet.rows[rowIndex]!;
  const at = { file: workbook.file, sheet: sheet.name, row: headerRow.rowNumber };
  const problems: ImportProblem[] = [];
  for (const c of required) {
    if (!columns.has(c.key)) {
      const also = (c.aliases ?? []).slice(0, 2).map(quote).join(' oder ');
      problems.push({
        ...at,
        ...error(
          'missing-column',
          `Spalte ${quote(c.header)} fehlt`,
          `fügen Sie eine Spalte ${quote(c.header)}${also ? ` (oder ${also})` : ''} hinzu`,
        ),
      });
    }
  }
  for (const group of spec.requiredOneOf ?? []) {
    if (!group.some((key) => columns.has(key))) {
      const names = group.map((key) => quote(spec.columns.find((c) => c.key === key)!.header)).join(' oder ');
      problems.push({ ...at, ...error('missing-column', `Spalte ${names} fehlt`, `fügen Sie eine Spalte ${names} hinzu`) });
    }
  }
  const used = new Set([...columns.values()].map((c) => c.index));
  headerRow.cells.forEach((cell, index) => {
    const header = cellText(cell);
    if (!header || used.has(index)) return;
    const column = header;
    const known = headerIndex(spec).get(headerKey(header));
    if (known) {
      problems.push({
        ...at,
        column,
        ...warning(
          'duplicate-column',
          `Spalte ${quote(header)} doppelt`,
          `gelesen wird nur die erste Spalte ${quote(columns.get(known.key)!.header)}`,
        ),
      });
    } else if (kind !== 'sprachkurse' && PRIVATE.has(headerKey(header))) {
      problems.push({
        ...at,
        column,
        ...warning(
          'unknown-column',
          'wird nicht übernommen',
          'persönliche Daten der Ehrenamtlichen werden nie veröffentlicht; Anfragen laufen über die Kontaktstelle',
        ),
      });
    } else {
      const near = nearestHeader(header, kind);
      problems.push({
        ...at,
        column,
        ...warning(
          'unknown-column',
          'wird nicht gelesen',
          near ? `meinten Sie ${quote(near.header)}?` : 'die Spalte gehört nicht zur Vorlage',
        ),
      });
    }
  });
  return { sheet, headerRow: headerRow.rowNumber, columns, firstDataIndex: rowIndex + 1, problems };
}
