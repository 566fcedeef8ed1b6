/** UrlStateController on a minimal host with a one-key codec, in the test page's real history. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
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

/**
 * The history writes made while recording, as [mode, absolute URL]. The test page shares one browser
 * tab with every other test file, whose entries Back would reach (and, past the first one, the
 * runner's about:blank), so the tests read what the controller writes instead of walking back.
 */
function recordHistoryWrites() {
  const writes: Array<['push' | 'replace', string]> = [];
  const { pushState, replaceState } = history;
  const absolute = (url?: string | URL | null) => new URL(String(url), location.href).href;
  history.pushState = function (data, unused, url) {
    writes.push(['push', absolute(url)]);
    pushState.call(this, data, unused, url);
  };
  history.replaceState = function (data, unused, url) {
    writes.push(['replace', absolute(url)]);
    replaceState.call(this, data, unused, url);
  };
  return {
    writes,
    stop() {
      history.pushState = pushState;
      history.replaceState = replaceState;
    },
  };
}

/** What the browser does on Back to an entry of this page: the URL changes, then popstate fires. */
async function goBackTo(href: string): Promise<void> {
  history.replaceState(null, '', href);
  window.dispatchEvent(new PopStateEvent('popstate'));
  await Promise.resolve();
}

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
    const before = location.href;
    const entries = recordHistoryWrites();
    el.choose('rot');
    await el.updateComplete;
    el.choose('blau');
    await el.updateComplete;
    entries.stop();
    expect(entries.writes.map(([mode, href]) => [mode, new URL(href).searchParams.get('h-farbe')])).to.deep.equal([
      ['push', 'rot'],
      ['push', 'blau'],
    ]);
    await goBackTo(entries.writes[0]![1]);
    expect(el.restored).to.deep.equal([{ colour: 'rot' }]);
    expect(el.colour).to.equal('rot');
    await goBackTo(before);
    expect(el.colour, 'the state before the first choice').to.equal('');
    expect(param('h-farbe')).to.equal(null);
  });

  it('replaces the current entry while typing', async () => {
    const el = await host('h');
    const entries = recordHistoryWrites();
    for (const text of ['g', 'gr', 'grü', 'grün']) {
      el.type(text);
      await el.updateComplete;
    }
    entries.stop();
    expect(param('h-farbe')).to.equal('grün');
    expect(
      entries.writes.map(([mode]) => mode),
      'no entry per keystroke',
    ).to.deep.equal(['replace', 'replace', 'replace', 'replace']);
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
