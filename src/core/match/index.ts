/** Matching core: index a feed once, then rank, explain and relax queries. DESIGN.md §5. */
export type * from './types.js';
export { createIndex, search } from './engine.js';
