/**
 * The offices' feed files under WIR_FEEDS_DIR, one folder per Kommune:
 *
 *   <feedsDir>/<kommune>/lotsen.json        published at /feeds/<kommune>/lotsen.json
 *   <feedsDir>/<kommune>/sprachkurse.json   published at /feeds/<kommune>/sprachkurse.json
 *   <feedsDir>/<kommune>/dolmetscher.json   read for suggestions only (interpreter-lists.ts), never served
 *
 * Writes go to a temporary file in the same folder, flushed, then renamed over the old one:
 * a reader (the feed route, the suggestions, a backup) sees the old feed or the new one,
 * never half of one, even if the server stops in the middle.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { FEED_KINDS, type FeedKind } from '../../core/schema/index.js';

/** The kinds anyone may fetch. The interpreter list holds people who did not agree to be listed publicly. */
export const PUBLISHED_KINDS: readonly FeedKind[] = ['lotsen', 'sprachkurse'];

export function isFeedKind(value: string): value is FeedKind {
  return (FEED_KINDS as readonly string[]).includes(value);
}

export function isPublishedKind(kind: FeedKind): boolean {
  return PUBLISHED_KINDS.includes(kind);
}

export function feedFilePath(feedsDir: string, kommune: string, kind: FeedKind): string {
  return join(feedsDir, kommune, `${kind}.json`);
}

/** Replaces `<feedsDir>/<kommune>/<kind>.json` with `text` in one step. */
export async function writeFeedFile(feedsDir: string, kommune: string, kind: FeedKind, text: string): Promise<void> {
  const folder = join(feedsDir, kommune);
  await mkdir(folder, { recursive: true });
  const temp = join(folder, `.${kind}.json.${randomUUID()}.tmp`);
  const handle = await open(temp, 'wx', 0o644);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, feedFilePath(feedsDir, kommune, kind));
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** What the workspace lists about a stored feed: no record content, only its size and dates. */
export interface FeedFileInfo {
  kommune: string;
  kind: FeedKind;
  records: number;
  publisher?: string;
  /** The feed's own `updated` date. */
  updated?: string;
  /** When the file was last written (ISO). */
  savedAt: string;
}

/** Reads the counts of a stored feed; undefined when there is none (or it is not a feed at all). */
export async function feedFileInfo(feedsDir: string, kommune: string, kind: FeedKind): Promise<FeedFileInfo | undefined> {
  const path = feedFilePath(feedsDir, kommune, kind);
  try {
    const info = await stat(path);
    if (!info.isFile()) return undefined;
    const doc = JSON.parse(await readFile(path, 'utf8')) as { records?: unknown; publisher?: { name?: unknown }; updated?: unknown };
    if (!Array.isArray(doc.records)) return undefined;
    const result: FeedFileInfo = { kommune, kind, records: doc.records.length, savedAt: info.mtime.toISOString() };
    if (typeof doc.publisher?.name === 'string') result.publisher = doc.publisher.name;
    if (typeof doc.updated === 'string') result.updated = doc.updated;
    return result;
  } catch {
    return undefined;
  }
}
