/**
 * Suggestions for a request: the matching core's ten best interpreters from the office's
 * own list, with the core's reasons (codes and params; the workspace puts them into words).
 * The request becomes a DolmetscherQuery: its language and alternatives, Kommune, the place's
 * PLZ as a point, date, time and duration, mode, setting and gender wish, judged from today.
 */
import { berlinDate } from '../../core/calendar/berlin-time.js';
import type { DolmetscherQuery } from '../../core/match/index.js';
import { search } from '../../core/match/index.js';
import { loadGazetteer } from '../../core/place/index.js';
import type { DolmetscherRecord } from '../../core/schema/index.js';
import type { AnfrageRequest, DolmetscherRequest } from '../../core/schema/request.js';
import type { InterpreterLists } from './interpreter-lists.js';

export const SUGGESTION_COUNT = 10;

export interface Suggestion {
  record: DolmetscherRecord;
  score: number;
  distanceKm?: number;
  reasons: Array<{ code: string; params: Record<string, unknown> }>;
}

export type SuggestionsAnswer =
  | {
      ok: true;
      list: { kommune: string; publisher: string; updated?: string; size: number; skipped: number };
      total: number;
      items: Suggestion[];
      /** When few or none match: what would help, and how many it would give. */
      relaxations: Array<{ code: string; params: Record<string, unknown>; count: number }>;
    }
  | { ok: false; problem: 'no-list' | 'unreadable' | 'invalid' | 'not-applicable' };

export async function queryFor(request: DolmetscherRequest, now: Date): Promise<DolmetscherQuery> {
  const { need } = request;
  const query: DolmetscherQuery = {
    language: need.language,
    kommune: request.kommune,
    date: need.date,
    from: need.from,
    durationMinutes: need.durationMinutes,
    mode: need.mode,
    setting: need.setting,
    today: berlinDate(now.getTime()),
    limit: SUGGESTION_COUNT,
  };
  if (need.alternatives?.length) query.alternatives = need.alternatives;
  if (need.genderPreference) query.gender = need.genderPreference;
  if (need.place) {
    const found = (await loadGazetteer()).resolve(need.place.plz);
    if (found.status === 'found') query.near = { lat: found.place.lat, lon: found.place.lon };
  }
  return query;
}

export async function suggestionsFor(request: AnfrageRequest, lists: InterpreterLists, now: Date): Promise<SuggestionsAnswer> {
  // Only interpreter requests are matched against the interpreter list; other kinds (a
  // Lotse request names its Lotse already) answer so, and the workspace shows no panel.
  if (request.kind !== 'dolmetscher') return { ok: false, problem: 'not-applicable' };
  const loaded = await lists.forKommune(request.kommune);
  if (!loaded.ok) return loaded;
  const { list } = loaded;
  const result = search(list.index, await queryFor(request, now));
  const answer: SuggestionsAnswer = {
    ok: true,
    list: { kommune: list.kommune, publisher: list.publisher, size: list.records.length, skipped: list.skipped },
    total: result.total,
    items: result.hits.map((hit) => {
      const item: Suggestion = { record: hit.record, score: hit.score, reasons: hit.reasons };
      if (hit.distanceKm !== undefined) item.distanceKm = hit.distanceKm;
      return item;
    }),
    relaxations: result.relaxations.map(({ code, params, count }) => ({ code, params, count })),
  };
  if (list.updated) answer.list.updated = list.updated;
  return answer;
}

/** The record "Vermitteln an …" names, looked up in the current list (never trusted from the browser). */
export async function findInterpreter(lists: InterpreterLists, kommune: string, id: string): Promise<DolmetscherRecord | undefined> {
  const loaded = await lists.forKommune(kommune);
  return loaded.ok ? loaded.list.records.find((r) => r.id === id) : undefined;
}
