/** Matching core: index a feed once, then rank, explain and relax queries. DESIGN.md §5. */

export { createIndex, search } from './engine.js';
export type * from './types.js';
