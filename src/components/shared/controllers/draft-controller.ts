import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { newDraftId } from '../../../core/request/draft-id.js';

/** What every draft carries besides its fields. */
export interface DraftMeta {
  /** Made once per draft; the request's id and its Idempotency-Key, so a resend is never a second request. */
  id: string;
  /** Epoch ms when the person started; the minimum fill time is measured from here. */
  startedAt: number;
  /** ISO time of the first send, kept for resends (the receiver ignores it when comparing). */
  createdAt: string;
}

export interface DraftOptions<D extends DraftMeta> {
  /**
   * The sessionStorage key; the element's id is added, so two forms on one page keep their own
   * drafts. A function when the key depends on what the form is for (one draft per Lotse); it is
   * read at the first update, after its properties are set.
   */
  storageKey: string | (() => string);
  /** A new, empty draft's fields (id, start time and send time are added here); read at the first update. */
  fields: () => Omit<D, keyof DraftMeta>;
  /** Whether to keep the draft across reloads (the form's `keep-draft`). */
  enabled: () => boolean;
}

/** A form's `keep-draft` attribute: `keep-draft="false"` turns the draft store off; any other value (or none) keeps it on. */
export const keepDraftAttribute = { fromAttribute: (value: string | null) => value !== 'false', toAttribute: (v: boolean) => String(v) };

/**
 * Keeps what a person typed into a request form: one draft with one request id, saved to
 * sessionStorage on every change and restored after a reload, so an accidental reload or a
 * back-and-forward loses nothing; cleared once the request arrived. sessionStorage, not
 * localStorage: it ends with the tab, so a shared office computer does not keep someone's
 * request for the next person. Generic over the form's fields.
 */
export class DraftController<D extends DraftMeta> implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: DraftOptions<D>;
  /** Made on first use or at the first update, never in the constructor (the host's fields are not set then). */
  #value: D | undefined;
  #restored = false;
  #enabled = true;

  constructor(host: ReactiveControllerHost & HTMLElement, options: DraftOptions<D>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get value(): D {
    this.#value ??= this.#empty();
    return this.#value;
  }

  hostUpdate(): void {
    // Restored before the first render, not on connection: a framework sets `keep-draft` (and
    // an `id`) as properties right after inserting the element, and those must count. A new
    // draft is made here too, not only in the constructor: its fields may start from the host's
    // properties (a preselected language), which are set by now. Once: a form moved around the
    // page keeps what is on screen.
    if (!this.#restored) {
      this.#restored = true;
      const saved = this.#options.enabled() ? this.#load() : undefined;
      this.#value = saved ?? this.#empty();
      if (!saved && !this.#options.enabled()) this.clear();
    }
    // `keep-draft` turned off while the form is open: the stored copy goes at once.
    const enabled = this.#options.enabled();
    if (this.#enabled && !enabled) this.clear();
    this.#enabled = enabled;
  }

  /** Changes fields and saves the draft. */
  set(patch: Partial<D>): void {
    this.#value = { ...this.value, ...patch };
    this.#save();
    this.#host.requestUpdate();
  }

  /** Notes the first send's time (kept for every resend of this draft). */
  markSent(now = new Date()): void {
    if (!this.value.createdAt) this.set({ createdAt: now.toISOString() } as Partial<D>);
  }

  /** Removes the stored copy; what is on screen stays. */
  clear(): void {
    try {
      globalThis.sessionStorage?.removeItem(this.#key());
    } catch {
      // Storage blocked (privacy mode, sandboxed iframe): nothing was stored either.
    }
  }

  /** Starts a new draft with a new request id (after a request arrived, "Neue Anfrage"). */
  reset(): void {
    this.clear();
    this.#value = this.#empty();
    this.#host.requestUpdate();
  }

  #empty(): D {
    return { ...this.#options.fields(), id: newDraftId(), startedAt: Date.now(), createdAt: '' } as D;
  }

  #key(): string {
    const { storageKey } = this.#options;
    const base = typeof storageKey === 'function' ? storageKey() : storageKey;
    return this.#host.id ? `${base}:${this.#host.id}` : base;
  }

  #save(): void {
    if (!this.#options.enabled()) return;
    try {
      globalThis.sessionStorage?.setItem(this.#key(), JSON.stringify(this.#value));
    } catch {
      // Quota or blocked storage: the form still works, it just will not survive a reload.
    }
  }

  #load(): D | undefined {
    try {
      const raw = globalThis.sessionStorage?.getItem(this.#key());
      return raw ? reviveDraft(JSON.parse(raw), this.#empty()) : undefined;
    } catch {
      // A corrupt entry: start fresh.
      return undefined;
    }
  }
}

/**
 * A stored draft, if it still looks like one: a v4-shaped id, and each field taken only when it
 * has the type the empty draft gives it (an older or tampered entry loses just those fields).
 */
export function reviveDraft<D extends DraftMeta>(stored: unknown, empty: D): D | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const record = stored as Record<string, unknown>;
  if (typeof record.id !== 'string' || !/^[0-9a-f-]{36}$/i.test(record.id)) return undefined;
  const draft: Record<string, unknown> = { ...(empty as unknown as Record<string, unknown>) };
  for (const [key, fallback] of Object.entries(empty)) {
    const value = record[key];
    if (Array.isArray(fallback)) {
      if (Array.isArray(value)) draft[key] = value.filter((item) => typeof item === 'string');
    } else if (typeof value === typeof fallback) draft[key] = value;
  }
  return draft as D;
}
