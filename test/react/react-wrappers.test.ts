import { expect, waitUntil } from '@open-wc/testing';
import { act, createElement, version } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { WirSearchEvent } from '../../src/components/shared/events.js';
import type { LotsenQuery, SprachkursQuery } from '../../src/core/index.js';
import { DolmetscherAnfrage, LotsenFinder, SprachkursSuche } from '../../src/react/index.js';

// act() outside a test renderer needs this flag, or React warns on every update.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const shadowText = (el: Element | null) => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('wir-widgets/react in React 19', () => {
  it('runs on React 19', () => {
    expect(version).to.match(/^19\./);
  });

  it('LotsenFinder: presets given in the first render shape the first search, onWirSearch receives typed events, and a changed prop re-runs it', async () => {
    const searches: Array<WirSearchEvent<LotsenQuery>> = [];
    const render = (props: { near: string; radius: number }) =>
      act(() => {
        root.render(
          createElement(LotsenFinder, {
            feed: '/demo/data/lotsen.json',
            language: 'ti',
            topics: 'gesundheit',
            ...props,
            onWirSearch: (e) => searches.push(e),
          }),
        );
      });
    // @lit/react sets these as properties in a layout effect, after the element is in the page.
    render({ near: '63128', radius: 25 });
    const el = container.querySelector('wir-lotsen-finder')!;
    await waitUntil(() => searches.length > 0, 'a wir-search event arrives', { timeout: 10000 });
    expect(searches, 'one search, already with every preset').to.have.length(1);
    expect(searches[0]!.query).to.deep.include({ languages: ['ti'], topics: ['gesundheit'], radiusKm: 25 });
    expect(searches[0]!.query.near, 'around 63128').to.deep.equal({ lat: 50.01, lon: 8.778 });
    expect(el.radius, 'a number prop stays a number').to.equal(25);
    const nearby = searches[0]!.total;
    render({ near: '63128', radius: 100 });
    await waitUntil(() => searches.some((e) => e.query.radiusKm === 100), 'a search within 100 km', { timeout: 10000 });
    expect(searches.at(-1)!.total).to.be.greaterThanOrEqual(nearby);
    await waitUntil(() => /gefunden/.test(shadowText(el)), 'the results show');
  });

  it('SprachkursSuche: a boolean prop filters, and a changed prop re-runs the search', async () => {
    const searches: Array<WirSearchEvent<SprachkursQuery>> = [];
    const render = (childcare: boolean) =>
      act(() => {
        root.render(
          createElement(SprachkursSuche, {
            feed: '/demo/data/sprachkurse.json',
            near: '63128',
            childcare,
            onWirSearch: (e) => searches.push(e),
          }),
        );
      });
    render(false);
    await waitUntil(() => searches.length > 0, 'a first search', { timeout: 10000 });
    const all = searches.at(-1)!.total;
    render(true);
    await waitUntil(() => searches.at(-1)!.total < all, `childcare narrows ${all} courses`, { timeout: 10000 });
    expect(container.querySelector('wir-sprachkurs-suche')!.childcare).to.equal(true);
  });

  it('DolmetscherAnfrage: renders the form with its props; onWirSubmit is wired to the element', async () => {
    const submits: Event[] = [];
    act(() => {
      root.render(
        createElement(DolmetscherAnfrage, {
          endpoint: '/api/anfragen',
          kommune: '06438',
          keepDraft: false,
          onWirSubmit: (e) => submits.push(e),
        }),
      );
    });
    const el = container.querySelector('wir-dolmetscher-anfrage')!;
    expect(el.keepDraft).to.equal(false);
    await waitUntil(() => /Laiendolmetscher:in anfragen/.test(shadowText(el)), 'the form shows');
    // The same listener React registered hears the element's event.
    el.dispatchEvent(new Event('wir-submit', { bubbles: true, composed: true, cancelable: true }));
    expect(submits).to.have.length(1);
  });
});
