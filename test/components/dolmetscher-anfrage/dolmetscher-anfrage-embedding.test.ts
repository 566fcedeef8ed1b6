/**
 * What a webmaster or an app developer meets when embedding the request form: presets set as
 * properties by a framework right after insertion, and loud console warnings for attributes
 * the form cannot use.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/components/dolmetscher-anfrage/define.js';
import type { WirDolmetscherAnfrage } from '../../../src/components/dolmetscher-anfrage/dolmetscher-anfrage.js';
import { warningsDuring } from '../../support/console-warnings.js';
import { fillValid, set, toReview } from './anfrage-filling.js';

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

const rows = (id: string) => executeServerCommand<number, { id: string }>('receiver-count', { id });

describe('<wir-dolmetscher-anfrage> tells the webmaster about attributes it cannot use', () => {
  beforeEach(async () => {
    await executeServerCommand('receiver-start');
  });

  it('kommune="6438": one warning with the format and the docs; the form shows its area list, and the resident can send', async () => {
    let el!: WirDolmetscherAnfrage;
    let id = '';
    const warnings = await warningsDuring(async () => {
      el = insert();
      el.setAttribute('kommune', '6438');
      el.endpoint = '/api/anfragen';
      el.minFillSeconds = 0;
      await el.updateComplete;
      await waitUntil(() => $(el, '#kommune'), 'the area list', WAIT);
      await fillValid(el);
      set(el, 'kommune', '06438');
      await el.updateComplete;
      await toReview(el);
      id = (JSON.parse(sessionStorage.getItem(STORAGE_KEY)!) as { id: string }).id;
      $<HTMLButtonElement>(el, '#send')!.click();
      await waitUntil(() => $(el, '.success'), 'the success screen', WAIT);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(
      /^wir-widgets <wir-dolmetscher-anfrage>: kommune="6438" is not a WIR area\. .*5 digits, e\.g\. 06438 = Kreis Offenbach.*docs\/einbinden\.md.*Did you mean kommune="06438"/,
    );
    expect(await rows(id), 'the request is stored').to.equal(1);
    expect($(el, '.success')!.textContent).to.contain('Kreis Offenbach');
  });

  it('without endpoint: one warning once the page had time to set it; sending posts nothing and offers the e-mail', async () => {
    let el!: WirDolmetscherAnfrage;
    const warnings = await warningsDuring(async () => {
      el = insert();
      el.kommune = '06438';
      el.minFillSeconds = 0;
      el.contactEmail = 'dolmetschen@kreis-offenbach.example';
      await el.updateComplete;
      await fillValid(el);
      await toReview(el);
      await new Promise((resolve) => setTimeout(resolve, 1600));
      $<HTMLButtonElement>(el, '#send')!.click();
      await waitUntil(() => $(el, '#failure'), 'the failure box', WAIT);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^wir-widgets <wir-dolmetscher-anfrage>: endpoint is missing, so requests cannot be sent/);
    const mail = $<HTMLAnchorElement>(el, '#failure a[href^="mailto:"]');
    expect(mail, 'the prepared e-mail').to.exist;
    expect(mail!.href).to.contain('dolmetschen@kreis-offenbach.example');
  });
});
