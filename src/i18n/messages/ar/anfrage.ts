import type { CatalogPart } from '../../catalog-types.js';
import type { anfrage as source } from '../de/anfrage.js';

export const anfrage: CatalogPart<typeof source> = {};
