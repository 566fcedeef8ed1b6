/**
 * One pause that lets the host run what waits (input, rendering, other scripts), then
 * continues. Platform-neutral: only globals that browsers and Node share are touched.
 *
 * - `scheduler.yield()` (Chromium 129+, Firefox 142+): the continuation keeps its place ahead
 *   of other queued work, so a sliced job is not starved by the page;
 * - else a MessageChannel message: a new task at once (setTimeout is clamped to 4 ms after a
 *   few nested calls, which would stretch a 100-slice job by 0.4 s);
 * - else setTimeout.
 */
interface PrioritizedScheduler {
  yield?: () => Promise<void>;
}

/** The part of MessageChannel used here (the core is type-checked without the DOM lib). */
interface Port {
  onmessage: ((event: unknown) => void) | null;
  postMessage(message: unknown): void;
  close(): void;
}

export function yieldToHost(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: PrioritizedScheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel() as unknown as { port1: Port; port2: Port };
      channel.port1.onmessage = () => {
        // Closed ports release the channel (in Node an open port keeps the process alive).
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
