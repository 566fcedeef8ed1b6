import type { CatalogPart } from '../../catalog-types.js';
import type { searchStates as source } from '../de/states.js';

export const searchStates: CatalogPart<typeof source> = {};
