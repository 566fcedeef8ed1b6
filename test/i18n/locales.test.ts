import { expect, fixture, html } from '@open-wc/testing';
import { loadCatalog } from '../../src/i18n/catalog.js';
import { directionOf, findPageLanguage, matchUiLocale, UI_LOCALES } from '../../src/i18n/locales.js';
import { de } from '../../src/i18n/messages/de/index.js';

describe('locale negotiation', () => {
  it('maps page language tags onto the shipped UI locales, German otherwise', () => {
    expect(matchUiLocale('ar-SY')).to.equal('ar');
    expect(matchUiLocale('EN-gb')).to.equal('en');
    expect(matchUiLocale('ti')).to.equal('de');
    expect(matchUiLocale('fa-IR')).to.equal('fa');
    expect(matchUiLocale('uk-UA')).to.equal('uk');
    expect(matchUiLocale('de-x-ls')).to.equal('de-x-ls');
    expect(matchUiLocale('de-DE-x-ls')).to.equal('de-x-ls');
    expect(matchUiLocale('de-DE')).to.equal('de');
    expect(matchUiLocale('')).to.equal('de');
    expect(matchUiLocale(undefined)).to.equal('de');
  });

  it('gives right-to-left for Arabic-script locales only', () => {
    expect(directionOf('ar')).to.equal('rtl');
    expect(directionOf('fa-IR')).to.equal('rtl');
    expect(directionOf('de')).to.equal('ltr');
    expect(directionOf('tr')).to.equal('ltr');
  });

  it('finds the nearest lang across a shadow boundary', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="ar"><span></span></div>`);
    const host = outer.querySelector('span')!;
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('b');
    root.append(inner);
    expect(findPageLanguage(inner)).to.equal('ar');
  });

  it('has every German key in every other locale, with text in each', async () => {
    for (const locale of UI_LOCALES.filter((l) => l !== 'de')) {
      const messages = await loadCatalog(locale);
      for (const key of Object.keys(de)) {
        const value = (messages as Record<string, unknown>)[key];
        expect(value, `${locale} ${key}`).to.exist;
        const text = typeof value === 'function' ? (value as (...a: unknown[]) => string)(3, 'x') : value;
        expect(String(text).trim().length, `${locale} ${key}`).to.be.greaterThan(0);
      }
    }
  });

  it('is translated, not copied: few texts of a locale equal the English or German ones', async () => {
    const en = await loadCatalog('en');
    const sample = (m: unknown, key: string) => {
      const v = (m as Record<string, unknown>)[key];
      return typeof v === 'function' ? (v as (...a: unknown[]) => string)(3, 'Tigrinya', 'Kreis Offenbach') : String(v);
    };
    for (const locale of ['ar', 'tr', 'uk', 'ru', 'fa', 'de-x-ls'] as const) {
      const messages = await loadCatalog(locale);
      const keys = Object.keys(de);
      // Names, level codes and programme names (A1, WIR, MitSprache – Deutsch4U) stay the same on purpose.
      const sameAsEnglish = keys.filter((k) => sample(messages, k) === sample(en, k) && /[a-z]{4,}/i.test(sample(en, k)));
      const sameAsGerman =
        locale === 'de-x-ls' ? keys.filter((k) => sample(messages, k) === sample(de, k) && sample(de, k).split(' ').length > 3) : [];
      expect(sameAsEnglish.length / keys.length, `${locale} equal to English: ${sameAsEnglish.slice(0, 5).join(', ')}`).to.be.lessThan(
        0.05,
      );
      expect(
        sameAsGerman.length / keys.length,
        `${locale} equal to standard German: ${sameAsGerman.slice(0, 5).join(', ')}`,
      ).to.be.lessThan(0.25);
    }
  });
});
