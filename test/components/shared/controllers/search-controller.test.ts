/** SearchController on a minimal host: a list of words as the index, a prefix as the query. */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { Announcer } from '../../../../src/components/shared/announcer.js';
import { SearchController } from '../../../../src/components/shared/controllers/search-controller.js';

interface Words {
  words: string[];
}
interface Found {
  hits: string[];
  total: number;
}

class FoundEvent extends Event {
  constructor(
    readonly query: string,
    readonly total: number,
  ) {
    super('test-found', { bubbles: true, composed: true });
  }
}

class SearchHost extends LitElement {
  @property({ attribute: false }) index: Words | undefined;
  @property() term = '';
  /** False while the host's state is not settled (a preset still resolving). */
  @property({ type: Boolean }) settled = true;
  runs: string[] = [];
  changes = 0;
  readonly announcer = new Announcer(this, 50);
  readonly search = new SearchController(this, this.announcer, {
    index: () => this.index,
    query: () => (this.settled ? this.term : undefined),
    run: (index, query): Found => {
      this.runs.push(query);
      const hits = index.words.filter((w) => w.startsWith(query));
      return { hits, total: hits.length };
    },
    announce: (result) => `${result.total} gefunden`,
    changed: () => this.changes++,
    event: (query, result) => new FoundEvent(query, result.total),
  });
  override render() {
    return html`<ul>
        ${this.search.result?.hits.map((w) => html`<li>${w}</li>`)}
      </ul>
      ${this.announcer.render()}`;
  }
}
customElements.define('test-search-host', SearchHost);

const index: Words = { words: ['Amina', 'Amir', 'Berhane', 'Layla'] };
const shown = (el: SearchHost) => [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent);
const live = (el: SearchHost) => el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent!.trim();

async function host(): Promise<SearchHost> {
  return fixture<SearchHost>(html`<test-search-host .index=${index} term="Am"></test-search-host>`);
}

describe('SearchController', () => {
  it('searches before the first render, so the first paint already shows the result', async () => {
    const el = await host();
    expect(shown(el)).to.deep.equal(['Amina', 'Amir']);
    expect(el.search.query).to.equal('Am');
  });

  it('runs the engine once per query, not once per render', async () => {
    const el = await host();
    for (let i = 0; i < 3; i++) {
      el.requestUpdate();
      await el.updateComplete;
    }
    expect(el.runs).to.deep.equal(['Am']);
    el.term = 'L';
    await el.updateComplete;
    expect(el.runs).to.deep.equal(['Am', 'L']);
    expect(shown(el)).to.deep.equal(['Layla']);
  });

  it('searches again when the index changes (a feed reloaded), with the same query', async () => {
    const el = await host();
    el.index = { words: ['Amal'] };
    await el.updateComplete;
    expect(el.runs).to.deep.equal(['Am', 'Am']);
    expect(shown(el)).to.deep.equal(['Amal']);
  });

  it('waits for an index and for a settled query, keeping the last result meanwhile', async () => {
    const el = await fixture<SearchHost>(html`<test-search-host term="Am"></test-search-host>`);
    expect(el.runs, 'no index, no search').to.deep.equal([]);
    el.index = index;
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(['Amina', 'Amir']);
    el.settled = false;
    el.term = 'B';
    await el.updateComplete;
    expect(el.runs, 'no search while unsettled').to.deep.equal(['Am']);
    expect(shown(el), 'the list does not flash empty').to.deep.equal(['Amina', 'Amir']);
    el.settled = true;
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(['Berhane']);
  });

  it('announces the count of each new result in the live region that was there from the start', async () => {
    const el = await host();
    const region = el.shadowRoot!.querySelector('[aria-live="polite"]');
    await waitUntil(() => live(el) === '2 gefunden', 'the first count is announced');
    el.term = 'L';
    await waitUntil(() => live(el) === '1 gefunden', 'the new count is announced');
    expect(el.shadowRoot!.querySelector('[aria-live="polite"]')).to.equal(region);
  });

  it('fires the host’s event after the render that shows the result, once per result', async () => {
    const el = await host();
    const seen: Array<[string, number, string[]]> = [];
    el.addEventListener('test-found', (e) => seen.push([(e as FoundEvent).query, (e as FoundEvent).total, shown(el) as string[]]));
    const found = oneEvent(el, 'test-found');
    el.term = 'Ber';
    await found;
    el.requestUpdate();
    await el.updateComplete;
    expect(seen, 'the list was already drawn when the event came').to.deep.equal([['Ber', 1, ['Berhane']]]);
  });

  it('tells the host about each new result before the render (for state that belongs to one result)', async () => {
    const el = await host();
    expect(el.changes).to.equal(1);
    el.requestUpdate();
    await el.updateComplete;
    expect(el.changes).to.equal(1);
    el.term = 'A';
    await el.updateComplete;
    expect(el.changes).to.equal(2);
  });
});
