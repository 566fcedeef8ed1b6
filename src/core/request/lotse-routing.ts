import type { LotseRecord } from '../schema/index.js';

/**
 * Where a contact request for a Lotse goes: the office of the Kommune the Lotse lives in, else
 * the office that published the feed (docs/architecture.md, Request contract v1).
 */
export function lotseRequestKommune(record: Pick<LotseRecord, 'place'>, publisherKommune: string | undefined): string {
  return record.place.kommune || publisherKommune || '';
}
