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
 * Something the webmaster should know about, from any widget: a feed that failed to load
 * (`code` from the feed loader, e.g. `http`, `not-json`), skipped records (`records-skipped`),
 * or a request that could not be sent (`code` = the submit outcome: `network`, `invalid`,
 * `rate-limited` …, with the HTTP `status` and, for a 400, the receiver's field `errors`).
 * `message` is plain English for the console; residents see localised text in the widget.
 */
export class WirErrorEvent extends Event {
  static readonly eventName = 'wir-error';
  constructor(
    readonly code: string,
    readonly message: string,
    /** The URL or other context, for the console; never shown to residents. */
    readonly detail: unknown = undefined,
    readonly status: number | undefined = undefined,
    readonly errors: ReadonlyArray<{ path: string; code: string; message: string }> = [],
  ) {
    super(WirErrorEvent.eventName, { bubbles: true, composed: true });
  }
}

/** A request form is about to send; cancel it (preventDefault) to deliver `request` yourself. */
export class WirSubmitEvent<R = unknown> extends Event {
  static readonly eventName = 'wir-submit';
  constructor(readonly request: R) {
    super(WirSubmitEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

/** The receiver stored the request (201) or had it already (200, `replay`). */
export class WirSubmittedEvent extends Event {
  static readonly eventName = 'wir-submitted';
  constructor(
    readonly id: string,
    readonly replay: boolean,
    /** The receiver's page where the requester can follow the request, when it offers one. */
    readonly statusUrl: string | undefined = undefined,
  ) {
    super(WirSubmittedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wir-search': WirSearchEvent;
    'wir-select': WirSelectEvent;
    'wir-error': WirErrorEvent;
    'wir-submit': WirSubmitEvent;
    'wir-submitted': WirSubmittedEvent;
  }
}
