/** Typed events of <wir-dolmetscher-anfrage>; all bubble and cross shadow roots. */
import type { AnfrageRequest } from '../../core/request/index.js';

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

// Send failures use the shared WirErrorEvent (code = the submit outcome kind), so a host
// page listens to one 'wir-error' type for every widget.
export { WirErrorEvent } from '../shared/events.js';
