/**
 * Feed contract v1: zod/mini schemas (the single source of truth, docs/architecture.md, Feed contract v1) and the
 * TypeScript types inferred from them.
 */

export * from './dolmetscher.js';
export * from './feed.js';
export * from './lotsen.js';
export * from './request.js';
export * from './shared.js';
export * from './sprachkurse.js';
export * from './vocabularies.js';
