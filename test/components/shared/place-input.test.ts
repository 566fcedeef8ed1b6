import { expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/shared/place-input/define.js';
import type { WirPlaceInput } from '../../../src/components/shared/place-input/place-input.js';

async function placeInput(locale = 'de'): Promise<WirPlaceInput> {
  // fixtureSync: fixture() waits for an animation frame on plain elements, which never comes
  // while the runner's page is in the background (concurrent test files).
  const wrapper = fixtureSync<HTMLDivElement>(
    html`<div lang=${locale} dir=${locale === 'ar' ? 'rtl' : 'ltr'}><wir-place-input></wir-place-input></div>`,
  );
  const el = wrapper.querySelector('wir-place-input')!;
  await el.updateComplete;
  if (locale !== 'de') await waitUntil(() => label(el) !== 'Wo?', `${locale} texts`, WAIT);
  return el;
}

const shadow = (el: Element) => el.shadowRoot!;
const input = (el: Element) => shadow(el).querySelector('input')!;
const label = (el: Element) => shadow(el).querySelector('label')?.textContent?.trim();
const options = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('[role="option"]')];
const errorText = (el: Element) => shadow(el).querySelector('.error-message')?.textContent?.trim() ?? '';
/** Catalogues and the gazetteer chunk load lazily: allow for a busy machine. */
const WAIT = { timeout: 2000, interval: 20 };

for (const [locale, expectedLabel, dir] of [
  ['de', 'Wo?', 'ltr'],
  ['en', 'Where?', 'ltr'],
  ['ar', 'أين؟', 'rtl'],
] as const) {
  describe(`<wir-place-input> in ${locale}`, () => {
    it('renders with a visible label, a location button and passes axe', async () => {
      const el = await placeInput(locale);
      expect(label(el)).to.equal(expectedLabel);
      expect(shadow(el).querySelector('[part="base"]')!.getAttribute('dir')).to.equal(dir);
      expect(shadow(el).querySelector('[part~="locate-button"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('passes axe with suggestions open', async () => {
      const el = await placeInput(locale);
      input(el).focus();
      await sendKeys({ type: '6312' });
      await waitUntil(() => options(el).length > 0, 'suggestions appear', WAIT);
      expect(input(el).getAttribute('aria-expanded')).to.equal('true');
      await expect(el).to.be.accessible();
    });
  });
}

describe('<wir-place-input> behaviour', () => {
  it('suggests PLZ areas while typing and picks one with the arrow keys and Enter', async () => {
    const el = await placeInput();
    input(el).focus();
    await sendKeys({ type: '6312' });
    await waitUntil(() => options(el).length > 0, 'suggestions appear', WAIT);
    expect(options(el)[0]!.textContent).to.match(/631\d\d/);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-activedescendant')).to.equal('opt-0');
    const changed = oneEvent(el, 'change');
    await sendKeys({ press: 'Enter' });
    await changed;
    expect(el.value?.plz).to.match(/^631\d\d$/);
    expect(el.value?.kommune).to.match(/^06\d{3}$/);
    expect(input(el).value).to.equal(el.value!.label);
  });

  it('resolves a typed PLZ on Enter to a point and a WIR area', async () => {
    const el = await placeInput();
    input(el).focus();
    await sendKeys({ type: '63128' });
    const changed = oneEvent(el, 'change');
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Enter' });
    await changed;
    expect(el.value).to.include({ plz: '63128', kommune: '06438' });
    expect(el.value!.lat).to.be.closeTo(50.0, 0.2);
  });

  it('asks which place is meant for "Offenbach" instead of guessing, and takes the clicked one', async () => {
    const el = await placeInput();
    const result = await el.resolveText('Offenbach');
    expect(result).to.equal(null);
    await el.updateComplete;
    const buttons = [...shadow(el).querySelectorAll<HTMLButtonElement>('.candidate')];
    expect(buttons.length).to.be.greaterThan(1);
    expect(shadow(el).querySelector('#candidates-title')!.textContent).to.contain('Welchen Ort');
    expect(shadow(el).activeElement).to.equal(null); // focus did not move to the buttons
    await expect(el).to.be.accessible();
    const changed = oneEvent(el, 'change');
    buttons[1]!.click();
    await changed;
    expect(el.value).to.not.equal(null);
    await el.updateComplete;
    expect(shadow(el).querySelector('.candidate')).to.equal(null);
  });

  it('says plainly when a place is unknown and links the message to the input', async () => {
    const el = await placeInput();
    await el.resolveText('Xyzzyhausen');
    await el.updateComplete;
    expect(errorText(el)).to.contain('Xyzzyhausen');
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    expect(input(el).getAttribute('aria-describedby')).to.contain('error');
    await expect(el).to.be.accessible();
  });

  it('shows the label when a host sets the value, without firing change', async () => {
    const el = await placeInput();
    let fired = 0;
    el.addEventListener('change', () => fired++);
    el.value = { label: '63128 Dietzenbach', kind: 'plz', lat: 50.01, lon: 8.78, kommune: '06438', plz: '63128' };
    await el.updateComplete;
    expect(input(el).value).to.equal('63128 Dietzenbach');
    expect(fired).to.equal(0);
  });

  // The position itself comes from a stand-in geolocation (the browser's sensor is the network
  // edge we do not own); everything after it — resolving, messages, focus — is real.
  describe('use my location (with a stand-in browser geolocation)', () => {
    const realGeo = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation');
    afterEach(() => {
      if (realGeo) Object.defineProperty(Navigator.prototype, 'geolocation', realGeo);
    });
    function fakeGeolocation(answer: (ok: PositionCallback, fail: PositionErrorCallback) => void): { asked: number } {
      const calls = { asked: 0 };
      Object.defineProperty(Navigator.prototype, 'geolocation', {
        configurable: true,
        get: () => ({
          getCurrentPosition: (ok: PositionCallback, fail: PositionErrorCallback) => {
            calls.asked++;
            answer(ok, fail);
          },
        }),
      });
      return calls;
    }

    it('asks the browser only when the button is clicked and resolves to the nearest area', async () => {
      const calls = fakeGeolocation((ok) => ok({ coords: { latitude: 50.0086, longitude: 8.7733 } } as GeolocationPosition));
      const el = await placeInput();
      expect(calls.asked).to.equal(0);
      const changed = oneEvent(el, 'change');
      shadow(el).querySelector<HTMLButtonElement>('[part~="locate-button"]')!.click();
      await changed;
      expect(calls.asked).to.equal(1);
      expect(el.value).to.include({ kind: 'coords', kommune: '06438' });
      await el.updateComplete;
      expect(input(el).value).to.match(/^Mein Standort \(bei \d{5} /);
    });

    it('explains a refusal and keeps the field usable', async () => {
      fakeGeolocation((_ok, fail) =>
        fail({ code: 1, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: 'denied' } as GeolocationPositionError),
      );
      const el = await placeInput();
      shadow(el).querySelector<HTMLButtonElement>('[part~="locate-button"]')!.click();
      await el.updateComplete;
      expect(errorText(el)).to.contain('nicht freigegeben');
      expect(input(el).disabled).to.equal(false);
      await expect(el).to.be.accessible();
    });
  });
});
