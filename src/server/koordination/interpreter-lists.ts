/**
 * The offices' feeds in `WIR_FEEDS_DIR/<kommune>/`: the private interpreter list
 * `dolmetscher.json`, a `dolmetscher` feed (contract v1) that the receiver reads and never
 * publishes, and the office's Lotsen feed `lotsen.json`, which the workspace reads to show a
 * Lotse request's Lotse as the office currently lists them. Loaded with
 * the core's feed validator and indexed with the core's matcher once per file version; a
 * changed file (new mtime or size) is read again on the next request.
 *
 * For a request routed to an AGS (8 digits), the list of that Gemeinde's own folder is used
 * if there is one, else its Kreis's (5 digits).
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_MAX_BYTES, validateFeedDocument } from '../../core/feed/index.js';
import { createIndex, type MatchIndex } from '../../core/match/index.js';
import type { RecordFor } from '../../core/match/types.js';
import { KOMMUNE_CODE } from '../store/index.js';

/** The feed kinds an office keeps in its folder. */
export type OfficeFeedKind = 'dolmetscher' | 'lotsen';

export interface OfficeFeed<K extends OfficeFeedKind> {
  kommune: string;
  index: MatchIndex<K>;
  records: ReadonlyArray<RecordFor<K>>;
  publisher: string;
  updated?: string;
  /** Records the validator skipped (the office should fix its list). */
  skipped: number;
}

export type InterpreterList = OfficeFeed<'dolmetscher'>;

export type FeedResult<K extends OfficeFeedKind> =
  | { ok: true; list: OfficeFeed<K> }
  | { ok: false; problem: 'no-list' | 'unreadable' | 'invalid' };
export type ListResult = FeedResult<'dolmetscher'>;

interface Cached<K extends OfficeFeedKind> {
  version: string;
  result: FeedResult<K>;
}

/** One kind of office feed, `<kommune>/<kind>.json`, read and indexed once per file version. */
export class OfficeFeeds<K extends OfficeFeedKind> {
  readonly #dir: string | undefined;
  readonly #kind: K;
  readonly #cache = new Map<string, Cached<K>>();

  constructor(feedsDir: string | undefined, kind: K) {
    this.#dir = feedsDir;
    this.#kind = kind;
  }

  get configured(): boolean {
    return this.#dir !== undefined;
  }

  async forKommune(kommune: string): Promise<FeedResult<K>> {
    if (!this.#dir || !KOMMUNE_CODE.test(kommune)) return { ok: false, problem: 'no-list' };
    const candidates = kommune.length === 8 ? [kommune, kommune.slice(0, 5)] : [kommune];
    for (const code of candidates) {
      const result = await this.#load(code);
      if (result.ok || result.problem !== 'no-list') return result;
    }
    return { ok: false, problem: 'no-list' };
  }

  async #load(code: string): Promise<FeedResult<K>> {
    const path = join(this.#dir!, code, `${this.#kind}.json`);
    let version: string;
    try {
      const info = await stat(path);
      if (!info.isFile()) return { ok: false, problem: 'no-list' };
      if (info.size > DEFAULT_MAX_BYTES) return { ok: false, problem: 'unreadable' };
      version = `${info.mtimeMs}/${info.size}`;
    } catch {
      return { ok: false, problem: 'no-list' };
    }
    const cached = this.#cache.get(code);
    if (cached?.version === version) return cached.result;
    const result = await readFeed(path, code, this.#kind);
    this.#cache.set(code, { version, result });
    return result;
  }
}

/** The interpreter lists (suggestions, "Vermitteln an …"). */
export class InterpreterLists extends OfficeFeeds<'dolmetscher'> {
  constructor(feedsDir: string | undefined) {
    super(feedsDir, 'dolmetscher');
  }
}

async function readFeed<K extends OfficeFeedKind>(path: string, code: string, kind: K): Promise<FeedResult<K>> {
  let document: unknown;
  try {
    document = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  const feed = validateFeedDocument(document, kind);
  if (!feed.ok) return { ok: false, problem: 'invalid' };
  const records = feed.records as Array<RecordFor<K>>;
  const list: OfficeFeed<K> = {
    kommune: code,
    index: (createIndex as unknown as (records: Array<RecordFor<K>>, kind: K) => MatchIndex<K>)(records, kind),
    records,
    publisher: feed.publisher.name,
    skipped: feed.report.skipped.length,
  };
  if (feed.updated) list.updated = feed.updated;
  return { ok: true, list };
}
