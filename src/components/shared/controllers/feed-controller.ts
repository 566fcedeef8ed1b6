import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FeedError, FeedResult } from '../../../core/feed/feed-errors.js';
import { fetchFeedText } from '../../../core/feed/fetch-feed-text.js';
import type { FeedKind } from '../../../core/schema/vocabularies.js';
import { runInSlices, type SlicedJob } from '../../../core/slices/index.js';
import { WirErrorEvent } from '../events.js';

/** The lazily loaded validation and matching engine (feed-engine.ts). */
export type FeedEngine = typeof import('./feed-engine.js');

/** A widget that reads a feed: a URL, or (as a property) a feed document already in memory. */
export type FeedHost = ReactiveControllerHost & HTMLElement & { feed: string | object };

/** What a feed loaded without errors gives the widget to build its own value from. */
export type LoadedFeed<K extends FeedKind> = Extract<FeedResult<K>, { ok: true }>;

type Renderers<T> = Parameters<Task<[string | object], T>['render']>[0];

/**
 * Loads the host's `feed` with one `@lit/task` Task. The feed request and the engine's code
 * (feed-engine.ts, loaded on first use) travel side by side; parsing, validation and the
 * widget's build (its index) then run in slices that give the page its main thread back every
 * few milliseconds (src/core/slices), so a large feed never blocks scrolling or typing.
 * A new `feed` value aborts the work in flight, a new value aborts the fetch in flight,
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
  #engine: FeedEngine | undefined;

  /** `build` turns the valid records into what the widget needs (an index, a publisher), as a job that may pause. */
  constructor(host: FeedHost, kind: K, build: (loaded: LoadedFeed<K>, engine: FeedEngine) => SlicedJob<T>) {
    this.#host = host;
    host.addController(this);
    this.#task = new Task(host, {
      task: async ([feed], { signal }) => {
        if (!feed) return initialState;
        const engine = this.#loadEngine(typeof feed === 'string' ? feed : undefined);
        // Settled at once when the request fails, so an unused import never rejects unheard.
        engine.catch(() => {});
        let job: SlicedJob<FeedResult<K>>;
        if (typeof feed === 'string') {
          const fetched = await fetchFeedText(feed, { signal });
          if (!fetched.ok) return this.#fail(fetched.error);
          job = (await engine).readFeedJob(fetched.text, kind, feed, fetched.contentType);
        } else job = (await engine).validateFeedJob(feed, kind);
        const result = await runInSlices(job, { signal });
        if (!result.ok) return this.#fail(result.error);
        if (result.report.skipped.length) this.#reportSkipped(result);
        const value = await runInSlices(build(result, await engine), { signal });
        this.#engine = await engine;
        return value;
      },
      args: () => [host.feed] as const,
    });
  }

  /** The engine's chunk; a failed import (offline, a missing chunks/ folder) is a network error of the feed. */
  async #loadEngine(url: string | undefined): Promise<FeedEngine> {
    try {
      return await import('./feed-engine.js');
    } catch (error) {
      throw this.#fail({ code: 'network', message: `The widget's code could not be loaded: ${String(error)}`, url });
    }
  }

  #fail(error: FeedError): never {
    if (error.code !== 'aborted') this.#reportError(error);
    throw error;
  }

  /** Validation and matching, once a feed has loaded (the lazily loaded feed-engine.ts). */
  get engine(): FeedEngine | undefined {
    return this.#engine;
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
