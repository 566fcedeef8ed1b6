/** Matching core: index a feed once, then rank, explain and relax queries (docs/architecture.md, "Matching"). */

export { createIndex, createIndexJob, search } from './engine.js';
export { relaxQuery } from './relax.js';
export type * from './types.js';
