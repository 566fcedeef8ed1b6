/**
 * What a widget needs only once its feed is there: the feed's validation (zod and the schemas)
 * and the matching engine. FeedController imports this module lazily, at the moment it starts
 * the feed request, so the two load side by side and the page's first download stays small.
 */
export { readFeedJob } from '../../../core/feed/read-feed.js';
export { validateFeedJob } from '../../../core/feed/validate-feed.js';
export { createIndexJob, search } from '../../../core/match/index.js';
