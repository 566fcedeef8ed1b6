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
