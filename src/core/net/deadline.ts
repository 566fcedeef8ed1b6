/**
 * One abort signal for a network call that ends on whichever comes first: the caller's own
 * signal (a component disconnected, a new search) or our deadline. Feed loading and request
 * sending both need to tell the two apart afterwards, to say "timed out" or "cancelled".
 */
export interface Deadline {
  readonly signal: AbortSignal;
  /** True once the deadline, not the caller, ended the call. */
  readonly timedOut: boolean;
  /** Stops the timer and detaches from the caller's signal; call it in `finally`. */
  dispose(): void;
}

export function startDeadline(timeoutMs: number, outer?: AbortSignal): Deadline {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onOuterAbort = () => controller.abort();
  outer?.addEventListener('abort', onOuterAbort, { once: true });
  return {
    signal: controller.signal,
    get timedOut() {
      return timedOut;
    },
    dispose() {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuterAbort);
    },
  };
}
