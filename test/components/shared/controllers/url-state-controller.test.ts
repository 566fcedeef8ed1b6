/** UrlStateController on a minimal host with a one-key codec, in the test page's real history. */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import {
  readPrefixed,
  type UrlCodec,
  UrlStateController,
  writePrefixed,
} from '../../../../src/components/shared/controllers/url-state-controller.js';

const colourCodec: UrlCodec<{ colour: string }> = {
  keys: ['farbe'],
  encode: (state): Record<string, string> => (state.colour ? { farbe: state.colour } : {}),
  decode: (values) => ({ colour: values.farbe ?? '' }),
};

class UrlHost extends LitElement {
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;
  @property() colour = '';
  restored: Array<{ colour: string } | undefined> = [];
  readonly url = new UrlStateController(this, {
    codec: colourCodec,
    defaultPrefix: 'bunt',
    enabled: () => this.syncUrl,
    current: () => ({ colour: this.colour }),
    restore: (state) => {
      this.restored.push(state);
      this.colour = state?.colour ?? '';
    },
  });
  /** A choice the user made. */
  choose(colour: string): void {
    this.colour = colour;
    this.url.push();
  }
  /** Typing into a field. */
  type(colour: string): void {
    this.colour = colour;
    this.url.replace();
  }
}
customElements.define('test-url-host', UrlHost);

const param = (key: string) => new URL(location.href).searchParams.get(key);
const startHref = location.href;
afterEach(() => history.replaceState(null, '', startHref));

async function host(id = ''): Promise<UrlHost> {
  const el = await fixture<UrlHost>(html`<test-url-host id=${id} sync-url></test-url-host>`);
  return el;
}

describe('UrlStateController', () => {
  it('prefixes its keys with the element id, or the default prefix without one', async () => {
    const named = await host('suche-1');
    expect(named.url.prefix).to.equal('suche-1');
    const odd = await host('a b/ä');
    expect(odd.url.prefix, 'only URL-friendly characters').to.equal('ab');
    const plain = await host();
    expect(plain.url.prefix).to.equal('bunt');
  });

  it('pushes a history entry for a choice, so Back restores the state before it', async () => {
    const el = await host('h');
    el.choose('rot');
    await el.updateComplete;
    expect(param('h-farbe')).to.equal('rot');
    el.choose('blau');
    await el.updateComplete;
    expect(param('h-farbe')).to.equal('blau');
    // history.length is no witness: Chromium caps it at 50 entries, which earlier tests in the
    // same page reach. Two steps back, each to the state before its choice, show two entries.
    const back = async () => {
      const popped = oneEvent(window, 'popstate');
      history.back();
      await popped;
    };
    await back();
    expect(el.restored).to.deep.equal([{ colour: 'rot' }]);
    expect(el.colour).to.equal('rot');
    await back();
    expect(el.colour, 'the state before the first choice').to.equal('');
    expect(param('h-farbe')).to.equal(null);
  });

  it('replaces the current entry while typing', async () => {
    const el = await host('h');
    // An entry of its own to type into; Back then leaves it in one step if typing made none.
    history.pushState(null, '', '?marker=1');
    for (const text of ['g', 'gr', 'grü', 'grün']) {
      el.type(text);
      await el.updateComplete;
    }
    expect(param('h-farbe')).to.equal('grün');
    expect(param('marker')).to.equal('1');
    const popped = oneEvent(window, 'popstate');
    history.back();
    await popped;
    expect(param('marker'), 'one step back leaves the typing entry').to.equal(null);
    expect(param('h-farbe'), 'no entry per keystroke').to.equal(null);
  });

  it('leaves the page’s own parameters and another widget’s keys alone', async () => {
    history.replaceState(null, '', '?page=5&other-farbe=gelb#top');
    const el = await host('mine');
    el.choose('rot');
    await el.updateComplete;
    const url = new URL(location.href);
    expect(url.searchParams.get('page')).to.equal('5');
    expect(url.searchParams.get('other-farbe')).to.equal('gelb');
    expect(url.searchParams.get('mine-farbe')).to.equal('rot');
    expect(url.hash).to.equal('#top');
  });

  it('reads nothing and writes nothing while turned off', async () => {
    const el = await fixture<UrlHost>(html`<test-url-host id="off"></test-url-host>`);
    el.choose('rot');
    await el.updateComplete;
    expect(param('off-farbe')).to.equal(null);
    history.pushState(null, '', '?off-farbe=blau');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(el.restored).to.deep.equal([]);
  });

  it('hands undefined to restore for an entry without its keys', async () => {
    const el = await host('h');
    history.pushState(null, '', '?unrelated=1');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await waitUntil(() => el.restored.length === 1, 'restore is called');
    expect(el.restored).to.deep.equal([undefined]);
  });

  it('reads and writes prefixed keys without touching others (readPrefixed, writePrefixed)', () => {
    expect(readPrefixed('?a-x=1&b-x=2&x=3', 'a', ['x', 'y'])).to.deep.equal({ x: '1' });
    expect(readPrefixed('?b-x=2', 'a', ['x'])).to.equal(undefined);
    expect(writePrefixed('https://example.org/p?a-x=1&keep=1', 'a', ['x', 'y'], { y: 'neu', x: '' })).to.equal(
      'https://example.org/p?keep=1&a-y=neu',
    );
  });
});
