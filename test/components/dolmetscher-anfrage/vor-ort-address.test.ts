/**
 * "Vor Ort" brings the address fields right under that choice (not further down after
 * "Wann?"), focus stays on the choice and Tab goes next into the address; the postcode error
 * names the five digits in every UI locale.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/dolmetscher-anfrage/define.js';
import type { WirDolmetscherAnfrage } from '../../../src/components/dolmetscher-anfrage/dolmetscher-anfrage.js';
import { UI_LOCALES } from '../../../src/i18n/locales.js';
import { fillValid, set } from './anfrage-filling.js';

const WAIT = { timeout: 8000, interval: 25 };
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);

async function anfrage(locale = 'de', kommune = '06438'): Promise<WirDolmetscherAnfrage> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${locale}>
    <wir-dolmetscher-anfrage endpoint="/api/anfragen" kommune=${kommune} keep-draft="false" min-fill-seconds="0"></wir-dolmetscher-anfrage>
  </div>`);
  const el = wrapper.querySelector('wir-dolmetscher-anfrage')!;
  await el.updateComplete;
  if (locale !== 'de')
    await waitUntil(() => $(el, '#step-title')!.textContent!.trim() !== 'Laiendolmetscher:in anfragen', `${locale} texts`, WAIT);
  return el;
}

/** The focused element inside the form's shadow root. */
const focused = (el: Element) => el.shadowRoot!.activeElement;
/** Whether a comes before b in the form, as a screen reader reads it. */
const before = (a: Node, b: Node) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
const whenLegend = (el: Element) => [...el.shadowRoot!.querySelectorAll('legend')].find((l) => l.textContent!.trim() === 'Wann?')!;

describe('<wir-dolmetscher-anfrage>: the address of "Vor Ort"', () => {
  it('shows no address fields until "Vor Ort" is chosen', async () => {
    const el = await anfrage();
    expect($(el, '#address')).to.equal(null);
    expect($(el, '#mode-0')!.hasAttribute('aria-controls')).to.equal(false);
  });

  it('shows street, PLZ and town right under "Vor Ort", before "Am Telefon" and long before "Wann?"', async () => {
    const el = await anfrage();
    const vorOrt = $<HTMLInputElement>(el, '#mode-0')!;
    expect(vorOrt.labels![0]!.textContent!.trim()).to.equal('Vor Ort');
    vorOrt.click();
    await el.updateComplete;
    const address = $(el, '#address')!;
    const telefon = $(el, '#mode-1')!;
    expect(before(vorOrt, address) && before(address, telefon)).to.equal(true);
    expect(before($(el, '#ort')!, whenLegend(el))).to.equal(true);
    // On screen: the fields start within two lines under the chosen radio, and the next choice comes after them.
    const radioBox = vorOrt.getBoundingClientRect();
    const fieldsBox = $(el, '#address-fields')!.getBoundingClientRect();
    expect(fieldsBox.top - radioBox.bottom).to.be.lessThan(3 * 16);
    expect(telefon.getBoundingClientRect().top).to.be.greaterThan(fieldsBox.bottom - 1);
    expect(vorOrt.getAttribute('aria-controls')).to.equal('address-fields');
    await expect(el).to.be.accessible();
  });

  it('keeps focus on the choice, and Tab goes next into the street field', async () => {
    const el = await anfrage();
    $<HTMLInputElement>(el, '#mode-1')!.focus(); // "Am Telefon", as after choosing it with the keyboard
    await sendKeys({ press: 'ArrowUp' }); // to "Vor Ort": arrow keys choose in a radio group
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#mode-0')!.checked).to.equal(true);
    expect(focused(el)?.id).to.equal('mode-0');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('address');
  });

  it('takes the fields away again for "Am Telefon" and sends no address', async () => {
    const el = await anfrage();
    await fillValid(el);
    expect(($(el, '#plz') as HTMLInputElement).value).to.equal('63128');
    $<HTMLInputElement>(el, '#mode-1')!.click();
    await el.updateComplete;
    expect($(el, '#address')).to.equal(null);
    expect($(el, '#address-fields')).to.equal(null);
    expect($(el, '#mode-0')!.hasAttribute('aria-controls')).to.equal(false);
  });

  it('asks for the area in its own group after "Wann?" when the page set no kommune', async () => {
    const el = await anfrage('de', '');
    $<HTMLInputElement>(el, '#mode-0')!.click();
    await el.updateComplete;
    expect(before($(el, '#address')!, whenLegend(el))).to.equal(true);
    expect(before(whenLegend(el), $(el, '#kommune')!)).to.equal(true);
  });
});

describe('<wir-dolmetscher-anfrage>: a postcode that is not five digits', () => {
  for (const locale of UI_LOCALES) {
    it(`says in ${locale} that the postcode has 5 digits, at the field and in the summary`, async () => {
      const el = await anfrage(locale);
      await fillValid(el);
      set(el, 'plz', '6312');
      await el.updateComplete;
      $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
      await el.updateComplete;
      const message = await waitUntil(() => $(el, '#plz-error'), 'the postcode error', WAIT).then(() => $(el, '#plz-error')!.textContent!);
      // Every catalogue writes the 5 and the example in Latin digits (PLZ are German numbers).
      expect(message).to.match(/5/);
      expect(message).to.match(/63128/);
      const summary = $(el, 'wir-error-summary')!;
      await waitUntil(() => summary.shadowRoot?.textContent?.includes('63128'), 'the summary names it too', WAIT);
      expect(($(el, '#plz') as HTMLInputElement).value).to.equal('6312');
    });
  }
});
