/**
 * What a webmaster or an app developer meets when embedding the finder: presets set as
 * properties by a framework right after insertion, and loud console warnings for attributes
 * the finder cannot use.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/components/lotsen-finder/define.js';
import type { WirLotsenFinder } from '../../../src/components/lotsen-finder/lotsen-finder.js';
import type { WirSearchEvent } from '../../../src/components/shared/events.js';
import type { WirLanguagePicker } from '../../../src/components/shared/language-picker/language-picker.js';
import type { WirPlaceInput } from '../../../src/components/shared/place-input/place-input.js';
import type { LotsenQuery } from '../../../src/core/index.js';
import { warningsDuring } from '../../support/console-warnings.js';

const FEED = '/demo/data/lotsen.json';
const SETTLE = { timeout: 5000, interval: 25 };
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);

/** A finder appended to the page with its searches recorded from the start. */
function insert(): { el: WirLotsenFinder; searches: Array<WirSearchEvent<LotsenQuery>> } {
  const el = document.createElement('wir-lotsen-finder');
  const searches: Array<WirSearchEvent<LotsenQuery>> = [];
  el.addEventListener('wir-search', (e) => searches.push(e as WirSearchEvent<LotsenQuery>));
  document.body.append(el);
  return { el, searches };
}

afterEach(() => {
  for (const el of document.querySelectorAll('wir-lotsen-finder')) el.remove();
});

describe('<wir-lotsen-finder> presets set as properties', () => {
  it('searches with near, language, topics and radius set right after insertion (as React and Angular set them)', async () => {
    const { el, searches } = insert();
    el.feed = FEED;
    el.near = '63128';
    el.language = 'ti';
    el.topics = 'gesundheit';
    el.radius = 25;
    await waitUntil(() => searches.length > 0, 'a first search', SETTLE);
    expect(searches[0]!.query).to.deep.include({ languages: ['ti'], topics: ['gesundheit'], radiusKm: 25 });
    expect(searches[0]!.query.near, 'around 63128').to.deep.equal({ lat: 50.01, lon: 8.778 });
    await el.updateComplete;
    expect($<WirPlaceInput>(el, 'wir-place-input')!.value?.plz).to.equal('63128');
    expect($<WirLanguagePicker>(el, 'wir-language-picker')!.value).to.equal('ti');
    expect($<HTMLInputElement>(el, '#topic-gesundheit')!.checked, 'the topic chip is on').to.equal(true);
    expect($<HTMLSelectElement>(el, '#radius')!.value).to.equal('25');
  });

  it('takes a place changed while the first one is still being looked up, and searches only around the newer one', async () => {
    const { el, searches } = insert();
    el.feed = FEED;
    el.near = '63128';
    await el.updateComplete;
    el.near = '34117';
    await waitUntil(() => searches.length > 0, 'a first search', SETTLE);
    await el.updateComplete;
    expect(
      searches.every((s) => s.query.near && s.query.near.lat > 51),
      'every search is around 34117 Kassel',
    ).to.equal(true);
    expect($<WirPlaceInput>(el, 'wir-place-input')!.value?.plz).to.equal('34117');
  });
});

const notice = (el: Element) => $(el, '[part~="notice"]')?.textContent?.trim() ?? '';
const settledCount = async (searches: unknown[]) => waitUntil(() => searches.length > 0, 'a first search', SETTLE);

describe('<wir-lotsen-finder> tells the webmaster about attributes it cannot use', () => {
  it('kommune="6438" (a lost leading zero): one warning with the format and the docs; all of Hessen is shown and the resident is told why', async () => {
    let el!: WirLotsenFinder;
    let searches!: Array<WirSearchEvent<LotsenQuery>>;
    const warnings = await warningsDuring(async () => {
      ({ el, searches } = insert());
      el.setAttribute('kommune', '6438');
      el.feed = FEED;
      await settledCount(searches);
      el.topics = 'gesundheit';
      await waitUntil(() => searches.length > 1, 'a second search', SETTLE);
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal([
      'wir-widgets <wir-lotsen-finder>: kommune="6438" is not a WIR area. Use the area\'s code: 5 digits, e.g. 06438 = Kreis Offenbach (8 digits for a city with its own office, e.g. 06412000 = Frankfurt am Main); see docs/einbinden.md for all 33 codes. Did you mean kommune="06438" (Kreis Offenbach)? The leading zero belongs to the code.',
    ]);
    expect(searches[0]!.query.near, 'no area: no centre to search around').to.equal(undefined);
    const all = insert();
    all.el.feed = FEED;
    await settledCount(all.searches);
    expect(searches[0]!.total, 'as many as a finder without kommune').to.equal(all.searches[0]!.total);
    expect(notice(el)).to.contain('Wir kennen das Gebiet dieser Seite nicht');
    // Once the resident gives a place, the list is theirs and the notice goes.
    const place = $<WirPlaceInput>(el, 'wir-place-input')!;
    await place.resolveText('63128');
    await el.updateComplete;
    expect(notice(el)).to.equal('');
  });

  it('says the area is unknown in each of the 8 languages', async () => {
    const texts = new Map<string, string>();
    await warningsDuring(async () => {
      for (const locale of ['de', 'de-x-ls', 'en', 'ar', 'fa', 'tr', 'uk', 'ru']) {
        const { el } = insert();
        el.locale = locale;
        el.kommune = '6438';
        el.feed = FEED;
        await waitUntil(() => notice(el) && (locale === 'de' || !notice(el).startsWith('Wir kennen')), `${locale} notice`, SETTLE);
        texts.set(locale, notice(el));
        expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal(locale);
        el.remove();
      }
    });
    expect(new Set(texts.values()).size, 'eight different texts').to.equal(8);
  });

  it('language="Tigrinya": one warning that suggests language="ti"; the search is not narrowed to a language it does not know', async () => {
    let searches!: Array<WirSearchEvent<LotsenQuery>>;
    const warnings = await warningsDuring(async () => {
      let el: WirLotsenFinder;
      ({ el, searches } = insert());
      el.language = 'Tigrinya';
      el.feed = FEED;
      await settledCount(searches);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^wir-widgets <wir-lotsen-finder>: language="Tigrinya" is not a language code the widgets know\./);
    expect(warnings[0]).to.contain('known codes: ar, prs, fa');
    expect(warnings[0]).to.contain('Did you mean language="ti" (Tigrinya)?');
    expect(searches[0]!.query.languages).to.equal(undefined);
  });

  it('topics="gesundheit arzt": one warning with the accepted topics; the known one is searched', async () => {
    let searches!: Array<WirSearchEvent<LotsenQuery>>;
    const warnings = await warningsDuring(async () => {
      let el: WirLotsenFinder;
      ({ el, searches } = insert());
      el.topics = 'gesundheit arzt';
      el.feed = FEED;
      await settledCount(searches);
    });
    expect(warnings).to.deep.equal([
      'wir-widgets <wir-lotsen-finder>: topics="gesundheit arzt" names no topic: "arzt" is unknown and ignored. Accepted, separated by spaces or commas: behoerden, gesundheit, schule-kita, wohnen, arbeit, asyl-aufenthalt, alltag, freizeit, familie; see docs/einbinden.md.',
    ]);
    expect(searches[0]!.query.topics).to.deep.equal(['gesundheit']);
  });

  it('warns once per element and value: again for another wrong value, never while the resident uses the finder', async () => {
    const warnings = await warningsDuring(async () => {
      const { el, searches } = insert();
      el.kommune = '6438';
      el.feed = FEED;
      await settledCount(searches);
      $<HTMLInputElement>(el, '#topic-wohnen')!.click();
      await waitUntil(() => searches.length > 1, 'a second search', SETTLE);
      el.kommune = '6413';
      await el.updateComplete;
      const second = insert();
      second.el.kommune = '6438';
      second.el.feed = FEED;
      await settledCount(second.searches);
    });
    expect(warnings.map((w) => /kommune="(\d+)"/.exec(w)?.[1])).to.deep.equal(['6438', '6413', '6438']);
  });

  it('without feed: one warning once the page had time to set it, and the resident sees the plain error, not an endless skeleton', async () => {
    let el!: WirLotsenFinder;
    const warnings = await warningsDuring(async () => {
      ({ el } = insert());
      await el.updateComplete;
      expect($(el, '[part="skeleton"]'), 'loading at first').to.exist;
      await waitUntil(() => $(el, '[part="error"]'), 'the error state', { timeout: 4000, interval: 50 });
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(
      /^wir-widgets <wir-lotsen-finder>: feed is missing, so there is nothing to search\. Set feed="…" to the address of a Lotsen feed/,
    );
    expect($(el, 'section.results')!.getAttribute('aria-busy')).to.equal('false');
    // A feed that arrives later still loads.
    el.feed = FEED;
    await waitUntil(() => $(el, '[part="card"]'), 'results', SETTLE);
  });

  it('a feed set shortly after insertion (as CMS scripts do) is no mistake: no warning', async () => {
    const warnings = await warningsDuring(async () => {
      const { el, searches } = insert();
      await new Promise((resolve) => setTimeout(resolve, 300));
      el.feed = FEED;
      await settledCount(searches);
      await new Promise((resolve) => setTimeout(resolve, 1500));
    });
    expect(warnings).to.deep.equal([]);
  });
});
