import type { CatalogPart } from '../../catalog-types.js';
import type { place as source } from '../de/place.js';

export const place: CatalogPart<typeof source> = {};
