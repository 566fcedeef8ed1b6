import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * How one widget's state reads and writes as query-string values. Keys are written without
 * the prefix (the controller adds it), and a codec only sees and returns its own keys.
 */
export interface UrlCodec<S> {
  /** The keys this widget owns; every other parameter of the page stays as it is. */
  readonly keys: readonly string[];
  /** Only the values worth sharing; an empty or default value is left out, so links stay short. */
  encode(state: S): Record<string, string>;
  /** From the values found (at least one key is present); anything unreadable is dropped, never thrown. */
  decode(values: Readonly<Record<string, string>>): S;
}

export interface UrlStateOptions<S> {
  codec: UrlCodec<S>;
  /** Key prefix when the element has no id (kept from the first release, so old links keep working). */
  defaultPrefix: string;
  /** Whether to read and write at all (the widget's `sync-url`), and whether the state is complete enough to write now. */
  enabled: () => boolean;
  /** The state to write after an update. */
  current: () => S;
  /** Back or Forward moved to another entry: show its state (undefined: the entry has none of the keys). */
  restore: (state: S | undefined) => void;
}

type WriteMode = 'push' | 'replace';

/**
 * Keeps a widget's state in the page's query string, so a counsellor can share a link and Back
 * and Forward step through searches. Keys carry the element's id as prefix, so two widgets on
 * one page never overwrite each other. A choice the user makes pushes a history entry (Back undoes
 * it); the first state after load, host-driven changes and typing replace the current entry. The
 * URL is written after the host rendered, once per update, and only when it changed.
 */
export class UrlStateController<S> implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: UrlStateOptions<S>;
  #pending: WriteMode | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: UrlStateOptions<S>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The element's id, kept to characters that read well in a URL; the default prefix without one. */
  get prefix(): string {
    return this.#host.id.replace(/[^a-zA-Z0-9_-]/g, '') || this.#options.defaultPrefix;
  }

  hostConnected(): void {
    globalThis.addEventListener?.('popstate', this.#onPopState);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('popstate', this.#onPopState);
  }

  hostUpdated(): void {
    if (!this.#pending || !this.#options.enabled()) return;
    const mode = this.#pending;
    this.#pending = undefined;
    this.#write(mode);
  }

  /** The state in the page's URL, or undefined when it holds none of this widget's keys. */
  read(search: string = globalThis.location?.search ?? ''): S | undefined {
    const values = readPrefixed(search, this.prefix, this.#options.codec.keys);
    return values ? this.#options.codec.decode(values) : undefined;
  }

  /** A choice the user made: after the update, a new history entry. */
  push(): void {
    this.#pending = 'push';
    this.#host.requestUpdate();
  }

  /** The first state, a change by the host page, or typing: after the update, the current entry is replaced. */
  replace(): void {
    this.#pending ??= 'replace';
    this.#host.requestUpdate();
  }

  #write(mode: WriteMode): void {
    if (typeof history === 'undefined' || typeof location === 'undefined') return;
    const { codec, current } = this.#options;
    const next = writePrefixed(location.href, this.prefix, codec.keys, codec.encode(current()));
    if (next === location.href) return;
    if (mode === 'push') history.pushState(history.state, '', next);
    else history.replaceState(history.state, '', next);
  }

  readonly #onPopState = (): void => {
    if (!this.#options.enabled()) return;
    // Restoring is not a new choice: nothing is written until the user changes something again.
    this.#pending = undefined;
    this.#options.restore(this.read());
  };
}

/** The values of `keys` under `prefix-`, or undefined when none is present. */
export function readPrefixed(search: string, prefix: string, keys: readonly string[]): Record<string, string> | undefined {
  const params = new URLSearchParams(search);
  const values: Record<string, string> = {};
  let found = false;
  for (const key of keys) {
    const value = params.get(`${prefix}-${key}`);
    if (value === null) continue;
    values[key] = value;
    found = true;
  }
  return found ? values : undefined;
}

/** `href` with this widget's keys replaced by `values`; other parameters keep their place and value. */
export function writePrefixed(href: string, prefix: string, keys: readonly string[], values: Record<string, string>): string {
  const url = new URL(href);
  for (const key of keys) url.searchParams.delete(`${prefix}-${key}`);
  for (const key of keys) {
    const value = values[key];
    if (value) url.searchParams.set(`${prefix}-${key}`, value);
  }
  return url.href;
}
