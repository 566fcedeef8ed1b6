/**
 * FeedController on a minimal host element, against the test server's real files (the sample
 * feeds, a missing path) and its slow route (test/support/slow-files.mjs) for loads that are
 * still running when the feed changes or the element leaves the page.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { FeedController } from '../../../../src/components/shared/controllers/feed-controller.js';
import type { WirErrorEvent } from '../../../../src/components/shared/events.js';
import type { SlicedJob } from '../../../../src/core/slices/index.js';

const FEED = '/demo/data/lotsen.json';
const WAIT = { timeout: 5000, interval: 20 };

class FeedHost extends LitElement {
  @property() feed: string | object = '';
  readonly loader = new FeedController(this, 'lotsen', function* (loaded): SlicedJob<{ count: number; publisher: string }> {
    // A build may pause, as the widgets' index builds do.
    yield;
    return { count: loaded.records.length, publisher: loaded.publisher.name };
  });
  override render() {
    return this.loader.render({
      initial: () => html`<p class="waiting">waiting</p>`,
      pending: () => html`<p class="loading">loading</p>`,
      error: () => html`<button class="retry" @click=${() => this.loader.retry()}>retry</button>`,
      complete: (value) => html`<p class="done">${value.count}</p>`,
    });
  }
}
customElements.define('test-feed-host', FeedHost);

interface Watched {
  el: FeedHost;
  errors: WirErrorEvent[];
  warned: unknown[][];
  restore: () => void;
}

/** A host with `feed`, collecting its wir-error events and console warnings. */
async function watch(feed: string | object): Promise<Watched> {
  const errors: WirErrorEvent[] = [];
  const warned: unknown[][] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warned.push(args);
  const el = document.createElement('test-feed-host') as FeedHost;
  el.feed = feed;
  el.addEventListener('wir-error', (event) => errors.push(event));
  await fixture(html`<div>${el}</div>`);
  return { el, errors, warned, restore: () => (console.warn = warn) };
}

const shown = (el: FeedHost, selector: string) => el.shadowRoot!.querySelector(selector);

describe('FeedController', () => {
  // The controller loads the engine (validation and matching) on first use; the test server
  // compiles those modules on first request, which takes seconds on a busy machine.
  before(() => import('../../../../src/components/shared/controllers/feed-engine.js'));

  it('waits without an error while no feed is set, then loads the one that is set', async () => {
    const { el, errors, restore } = await watch('');
    try {
      await el.updateComplete;
      expect(shown(el, '.waiting'), 'initial: the host shows its placeholder').to.exist;
      expect(el.loader.loading).to.equal(true);
      el.feed = FEED;
      await waitUntil(() => shown(el, '.done'), 'the feed loads', WAIT);
      expect(el.loader.value!.count).to.be.greaterThan(0);
      expect(el.loader.loading).to.equal(false);
      expect(errors).to.deep.equal([]);
    } finally {
      restore();
    }
  });

  it('takes a feed document that is already in memory', async () => {
    const doc = await (await fetch(FEED)).json();
    const { el, restore } = await watch(doc);
    try {
      await waitUntil(() => el.loader.value, 'the document is validated', WAIT);
      expect(el.loader.value!.count).to.equal(doc.records.length);
    } finally {
      restore();
    }
  });

  it('reports a feed that cannot be used to the page (wir-error) and the console, and loads again on retry', async () => {
    const { el, errors, warned, restore } = await watch('/demo/data/missing.json');
    try {
      await waitUntil(() => shown(el, '.retry'), 'the error state', WAIT);
      expect(el.loader.failed).to.equal(true);
      expect(errors.map((e) => [e.code, e.detail])).to.deep.equal([['http', '/demo/data/missing.json']]);
      expect(errors[0]!.bubbles && errors[0]!.composed, 'the event leaves the shadow root').to.equal(true);
      expect(String(warned[0]?.[0])).to.contain('<test-feed-host>').and.contain('HTTP 404');
      shown(el, '.retry')!.dispatchEvent(new Event('click'));
      await waitUntil(() => errors.length === 2, 'the retry fails and reports again', WAIT);
    } finally {
      restore();
    }
  });

  it('reports skipped invalid records with code records-skipped and keeps the valid ones', async () => {
    const doc = await (await fetch(FEED)).json();
    const feed = { ...doc, records: [...doc.records.slice(0, 3), { id: 'kaputt' }] };
    const { el, errors, warned, restore } = await watch(feed);
    try {
      await waitUntil(() => el.loader.value, 'the valid records load', WAIT);
      expect(el.loader.value!.count).to.equal(3);
      expect(errors.map((e) => [e.code, e.message])).to.deep.equal([['records-skipped', '1 of 4 records were skipped as invalid.']]);
      expect((errors[0]!.detail as Array<{ id?: string }>).map((s) => s.id)).to.deep.equal(['kaputt']);
      expect(String(warned[0]?.[0])).to.contain('records were skipped');
    } finally {
      restore();
    }
  });

  it('aborts a load in flight when the feed changes, and reports nothing about it', async () => {
    const path = `/demo/data/lotsen.json?change=${Math.random()}`;
    const { el, errors, restore } = await watch(`/test/slow/4000${path}`);
    try {
      await waitUntil(async () => (await executeServerCommand('slow-requests', { path })) === 1, 'the slow load started', WAIT);
      el.feed = FEED;
      await waitUntil(() => shown(el, '.done'), 'the new feed loads', WAIT);
      await waitUntil(async () => (await executeServerCommand('slow-aborted', { path })) === 1, 'the old load was aborted', WAIT);
      expect(errors, 'an aborted load is not a problem to report').to.deep.equal([]);
    } finally {
      restore();
    }
  });

  it('aborts a load in flight when the element leaves the page, and loads again when it returns', async () => {
    const path = `/demo/data/lotsen.json?leave=${Math.random()}`;
    const { el, errors, restore } = await watch(`/test/slow/1500${path}`);
    try {
      await waitUntil(async () => (await executeServerCommand('slow-requests', { path })) === 1, 'the slow load started', WAIT);
      const parent = el.parentElement!;
      el.remove();
      await waitUntil(async () => (await executeServerCommand('slow-aborted', { path })) === 1, 'leaving aborted the load', WAIT);
      parent.append(el);
      await waitUntil(() => shown(el, '.done'), 'back on the page, the feed loads', WAIT);
      expect(await executeServerCommand('slow-requests', { path })).to.equal(2);
      expect(errors).to.deep.equal([]);
    } finally {
      restore();
    }
  });
});
