import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/lotsen-finder/define.js';
import '../../../src/components/dolmetscher-anfrage/define.js';

/** Catalogues load lazily: allow for a busy machine. */
const WAIT = { timeout: 5000, interval: 25 };

describe('show-locale-switch', () => {
  it('is absent unless asked for, so the page language decides', async () => {
    const el = await fixture<HTMLElement>(html`<wir-lotsen-finder feed="/demo/data/lotsen.json"></wir-lotsen-finder>`);
    expect(el.shadowRoot!.querySelector('#wir-locale-switch')).to.equal(null);
  });

  it('lists every UI language by its own name and switches the widget to the chosen one, right-to-left for Persian', async () => {
    const el = await fixture<HTMLElement>(
      html`<div lang="de"><wir-lotsen-finder show-locale-switch feed="/demo/data/lotsen.json"></wir-lotsen-finder></div>`,
    );
    const finder = el.querySelector('wir-lotsen-finder')!;
    const root = finder.shadowRoot!;
    await waitUntil(() => !!root.querySelector('#wir-locale-switch'), 'switch rendered', WAIT);
    const select = root.querySelector<HTMLSelectElement>('#wir-locale-switch')!;
    const names = [...select.options].map((o) => o.textContent?.trim());
    expect(names).to.include.members(['Deutsch', 'English', 'العربية', 'Türkçe', 'Українська', 'Русский', 'فارسی', 'Leichte Sprache']);
    expect(root.querySelector('label[for="wir-locale-switch"]')!.textContent).to.contain('Anzeigesprache');

    select.value = 'uk';
    select.dispatchEvent(new Event('change'));
    const base = () => root.querySelector('[part~="base"]')!;
    await waitUntil(
      () => base().getAttribute('lang') === 'uk' && root.querySelector('label[for="wir-locale-switch"]')!.textContent!.includes('Мова'),
      'Ukrainian texts',
      WAIT,
    );
    expect(base().getAttribute('dir')).to.equal('ltr');

    select.value = 'fa';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => base().getAttribute('lang') === 'fa' && base().getAttribute('dir') === 'rtl', 'Persian, right-to-left', WAIT);
    await waitUntil(() => root.querySelector('label[for="wir-locale-switch"]')!.textContent!.includes('زبان'), 'Persian texts', WAIT);
    await expect(finder).to.be.accessible();
  });

  it('keeps what was typed in the request form when the language changes', async () => {
    const el = await fixture<HTMLElement>(
      html`<wir-dolmetscher-anfrage show-locale-switch endpoint="/api/anfragen" kommune="06438" keep-draft="false"></wir-dolmetscher-anfrage>`,
    );
    const root = el.shadowRoot!;
    await waitUntil(() => !!root.querySelector('#wir-locale-switch') && !!root.querySelector('#name'), 'form rendered', WAIT);
    const name = root.querySelector<HTMLInputElement>('#name')!;
    name.value = 'Erika Mustermann';
    name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const select = root.querySelector<HTMLSelectElement>('#wir-locale-switch')!;
    select.value = 'ar';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => root.querySelector('[part~="base"]')!.getAttribute('dir') === 'rtl', 'Arabic layout', WAIT);
    expect(root.querySelector<HTMLInputElement>('#name')!.value).to.equal('Erika Mustermann');
  });
});
