import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/lotsen-finder/define.js';
import type { WirLotsenFinder } from '../../../src/components/lotsen-finder/lotsen-finder.js';
import { type WirErrorEvent, WirSearchEvent, type WirSelectEvent } from '../../../src/components/shared/events.js';
import type { WirLanguagePicker } from '../../../src/components/shared/language-picker/language-picker.js';
import type { WirPlaceInput } from '../../../src/components/shared/place-input/place-input.js';

const FEED = '/demo/data/lotsen.json';
const BROKEN = '/test/fixtures/broken-lotsen.json';

const root = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...root(el).querySelectorAll<T>(selector)];
const cards = (el: Element) => $$(el, '[part="card"]');
const heading = (el: Element) => $(el, '#results-heading')!.textContent!.trim();
const liveText = (el: Element) => $(el, '[part="live-region"]')!.textContent!.trim();

/** How long a finder may take to load the feed and the gazetteer on a busy 2-core machine. */
const SETTLE = { timeout: 5000, interval: 25 };

/** Resolves once the finder shows results, the empty state or the error. */
async function settled(el: WirLotsenFinder): Promise<WirLotsenFinder> {
  await waitUntil(() => !!$(el, '[part="card"], [part="empty"], [part="error"]'), 'the finder settles', SETTLE);
  await el.updateComplete;
  return el;
}

/** The focused element, looking through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

// Plain wrappers use fixtureSync: fixture() waits for an animation frame on non-Lit
// elements, which never comes while the runner's page is in the background.
const startHref = location.href;
afterEach(() => history.replaceState(null, '', startHref));

for (const [locale, dir] of [
  ['de', 'ltr'],
  ['en', 'ltr'],
  ['ar', 'rtl'],
] as const) {
  describe(`<wir-lotsen-finder> in ${locale}`, () => {
    it('renders its controls and results in the locale’s direction and passes axe', async () => {
      const el = await settled(
        await fixture<WirLotsenFinder>(
          html`<wir-lotsen-finder feed=${FEED} locale=${locale} near="63128" language="ar" page-size="3"></wir-lotsen-finder>`,
        ),
      );
      await waitUntil(() => locale === 'de' || !heading(el).includes('gefunden'), 'texts of the locale arrive', SETTLE);
      expect($(el, '[part="base"]')!.getAttribute('dir')).to.equal(dir);
      expect(cards(el).length).to.equal(3);
      await expect(el).to.be.accessible();
    });

    it('passes axe with a contact open, in the empty state and in the error state', async () => {
      const results = await settled(
        await fixture<WirLotsenFinder>(
          html`<wir-lotsen-finder feed=${FEED} locale=${locale} near="63128" language="ar" page-size="2"></wir-lotsen-finder>`,
        ),
      );
      $(results, '[part~="contact-button"]')!.click();
      await results.updateComplete;
      await expect(results).to.be.accessible();
      const empty = await settled(
        await fixture<WirLotsenFinder>(
          html`<wir-lotsen-finder feed=${FEED} locale=${locale} near="63128" language="vi"></wir-lotsen-finder>`,
        ),
      );
      expect($(empty, '[part="empty"]')).to.exist;
      await expect(empty).to.be.accessible();
      const warn = console.warn;
      console.warn = () => {};
      try {
        const error = await settled(
          await fixture<WirLotsenFinder>(html`<wir-lotsen-finder feed="/demo/data/missing.json" locale=${locale}></wir-lotsen-finder>`),
        );
        expect($(error, '[part="error"]')).to.exist;
        await expect(error).to.be.accessible();
      } finally {
        console.warn = warn;
      }
    });
  });
}

describe('<wir-lotsen-finder> behaviour', () => {
  it('searches at once for presets (language="ti" near="63128"): Tigrinya speakers nearby, related languages marked as such', async () => {
    const el = document.createElement('wir-lotsen-finder');
    el.setAttribute('feed', FEED);
    el.setAttribute('language', 'ti');
    el.setAttribute('near', '63128');
    const searched = oneEvent(el, 'wir-search') as unknown as Promise<WirSearchEvent>;
    fixtureSync(html`<div>${el}</div>`);
    const event = await searched;
    expect(event).to.be.instanceOf(WirSearchEvent);
    expect(event.query).to.deep.include({ languages: ['ti'], radiusKm: 15 });
    expect(event.total).to.be.greaterThan(0);
    await settled(el);
    expect(cards(el).length).to.equal(Math.min(10, event.total));
    const matchedLanguages = cards(el).map((card) => card.querySelector('.language.match [lang]')!.getAttribute('lang')!);
    expect(
      matchedLanguages.some((code) => code.startsWith('ti')),
      'at least one speaks Tigrinya itself',
    ).to.equal(true);
    for (const card of cards(el)) {
      const matched = card.querySelector('.language.match [lang]')!.getAttribute('lang')!;
      const why = card.querySelector('.card-why')!.textContent!;
      // Substitutes (Amharic for Tigrinya) are the engine's rule; the card must say so.
      if (matched.startsWith('ti')) expect(why).to.contain('spricht Tigrinya');
      else expect(why).to.contain('verwandt mit Tigrinya');
    }
    expect(heading(el)).to.contain(String(event.total));
    expect($<WirPlaceInput>(el, 'wir-place-input')!.value?.plz).to.equal('63128');
    expect($<WirLanguagePicker>(el, 'wir-language-picker')!.value).to.equal('ti');
  });

  it('announces the count once per search in the polite live region', async () => {
    const el = await settled(
      await fixture<WirLotsenFinder>(html`<wir-lotsen-finder feed=${FEED} near="63128" language="ar"></wir-lotsen-finder>`),
    );
    const live = $(el, '[part="live-region"]')!;
    expect(live.getAttribute('aria-live')).to.equal('polite');
    await waitUntil(() => /gefunden/.test(liveText(el)), 'the first count is announced', SETTLE);
    const changes: string[] = [];
    const observer = new MutationObserver(() => changes.push(live.textContent!.trim()));
    observer.observe(live, { childList: true, characterData: true, subtree: true });
    $<HTMLInputElement>(el, '#topic-gesundheit')!.click();
    await el.updateComplete;
    const count = heading(el).replace(/\s+/g, ' ');
    await waitUntil(() => changes.length > 0, 'the new count is announced', SETTLE);
    await el.updateComplete;
    observer.disconnect();
    expect(changes, 'one announcement, with the count the heading shows').to.deep.equal([changes[0]]);
    expect(changes[0]).to.contain(count);
  });

  it('can be used by keyboard alone, from the place field to a result’s contact link', async () => {
    const el = await settled(
      await fixture<WirLotsenFinder>(html`<wir-lotsen-finder feed=${FEED} language="ar" page-size="3"></wir-lotsen-finder>`),
    );
    const place = $<WirPlaceInput>(el, 'wir-place-input')!;
    place.focus();
    await sendKeys({ type: '63128' });
    const searched = oneEvent(el, 'wir-search');
    await sendKeys({ press: 'Enter' });
    await searched;
    await el.updateComplete;
    expect(place.value?.plz).to.equal('63128');
    let presses = 0;
    while (!deepActive()?.matches('[part~="contact-button"]') && presses < 40) {
      await sendKeys({ press: 'Tab' });
      presses++;
    }
    const button = deepActive() as HTMLButtonElement;
    expect(button.matches('[part~="contact-button"]'), `reached a contact button after ${presses} Tab presses`).to.equal(true);
    const selected = oneEvent(el, 'wir-select') as unknown as Promise<WirSelectEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await selected).record).to.have.property('contact');
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    const link = deepActive() as HTMLAnchorElement;
    expect(link.localName).to.equal('a');
    expect(link.getAttribute('href')).to.match(/^(tel:|mailto:|https:)/);
  });

  it('shows feed text with <img onerror> and <script> as plain text and never links a javascript: URL', async () => {
    const errors: WirErrorEvent[] = [];
    const warn = console.warn;
    console.warn = () => {};
    try {
      const wrapper = fixtureSync(html`<div @wir-error=${(e: Event) => errors.push(e as WirErrorEvent)}>
        <wir-lotsen-finder feed=${BROKEN} near="63128"></wir-lotsen-finder>
      </div>`);
      const el = await settled(wrapper.querySelector('wir-lotsen-finder')!);
      expect(root(el).textContent).to.contain('<img src=x onerror=alert(1)>');
      expect(root(el).textContent).to.contain('<script>alert("xss")</script>');
      expect($$(el, 'img, script').length).to.equal(0);
      for (const button of $$(el, '[part~="contact-button"]')) button.click();
      await el.updateComplete;
      expect($$(el, '[part="contact"]').length).to.be.greaterThan(0);
      const hrefs = $$<HTMLAnchorElement>(el, 'a').map((a) => a.getAttribute('href') ?? '');
      expect(hrefs.length).to.be.greaterThan(0);
      for (const href of hrefs) expect(href).to.match(/^(tel:|mailto:|https?:)/);
      expect(errors.some((e) => e.code === 'records-skipped')).to.equal(true);
    } finally {
      console.warn = warn;
    }
  });

  it('never links a javascript: URL that reaches it as an inline feed object', async () => {
    const record = (id: string, url: string) => ({
      id,
      name: 'Amina K.',
      languages: ['ar'],
      place: { ort: 'Dietzenbach', plz: '63128', kommune: '06438', lat: 50.01, lon: 8.778 },
      topics: ['alltag'],
      available: true,
      contact: { name: 'WIR-Koordination', url, email: 'wir@example.org' },
    });
    const feed = {
      format: 'wir-feed',
      version: 1,
      kind: 'lotsen',
      publisher: { name: 'Test' },
      records: [record('a', 'javascript:alert(1)'), record('b', 'https://example.org/wir')],
    };
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = await settled(await fixture<WirLotsenFinder>(html`<wir-lotsen-finder .feed=${feed}></wir-lotsen-finder>`));
      for (const button of $$(el, '[part~="contact-button"]')) button.click();
      await el.updateComplete;
      const hrefs = $$<HTMLAnchorElement>(el, 'a').map((a) => a.getAttribute('href'));
      expect(hrefs).to.include('https://example.org/wir');
      expect(hrefs.some((h) => /javascript/i.test(h ?? ''))).to.equal(false);
    } finally {
      console.warn = warn;
    }
  });

  it('says how far a Lotse travels when that is why they appear beyond the chosen radius', async () => {
    const feed = {
      format: 'wir-feed',
      version: 1,
      kind: 'lotsen',
      publisher: { name: 'Test' },
      records: [
        {
          id: 'far',
          name: 'Yonas T.',
          languages: ['ti'],
          place: { ort: 'Frankfurt am Main', kommune: '06412', lat: 50.11, lon: 8.68 },
          travelKm: 30,
          topics: ['behoerden'],
          available: true,
          contact: { name: 'WIR-Koordination', email: 'wir@example.org' },
        },
      ],
    };
    const el = await settled(
      await fixture<WirLotsenFinder>(html`<wir-lotsen-finder .feed=${feed} near="63128" radius="10"></wir-lotsen-finder>`),
    );
    const where = el.shadowRoot!.querySelector('.card-where')!.textContent!.replace(/\s+/g, ' ');
    expect(where).to.match(/1\d(,\d)? km entfernt/);
    expect(where).to.contain('kommt bis zu 30 km weit');
    expect(el.shadowRoot!.querySelector('[part="travel-heading"] + ol .card')).to.exist;
    expect(el.shadowRoot!.querySelector('[part="travel-heading"]')!.textContent).to.contain('kommen auch zu Ihnen');
  });

  it('offers the engine’s relaxation when nothing matches, and widening the area shows results', async () => {
    const el = await settled(
      await fixture<WirLotsenFinder>(html`<wir-lotsen-finder feed=${FEED} near="63128" language="vi"></wir-lotsen-finder>`),
    );
    const relax = $<HTMLButtonElement>(el, '[part~="relax-button"]')!;
    expect(relax.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Umkreis auf 25 km erweitern \(\d+ Treffer\)$/);
    relax.focus();
    relax.click();
    await waitUntil(() => cards(el).length > 0, 'results after widening', SETTLE);
    expect($<HTMLSelectElement>(el, '#radius')!.value).to.equal('25');
    expect(root(el).activeElement?.id).to.equal('results-heading');
  });

  it('shows a plain error with a retry button, tells the page through wir-error, and retries on click', async () => {
    const warn = console.warn;
    const warned: unknown[] = [];
    console.warn = (...args: unknown[]) => warned.push(args);
    try {
      const el = document.createElement('wir-lotsen-finder');
      el.setAttribute('feed', '/demo/data/missing.json');
      const failed = oneEvent(el, 'wir-error') as unknown as Promise<WirErrorEvent>;
      fixtureSync(html`<div>${el}</div>`);
      expect((await failed).code).to.equal('http');
      await settled(el);
      expect($(el, '[part="error"]')!.textContent).to.not.contain('404');
      expect(warned.length).to.be.greaterThan(0);
      const again = oneEvent(el, 'wir-error');
      $<HTMLButtonElement>(el, '[part~="retry-button"]')!.click();
      await again;
    } finally {
      console.warn = warn;
    }
  });

  it('shows more results on demand and moves focus to the first new one', async () => {
    const el = await settled(
      await fixture<WirLotsenFinder>(html`<wir-lotsen-finder feed=${FEED} near="63128" language="ar" page-size="3"></wir-lotsen-finder>`),
    );
    expect(cards(el).length).to.equal(3);
    $<HTMLButtonElement>(el, '[part~="more-button"]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(cards(el).length).to.equal(6);
    expect(root(el).activeElement?.id).to.equal('result-3');
  });

  it('shows the embedding page’s contact instead of the office when contact-email is set', async () => {
    const el = await settled(
      await fixture<WirLotsenFinder>(
        html`<wir-lotsen-finder feed=${FEED} near="63128" language="ar" page-size="1" contact-email="hilfe@mo.example.org"></wir-lotsen-finder>`,
      ),
    );
    $(el, '[part~="contact-button"]')!.click();
    await el.updateComplete;
    const hrefs = $$<HTMLAnchorElement>(el, '[part="contact"] a').map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['mailto:hilfe@mo.example.org']);
  });

  it('waits with skeleton cards (no error, no jump) until a feed is set, then shows results', async () => {
    const el = await fixture<WirLotsenFinder>(html`<wir-lotsen-finder near="63128"></wir-lotsen-finder>`);
    // The place preset resolves (gazetteer chunk) while the feed is still missing.
    await waitUntil(() => $<WirPlaceInput>(el, 'wir-place-input')?.value?.plz === '63128', 'the preset place resolves', SETTLE);
    await el.updateComplete;
    expect($$(el, '.skeleton-card').length).to.equal(4);
    expect($(el, '[part="error"]')).to.equal(null);
    expect($(el, '[part="results"]')!.getAttribute('aria-busy')).to.equal('true');
    const skeletonHeight = $(el, '[part="results"]')!.getBoundingClientRect().height;
    el.feed = FEED;
    await settled(el);
    expect(cards(el).length).to.be.greaterThan(0);
    expect($(el, '[part="results"]')!.getBoundingClientRect().height).to.be.at.least(skeletonHeight);
  });

  it('searches around the Kommune’s area when no place is given, and shows the area in the place field', async () => {
    const el = document.createElement('wir-lotsen-finder');
    el.setAttribute('feed', FEED);
    el.setAttribute('kommune', '06438');
    const searched = oneEvent(el, 'wir-search') as unknown as Promise<WirSearchEvent>;
    fixtureSync(html`<div>${el}</div>`);
    expect((await searched).query).to.have.property('near');
    await settled(el);
    expect($<WirPlaceInput>(el, 'wir-place-input')!.value?.kommune).to.equal('06438');
  });

  describe('query-string sync', () => {
    it('writes the search into the link, restores it in a new finder, and Back undoes a change', async () => {
      const el = await settled(
        await fixture<WirLotsenFinder>(
          html`<wir-lotsen-finder id="lf" sync-url feed=${FEED} near="63128" language="ti"></wir-lotsen-finder>`,
        ),
      );
      await waitUntil(() => new URL(location.href).searchParams.get('lf-sprache') === 'ti', 'presets are in the URL', SETTLE);
      expect(new URL(location.href).searchParams.get('lf-ort')).to.equal('63128');
      const length = history.length;
      $<HTMLInputElement>(el, '#topic-gesundheit')!.click();
      await waitUntil(() => new URL(location.href).searchParams.get('lf-themen') === 'gesundheit', 'the topic is in the URL', SETTLE);
      expect(history.length).to.equal(length + 1);
      const shared = location.href;

      // A counsellor opens the shared link: a fresh finder without presets shows the same search.
      el.remove();
      const copy = await settled(
        await fixture<WirLotsenFinder>(html`<wir-lotsen-finder id="lf" sync-url feed=${FEED}></wir-lotsen-finder>`),
      );
      expect(location.href).to.equal(shared);
      expect($<HTMLInputElement>(copy, '#topic-gesundheit')!.checked).to.equal(true);
      expect($<WirLanguagePicker>(copy, 'wir-language-picker')!.value).to.equal('ti');
      expect($<WirPlaceInput>(copy, 'wir-place-input')!.value?.plz).to.equal('63128');

      // Back: the topic choice is undone in the finder too.
      const popped = oneEvent(window, 'popstate');
      history.back();
      await popped;
      await waitUntil(() => !$<HTMLInputElement>(copy, '#topic-gesundheit')!.checked, 'Back unchecks the topic', SETTLE);
      expect($<WirLanguagePicker>(copy, 'wir-language-picker')!.value).to.equal('ti');
    });

    it('keeps two finders on one page apart', async () => {
      const wrapper = fixtureSync(html`<div>
        <wir-lotsen-finder id="one" sync-url feed=${FEED} near="63128" language="ar"></wir-lotsen-finder>
        <wir-lotsen-finder id="two" sync-url feed=${FEED} near="34117" language="tr"></wir-lotsen-finder>
      </div>`);
      const [one, two] = [...wrapper.querySelectorAll('wir-lotsen-finder')] as [WirLotsenFinder, WirLotsenFinder];
      await settled(one);
      await settled(two);
      const before = cards(two).map((c) => c.textContent);
      $<HTMLInputElement>(one, '#topic-wohnen')!.click();
      await waitUntil(() => new URL(location.href).searchParams.get('one-themen') === 'wohnen', 'first finder writes its key', SETTLE);
      await two.updateComplete;
      const params = new URL(location.href).searchParams;
      expect(params.get('two-themen')).to.equal(null);
      expect(params.get('two-sprache')).to.equal('tr');
      expect($<HTMLInputElement>(two, '#topic-wohnen')!.checked).to.equal(false);
      expect(cards(two).map((c) => c.textContent)).to.deep.equal(before);
      expect($<WirPlaceInput>(two, 'wir-place-input')!.value?.plz).to.equal('34117');
    });
  });
});
