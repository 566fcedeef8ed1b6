/**
 * The Lotse a contact request names, as the office's Lotsen feed lists them today
 * (`WIR_FEEDS_DIR/<kommune>/lotsen.json`): the request carries only the feed id and the name
 * the resident saw, and the Lotse may have stopped taking people or left the list since. The
 * workspace shows this record beside the request and warns when the Lotse is not available.
 * Only what the feed publishes anyway is passed on (the feed holds no volunteer's contact data).
 */
import type { LotseRecord } from '../../core/schema/index.js';
import type { LotseRequest } from '../../core/schema/request.js';
import type { OfficeFeeds } from './interpreter-lists.js';

export type CurrentLotse =
  | { found: true; record: Pick<LotseRecord, 'id' | 'name' | 'languages' | 'place' | 'topics' | 'available'>; updated?: string }
  /** `no-list`: the receiver has no Lotsen feed of this Kommune; `not-in-list`: the feed no longer has this id. */
  | { found: false; problem: 'no-list' | 'unreadable' | 'invalid' | 'not-in-list' };

export async function currentLotse(feeds: OfficeFeeds<'lotsen'>, request: LotseRequest): Promise<CurrentLotse> {
  const loaded = await feeds.forKommune(request.kommune);
  if (!loaded.ok) return { found: false, problem: loaded.problem };
  const record = loaded.list.records.find((r) => r.id === request.need.lotseId);
  if (!record) return { found: false, problem: 'not-in-list' };
  const { id, name, languages, place, topics, available } = record;
  return {
    found: true,
    record: { id, name, languages, place, topics, available },
    ...(loaded.list.updated ? { updated: loaded.list.updated } : {}),
  };
}
