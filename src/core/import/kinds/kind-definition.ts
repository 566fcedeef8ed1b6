/** What each feed kind tells the importer and the exporter: its columns, how a row becomes a record and back. */
import type { Contact, FeedKind, RecordOf } from '../../schema/index.js';
import type { KindColumns } from '../columns.js';
import type { RowReader } from '../row-reader.js';
import type { CellValue } from '../sheet.js';
import type { PlaceContext } from '../values/place-cells.js';

export interface BuildContext {
  place: PlaceContext;
  /** The publisher's office: the contact of rows that name none. */
  contact?: Contact | undefined;
}

export type Draft = Record<string, unknown>;

export interface KindDefinition<K extends FeedKind = FeedKind> extends KindColumns {
  kind: K;
  /** Prefix of ids derived from a row's content ("lotse-…"), as in the sample feeds. */
  idPrefix: string;
  /** The record without its id; problems go to the row. Fields left undefined are dropped. */
  build(row: RowReader, ctx: BuildContext): Draft;
  /** What identifies the same person or course on the next import, for derived ids. */
  identity(draft: Draft): string[];
  /** A short name for the row in tables and messages ("Amina K., Dietzenbach"). */
  label(record: Draft): string;
  /** Cells by column key for the export; the default contact's cells stay empty. */
  toCells(record: RecordOf<K>, defaultContact: Contact | undefined): Record<string, CellValue>;
}

/** Drops undefined fields so a record equals its re-import exactly (deepStrictEqual counts keys). */
export function defined<T extends Record<string, unknown>>(object: T): T {
  for (const key of Object.keys(object)) if (object[key] === undefined) delete object[key];
  return object;
}
