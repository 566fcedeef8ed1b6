/**
 * Column specifications: how each feed field appears in a sheet (the German header the
 * template writes, other headers offices use, the JSON field name), what the template says
 * about it, and which drop-down it gets.
 */
import type { FeedKind } from '../schema/index.js';
import type { CellValue } from './sheet.js';
import { compactKey } from './values/terms.js';
import type { Vocabulary } from './vocabulary-labels.js';

export type DropDown = Vocabulary | 'yes-no' | 'languages' | 'kommunen';

export interface ColumnSpec {
  /** Stable key the row builders use ("languages", "plz", "contactEmail"). */
  key: string;
  /** The header the template and the export write. */
  header: string;
  /** Other headers offices write; the JSON field name ("place.plz") is added automatically. */
  aliases?: readonly string[];
  /** The JSON field this column fills, for reading headers that are JSON names and for schema messages. */
  field: string;
  /** A sheet without this column cannot make a feed of the kind. */
  required?: boolean;
  /** One or two sentences for the header comment and the instructions sheet. */
  hint: string;
  /** The template's two example rows. */
  examples: readonly [CellValue, CellValue];
  dropDown?: DropDown;
  /** Several values per cell: the drop-down only suggests, it does not forbid. */
  multi?: boolean;
  /** Column width in characters. */
  width?: number;
  /** Written by the export so a round trip keeps exact values, but not offered in the empty template. */
  exportOnly?: boolean;
  /** Cells hold dates (written as real Excel dates). */
  date?: boolean;
}

export interface KindColumns {
  kind: FeedKind;
  /** What the data sheet is called in the template ("Lotsen"). */
  sheetName: string;
  /** One noun for the things a row describes, for messages ("Lotsin oder Lotse"). */
  rowNoun: string;
  columns: readonly ColumnSpec[];
  /** Groups of which at least one column must be present ("PLZ" or "Ort"). */
  requiredOneOf?: ReadonlyArray<readonly string[]>;
}

/** Header text → lookup key: case, umlauts, spaces, hyphens, "(n)" and "*" do not matter. */
export function headerKey(header: string): string {
  return compactKey(header.replace(/\*|\((?:pflicht|optional|freiwillig)\)|:$/gi, ''));
}

const headerIndexes = new WeakMap<KindColumns, Map<string, ColumnSpec>>();

export function headerIndex(spec: KindColumns): Map<string, ColumnSpec> {
  let index = headerIndexes.get(spec);
  if (!index) {
    index = new Map();
    for (const column of spec.columns) {
      // The JSON field as written in a feed ('languages', 'place.plz'); never its last part alone:
      // 'email' of 'contact.email' would take a column of private e-mail addresses for the office's.
      const names = [column.header, ...(column.aliases ?? []), column.field];
      for (const name of names) {
        const key = headerKey(name);
        if (key && !index.has(key)) index.set(key, column);
      }
    }
    headerIndexes.set(spec, index);
  }
  return index;
}
