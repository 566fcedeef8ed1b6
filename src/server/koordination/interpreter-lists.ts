/**
 * The offices' private interpreter lists: `WIR_FEEDS_DIR/<kommune>/dolmetscher.json`, a
 * `dolmetscher` feed (contract v1) that the receiver reads and never publishes. Loaded with
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
import type { DolmetscherRecord } from '../../core/schema/index.js';
import { KOMMUNE_CODE } from '../store/index.js';

export interface InterpreterList {
  kommune: string;
  index: MatchIndex<'dolmetscher'>;
  records: readonly DolmetscherRecord[];
  publisher: string;
  updated?: string;
  /** Records the validator skipped (the office should fix its list). */
  skipped: number;
}

export type ListResult = { ok: true; list: InterpreterList } | { ok: false; problem: 'no-list' | 'unreadable' | 'invalid' };

interface Cached {
  version: string;
  result: ListResult;
}

export class InterpreterLists {
  readonly #dir: string | undefined;
  readonly #cache = new Map<string, Cached>();

  constructor(feedsDir: string | undefined) {
    this.#dir = feedsDir;
  }

  get configured(): boolean {
    return this.#dir !== undefined;
  }

  async forKommune(kommune: string): Promise<ListResult> {
    if (!this.#dir || !KOMMUNE_CODE.test(kommune)) return { ok: false, problem: 'no-list' };
    const candidates = kommune.length === 8 ? [kommune, kommune.slice(0, 5)] : [kommune];
    for (const code of candidates) {
      const result = await this.#load(code);
      if (result.ok || result.problem !== 'no-list') return result;
    }
    return { ok: false, problem: 'no-list' };
  }

  async #load(code: string): Promise<ListResult> {
    const path = join(this.#dir!, code, 'dolmetscher.json');
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
    const result = await readList(path, code);
    this.#cache.set(code, { version, result });
    return result;
  }
}

async function readList(path: string, code: string): Promise<ListResult> {
  let document: unknown;
  try {
    document = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  const feed = validateFeedDocument(document, 'dolmetscher');
  if (!feed.ok) return { ok: false, problem: 'invalid' };
  const list: InterpreterList = {
    kommune: code,
    index: createIndex(feed.records, 'dolmetscher'),
    records: feed.records,
    publisher: feed.publisher.name,
    skipped: feed.report.skipped.length,
  };
  if (feed.updated) list.updated = feed.updated;
  return { ok: true, list };
}
