/**
 * What a webmaster or an app developer meets when embedding the course search: presets set as
 * properties by a framework right after insertion, and loud console warnings for attributes
 * the search cannot use.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/components/sprachkurs-suche/define.js';
import type { WirSearchEvent } from '../../../src/components/shared/events.js';
import type { WirPlaceInput } from '../../../src/components/shared/place-input/place-input.js';
import type { WirSprachkursSuche } from '../../../src/components/sprachkurs-suche/sprachkurs-suche.js';
import type { SprachkursQuery } from '../../../src/core/index.js';

const FEED = '/demo/data/sprachkurse.json';
const SETTLE = { timeout: 5000, interval: 25 };
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const chip = (el: Element, key: string) => $<HTMLInputElement>(el, `[data-chip="${key}"] input`)!;

function insert(): { el: WirSprachkursSuche; searches: Array<WirSearchEvent<SprachkursQuery>> } {
  const el = document.createElement('wir-sprachkurs-suche');
  const searches: Array<WirSearchEvent<SprachkursQuery>> = [];
  el.addEventListener('wir-search', (e) => searches.push(e as WirSearchEvent<SprachkursQuery>));
  el.today = '2026-11-28';
  document.body.append(el);
  return { el, searches };
}

afterEach(() => {
  for (const el of document.querySelectorAll('wir-sprachkurs-suche')) el.remove();
});

describe('<wir-sprachkurs-suche> presets set as properties', () => {
  it('searches with near, radius, level, childcare and programme set right after insertion', async () => {
    const { el, searches } = insert();
    el.feed = FEED;
    el.near = '63128';
    el.radius = 25;
    el.level = 'A1';
    el.childcare = true;
    el.program = 'wir';
    await waitUntil(() => searches.length > 0, 'a first search', SETTLE);
    expect(searches[0]!.query).to.deep.include({ radiusKm: 25, levels: ['A1'], childcare: true, program: ['wir'] });
    expect(searches[0]!.query.near, 'around 63128').to.deep.equal({ lat: 50.01, lon: 8.778 });
    await el.updateComplete;
    expect($<WirPlaceInput>(el, 'wir-place-input')!.value?.plz).to.equal('63128');
    expect(chip(el, 'level-A1').checked, 'the A1 chip is on').to.equal(true);
    expect(chip(el, 'childcare').checked, 'the childcare chip is on').to.equal(true);
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
  });
});
