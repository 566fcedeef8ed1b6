/**
 * What a webmaster or an app developer meets when embedding the request form: presets set as
 * properties by a framework right after insertion, and loud console warnings for attributes
 * the form cannot use.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/components/dolmetscher-anfrage/define.js';
import type { WirDolmetscherAnfrage } from '../../../src/components/dolmetscher-anfrage/dolmetscher-anfrage.js';

const WAIT = { timeout: 8000, interval: 25 };
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const STORAGE_KEY = 'wir-dolmetscher-anfrage';

/** A draft as an earlier visit in this tab left it. */
function storeDraft(name: string): void {
  const draft = { id: '0b6f1f2e-3c4d-4e5f-8a9b-0c1d2e3f4a5b', startedAt: Date.now(), createdAt: '', name };
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(draft));
}

function insert(): WirDolmetscherAnfrage {
  const el = document.createElement('wir-dolmetscher-anfrage');
  document.body.append(el);
  return el;
}

beforeEach(() => sessionStorage.clear());
afterEach(() => {
  for (const el of document.querySelectorAll('wir-dolmetscher-anfrage')) el.remove();
});

describe('<wir-dolmetscher-anfrage> presets set as properties', () => {
  it('takes keep-draft, kommune and notice-days set right after insertion: no old draft, no area list, the lead time asked for', async () => {
    storeDraft('Erika Alt');
    const el = insert();
    el.endpoint = '/api/anfragen';
    el.keepDraft = false;
    el.kommune = '06438';
    el.noticeDays = 5;
    await el.updateComplete;
    await waitUntil(() => $(el, '#name'), 'the form shows', WAIT);
    expect($<HTMLInputElement>(el, '#name')!.value, 'the stored draft is not restored').to.equal('');
    expect(sessionStorage.getItem(STORAGE_KEY), 'and not kept either').to.equal(null);
    expect($(el, '#kommune'), 'the area is the page’s').to.equal(null);
    expect($(el, '#date-hint')!.textContent).to.match(/\b5\b/);
  });

  it('restores the draft when keep-draft stays on (the default)', async () => {
    storeDraft('Erika Alt');
    const el = insert();
    el.endpoint = '/api/anfragen';
    await el.updateComplete;
    await waitUntil(() => $(el, '#name'), 'the form shows', WAIT);
    expect($<HTMLInputElement>(el, '#name')!.value).to.equal('Erika Alt');
  });
});
