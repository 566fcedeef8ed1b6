/**
 * Delivers a request that passed validation, for any request kind of the contract: the one place
 * that decides what happens between "Senden" and the answer.
 *
 * 1. A person needs seconds to fill a form: a send sooner than `minFillMs` after `startedAt`
 *    waits (scripts do not).
 * 2. A filled honeypot is answered like a success, and nothing is sent (the bot learns nothing).
 * 3. The host may take the request over (`beforeSend` false, e.g. a cancelled `wir-submit`).
 * 4. While the browser says it is offline, nothing is tried; the send waits for the connection.
 * 5. `submitRequest` sends with the draft id as Idempotency-Key, a timeout per attempt and
 *    retries with backoff. If the connection went away during those attempts, it waits again
 *    instead of giving up.
 * 6. Every ending is a `Delivery` the form can show: sent, field errors to fix, or a failure
 *    that says whether trying again can help and offers the prepared e-mail when there is one.
 *
 * Framework-free: timers, fetch and (when present) `navigator.onLine` and the `online` event.
 */

import type { RequestFieldError } from './request-messages.js';
import { abortableSleep, type SubmitFailureKind, type SubmitOptions, type SubmitOutcome, submitRequest } from './submit.js';

/** The browser's view of the network (an edge we do not own; tests pass a stand-in). */
export interface Connectivity {
  /** False when the device knows it has no connection. */
  online(): boolean;
  /** Resolves true once the connection is back, false when `signal` aborts first. */
  whenOnline(signal: AbortSignal): Promise<boolean>;
}

/** What the form shows while a delivery runs. */
export type DeliveryStep = 'sending' | 'retrying' | 'offline';

export type SendFailure = Extract<SubmitOutcome, { ok: false }>;

export type Delivery =
  | { status: 'sent'; id: string; replay: boolean; statusUrl?: string }
  /** The honeypot was filled: the form shows its success view; nothing was sent. */
  | { status: 'trapped'; id: string }
  /** The host took the request over (`beforeSend` returned false). */
  | { status: 'cancelled' }
  /** The caller's signal ended the delivery (the form left the page). */
  | { status: 'aborted' }
  /** The receiver named fields it does not accept: the person can fix them in the form. */
  | { status: 'rejected'; failure: SendFailure; errors: RequestFieldError[] }
  /** Sending failed for good this time. `retry`: sending the same request again later may work. */
  | { status: 'failed'; failure: SendFailure; retry: boolean; mailto?: string };

export interface DeliverOptions<R> extends Omit<SubmitOptions, 'signal' | 'onAttempt'> {
  signal: AbortSignal;
  /** Epoch ms when the person started the draft. */
  startedAt?: number;
  /** The least time a person takes to fill the form; a faster send waits the rest. Default 0. */
  minFillMs?: number;
  /** True when the honeypot field was filled. */
  trapped?: boolean;
  /** Called once the request is about to leave; false keeps it here (the host delivers it itself). */
  beforeSend?: (request: R) => boolean;
  /** Reports each step as it begins, for the status line and the live region. */
  onStep?: (step: DeliveryStep) => void;
  /** The office's e-mail and how to word the request as one: a final failure then offers it prepared. */
  fallback?: { email: string; mailto: (request: R, email: string) => string } | undefined;
  connectivity?: Connectivity;
  now?: () => number;
}

export async function deliverRequest<R extends { readonly id: string }>(request: R, options: DeliverOptions<R>): Promise<Delivery> {
  const { signal, onStep, fallback, connectivity = browserConnectivity, now = Date.now, ...submitOptions } = options;
  const sleep = options.sleep ?? abortableSleep;
  onStep?.('sending');

  const wait = (options.startedAt ?? 0) + (options.minFillMs ?? 0) - now();
  if (wait > 0) {
    try {
      await sleep(wait, signal);
    } catch {
      return { status: 'aborted' };
    }
  }
  if (signal.aborted) return { status: 'aborted' };
  if (options.trapped) return { status: 'trapped', id: request.id };
  if (options.beforeSend && !options.beforeSend(request)) return { status: 'cancelled' };

  for (;;) {
    if (!connectivity.online()) {
      onStep?.('offline');
      if (!(await connectivity.whenOnline(signal))) return { status: 'aborted' };
      onStep?.('sending');
    }
    const outcome = await submitRequest(request, {
      ...submitOptions,
      signal,
      onAttempt: (info) => {
        if (info.nextDelayMs !== undefined) onStep?.('retrying');
      },
    });
    if (outcome.ok) {
      return { status: 'sent', id: outcome.id, replay: outcome.replay, ...(outcome.statusUrl ? { statusUrl: outcome.statusUrl } : {}) };
    }
    if (outcome.kind === 'aborted') return { status: 'aborted' };
    // The connection went away during the attempts: wait for it instead of giving up.
    if (LOST_CONNECTION.has(outcome.kind) && !connectivity.online()) continue;
    if (outcome.kind === 'invalid' && outcome.errors?.length) return { status: 'rejected', failure: outcome, errors: outcome.errors };
    const mailto = fallback?.email ? fallback.mailto(request, fallback.email) : undefined;
    return { status: 'failed', failure: outcome, retry: outcome.retryable, ...(mailto ? { mailto } : {}) };
  }
}

const LOST_CONNECTION = new Set<SubmitFailureKind>(['network', 'timeout']);

interface BrowserGlobals {
  navigator?: { onLine?: boolean };
  addEventListener?: (type: 'online', listener: () => void, options: { once: true }) => void;
  removeEventListener?: (type: 'online', listener: () => void) => void;
}

/** `navigator.onLine` and the window's `online` event; in Node (no navigator) always online. */
export const browserConnectivity: Connectivity = {
  online: () => (globalThis as BrowserGlobals).navigator?.onLine !== false,
  whenOnline(signal) {
    const g = globalThis as BrowserGlobals;
    return new Promise((resolve) => {
      if (signal.aborted) return resolve(false);
      if (!g.addEventListener) return resolve(true);
      const onOnline = () => {
        signal.removeEventListener('abort', onAbort);
        resolve(true);
      };
      const onAbort = () => {
        g.removeEventListener?.('online', onOnline);
        resolve(false);
      };
      g.addEventListener('online', onOnline, { once: true });
      signal.addEventListener('abort', onAbort, { once: true });
    });
  },
};
