import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Delivery, DeliveryStep, SendFailure } from '../../../core/request/deliver.js';

type Deliver = typeof import('../../../core/request/deliver.js');

import type { Announcer } from '../announcer.js';
import { WirErrorEvent, WirSubmitEvent, WirSubmittedEvent } from '../events.js';

/** Where a send stands, for the review step's button, status line and failure box. */
export type SendState = 'idle' | DeliveryStep | 'failed';

/** A send that failed for good: what went wrong, whether to offer "send again", and the prepared e-mail. */
export interface FinalFailure {
  failure: SendFailure;
  retry: boolean;
  mailto?: string | undefined;
}

export interface SubmissionOptions<R> {
  /** The receiver's URL. */
  endpoint: () => string;
  /** Seconds a person needs at least from the first view to the send. */
  minFillSeconds: () => number;
  /** The sentence for the live region as a step begins, and once the request arrived. */
  announce: (what: DeliveryStep | 'sent') => string;
  /** The office's e-mail and how to word this request kind as one; a final failure offers it. */
  fallback?: () => { email: string; mailto: (request: R, email: string) => string } | undefined;
  /**
   * What the result means for the form's steps (success view, back to the fields, the failure box).
   * Called before the events, so a page listening to `wir-submitted` already sees the new step.
   */
  delivered: (delivery: Delivery) => void;
}

/**
 * Sends a request form's request through `deliverRequest` and keeps the form's side of it: the
 * send state the review step shows, a guard against the second click that lands before Lit has
 * re-rendered the first, the abort when the form leaves the page, the live-region sentences, and
 * the events every request form fires — `wir-submit` (cancelable: the host page may deliver the
 * request itself), `wir-submitted`, and `wir-error` with the failure's kind, status and field
 * errors. Generic over the request kind; what a result means for the form's steps stays with
 * the form, which receives the `Delivery`.
 */
export class SubmissionController<R extends { readonly id: string }> implements ReactiveController {
  /** Where the current or last send stands. */
  state: SendState = 'idle';
  /** Set while `state` is `failed`. */
  failure: FinalFailure | undefined;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #announcer: Announcer;
  readonly #options: SubmissionOptions<R>;
  #abort: AbortController | undefined;
  /** Sending is not needed for the first paint: its code loads once the form is on the page. */
  #deliver: Promise<Deliver | undefined> | undefined;
  #deliverLoaded: Deliver | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, announcer: Announcer, options: SubmissionOptions<R>) {
    this.#host = host;
    this.#announcer = announcer;
    this.#options = options;
    host.addController(this);
  }

  /** True from the click until the send ends (also while waiting for the connection). */
  get busy(): boolean {
    return this.#abort !== undefined;
  }

  hostConnected(): void {
    void this.#loadDeliver();
  }

  hostDisconnected(): void {
    this.#abort?.abort();
  }

  /** Resolves undefined when the code could not be loaded (the connection dropped); the next call tries again. */
  #loadDeliver(): Promise<Deliver | undefined> {
    this.#deliver ??= import('../../../core/request/deliver.js').then(
      (module) => (this.#deliverLoaded = module),
      () => (this.#deliver = undefined),
    );
    return this.#deliver;
  }

  /**
   * Sends `request` unless a send is already running (then resolves undefined at once).
   * `startedAt` is when the person began the draft; `trapped`, whether the honeypot was filled.
   */
  async send(request: R, draft: { startedAt: number; trapped: boolean }): Promise<void> {
    if (this.#abort) return;
    const abort = new AbortController();
    this.#abort = abort;
    this.failure = undefined;
    try {
      if (!this.#deliverLoaded) {
        // The click shows at once while the sending code arrives; delivery announces its own steps.
        this.state = 'sending';
        this.#host.requestUpdate();
      }
      const deliver = this.#deliverLoaded ?? (await this.#loadDeliver());
      if (!deliver) {
        // The code could not be loaded (the connection dropped): a network failure the person can retry.
        this.#settle({ status: 'failed', failure: { ok: false, kind: 'network', retryable: true }, retry: true });
        return;
      }
      const delivery = await deliver.deliverRequest(request, {
        endpoint: this.#options.endpoint(),
        signal: abort.signal,
        startedAt: draft.startedAt,
        minFillMs: this.#options.minFillSeconds() * 1000,
        trapped: draft.trapped,
        fallback: this.#options.fallback?.(),
        beforeSend: (r) => this.#host.dispatchEvent(new WirSubmitEvent(r)),
        onStep: (step) => this.#step(step),
      });
      this.#settle(delivery);
    } finally {
      if (this.#abort === abort) this.#abort = undefined;
      this.#host.requestUpdate();
    }
  }

  /** Back to the form: forget a failure shown on the review step. */
  reset(): void {
    if (this.busy) return;
    this.state = 'idle';
    this.failure = undefined;
    this.#host.requestUpdate();
  }

  #step(step: DeliveryStep): void {
    this.state = step;
    this.#announcer.announce(this.#options.announce(step));
    this.#host.requestUpdate();
  }

  #settle(delivery: Delivery): void {
    this.state = delivery.status === 'failed' ? 'failed' : 'idle';
    if (delivery.status === 'failed') this.failure = { failure: delivery.failure, retry: delivery.retry, mailto: delivery.mailto };
    // A filled trap looks like a success to whoever filled it; nobody is told, because nothing was sent.
    if (delivery.status === 'sent' || delivery.status === 'trapped') this.#announcer.announce(this.#options.announce('sent'));
    this.#options.delivered(delivery);
    if (delivery.status === 'sent') this.#host.dispatchEvent(new WirSubmittedEvent(delivery.id, delivery.replay, delivery.statusUrl));
    if (delivery.status === 'failed' || delivery.status === 'rejected') this.#reportFailure(delivery.failure);
  }

  #reportFailure(failure: SendFailure): void {
    const message = `wir-widgets: the request could not be sent (${failure.kind})`;
    this.#host.dispatchEvent(new WirErrorEvent(failure.kind, message, this.#options.endpoint(), failure.status, failure.errors ?? []));
  }
}
