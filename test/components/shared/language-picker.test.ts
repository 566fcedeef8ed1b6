import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/shared/language-picker/define.js';
import type { WirLanguagePicker } from '../../../src/components/shared/language-picker/language-picker.js';

async function picker(locale: string, dir = locale === 'ar' ? 'rtl' : 'ltr'): Promise<WirLanguagePicker> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${locale} dir=${dir}><wir-language-picker></wir-language-picker></div>`);
  const el = wrapper.querySelector('wir-language-picker')!;
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  // Locale texts load lazily; wait until the label is no longer the German fallback.
  if (locale !== 'de') await waitUntil(() => label(el) !== 'Sprache', `${locale} texts`, TEXTS);
  return el;
}

/** Catalogues of other locales load lazily: allow for a busy machine. */
const TEXTS = { timeout: 2000, interval: 20 };
const shadow = (el: Element) => el.shadowRoot!;
const input = (el: Element) => shadow(el).querySelector('input')!;
const label = (el: Element) => shadow(el).querySelector('label')?.textContent?.trim();
const options = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('[role="option"]')];

for (const [locale, expectedLabel, dir] of [
  ['de', 'Sprache', 'ltr'],
  ['en', 'Language', 'ltr'],
  ['ar', 'اللغة', 'rtl'],
] as const) {
  describe(`<wir-language-picker> in ${locale}`, () => {
    it('renders with a visible label and passes axe', async () => {
      const el = await picker(locale);
      expect(label(el)).to.equal(expectedLabel);
      expect(shadow(el).querySelector('[part="base"]')!.getAttribute('dir')).to.equal(dir);
      await expect(el).to.be.accessible();
    });

    it('passes axe with the list open', async () => {
      const el = await picker(locale);
      input(el).focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(input(el).getAttribute('aria-expanded')).to.equal('true');
      await expect(el).to.be.accessible();
    });
  });
}

describe('<wir-language-picker> behaviour', () => {
  it('shows popular languages first, each with its endonym in its own script direction', async () => {
    const el = await picker('de');
    input(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const first = options(el)
      .slice(0, 8)
      .map((o) => o.id.replace('opt-', ''));
    expect(first).to.include.members(['tr', 'ar', 'uk']);
    const arabic = shadow(el).querySelector('#opt-ar .endonym')!;
    expect(arabic.textContent).to.equal('العربية');
    expect(arabic.getAttribute('dir')).to.equal('rtl');
    expect(arabic.getAttribute('lang')).to.equal('ar');
  });

  it('finds Tigrinya by its German name, its endonym and a typo, and chooses it with Enter', async () => {
    const el = await picker('de');
    for (const typed of ['Tigrinya', 'ትግርኛ', 'tigrnya']) {
      input(el).focus();
      input(el).select();
      await sendKeys({ type: typed });
      await el.updateComplete;
      expect(options(el)[0]?.id, `first option for "${typed}"`).to.equal('opt-ti');
      await sendKeys({ press: 'Escape' });
    }
    input(el).focus();
    input(el).select();
    await sendKeys({ type: 'Tigrin' });
    const changed = oneEvent(el, 'change');
    await sendKeys({ press: 'Enter' });
    await changed;
    expect(el.value).to.equal('ti');
    expect(input(el).value).to.contain('ትግርኛ');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
  });

  it('offers both Kurmanji and Sorani for "Kurdisch"', async () => {
    const el = await picker('de');
    input(el).focus();
    await sendKeys({ type: 'Kurdisch' });
    await el.updateComplete;
    const codes = options(el).map((o) => o.id.replace('opt-', ''));
    expect(codes).to.include.members(['kmr', 'ckb']);
  });

  it('can be operated with the keyboard alone: arrows move the active option, Escape closes', async () => {
    const el = await picker('de');
    input(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const firstActive = input(el).getAttribute('aria-activedescendant');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const secondActive = input(el).getAttribute('aria-activedescendant');
    expect(firstActive).to.match(/^opt-/);
    expect(secondActive).to.match(/^opt-/);
    expect(secondActive).not.to.equal(firstActive);
    expect(shadow(el).getElementById(secondActive!)!.classList.contains('active')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value).to.equal(secondActive!.replace('opt-', ''));
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(el.value).to.equal(secondActive!.replace('opt-', ''));
  });

  it('announces how many languages match while typing, in the live region that was there from the start', async () => {
    const el = await picker('de');
    const live = shadow(el).querySelector('[aria-live="polite"]');
    expect(live, 'live region present before typing').to.exist;
    input(el).focus();
    await sendKeys({ type: 'ser' });
    await waitUntil(() => /\d+ Sprache/.test(live!.textContent ?? ''), 'the count is announced', TEXTS);
    expect(shadow(el).querySelector('[aria-live="polite"]'), 'the same live region').to.equal(live);
  });

  it('ties hint and error to the input in that order', async () => {
    const el = await fixture<WirLanguagePicker>(
      html`<wir-language-picker lang="de" error="Bitte wählen Sie eine Sprache."></wir-language-picker>`,
    );
    expect(input(el).getAttribute('aria-describedby')).to.equal('input-hint input-error');
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    expect(shadow(el).querySelector('#input-error')!.textContent).to.contain('Fehler:');
    await expect(el).to.be.accessible();
  });

  it('follows a change of the page language', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de"><wir-language-picker></wir-language-picker></div>`);
    const el = wrapper.querySelector('wir-language-picker')!;
    expect(label(el)).to.equal('Sprache');
    wrapper.setAttribute('lang', 'en');
    await waitUntil(() => label(el) === 'Language', 'English texts', TEXTS);
  });

  it('prefers its own locale attribute over the page language', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de"><wir-language-picker locale="ar"></wir-language-picker></div>`);
    const el = wrapper.querySelector('wir-language-picker')!;
    await waitUntil(() => label(el) === 'اللغة', 'Arabic texts', TEXTS);
    expect(shadow(el).querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
  });
});
