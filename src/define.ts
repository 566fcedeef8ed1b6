import { VERSION } from './version.js';

/**
 * Guarded custom element registration.
 *
 * A CMS page may load our bundle twice (a plugin and a theme both add it) or an older copy
 * beside a newer one. `customElements.define` throws on a second definition, which would
 * break the whole page script, so we keep whichever copy registered first, warn once when
 * the versions differ, and never throw.
 */
type VersionedConstructor = CustomElementConstructor & { wirVersion?: string };

const warned = new Set<string>();

export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return; // server-side import or a very old browser: nothing to register
  const existing = registry.get(tag) as VersionedConstructor | undefined;
  if (existing) {
    if (existing === ctor) return;
    const theirs = existing.wirVersion ?? 'unknown';
    if (theirs !== VERSION && !warned.has(tag)) {
      warned.add(tag);
      console.warn(
        `wir-widgets: <${tag}> is already defined by version ${theirs}; this copy (${VERSION}) keeps that definition. Load one copy of wir-widgets per page.`,
      );
    }
    return;
  }
  (ctor as VersionedConstructor).wirVersion = VERSION;
  try {
    registry.define(tag, ctor);
  } catch (error) {
    // Another copy may have won a race between get() and define(); keeping theirs is fine.
    console.warn(`wir-widgets: could not define <${tag}>`, error);
  }
}
