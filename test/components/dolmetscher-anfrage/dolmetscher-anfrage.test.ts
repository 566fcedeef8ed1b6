/**
 * <wir-dolmetscher-anfrage> against the REAL reference receiver, mounted at /api/anfragen on
 * the test server by test/support/receiver-plugin.mjs (temp SQLite file). The plugin's
 * commands break the receiver the ways networks break; counts come from its database.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../../src/components/dolmetscher-anfrage/define.js';
// The form loads its request schema and its sending code right after its first paint; the
// test server compiles them on first request, which takes seconds on a busy machine.
import '../../../src/core/request/deliver.js';
import '../../../src/core/request/validate.js';
import type {
  WirAnfrageSubmitEvent,
  WirErrorEvent,
  WirSubmittedEvent,
} from '../../../src/components/dolmetscher-anfrage/anfrage-events.js';
import type { WirDolmetscherAnfrage } from '../../../src/components/dolmetscher-anfrage/dolmetscher-anfrage.js';
import type { WirLanguagePicker } from '../../../src/components/shared/language-picker/language-picker.js';
import { loadFeed } from '../../../src/core/feed/index.js';
import { createIndex, search } from '../../../src/core/match/index.js';
import { continueForm, fillValid, inDays, pickLanguage, set, toReview } from './anfrage-filling.js';

const ENDPOINT = '/api/anfragen';

interface Options {
  locale?: string;
  keepDraft?: string;
  kommune?: string;
  noticeDays?: number;
}

async function anfrage(options: Options = {}): Promise<WirDolmetscherAnfrage> {
  const locale = options.locale ?? 'de';
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${locale} dir=${locale === 'ar' ? 'rtl' : 'ltr'}>
    <wir-dolmetscher-anfrage
      endpoint=${ENDPOINT}
      kommune=${options.kommune ?? ''}
      notice-days=${String(options.noticeDays ?? 3)}
      min-fill-seconds="0"
      keep-draft=${options.keepDraft ?? 'true'}
      privacy-url="/demo/datenschutz.html"
      contact-email="dolmetschen@kreis-offenbach.example"
    ></wir-dolmetscher-anfrage>
  </div>`);
  const el = wrapper.querySelector('wir-dolmetscher-anfrage')!;
  await el.updateComplete;
  if (locale !== 'de') await waitUntil(() => title(el) !== 'Laiendolmetscher:in anfragen', `${locale} texts`, WAIT);
  return el;
}

/** Sending (with retries and backoff) and lazy catalogues take time on a busy 2-core machine. */
const WAIT = { timeout: 8000, interval: 25 };
const root = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector);
const title = (el: Element) => $(el, '#step-title')?.textContent?.trim();

function draftId(): string {
  const raw = sessionStorage.getItem('wir-dolmetscher-anfrage');
  return raw ? (JSON.parse(raw) as { id: string }).id : '';
}

const rows = (id: string) => executeServerCommand<number, { id: string }>('receiver-count', { id });
const posts = (id: string) => executeServerCommand<number, { id: string }>('receiver-posts', { id });

beforeEach(async () => {
  sessionStorage.clear();
  await executeServerCommand('receiver-start');
});

for (const locale of ['de', 'en', 'ar'] as const) {
  describe(`<wir-dolmetscher-anfrage> in ${locale}`, () => {
    it('renders the form in its language and direction, and axe finds no violation', async () => {
      const el = await anfrage({ locale });
      const base = $(el, '[part="base"]')!;
      expect(base.getAttribute('dir')).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
      expect(base.getAttribute('lang')).to.equal(locale);
      expect(title(el)).to.equal(
        { de: 'Laiendolmetscher:in anfragen', en: 'Request a community interpreter', ar: 'طلب مترجم/ة شفهي/ة متطوع/ة' }[locale],
      );
      expect($(el, '[aria-live="polite"]'), 'live region from the first render').to.exist;
      await expect(el).to.be.accessible();
    });

    it('shows an error summary that takes focus, with errors tied to their fields, and stays axe-clean', async () => {
      const el = await anfrage({ locale });
      await continueForm(el);
      const summary = $(el, 'wir-error-summary')!;
      await waitUntil(() => summary.shadowRoot!.activeElement?.classList.contains('summary'), 'the summary box takes focus', WAIT);
      expect(summary.shadowRoot!.querySelector('[role="alert"]')).to.exist;
      const name = $<HTMLInputElement>(el, '#name')!;
      expect(name.getAttribute('aria-invalid')).to.equal('true');
      expect(name.getAttribute('aria-describedby')).to.equal('name-hint name-error');
      expect($(el, '#name-error')!.textContent).to.contain(
        { de: 'Geben Sie Ihren Namen ein.', en: 'Enter your name.', ar: 'أدخل اسمك.' }[locale],
      );
      await expect(el).to.be.accessible();
    });

    it('is axe-clean on the review step and the success screen', async function () {
      this.timeout(15000);
      const el = await anfrage({ locale });
      await fillValid(el);
      await toReview(el);
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '#send')!.click();
      await waitUntil(() => $(el, '.success'), 'the success screen', WAIT);
      await expect(el).to.be.accessible();
    });
  });
}

describe('<wir-dolmetscher-anfrage> sending to the real receiver', () => {
  it('fills and sends: the success screen shows the request number and exactly one row is stored', async function () {
    this.timeout(15000);
    const el = await anfrage();
    await fillValid(el);
    const id = draftId();
    expect(id).to.match(/^[0-9a-f-]{36}$/);
    await toReview(el);
    expect($(el, '.summary-list')!.textContent).to.contain('Erika Mustermann').and.contain('Tigrinya');
    const submitted = oneEvent(el, 'wir-submitted') as Promise<WirSubmittedEvent>;
    $<HTMLButtonElement>(el, '#send')!.click();
    const event = await submitted;
    expect(event.id).to.equal(id);
    expect(event.replay).to.equal(false);
    await el.updateComplete;
    expect(title(el)).to.equal('Ihre Anfrage ist angekommen');
    expect($(el, '.number')!.textContent).to.equal(id.slice(0, 8).toUpperCase());
    expect($(el, '.id')!.textContent).to.equal(id);
    expect(await rows(id)).to.equal(1);
    expect(await posts(id)).to.equal(1);
    expect(sessionStorage.getItem('wir-dolmetscher-anfrage'), 'draft cleared on success').to.equal(null);
    expect(root(el).activeElement?.id, 'focus on the success heading').to.equal('step-title');
  });

  it('keeps the typed request when the receiver dies mid-send, and a retry after restart stores it once', async function () {
    this.timeout(25000);
    const el = await anfrage();
    await fillValid(el);
    const id = draftId();
    await toReview(el);
    await executeServerCommand('receiver-slow', { ms: 700 });
    const failed = oneEvent(el, 'wir-error') as Promise<WirErrorEvent>;
    $<HTMLButtonElement>(el, '#send')!.click();
    await waitUntil(async () => (await posts(id)) > 0, 'the first attempt reaches the receiver', WAIT);
    await executeServerCommand('receiver-stop');
    const error = await failed;
    expect(error.code).to.equal('network');
    await el.updateComplete;
    expect($(el, '#failure')!.textContent).to.contain('Der Server war nicht erreichbar');
    expect($(el, '.summary-list')!.textContent, 'form intact').to.contain('Erika Mustermann').and.contain('Schulstraße 1');
    expect(draftId(), 'draft still stored').to.equal(id);
    expect($(el, '#mail')!.getAttribute('href')).to.match(/^mailto:dolmetschen@kreis-offenbach\.example\?subject=/);
    expect(await rows(id)).to.equal(0);

    await executeServerCommand('receiver-start');
    const submitted = oneEvent(el, 'wir-submitted');
    $<HTMLButtonElement>(el, '#retry')!.click();
    await submitted;
    await el.updateComplete;
    expect(title(el)).to.equal('Ihre Anfrage ist angekommen');
    expect(await rows(id)).to.equal(1);
  });

  it('stores the request once when the answer is lost after the receiver stored it', async function () {
    this.timeout(15000);
    const el = await anfrage();
    await fillValid(el);
    const id = draftId();
    await toReview(el);
    await executeServerCommand('receiver-lose-response');
    const submitted = oneEvent(el, 'wir-submitted') as Promise<WirSubmittedEvent>;
    $<HTMLButtonElement>(el, '#send')!.click();
    const event = await submitted;
    expect(event.replay, 'the retry was answered as a replay').to.equal(true);
    expect(await posts(id)).to.equal(2);
    expect(await rows(id)).to.equal(1);
  });

  it('sends one request, not two, when the send button is clicked twice on a slow server', async function () {
    this.timeout(15000);
    const el = await anfrage();
    await fillValid(el);
    const id = draftId();
    await toReview(el);
    await executeServerCommand('receiver-slow', { ms: 600 });
    const submitted = oneEvent(el, 'wir-submitted');
    const button = $<HTMLButtonElement>(el, '#send')!;
    button.click();
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    $<HTMLButtonElement>(el, '#send')!.click();
    await submitted;
    // A second request would have left at the second click, 600 ms before the first was answered.
    expect(await posts(id)).to.equal(1);
    expect(await rows(id)).to.equal(1);
  });

  it('shows the receiver’s 400 field errors on the fields, with the summary focused', async function () {
    this.timeout(15000);
    const el = await anfrage();
    await fillValid(el);
    const id = draftId();
    await toReview(el);
    await executeServerCommand('receiver-tamper', { path: 'requester.email', value: 'not-an-email' });
    const failed = oneEvent(el, 'wir-error') as Promise<WirErrorEvent>;
    $<HTMLButtonElement>(el, '#send')!.click();
    const error = await failed;
    expect(error.code).to.equal('invalid');
    expect(error.errors.map((e) => e.path)).to.include('requester.email');
    await el.updateComplete;
    expect(title(el), 'back on the form').to.equal('Laiendolmetscher:in anfragen');
    expect($(el, '#email-error')!.textContent).to.contain('name@beispiel.de');
    expect($<HTMLInputElement>(el, '#email')!.value, 'typed value kept').to.equal('sekretariat@hms.example');
    expect($(el, 'wir-error-summary')!.shadowRoot!.textContent).to.contain('name@beispiel.de');
    expect(await rows(id)).to.equal(0);
  });

  it('waits while the browser reports offline (a stand-in navigator.onLine; the receiver is really stopped) and sends by itself when the connection is back', async function () {
    this.timeout(15000);
    // DevTools offline emulation would also cut the test runner's own channel to the server,
    // so the browser's offline state is stubbed; the receiver is really unreachable meanwhile.
    const el = await anfrage();
    await fillValid(el);
    const id = draftId();
    await toReview(el);
    await executeServerCommand('receiver-stop');
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      window.dispatchEvent(new Event('offline'));
      $<HTMLButtonElement>(el, '#send')!.click();
      await waitUntil(() => $(el, '#status'), 'the offline notice', WAIT);
      expect($(el, '#status')!.textContent).to.contain('Sie sind offline');
      expect(await posts(id), 'nothing tried while offline').to.equal(0);
      expect($(el, '#send')!.getAttribute('aria-disabled')).to.equal('true');
    } finally {
      delete (navigator as unknown as { onLine?: boolean }).onLine;
    }
    await executeServerCommand('receiver-start');
    const submitted = oneEvent(el, 'wir-submitted');
    window.dispatchEvent(new Event('online'));
    await submitted;
    expect(await rows(id)).to.equal(1);
  });

  it('does not send when a host cancels wir-submit, and hands it the request', async () => {
    const el = await anfrage();
    await fillValid(el);
    const id = draftId();
    await toReview(el);
    const submit = oneEvent(el, 'wir-submit') as Promise<WirAnfrageSubmitEvent>;
    el.addEventListener('wir-submit', (e) => e.preventDefault(), { once: true });
    $<HTMLButtonElement>(el, '#send')!.click();
    const event = await submit;
    expect(event.cancelable).to.equal(true);
    expect(event.request.id).to.equal(id);
    expect(event.request.need.language).to.equal('ti');
    await el.updateComplete;
    expect($(el, '#send')!.getAttribute('aria-disabled'), 'the send button is ready again').to.equal('false');
    expect(await posts(id)).to.equal(0);
    expect(title(el), 'still on the review step').to.equal('Bitte prüfen Sie Ihre Anfrage');
  });

  it('pretends success but posts nothing when the hidden honeypot field was filled', async () => {
    const el = await anfrage();
    await fillValid(el);
    const id = draftId();
    $<HTMLInputElement>(el, '#homepage')!.value = 'http://spam.example';
    await toReview(el);
    $<HTMLButtonElement>(el, '#send')!.click();
    await waitUntil(() => $(el, '.success'), 'the success screen', WAIT);
    expect(await posts(id)).to.equal(0);
  });
});

describe('<wir-dolmetscher-anfrage> form rules and draft', () => {
  it('explains the minimum notice with the earliest possible date', async () => {
    const el = await anfrage({ noticeDays: 3 });
    await fillValid(el);
    set(el, 'date', inDays(1));
    await el.updateComplete;
    await continueForm(el);
    const message = $(el, '#date-error')!.textContent!;
    expect(message).to.contain('3 Werktage Vorlauf');
    expect($(el, '#date-hint')!.textContent).to.contain('frühestens');
  });

  it('refuses a date in the past and asks for an e-mail or phone number', async () => {
    const el = await anfrage();
    await fillValid(el);
    set(el, 'date', inDays(-2));
    set(el, 'email', '');
    await el.updateComplete;
    await continueForm(el);
    expect($(el, '#date-error')!.textContent).to.contain('Vergangenheit');
    expect($(el, '#email-error')!.textContent).to.contain('E-Mail-Adresse oder eine Telefonnummer');
  });

  it('drops a field’s error from the field and the summary once the person corrects it', async () => {
    const el = await anfrage();
    await continueForm(el);
    expect($(el, '#name-error')).to.exist;
    set(el, 'name', 'Erika Mustermann');
    set(el, 'phone', '06074 12345');
    await el.updateComplete;
    expect($(el, '#name-error')).to.equal(null);
    expect($(el, '#email-error'), 'a phone number answers "e-mail or phone"').to.equal(null);
    expect($(el, 'wir-error-summary')!.shadowRoot!.textContent).not.to.contain('Namen');
    expect($(el, '#date-error'), 'other errors stay until fixed').to.exist;
  });

  it('moves focus to the field when an error summary entry is chosen', async () => {
    const el = await anfrage();
    await continueForm(el);
    const summary = $(el, 'wir-error-summary')!;
    await (summary as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const link = [...summary.shadowRoot!.querySelectorAll('a')].find((a) => a.textContent!.includes('Namen'))!;
    link.click();
    expect(root(el).activeElement?.id).to.equal('name');
  });

  it('keeps the draft when the element is re-created (a reload), with the same request id', async () => {
    const first = await anfrage();
    set(first, 'name', 'Ayşe Demir');
    await pickLanguage(first, 'language', 'prs');
    const id = draftId();
    first.remove();
    const second = await anfrage();
    expect($<HTMLInputElement>(second, '#name')!.value).to.equal('Ayşe Demir');
    expect($<WirLanguagePicker>(second, '#language')!.value).to.equal('prs');
    expect(draftId()).to.equal(id);
  });

  it('does not keep a draft with keep-draft="false"', async () => {
    const first = await anfrage({ keepDraft: 'false' });
    set(first, 'name', 'Ayşe Demir');
    first.remove();
    expect(sessionStorage.getItem('wir-dolmetscher-anfrage')).to.equal(null);
    const second = await anfrage({ keepDraft: 'false' });
    expect($<HTMLInputElement>(second, '#name')!.value).to.equal('');
  });

  it('counts the characters left in the notes and announces it politely', async () => {
    const el = await anfrage();
    set(el, 'notes', 'Elterngespräch');
    await el.updateComplete;
    expect($(el, '#notes-count')!.textContent).to.contain('Noch 986 Zeichen');
    await waitUntil(() => ($(el, '[aria-live="polite"]')!.textContent ?? '').includes('986'), 'the count is announced', WAIT);
  });
});

describe('<wir-dolmetscher-anfrage> with a dolmetscher feed', () => {
  it('says how many interpreters could take the request, never who', async () => {
    const feed = '/demo/data/dolmetscher.json';
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <wir-dolmetscher-anfrage endpoint=${ENDPOINT} kommune="06412000" feed=${feed}></wir-dolmetscher-anfrage>
    </div>`);
    const el = wrapper.querySelector('wir-dolmetscher-anfrage')!;
    await el.updateComplete;
    expect($(el, '[part="count"]'), 'no count before a language is chosen').to.equal(null);
    await pickLanguage(el, 'language', 'ar');
    const loaded = await loadFeed(feed, 'dolmetscher');
    if (!loaded.ok) throw new Error('sample feed did not load');
    const expected = search(createIndex(loaded.records, 'dolmetscher'), { language: 'ar', kommune: '06412000' }).total;
    expect(expected).to.be.greaterThan(0);
    await waitUntil(() => $(el, '[part="count"]'), 'the count notice', WAIT);
    const text = $(el, '[part="count"]')!.textContent!;
    expect(text).to.contain(`${expected} Laiendolmetscher`).and.contain('Arabisch').and.contain('Frankfurt');
    for (const record of loaded.records) expect(text).not.to.contain(record.name);
    await expect(el).to.be.accessible();
  });
});

describe('<wir-dolmetscher-anfrage> with a feed that cannot be used', () => {
  async function withFeed(feed: string | object): Promise<{ el: WirDolmetscherAnfrage; errors: WirErrorEvent[]; warned: unknown[][] }> {
    const errors: WirErrorEvent[] = [];
    const warned: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warned.push(args);
    try {
      const el = document.createElement('wir-dolmetscher-anfrage');
      el.setAttribute('endpoint', ENDPOINT);
      el.setAttribute('kommune', '06412000');
      el.setAttribute('keep-draft', 'false');
      el.addEventListener('wir-error', (event) => errors.push(event));
      el.feed = feed;
      await fixture(html`<div>${el}</div>`);
      await waitUntil(() => errors.length > 0, 'the feed problem is reported', WAIT);
      return { el, errors, warned };
    } finally {
      console.warn = warn;
    }
  }

  it('reports a feed that does not load through wir-error and the console, and the form still works', async () => {
    const { el, errors, warned } = await withFeed('/demo/data/missing.json');
    expect(errors.map((e) => e.code)).to.deep.equal(['http']);
    expect(warned.length, 'the webmaster is told in the console').to.be.greaterThan(0);
    await pickLanguage(el, 'language', 'ar');
    expect($(el, '[part="count"]'), 'no count without a feed').to.equal(null);
    expect(title(el)).to.equal('Laiendolmetscher:in anfragen');
    await fillValid(el);
    await toReview(el);
    expect($(el, '#send'), 'the form is not blocked').to.exist;
  });

  it('takes a feed document as a property and reports its skipped records as the finder does', async () => {
    const doc = (await (await fetch('/demo/data/dolmetscher.json')).json()) as { records: unknown[] };
    const { el, errors } = await withFeed({ ...doc, records: [...doc.records, { id: 'kaputt' }] });
    expect(errors.map((e) => e.code)).to.deep.equal(['records-skipped']);
    await pickLanguage(el, 'language', 'ar');
    await waitUntil(() => $(el, '[part="count"]'), 'the count still comes from the valid records', WAIT);
  });
});

describe('<wir-dolmetscher-anfrage> with the keyboard only', () => {
  /** Keys for a date in the order the browser's date field expects its parts. */
  function dateKeys(iso: string): string {
    const [y, m, d] = iso.split('-');
    const parts = new Intl.DateTimeFormat(navigator.language, { year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(new Date(2026, 11, 3))
      .filter((p) => p.type !== 'literal');
    return parts.map((p) => (p.type === 'year' ? y : p.type === 'month' ? m : d)).join('');
  }

  function timeKeys(): string {
    const hour12 = new Intl.DateTimeFormat(navigator.language, { hour: 'numeric' }).resolvedOptions().hour12;
    return hour12 ? '0930A' : '0930';
  }

  const press = (key: string) => sendKeys({ press: key });
  const type = (text: string) => sendKeys({ type: text });

  it('can be filled, reviewed and sent with the keyboard alone', async function () {
    this.timeout(30000);
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <button id="before">vorher</button>
      <wir-dolmetscher-anfrage endpoint=${ENDPOINT} kommune="06438" min-fill-seconds="0"></wir-dolmetscher-anfrage>
    </div>`);
    const el = wrapper.querySelector('wir-dolmetscher-anfrage')!;
    await el.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    const focused = () => root(el).activeElement?.id;

    await press('Tab');
    expect(focused()).to.equal('requester-type-0');
    await press('Space');
    await press('Tab');
    expect(focused()).to.equal('organisation');
    await type('Kita Sonnenschein');
    await press('Tab');
    await type('Erika Mustermann');
    await press('Tab');
    await type('kita@example.de');
    await press('Tab');
    await press('Tab');
    expect(focused()).to.equal('language');
    await type('Tigrin');
    await press('Enter');
    await press('Tab'); // alternatives picker: none
    await press('Tab');
    expect(focused()).to.equal('mode-0');
    await press('ArrowRight'); // Telefon
    await press('Tab');
    expect(focused()).to.equal('setting');
    await press('ArrowDown');
    await press('Tab');
    expect(focused()).to.equal('date');
    await type(dateKeys(inDays(21)));
    // Tab walks through the date field's own parts (day, month, year) before leaving it.
    for (let i = 0; i < 4 && focused() === 'date'; i++) await press('Tab');
    expect(focused()).to.equal('from');
    await type(timeKeys());
    for (let i = 0; i < 4 && focused() === 'from'; i++) await press('Tab');
    expect(focused()).to.equal('duration');
    await press('Tab');
    expect(focused(), 'no place fields for a phone appointment').to.equal('gender-0');
    await press('Tab');
    expect(focused()).to.equal('notes');
    await press('Tab');
    expect(focused()).to.equal('consent');
    await press('Space');
    await press('Tab');
    await press('Enter');
    await el.updateComplete;
    await waitUntil(() => focused() === 'step-title', 'focus on the review heading', WAIT);
    expect(title(el)).to.equal('Bitte prüfen Sie Ihre Anfrage');
    const summaryText = $(el, '.summary-list')!.textContent!;
    expect(summaryText).to.contain('Tigrinya').and.contain('09:30').and.contain('Am Telefon');

    for (let i = 0; i < 10 && focused() !== 'send'; i++) await press('Tab');
    expect(focused()).to.equal('send');
    const submitted = oneEvent(el, 'wir-submitted') as Promise<WirSubmittedEvent>;
    await press('Enter');
    const event = await submitted;
    expect(await rows(event.id)).to.equal(1);
    await el.updateComplete;
    expect(focused()).to.equal('step-title');
  });
});
