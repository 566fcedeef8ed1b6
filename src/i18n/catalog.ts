import type { MessageArgs, MessageKey, Messages } from './catalog-types.js';
import type { UiLocale } from './locales.js';
import { common } from './messages/de/common.js';
import { time } from './messages/de/time.js';

/**
 * Our own small catalogue instead of @lit/localize: its extractor needs the TypeScript
 * compiler API (TS 7 ships none), and typed objects give the same safety — a missing key in
 * any locale is a compile error — with lazy locale chunks through plain dynamic import().
 */
const loaders: Record<Exclude<UiLocale, 'de'>, () => Promise<Messages>> = {
  en: () => import('./messages/en/index.js').then((m) => m.en),
  ar: () => import('./messages/ar/index.js').then((m) => m.ar),
  tr: () => import('./messages/tr/index.js').then((m) => m.tr),
  uk: () => import('./messages/uk/index.js').then((m) => m.uk),
  ru: () => import('./messages/ru/index.js').then((m) => m.ru),
  fa: () => import('./messages/fa/index.js').then((m) => m.fa),
  'de-x-ls': () => import('./messages/de-x-ls/index.js').then((m) => m.leichteSprache),
};

/**
 * The German source texts on this page: the common texts and the words for days and times
 * (every widget shows some), plus the areas each element asks for when it is created (see
 * LocaleController). A page with only the Lotsen finder so never
 * downloads the request form's German texts; other locales load whole, lazily.
 */
const sourceTexts = { ...common, ...time } as Messages;

export function addSourceTexts(...parts: Array<Partial<Messages>>): void {
  for (const part of parts) Object.assign(sourceTexts, part);
}

const loaded = new Map<UiLocale, Messages>([['de', sourceTexts]]);
const pending = new Map<UiLocale, Promise<Messages>>();

export function cachedCatalog(locale: UiLocale): Messages | undefined {
  return loaded.get(locale);
}

export function loadCatalog(locale: UiLocale): Promise<Messages> {
  const ready = loaded.get(locale);
  if (ready) return Promise.resolve(ready);
  let promise = pending.get(locale);
  if (!promise) {
    promise = loaders[locale as Exclude<UiLocale, 'de'>]()
      .then((messages) => {
        loaded.set(locale, messages);
        return messages;
      })
      .catch((error: unknown) => {
        // A missing chunk (webmaster copied only the main file) must not blank the widget.
        console.warn(`wir-widgets: could not load the "${locale}" texts; showing German.`, error);
        pending.delete(locale);
        return sourceTexts;
      });
    pending.set(locale, promise);
  }
  return promise;
}

export function translate<K extends MessageKey>(messages: Messages, key: K, ...args: MessageArgs<K>): string {
  const entry = (messages[key] ?? sourceTexts[key]) as unknown;
  return typeof entry === 'function' ? (entry as (...a: unknown[]) => string)(...args) : (entry as string);
}
