/**
 * Typed events of <wir-dolmetscher-anfrage>; all bubble and cross shadow roots. They are the
 * events every request form fires (components/shared/events.ts), so a host page listens to one
 * `wir-submit`, `wir-submitted` and `wir-error` type for every widget.
 */
import type { AnfrageRequest } from '../../core/request/index.js';
import type { WirSubmitEvent as SubmitEvent } from '../shared/events.js';

export { WirErrorEvent, WirSubmitEvent, WirSubmittedEvent } from '../shared/events.js';

/** `wir-submit` of this form: `request` is a contract v1 request of kind `dolmetscher`. */
export type WirAnfrageSubmitEvent = SubmitEvent<AnfrageRequest>;
