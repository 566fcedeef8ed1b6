/** Typed events of <wir-dolmetscher-anfrage>; all bubble and cross shadow roots. */
import type { AnfrageRequest, RequestFieldError, SubmitFailureKind } from '../../core/request/index.js';

/** Before sending; cancel it (preventDefault) to deliver `request` yourself. */
export class WirSubmitEvent extends Event {
  constructor(readonly request: AnfrageRequest) {
    super('wir-submit', { bubbles: true, composed: true, cancelable: true });
  }
}

/** The receiver stored the request (201) or had it already (200, `replay`). */
export class WirSubmittedEvent extends Event {
  constructor(
    readonly id: string,
    readonly replay: boolean,
  ) {
    super('wir-submitted', { bubbles: true, composed: true });
  }
}

/** Sending ended without success; the form keeps every field. `errors` for a 400. */
export class WirErrorEvent extends Event {
  constructor(
    readonly kind: SubmitFailureKind,
    readonly status?: number,
    readonly errors: RequestFieldError[] = [],
  ) {
    super('wir-error', { bubbles: true, composed: true });
  }
}
