/**
 * Typed events that leave the search widgets. Plain `Event` subclasses (not CustomEvent) so
 * hosts read `event.query` with types, and all bubble out of the shadow root (`composed`).
 */

/** A search ran (after any input change, preset or relaxation); `query` is the engine query. */
export class WirSearchEvent<Q = unknown> extends Event {
  static readonly eventName = 'wir-search';
  constructor(
    readonly query: Q,
    /** Results the search found in total (all pages). */
    readonly total: number,
  ) {
    super(WirSearchEvent.eventName, { bubbles: true, composed: true });
  }
}

/** The resident chose a result (e.g. opened its contact); `record` is the feed record. */
export class WirSelectEvent<R = unknown> extends Event {
  static readonly eventName = 'wir-select';
  constructor(readonly record: R) {
    super(WirSelectEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * Something the webmaster should know about: the feed failed to load (`code` from the feed
 * loader, e.g. `http`, `not-json`), or records were skipped. `message` is plain English.
 */
export class WirErrorEvent extends Event {
  static readonly eventName = 'wir-error';
  constructor(
    readonly code: string,
    readonly message: string,
    /** The URL or other context, for the console; never shown to residents. */
    readonly detail: unknown = undefined,
  ) {
    super(WirErrorEvent.eventName, { bubbles: true, composed: true });
  }
}

// 'wir-error' is not in the global map here: <wir-dolmetscher-anfrage> declares its own
// WirErrorEvent (send failures) under the same name, and TypeScript allows one type per key.
// Listeners on search widgets narrow with `event instanceof WirErrorEvent` (from this file).
declare global {
  interface GlobalEventHandlersEventMap {
    'wir-search': WirSearchEvent;
    'wir-select': WirSelectEvent;
  }
}
