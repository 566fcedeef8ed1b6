import type { AttributeProblem } from '../core/attributes/index.js';
import { dirOf } from '../core/language/index.js';

/**
 * Which UI locales we ship and how a page's language tag maps onto them.
 * German is the source locale and is bundled; the others load lazily (see catalog.ts).
 */
export const SOURCE_LOCALE = 'de';
export const UI_LOCALES = ['de', 'en', 'ar', 'tr', 'uk', 'ru', 'fa', 'de-x-ls'] as const;
/**
 * German in Leichte Sprache (easy-to-read German). BCP 47 has no registered subtag for it, so
 * we use a private-use tag; `de-x-ls`, `de-DE-x-ls` and `de-x-leichte` all select it.
 */
export const LEICHTE_SPRACHE = 'de-x-ls';
export type UiLocale = (typeof UI_LOCALES)[number];

/** Each UI locale in its own words, for a language switch: a reader looks for their own language's name. */
export const LOCALE_ENDONYMS: Record<UiLocale, string> = {
  de: 'Deutsch',
  en: 'English',
  ar: 'العربية',
  tr: 'Türkçe',
  uk: 'Українська',
  ru: 'Русский',
  fa: 'فارسی',
  'de-x-ls': 'Leichte Sprache',
};

/** Maps any BCP 47 tag ("ar-SY", "EN-gb", "de-DE") onto a shipped UI locale, else German. */
export function matchUiLocale(tag: string | null | undefined): UiLocale {
  if (!tag) return SOURCE_LOCALE;
  const lower = tag.trim().toLowerCase().replace(/_/g, '-');
  if (/^de(-[a-z]{2})?-x-(ls|leichte)/.test(lower)) return LEICHTE_SPRACHE;
  const primary = lower.split('-')[0] ?? '';
  return (UI_LOCALES as readonly string[]).includes(primary) ? (primary as UiLocale) : SOURCE_LOCALE;
}

/** `locale`: a tag the widgets speak (its language is a shipped UI locale); anything else falls back to German. */
export function localeProblem(value: string | null | undefined): AttributeProblem | undefined {
  const tag = (value ?? '').trim();
  if (!tag || matchUiLocale(tag) !== SOURCE_LOCALE || /^de(-|$)/i.test(tag)) return undefined;
  return {
    attribute: 'locale',
    value: tag,
    message: `locale="${tag}" is not a language the widgets speak, so they speak German. Accepted: ${UI_LOCALES.join(', ')} (or leave it out: the page's lang decides); see docs/einbinden.md.`,
  };
}

/** A UI locale's direction: the language table's answer, so there is one list of RTL languages. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return dirOf(locale);
}

/**
 * The locale a widget should speak: its own `locale` attribute, else the nearest `lang`
 * up the tree — crossing shadow roots, since a widget may sit inside another component —
 * else German.
 */
export function findPageLanguage(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return null;
}
