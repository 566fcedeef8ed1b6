/**
 * "Kontakt anfragen" in <wir-lotsen-finder>: the contact request for a Lotse, sent to the REAL
 * reference receiver mounted at /api/anfragen by test/support/receiver-plugin.mjs (temp SQLite
 * file). The plugin's commands stop, start and tamper with the receiver; what was stored is read
 * from its database.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/components/lotsen-finder/define.js';
import type { WirLotseKontakt } from '../../../src/components/lotsen-finder/contact-request/lotse-contact-request.js';
import type { WirLotsenFinder } from '../../../src/components/lotsen-finder/lotsen-finder.js';
import type { WirErrorEvent, WirSubmittedEvent } from '../../../src/components/shared/events.js';
import type { LotseRequest } from '../../../src/core/request/index.js';
import { UI_LOCALES } from '../../../src/i18n/locales.js';

const FEED = '/demo/data/lotsen.json';
const ENDPOINT = '/api/anfragen';
const WAIT = { timeout: 10000, interval: 25 };

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const stored = (id: string) => executeServerCommand<LotseRequest | null, { id: string }>('receiver-get', { id });
const rows = (id: string) => executeServerCommand<number, { id: string }>('receiver-count', { id });

interface Open {
  finder: WirLotsenFinder;
  form: WirLotseKontakt;
  /** The Lotse's name on the first card. */
  lotse: string;
}

/** A finder searching for Tigrinya speakers around Dietzenbach, with the first card's contact request open. */
async function openRequest(locale: string, extra: { endpoint?: string } = {}): Promise<Open> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${locale}>
    <wir-lotsen-finder
      feed=${FEED}
      endpoint=${extra.endpoint ?? ENDPOINT}
      privacy-url="/datenschutz.html"
      response-days="3"
      near="63128"
      language="ti"
      topics="behoerden"
      radius="50"
      page-size="2"
    ></wir-lotsen-finder>
  </div>`);
  const finder = wrapper.querySelector('wir-lotsen-finder')!;
  await waitUntil(() => $(finder, '[part~="card"]'), 'results', WAIT);
  $(finder, '[part~="contact-button"]')!.click();
  await finder.updateComplete;
  const lotse = $(finder, '.card-title')!.textContent!.trim();
  $(finder, '#request-0')!.click();
  await waitUntil(() => $(finder, 'wir-lotse-kontakt')?.shadowRoot?.querySelector('form'), 'the form loads', WAIT);
  const form = $<WirLotseKontakt>(finder, 'wir-lotse-kontakt')!;
  if (locale !== 'de') await waitUntil(() => !$(form, '#step-title')!.textContent!.includes('anfragen'), `${locale} texts`, WAIT);
  return { finder, form, lotse };
}

function type(form: Element, id: string, value: string): void {
  const input = $<HTMLInputElement>(form, `#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

function tick(form: Element, id: string): void {
  $<HTMLInputElement>(form, `#${id}`)!.click();
}

async function fillValid(form: WirLotseKontakt): Promise<void> {
  type(form, 'name', 'Samira');
  type(form, 'phone', '0151 2345678');
  tick(form, 'consent');
  await form.updateComplete;
}

/** The id of the form's draft (the request id), from sessionStorage. */
function draftId(form: WirLotseKontakt): string {
  const key = Object.keys(sessionStorage).find((k) => k.startsWith(`wir-lotse-kontakt:${form.lotse!.id}`))!;
  return (JSON.parse(sessionStorage.getItem(key)!) as { id: string }).id;
}

beforeEach(() => sessionStorage.clear());
afterEach(async () => {
  await executeServerCommand('receiver-start');
});

describe('Kontakt anfragen in <wir-lotsen-finder>', () => {
  it('offers no contact request without an endpoint: the office contact stays as it was', async () => {
    const el = await fixture<WirLotsenFinder>(
      html`<wir-lotsen-finder feed=${FEED} near="63128" language="ti" radius="50"></wir-lotsen-finder>`,
    );
    await waitUntil(() => $(el, '[part~="card"]'), 'results', WAIT);
    $(el, '[part~="contact-button"]')!.click();
    await el.updateComplete;
    expect($(el, '[part="contact"]')).to.exist;
    expect($(el, '[part~="request-button"]')).to.equal(null);
  });

  it('searched in Arabic for Tigrinya: sends the request, the receiver stores it, and the success view is Arabic and right-to-left', async function () {
    this.timeout(30000);
    const { finder, form, lotse } = await openRequest('ar');
    expect(form.shadowRoot!.activeElement?.id, 'focus on the form heading').to.equal('step-title');
    expect($(form, '.contact-request')!.getAttribute('dir')).to.equal('rtl');
    // The name sits in Unicode isolates, so its full stop stays on its side in right-to-left text.
    expect($(form, '#step-title')!.textContent).to.equal(`طلب التواصل مع \u2068${lotse}\u2069`);
    // The searched language and topic come preselected; the resident may change them.
    expect($<HTMLInputElement>(form, 'input[name="language"]:checked')!.value).to.equal('ti');
    const topics = [...form.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="topics"]:checked')].map((i) => i.value);
    expect(topics).to.deep.equal(['behoerden']);
    await fillValid(form);
    type(form, 'note', 'أفضّل المساء');
    const id = draftId(form);
    const submitted = oneEvent(finder, 'wir-submitted') as Promise<WirSubmittedEvent>;
    $<HTMLButtonElement>(form, '#send')!.click();
    const event = await submitted;
    expect(event.id).to.equal(id);
    await form.updateComplete;

    const request = await stored(id);
    expect(request?.kind).to.equal('lotse');
    expect(request?.locale).to.equal('ar');
    expect(request?.need).to.deep.equal({
      lotseId: form.lotse!.id,
      lotseName: lotse,
      language: 'ti',
      topics: ['behoerden'],
      note: 'أفضّل المساء',
    });
    expect(request?.requester).to.deep.equal({ type: 'privat', name: 'Samira', phone: '0151 2345678' });

    expect($(form, '#step-title')!.textContent).to.equal('وصل طلبك');
    expect($(form, '.contact-request')!.getAttribute('dir')).to.equal('rtl');
    expect($(form, '.number')!.textContent).to.equal(id.slice(0, 8).toUpperCase());
    expect($(form, 'ol.next')!.textContent).to.contain(lotse).and.contain('3 أيام عمل');
    expect(form.shadowRoot!.activeElement?.id, 'focus on the success heading').to.equal('step-title');
    await expect(finder).to.be.accessible();
  });

  it('keeps everything when the receiver is down, offers the office contact and e-mail, and sends once when it is up again', async function () {
    this.timeout(30000);
    const { finder, form } = await openRequest('de');
    form.minFillSeconds = 0;
    await fillValid(form);
    const id = draftId(form);
    await executeServerCommand('receiver-stop');
    const failed = oneEvent(finder, 'wir-error') as Promise<WirErrorEvent>;
    $<HTMLButtonElement>(form, '#send')!.click();
    expect((await failed).code).to.equal('network');
    await waitUntil(() => $(form, '#failure'), 'the failure box', WAIT);
    expect(form.shadowRoot!.activeElement?.id).to.equal('failure');
    expect($(form, '#failure')!.textContent).to.contain('Der Server war nicht erreichbar').and.contain('Koordinierungsstelle direkt');
    expect($(form, '#failure [part="contact"]')!.textContent).to.contain('@');
    expect($(form, '#mail')!.getAttribute('href')).to.match(/^mailto:[^?]+\?subject=Kontaktanfrage%20Integrationslotse%3Ain/);
    expect($<HTMLInputElement>(form, '#name')!.value, 'typed name kept').to.equal('Samira');
    expect(draftId(form), 'draft kept').to.equal(id);
    expect(await rows(id)).to.equal(0);
    await expect(finder).to.be.accessible();

    await executeServerCommand('receiver-start');
    const submitted = oneEvent(finder, 'wir-submitted');
    $<HTMLButtonElement>(form, '#retry')!.click();
    await submitted;
    await form.updateComplete;
    expect($(form, '#step-title')!.textContent).to.equal('Ihre Anfrage ist angekommen');
    expect(await rows(id)).to.equal(1);
  });

  it('sends from a finder in Leichte Sprache (locale de-x-ls passes the contract)', async function () {
    this.timeout(20000);
    const { finder, form } = await openRequest('de-x-ls');
    form.minFillSeconds = 0;
    await fillValid(form);
    const id = draftId(form);
    const submitted = oneEvent(finder, 'wir-submitted');
    $<HTMLButtonElement>(form, '#send')!.click();
    await submitted;
    expect((await stored(id))?.locale).to.equal('de-x-ls');
    await form.updateComplete;
    expect($(form, 'ol.next')!.textContent).to.contain('Wir fragen');
  });

  it('falls back to the office contact when the receiver does not know the kind (an older receiver answers 400 on kind)', async function () {
    this.timeout(20000);
    const { form } = await openRequest('de');
    form.minFillSeconds = 0;
    await fillValid(form);
    await executeServerCommand('receiver-tamper', { path: 'kind', value: 'lotse-kontakt' });
    $<HTMLButtonElement>(form, '#send')!.click();
    await waitUntil(() => $(form, '#unsupported'), 'the fallback', WAIT);
    expect($(form, '#unsupported')!.textContent).to.contain('nicht gesendet werden').and.contain('Koordinierungsstelle direkt');
    expect($(form, '#unsupported [part="contact"]')).to.exist;
    expect(form.shadowRoot!.activeElement?.id).to.equal('unsupported');
  });

  it('shows the GOV.UK error summary for an empty send, linked to the fields, and posts nothing', async function () {
    this.timeout(15000);
    const { form } = await openRequest('de');
    $<HTMLButtonElement>(form, '#send')!.click();
    await waitUntil(() => $(form, 'wir-error-summary'), 'the summary', WAIT);
    const summary = $(form, 'wir-error-summary')!;
    await (summary as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(summary.shadowRoot!.textContent)
      .to.contain('Geben Sie Ihren Vornamen oder Namen ein.')
      .and.contain('E-Mail-Adresse oder eine Telefonnummer');
    expect($(form, '#name')!.getAttribute('aria-describedby')).to.equal('name-error');
    expect($(form, '#name-error')!.textContent).to.contain('Fehler:');
  });

  it('keeps the draft across a reload: the same Lotse’s form opens with what was typed and the same request id', async function () {
    this.timeout(20000);
    const first = await openRequest('de');
    type(first.form, 'name', 'Samira');
    const id = draftId(first.form);
    first.finder.remove();
    const second = await openRequest('de');
    expect($<HTMLInputElement>(second.form, '#name')!.value).to.equal('Samira');
    expect(draftId(second.form)).to.equal(id);
  });

  it('closes with "Abbrechen" and gives focus back to "Kontakt anfragen"', async () => {
    const { finder, form } = await openRequest('de');
    $<HTMLButtonElement>(form, '#cancel')!.click();
    await finder.updateComplete;
    await finder.updateComplete;
    expect($(finder, 'wir-lotse-kontakt')).to.equal(null);
    expect(finder.shadowRoot!.activeElement?.id).to.equal('request-0');
  });
});

for (const locale of UI_LOCALES) {
  describe(`the contact request in ${locale}`, () => {
    it('passes axe with the form open, with its errors, and on the success view', async function () {
      this.timeout(30000);
      const { finder, form } = await openRequest(locale);
      expect($(form, '.contact-request')!.getAttribute('dir')).to.equal(locale === 'ar' || locale === 'fa' ? 'rtl' : 'ltr');
      await expect(finder).to.be.accessible();
      $<HTMLButtonElement>(form, '#send')!.click();
      await waitUntil(() => $(form, 'wir-error-summary'), 'the summary', WAIT);
      await expect(finder).to.be.accessible();
      form.minFillSeconds = 0;
      await fillValid(form);
      const submitted = oneEvent(finder, 'wir-submitted');
      $<HTMLButtonElement>(form, '#send')!.click();
      await submitted;
      await form.updateComplete;
      expect($(form, '.number')).to.exist;
      await expect(finder).to.be.accessible();
    });
  });
}
