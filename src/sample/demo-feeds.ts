/**
 * The demo's sample feeds (demo/data/<kind>.json) and how a feed file is written. Compact JSON:
 * a feed is read by browsers, not people, and indentation made the demo's three feeds a third
 * larger before compression. `npm run sample` writes them; a test checks they are current.
 */
import type { FeedKind } from '../core/schema/index.js';

export const DEMO_SIZES: Record<FeedKind, number> = { lotsen: 600, sprachkurse: 300, dolmetscher: 250 };
export const DEMO_SEED = 2026;

export function feedFileText(feed: unknown): string {
  return `${JSON.stringify(feed)}\n`;
}
