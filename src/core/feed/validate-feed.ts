/**
 * The synchronous half of feed loading: envelope first, then record by record, so one bad
 * record costs only itself (docs/architecture.md, Feed contract v1). Never throws, whatever `obj` is.
 * Written as a sliced job (src/core/slices) that may pause between records: the widgets run
 * it in slices so a large feed does not block the page; Node runs it to the end.
 */

import type * as z from 'zod/mini';
import type { FeedKind, RecordOf } from '../schema/index.js';
import { FEED_FORMAT, FEED_KINDS, FEED_VERSION, publisherSchema, recordSchemaFor } from '../schema/index.js';
import { runToEnd, type SlicedJob } from '../slices/index.js';
import type { DuplicateRecord, FeedResult, SkippedRecord } from './feed-errors.js';

interface Issue {
  path: PropertyKey[];
  message: string;
  code?: string;
}

/** "records[3].place.lat" — the form a webmaster can paste into jq or find in an editor. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) out = extendPath(out, s);
  return out;
}

/** `path` with one more segment, written as formatPath writes it. */
export function extendPath(path: string, segment: PropertyKey): string {
  if (typeof segment === 'number') return `${path}[${segment}]`;
  if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment)) return path ? `${path}.${segment}` : segment;
  return `${path}[${JSON.stringify(String(segment))}]`;
}

/**
 * Readable reason. zod/mini ships without its English messages (to stay small), so issues
 * arrive as "Invalid input"; we build the sentence from the issue's structured fields.
 */
function describe(issue: Issue, value: unknown): string {
  const got = value === undefined ? 'missing' : value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
  const shown =
    typeof value === 'string'
      ? ` ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value)}`
      : typeof value === 'number' || typeof value === 'boolean'
        ? ` ${String(value)}`
        : '';
  // zod's issue union differs per code; read the few fields each message needs by name.
  const i = issue as Issue & IssueFields;
  switch (i.code) {
    case 'invalid_type':
      return value === undefined ? 'required field is missing' : `expected ${i.expected}, got ${got}${shown}`;
    case 'invalid_value':
      return `must be one of ${(i.values as unknown[]).map((v) => JSON.stringify(v)).join(', ')}; got${shown || ` ${got}`}`;
    case 'invalid_format':
      if (i.format === 'url') return `must be an http(s) URL; got${shown}`;
      if (i.format === 'regex' && i.path?.[i.path.length - 1] === 'kommune')
        return `must be the Kreisschlüssel (5 digits) or AGS (8 digits) of a WIR area in Hessen; got${shown}`;
      if (i.format === 'regex' && /^(from|to)$/.test(String(i.path?.[i.path.length - 1]))) return `must be a time "HH:MM"; got${shown}`;
      return `has the wrong format (${i.format === 'regex' ? 'pattern' : i.format}); got${shown}`;
    case 'too_small':
      return i.origin === 'array'
        ? `needs at least ${i.minimum} entr${i.minimum === 1 ? 'y' : 'ies'}`
        : i.origin === 'string'
          ? 'must not be empty'
          : `must be at least ${i.minimum}; got${shown}`;
    case 'too_big':
      return i.origin === 'array'
        ? `has more than ${i.maximum} entries`
        : i.origin === 'string'
          ? `is longer than ${i.maximum} characters`
          : `must be at most ${i.maximum}; got${shown}`;
    case 'invalid_union':
      return `is neither a valid code nor a valid object; got ${got}${shown}`;
    case 'custom':
      return i.message;
    default:
      return `${i.message}${shown}`;
  }
}

interface IssueFields {
  code?: string;
  expected?: string;
  values?: unknown[];
  format?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  path?: PropertyKey[];
  message: string;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const s of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[s];
  }
  return v;
}

function safeParse<T>(schema: z.ZodMiniType<T>, value: unknown): { success: true; data: T } | { success: false; issues: Issue[] } {
  try {
    const r = schema.safeParse(value);
    return r.success ? { success: true, data: r.data } : { success: false, issues: r.error.issues as Issue[] };
  } catch (error) {
    // Getters that throw or proxies in a hand-built object: treat as invalid, never crash.
    return { success: false, issues: [{ path: [], message: `could not be read: ${String(error)}` }] };
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Records validated between two pause points (a 5,000-record feed: ~150 pauses). */
const RECORDS_PER_STEP = 32;

export function validateFeedDocument<K extends FeedKind>(obj: unknown, kind: K): FeedResult<K> {
  return runToEnd(validateFeedJob(obj, kind));
}

/** validateFeedDocument as a job that may pause between records. */
export function* validateFeedJob<K extends FeedKind>(obj: unknown, kind: K): SlicedJob<FeedResult<K>> {
  try {
    return yield* validate(obj, kind);
  } catch (error) {
    return { ok: false, error: { code: 'not-a-feed', message: `The feed could not be read: ${String(error)}` } };
  }
}

function* validate<K extends FeedKind>(obj: unknown, kind: K): SlicedJob<FeedResult<K>> {
  if (!isObject(obj) || obj.format !== FEED_FORMAT) {
    return {
      ok: false,
      error: {
        code: 'not-a-feed',
        message: `This is not a WIR feed: expected a JSON object with "format": "${FEED_FORMAT}".`,
        expected: FEED_FORMAT,
        actual: isObject(obj) ? obj.format : Array.isArray(obj) ? 'array' : obj === null ? 'null' : typeof obj,
      },
    };
  }
  if (obj.version !== FEED_VERSION) {
    return {
      ok: false,
      error: {
        code: 'unsupported-version',
        message: `This widget reads feed version ${FEED_VERSION}; the feed says version ${JSON.stringify(obj.version)}.`,
        expected: FEED_VERSION,
        actual: obj.version,
      },
    };
  }
  if (obj.kind !== kind) {
    const known = (FEED_KINDS as readonly unknown[]).includes(obj.kind);
    return {
      ok: false,
      error: {
        code: 'wrong-kind',
        message: known
          ? `This widget needs a "${kind}" feed, but the feed is of kind "${String(obj.kind)}". Check the feed attribute.`
          : `The feed's "kind" must be "${kind}"; got ${JSON.stringify(obj.kind)}.`,
        expected: kind,
        actual: obj.kind,
      },
    };
  }
  if (!Array.isArray(obj.records)) {
    return {
      ok: false,
      error: { code: 'not-a-feed', message: 'The feed has no "records" array.', expected: 'array', actual: typeof obj.records },
    };
  }
  const publisher = safeParse(publisherSchema, obj.publisher);
  if (!publisher.success) {
    const issue = publisher.issues[0]!;
    return {
      ok: false,
      error: {
        code: 'not-a-feed',
        message: `The feed's publisher is invalid at ${formatPath(['publisher', ...issue.path])}: ${describe(issue, valueAt(obj.publisher, issue.path))}.`,
      },
    };
  }

  const schema = recordSchemaFor(kind) as unknown as z.ZodMiniType<RecordOf<K>>;
  const records: RecordOf<K>[] = [];
  const skipped: SkippedRecord[] = [];
  const duplicates: DuplicateRecord[] = [];
  const firstIndexOfId = new Map<string, number>();
  const raw = obj.records as unknown[];

  for (let index = 0; index < raw.length; index++) {
    if (index % RECORDS_PER_STEP === RECORDS_PER_STEP - 1) yield;
    const record = raw[index];
    const id = isObject(record) && typeof record.id === 'string' ? record.id : undefined;
    const parsed = safeParse(schema, record);
    if (!parsed.success) {
      const issue = parsed.issues[0]!;
      const entry: SkippedRecord = {
        index,
        path: formatPath(['records', index, ...issue.path]),
        reason: describe(issue, valueAt(record, issue.path)),
      };
      if (id !== undefined) entry.id = id;
      skipped.push(entry);
      continue;
    }
    // Keep the first of two records with one id: later ones are more often copy-paste slips.
    const first = firstIndexOfId.get(parsed.data.id);
    if (first !== undefined) {
      duplicates.push({ index, id: parsed.data.id, firstIndex: first });
      continue;
    }
    firstIndexOfId.set(parsed.data.id, index);
    records.push(parsed.data);
  }

  const result: FeedResult<K> = {
    ok: true,
    records,
    publisher: publisher.data,
    report: { total: raw.length, valid: records.length, skipped, duplicates },
  };
  if (typeof obj.updated === 'string' && /^\d{4}-\d{2}-\d{2}/.test(obj.updated)) result.updated = obj.updated;
  return result;
}
