/** Feed loading: fetch with timeout/abort/size cap, envelope check, per-record validation. */

export type {
  DuplicateRecord,
  FeedError,
  FeedErrorCode,
  FeedReport,
  FeedResult,
  SkippedRecord,
} from './feed-errors.js';
export { type FeedText, fetchFeedText } from './fetch-feed-text.js';
export { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, type LoadFeedOptions, loadFeed } from './load-feed.js';
export { readFeedJob } from './read-feed.js';
export { extendPath, formatPath, validateFeedDocument, validateFeedJob } from './validate-feed.js';
