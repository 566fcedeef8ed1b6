import type { CatalogPart } from '../../catalog-types.js';
import type { kurse as source } from '../de/kurse.js';

export const kurse: CatalogPart<typeof source> = {};
