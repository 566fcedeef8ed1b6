/**
 * Fetches and validates a feed. Resolves with a typed error instead of rejecting, so a
 * component can render every failure the same way and never leaves a promise unhandled.
 */

import type { FeedKind } from '../schema/index.js';
import { runToEnd } from '../slices/index.js';
import type { FeedResult } from './feed-errors.js';
import { fetchFeedText, type LoadFeedOptions } from './fetch-feed-text.js';
import { readFeedJob } from './read-feed.js';
import { validateFeedDocument } from './validate-feed.js';

export { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, type LoadFeedOptions } from './fetch-feed-text.js';

export async function loadFeed<K extends FeedKind>(
  source: string | URL | unknown,
  kind: K,
  opts: LoadFeedOptions = {},
): Promise<FeedResult<K>> {
  try {
    if (typeof source !== 'string' && !(source instanceof URL)) return validateFeedDocument(source, kind);
    const url = String(source);
    const fetched = await fetchFeedText(url, opts);
    if (!fetched.ok) return fetched;
    return runToEnd(readFeedJob(fetched.text, kind, url, fetched.contentType));
  } catch (error) {
    return { ok: false, error: { code: 'network', message: `The feed could not be loaded: ${String(error)}`, url: String(source) } };
  }
}
