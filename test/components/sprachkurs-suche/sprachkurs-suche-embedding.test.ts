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
import { warningsDuring } from '../../support/console-warnings.js';

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

const notice = (el: Element) => $(el, '[part~="notice"]')?.textContent?.trim() ?? '';
const firstSearch = (searches: unknown[]) => waitUntil(() => searches.length > 0, 'a first search', SETTLE);

describe('<wir-sprachkurs-suche> tells the webmaster about attributes it cannot use', () => {
  it('kommune="6438": one warning with the format and the docs; courses from all of Hessen, and the resident is told why', async () => {
    let el!: WirSprachkursSuche;
    let searches!: Array<WirSearchEvent<SprachkursQuery>>;
    const warnings = await warningsDuring(async () => {
      ({ el, searches } = insert());
      el.kommune = '6438';
      el.feed = FEED;
      await firstSearch(searches);
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(
      /^wir-widgets <wir-sprachkurs-suche>: kommune="6438" is not a WIR area\. .*5 digits, e\.g\. 06438 = Kreis Offenbach.*docs\/einbinden\.md/,
    );
    expect(searches[0]!.query.near).to.equal(undefined);
    const all = insert();
    all.el.feed = FEED;
    await firstSearch(all.searches);
    expect(searches[0]!.total).to.equal(all.searches[0]!.total);
    expect(notice(el)).to.contain('Wir kennen das Gebiet dieser Seite nicht');
    expect(notice(all.el), 'no notice without kommune').to.equal('');
  });

  it('level="A3", program="mitsprache", audience="kinder": one warning each with the accepted values; none of them filters', async () => {
    let searches!: Array<WirSearchEvent<SprachkursQuery>>;
    const warnings = await warningsDuring(async () => {
      let el: WirSprachkursSuche;
      ({ el, searches } = insert());
      el.level = 'A3';
      el.program = 'mitsprache';
      el.audience = 'kinder';
      el.feed = FEED;
      await firstSearch(searches);
    });
    expect(warnings).to.deep.equal([
      'wir-widgets <wir-sprachkurs-suche>: level="A3" names no level: "A3" is unknown and ignored. Accepted, separated by spaces or commas: alpha, A1, A2, B1, B2, C1, or unbekannt on its own ("I don\'t know my level"); see docs/einbinden.md.',
      'wir-widgets <wir-sprachkurs-suche>: program="mitsprache" names no programme: "mitsprache" is unknown and ignored. Accepted, separated by spaces or commas: wir, mitsprache-deutsch4u, integrationskurs, sonstiges; see docs/einbinden.md.',
      'wir-widgets <wir-sprachkurs-suche>: audience="kinder" is not an audience and is ignored. Accepted (one of): frauen, eltern, gefluechtete, jugendliche, senioren; see docs/einbinden.md.',
    ]);
    expect(searches[0]!.query).to.not.have.any.keys('levels', 'program', 'audience');
  });

  it('without feed: one warning once the page had time to set it, and the plain error instead of an endless skeleton', async () => {
    let el!: WirSprachkursSuche;
    const warnings = await warningsDuring(async () => {
      ({ el } = insert());
      await waitUntil(() => $(el, '[part="error"]'), 'the error state', { timeout: 4000, interval: 50 });
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(
      /^wir-widgets <wir-sprachkurs-suche>: feed is missing, so there is nothing to search\. .*a Sprachkurse feed/,
    );
  });
});
