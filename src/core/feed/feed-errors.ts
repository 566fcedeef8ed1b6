import type { FeedKind, Publisher, RecordOf } from '../schema/index.js';

export type FeedErrorCode =
  | 'network'
  | 'http'
  | 'timeout'
  | 'aborted'
  | 'too-large'
  | 'not-json'
  | 'not-a-feed'
  | 'wrong-kind'
  | 'unsupported-version';

/** One error for the whole feed; `message` is plain English for the webmaster's console. */
export interface FeedError {
  code: FeedErrorCode;
  message: string;
  url?: string;
  status?: number;
  expected?: unknown;
  actual?: unknown;
}

export interface SkippedRecord {
  index: number;
  id?: string;
  /** JSON path of the first problem, e.g. "records[3].place.lat". */
  path: string;
  reason: string;
}

export interface DuplicateRecord {
  index: number;
  id: string;
  firstIndex: number;
}

export interface FeedReport {
  total: number;
  valid: number;
  skipped: SkippedRecord[];
  duplicates: DuplicateRecord[];
}

export type FeedResult<K extends FeedKind> =
  | { ok: true; records: RecordOf<K>[]; publisher: Publisher; updated?: string; report: FeedReport }
  | { ok: false; error: FeedError };
