import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { addSourceTexts, cachedCatalog, loadCatalog, translate } from './catalog.js';
import type { MessageArgs, MessageKey, Messages } from './catalog-types.js';
import { directionOf, findPageLanguage, matchUiLocale, type UiLocale } from './locales.js';

type LocaleHost = ReactiveControllerHost & HTMLElement & { locale?: string | undefined };

/**
 * One observer for the whole page: when a CMS language switcher changes `lang` on <html>
 * or a wrapper, every widget that follows the page re-resolves its locale.
 */
const followers = new Set<LocaleController>();
let observer: MutationObserver | undefined;

function watchPageLanguage(controller: LocaleController): void {
  followers.add(controller);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => {
      for (const c of followers) c.refresh();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unwatchPageLanguage(controller: LocaleController): void {
  followers.delete(controller);
  if (followers.size === 0 && observer) {
    observer.disconnect();
    observer = undefined;
  }
}

/**
 * Gives a widget its locale, direction and texts: the `locale` property, else the nearest
 * `lang` up the tree, else German. Texts of other locales load lazily; until they arrive the
 * widget shows German rather than nothing.
 */
export class LocaleController implements ReactiveController {
  locale: UiLocale = 'de';
  dir: 'ltr' | 'rtl' = 'ltr';
  /** The tag that was asked for (e.g. "ar-SY"), kept for Intl formatting of dates. */
  requested = 'de';
  #messages: Messages = cachedCatalog('de')!;
  #host: LocaleHost;
  #seenLocaleProp: string | undefined;

  /** `sourceParts`: the German text areas the element uses besides the common ones. */
  constructor(host: LocaleHost, ...sourceParts: Array<Partial<Messages>>) {
    addSourceTexts(...sourceParts);
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    watchPageLanguage(this);
    this.refresh();
  }

  hostDisconnected(): void {
    unwatchPageLanguage(this);
  }

  hostUpdate(): void {
    if (this.#host.locale !== this.#seenLocaleProp) this.refresh();
  }

  /** Re-resolves the locale; cheap when nothing changed. */
  refresh(): void {
    this.#seenLocaleProp = this.#host.locale;
    const requested = this.#host.locale || findPageLanguage(this.#host) || 'de';
    const locale = matchUiLocale(requested);
    const changed = locale !== this.locale || requested !== this.requested;
    this.requested = requested;
    this.locale = locale;
    this.dir = directionOf(locale);
    const cached = cachedCatalog(locale);
    if (cached) {
      this.#messages = cached;
      if (changed) this.#host.requestUpdate();
      return;
    }
    void loadCatalog(locale).then((messages) => {
      if (this.locale !== locale) return; // a newer change won
      this.#messages = messages;
      this.#host.requestUpdate();
    });
  }

  /** Resolves once the current locale's texts are in place (used by tests and stories). */
  get ready(): Promise<void> {
    return loadCatalog(this.locale).then(() => undefined);
  }

  t<K extends MessageKey>(key: K, ...args: MessageArgs<K>): string {
    return translate(this.#messages, key, ...args);
  }

  /** Intl locale for numbers and dates; Arabic and Persian keep Latin digits (see messages/ar/common.ts). */
  get intlLocale(): string {
    if (this.locale === 'ar') return 'ar-u-nu-latn';
    // Persian defaults to the Solar Hijri calendar; letters, appointments and date inputs here
    // use the Gregorian one, and Afghan readers know other month names anyway.
    if (this.locale === 'fa') return 'fa-u-ca-gregory-nu-latn';
    return this.locale === 'de-x-ls' ? 'de' : this.locale;
  }
}
