import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Announcer } from '../announcer.js';

export interface SearchOptions<I, Q, R extends { total: number }> {
  /** The index to search, or undefined while the feed is not loaded. */
  index: () => I | undefined;
  /** The query for the current state, or undefined while it is not settled (a preset place still resolving). */
  query: () => Q | undefined;
  /** The engine call. */
  run: (index: I, query: Q) => R;
  /** The sentence for the live region after a new result ("12 Lotsen gefunden"), or '' for none. */
  announce: (result: R) => string;
  /** Called with each new result before the render, for the host's own state that belongs to one result (open panels, extra pages). */
  changed?: (result: R, query: Q) => void;
  /** The event to fire after the render that shows a new result (`wir-search` in the search widgets). */
  event?: (query: Q, result: R) => Event;
}

/**
 * Runs the search when the query or the index changed, and only then: once per search, never per
 * render. It works before each render (after the host's `willUpdate`, so presets and handlers
 * have set the state), announces the count through the widget's one live region, and fires the
 * host's event after the render that shows the result.
 */
export class SearchController<I extends object, Q, R extends { total: number }> implements ReactiveController {
  readonly #host: ReactiveControllerHost & EventTarget;
  readonly #announcer: Announcer;
  readonly #options: SearchOptions<I, Q, R>;
  #key = '';
  #index: I | undefined;
  #query: Q | undefined;
  #result: R | undefined;
  #event: Event | undefined;

  constructor(host: ReactiveControllerHost & EventTarget, announcer: Announcer, options: SearchOptions<I, Q, R>) {
    this.#announcer = announcer;
    this.#options = options;
    this.#host = host;
    host.addController(this);
  }

  /** The last result; it stays while a new query is not settled yet, so the list does not flash. */
  get result(): R | undefined {
    return this.#result;
  }

  /** The query of the last result. */
  get query(): Q | undefined {
    return this.#query;
  }

  hostUpdate(): void {
    const index = this.#options.index();
    const query = index ? this.#options.query() : undefined;
    if (!index || query === undefined) return;
    const key = JSON.stringify(query);
    if (key === this.#key && index === this.#index) return;
    this.#key = key;
    this.#index = index;
    this.#query = query;
    const result = this.#options.run(index, query);
    this.#result = result;
    this.#options.changed?.(result, query);
    const text = this.#options.announce(result);
    if (text) this.#announcer.announce(text);
    this.#event = this.#options.event?.(query, result);
  }

  hostUpdated(): void {
    const event = this.#event;
    if (!event) return;
    this.#event = undefined;
    this.#host.dispatchEvent(event);
  }
}
