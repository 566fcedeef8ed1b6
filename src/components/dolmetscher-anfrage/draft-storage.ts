/**
 * Keeps the draft in sessionStorage so an accidental reload or a back-and-forward does not
 * lose a half-filled request. sessionStorage, not localStorage: it ends with the tab, so a
 * shared office computer does not keep someone's request for the next person.
 */
import { type AnfrageDraft, reviveDraft } from './anfrage-draft.js';

const PREFIX = 'wir-dolmetscher-anfrage';

export class DraftStorage {
  readonly #key: string;

  /** `scope` tells two forms on one page apart (the element's id). */
  constructor(scope = '') {
    this.#key = scope ? `${PREFIX}:${scope}` : PREFIX;
  }

  load(): AnfrageDraft | undefined {
    try {
      const raw = globalThis.sessionStorage?.getItem(this.#key);
      return raw ? reviveDraft(JSON.parse(raw)) : undefined;
    } catch {
      // Storage blocked (privacy mode, sandboxed iframe) or a corrupt entry: start fresh.
      return undefined;
    }
  }

  save(draft: AnfrageDraft): void {
    try {
      globalThis.sessionStorage?.setItem(this.#key, JSON.stringify(draft));
    } catch {
      // Quota or blocked storage: the form still works, it just will not survive a reload.
    }
  }

  clear(): void {
    try {
      globalThis.sessionStorage?.removeItem(this.#key);
    } catch {
      // see save()
    }
  }
}
