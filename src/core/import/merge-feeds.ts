/**
 * One feed for a region from the feeds of several offices. Each source is validated as the
 * widgets would (invalid records skipped); an id used by two offices gets the office's
 * Kommune as prefix in every source that uses it, so neither office's links change meaning
 * silently and both records stay.
 */

import { localToday } from '../calendar/index.js';
import { validateFeedDocument } from '../feed/index.js';
import {
  type AnyRecord,
  FEED_FORMAT,
  FEED_KINDS,
  FEED_VERSION,
  type FeedDocument,
  type FeedKind,
  type Publisher,
} from '../schema/index.js';

export interface MergeSource {
  /** File name or URL, for the report. */
  name: string;
  document: unknown;
}

export interface MergeSourceReport {
  source: string;
  kind?: FeedKind;
  /** Records in the source, valid ones, and those that got a prefix. */
  total: number;
  valid: number;
  prefixed: number;
  /** One line per skipped record ("records[3].place.lat: must be at most 52"). */
  skipped: string[];
  /** Why the source could not be used at all. */
  error?: string;
}

export interface MergeResult {
  feed?: FeedDocument;
  reports: MergeSourceReport[];
  /** 0: all records merged; 1: records skipped; 2: a source unusable, kinds differ or no publisher. */
  exitCode: 0 | 1 | 2;
  error?: string;
}

export interface MergeOptions {
  /** The merged feed's publisher; default the sources' publisher when they all share one. */
  publisher?: Publisher;
  today?: string;
}

function kommuneOf(record: AnyRecord, publisher: Publisher): string | undefined {
  const r = record as { place?: { kommune?: string }; serves?: string[] };
  return publisher.kommune ?? r.place?.kommune ?? r.serves?.[0];
}

export function mergeFeeds(sources: readonly MergeSource[], options: MergeOptions = {}): MergeResult {
  const reports: MergeSourceReport[] = [];
  const usable: Array<{ report: MergeSourceReport; publisher: Publisher; records: AnyRecord[] }> = [];
  for (const source of sources) {
    const declared = (source.document as { kind?: unknown } | null)?.kind;
    const kind = FEED_KINDS.find((k) => k === declared);
    const report: MergeSourceReport = { source: source.name, total: 0, valid: 0, prefixed: 0, skipped: [] };
    reports.push(report);
    const result = validateFeedDocument(source.document, kind ?? 'lotsen');
    if (!kind || !result.ok) {
      report.error = result.ok ? `"kind" must be one of ${FEED_KINDS.join(', ')}` : result.error.message;
      continue;
    }
    report.kind = kind;
    report.total = result.report.total;
    report.valid = result.report.valid;
    for (const s of result.report.skipped) report.skipped.push(`${s.path}: ${s.reason}`);
    for (const d of result.report.duplicates)
      report.skipped.push(`records[${d.index}].id: duplicate id "${d.id}", first used by records[${d.firstIndex}]`);
    usable.push({ report, publisher: result.publisher, records: result.records as AnyRecord[] });
  }
  if (usable.length < sources.length) return { reports, exitCode: 2, error: 'a source is not a usable feed' };
  const kinds = new Set(usable.map((u) => u.report.kind));
  if (kinds.size !== 1) return { reports, exitCode: 2, error: `the sources hold different kinds (${[...kinds].join(', ')})` };
  const names = new Set(usable.map((u) => JSON.stringify(u.publisher)));
  const publisher = options.publisher ?? (names.size === 1 ? usable[0]?.publisher : undefined);
  if (!publisher) return { reports, exitCode: 2, error: 'the sources have different publishers: name the merged feed’s publisher' };

  const sourcesOfId = new Map<string, Set<number>>();
  usable.forEach((u, i) => {
    for (const r of u.records) sourcesOfId.set(r.id, (sourcesOfId.get(r.id) ?? new Set()).add(i));
  });
  const taken = new Set<string>();
  const records: AnyRecord[] = [];
  usable.forEach((u, i) => {
    for (const record of u.records) {
      let id = record.id;
      if (sourcesOfId.get(id)!.size > 1) {
        const prefix = kommuneOf(record, u.publisher) ?? String(i + 1);
        id = `${prefix}-${record.id}`;
        u.report.prefixed++;
      }
      // Two offices of one Kommune with one id: the later one counts on.
      for (let n = 2; taken.has(id); n++) id = `${id.replace(/~\d+$/, '')}~${n}`;
      taken.add(id);
      records.push(id === record.id ? record : { ...record, id });
    }
  });
  const kind = [...kinds][0]!;
  const feed: FeedDocument = {
    format: FEED_FORMAT,
    version: FEED_VERSION,
    kind,
    publisher,
    updated: options.today ?? localToday(),
    records,
  };
  return { feed, reports, exitCode: usable.some((u) => u.report.valid < u.report.total) ? 1 : 0 };
}
