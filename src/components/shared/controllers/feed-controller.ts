import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type FeedError, type FeedResult, loadFeed } from '../../../core/feed/index.js';
import type { FeedKind } from '../../../core/schema/index.js';
import { WirErrorEvent } from '../events.js';

/** A widget that reads a feed: a URL, or (as a property) a feed document already in memory. */
export type FeedHost = ReactiveControllerHost & HTMLElement & { feed: string | object };

/** What a feed loaded without errors gives the widget to build its own value from. */
export type LoadedFeed<K extends FeedKind> = Extract<FeedResult<K>, { ok: true }>;

type Renderers<T> = Parameters<Task<[string | object], T>['render']>[0];

/**
 * Loads the host's `feed` with one `@lit/task` Task: a new value aborts the fetch in flight,
 * leaving the host aborts it too (and loads again on return). Every widget reports problems the
 * same way: a feed that cannot be used warns in the console and fires `wir-error` with the
 * loader's code; skipped invalid records warn and fire `wir-error` with `records-skipped`.
 * An empty `feed` is "not set yet" (CMS scripts often set it a moment after creating the
 * element): the task stays initial, so widgets show their skeleton, not an error.
 */
export class FeedController<K extends FeedKind, T> implements ReactiveController {
  readonly #host: FeedHost;
  readonly #task: Task<[string | object], T | typeof initialState>;
  #abortedOnLeave = false;

  /** `build` turns the valid records into what the widget needs (an index, a publisher). */
  constructor(host: FeedHost, kind: K, build: (loaded: LoadedFeed<K>) => T) {
    this.#host = host;
    host.addController(this);
    this.#task = new Task(host, {
      task: async ([feed], { signal }) => {
        if (!feed) return initialState;
        const result = await loadFeed(feed, kind, { signal });
        if (!result.ok) {
          if (result.error.code !== 'aborted') this.#reportError(result.error);
          throw result.error;
        }
        if (result.report.skipped.length) this.#reportSkipped(result);
        return build(result);
      },
      args: () => [host.feed] as const,
    });
  }

  hostConnected(): void {
    if (this.#abortedOnLeave) {
      this.#abortedOnLeave = false;
      void this.#task.run();
    }
  }

  hostDisconnected(): void {
    if (this.#task.status === TaskStatus.PENDING) {
      this.#abortedOnLeave = true;
      this.#task.abort();
    }
  }

  /** The built value once the feed loaded; undefined while waiting, loading or after an error. */
  get value(): T | undefined {
    return this.#task.status === TaskStatus.COMPLETE ? (this.#task.value as T) : undefined;
  }

  get status(): TaskStatus {
    return this.#task.status;
  }

  /** Waiting for a feed or loading it: the list is not known yet. */
  get loading(): boolean {
    return this.#task.status === TaskStatus.INITIAL || this.#task.status === TaskStatus.PENDING;
  }

  get failed(): boolean {
    return this.#task.status === TaskStatus.ERROR;
  }

  /** Renders by status, as `Task.render` does; `complete` receives the built value. */
  render(renderers: Renderers<T>): unknown {
    return this.#task.render(renderers as Renderers<T | typeof initialState>);
  }

  /** Loads the same feed again (the retry button of the error state). */
  retry(): void {
    void this.#task.run();
  }

  /** The webmaster reads the console; the host page hears `wir-error`. Residents see neither URLs nor codes. */
  #reportError(error: FeedError): void {
    console.warn(`wir-widgets <${this.#host.localName}>: ${error.message}`, error.url ?? '');
    this.#host.dispatchEvent(new WirErrorEvent(error.code, error.message, error.url));
  }

  #reportSkipped(result: LoadedFeed<K>): void {
    const { skipped, total } = result.report;
    const message = `${skipped.length} of ${total} records were skipped as invalid.`;
    console.warn(`wir-widgets <${this.#host.localName}>: ${message}`, skipped);
    this.#host.dispatchEvent(new WirErrorEvent('records-skipped', message, skipped));
  }
}
