/** Feed loading: fetch with timeout/abort/size cap, envelope check, per-record validation. */
export { loadFeed, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, type LoadFeedOptions } from './load-feed.js';
export { validateFeedDocument, formatPath } from './validate-feed.js';
export type {
  DuplicateRecord,
  FeedError,
  FeedErrorCode,
  FeedReport,
  FeedResult,
  SkippedRecord,
} from './feed-errors.js';
