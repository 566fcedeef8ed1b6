/**
 * Keeps a finder's search in the page's query string, so a counsellor can share a link and
 * back/forward step through searches. Each finder writes only its own keys (prefixed with
 * the element's id, or "lotse"), so two finders on one page and the CMS's own parameters
 * are left alone.
 */

/** The parts of the search a link carries. Place is the typed text or PLZ, never raw coordinates. */
export interface SharedSearch {
  ort?: string;
  sprache?: string;
  themen?: string[];
  km?: number;
  tage?: string[];
  zeiten?: string[];
  person?: string;
}

const LIST_KEYS = ['themen', 'tage', 'zeiten'] as const;
const TEXT_KEYS = ['ort', 'sprache', 'person'] as const;

export function searchKeyPrefix(host: Element): string {
  // Ids can hold anything; keep the URL readable and the keys unambiguous.
  const id = host.id.replace(/[^a-zA-Z0-9_-]/g, '');
  return id || 'lotse';
}

export function readSharedSearch(prefix: string, search = globalThis.location?.search ?? ''): SharedSearch | undefined {
  const params = new URLSearchParams(search);
  const out: SharedSearch = {};
  let found = false;
  for (const key of TEXT_KEYS) {
    const value = params.get(`${prefix}-${key}`);
    if (value !== null) {
      out[key] = value.slice(0, 120);
      found = true;
    }
  }
  for (const key of LIST_KEYS) {
    const value = params.get(`${prefix}-${key}`);
    if (value !== null) {
      out[key] = value.split(',').filter(Boolean).slice(0, 20);
      found = true;
    }
  }
  const km = Number(params.get(`${prefix}-km`));
  if (params.has(`${prefix}-km`) && Number.isFinite(km) && km > 0 && km <= 200) {
    out.km = km;
    found = true;
  }
  return found ? out : undefined;
}

/** The page URL with this finder's keys replaced by `state` (others untouched). */
function urlWithSharedSearch(prefix: string, state: SharedSearch, href = globalThis.location.href): string {
  const url = new URL(href);
  for (const key of [...TEXT_KEYS, ...LIST_KEYS, 'km']) url.searchParams.delete(`${prefix}-${key}`);
  for (const key of TEXT_KEYS) if (state[key]) url.searchParams.set(`${prefix}-${key}`, state[key]!);
  for (const key of LIST_KEYS) if (state[key]?.length) url.searchParams.set(`${prefix}-${key}`, state[key]!.join(','));
  if (state.km) url.searchParams.set(`${prefix}-km`, String(state.km));
  return url.href;
}

/**
 * Writes the state: a new history entry for a change the resident made (so Back undoes
 * it), a replacement for the first state after load (so Back leaves the page as expected).
 */
export function writeSharedSearch(prefix: string, state: SharedSearch, mode: 'push' | 'replace'): void {
  const next = urlWithSharedSearch(prefix, state);
  if (next === location.href) return;
  if (mode === 'push') history.pushState(history.state, '', next);
  else history.replaceState(history.state, '', next);
}
