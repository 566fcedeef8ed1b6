/**
 * A feed's text to its records: parsed (parseFeedJson) and validated (validateFeedJob) as one
 * sliced job, so a widget can run both without blocking the page, and Node runs them at once.
 */

import type { FeedKind } from '../schema/index.js';
import type { SlicedJob } from '../slices/index.js';
import type { FeedResult } from './feed-errors.js';
import { parseFeedJson } from './feed-json.js';
import { validateFeedJob } from './validate-feed.js';

/** `url` and `contentType` only make the error messages precise. */
export function* readFeedJob<K extends FeedKind>(text: string, kind: K, url?: string, contentType?: string): SlicedJob<FeedResult<K>> {
  let parsed: unknown;
  try {
    parsed = yield* parseFeedJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    const start = text.trimStart().slice(0, 1);
    return {
      ok: false,
      error: {
        code: 'not-json',
        message: start === '<' ? 'The feed URL returned HTML, not JSON (often a CMS error or login page).' : 'The feed is not valid JSON.',
        url,
        actual: contentType,
      },
    };
  }
  const result = yield* validateFeedJob(parsed, kind);
  if (!result.ok && url !== undefined) result.error.url = url;
  return result;
}
