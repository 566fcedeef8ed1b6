import type { CatalogPart } from '../../catalog-types.js';
import type { lotsen as source } from '../de/lotsen.js';

export const lotsen: CatalogPart<typeof source> = {};
