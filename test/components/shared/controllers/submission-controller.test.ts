/**
 * SubmissionController on a minimal form host, against the REAL reference receiver at
 * /api/anfragen (test/support/receiver-plugin.mjs), broken the ways networks break.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { Announcer } from '../../../../src/components/shared/announcer.js';
import { SubmissionController } from '../../../../src/components/shared/controllers/submission-controller.js';
import type { WirErrorEvent, WirSubmitEvent, WirSubmittedEvent } from '../../../../src/components/shared/events.js';
import type { AnfrageRequest, Delivery } from '../../../../src/core/request/index.js';
// The controller loads its sending code once connected; here it is in the page already (the test server compiles on first request).
import '../../../../src/core/request/deliver.js';

const WAIT = { timeout: 10000, interval: 25 };

function request(): AnfrageRequest {
  return {
    format: 'wir-anfrage',
    version: 1,
    kind: 'dolmetscher',
    id: crypto.randomUUID(),
    createdAt: '2026-11-28T10:00:00Z',
    kommune: '06438',
    locale: 'de',
    requester: { type: 'schule', name: 'Erika Mustermann', email: 'erika@example.de' },
    need: { language: 'ti', date: '2027-03-03', from: '09:30', durationMinutes: 60, mode: 'telefon', setting: 'schule-kita' },
    consent: { privacy: true, at: '2026-11-28T10:00:00Z' },
  };
}

class SendHost extends LitElement {
  readonly announcer = new Announcer(this, 10);
  delivered: Delivery[] = [];
  readonly submission = new SubmissionController<AnfrageRequest>(this, this.announcer, {
    endpoint: () => '/api/anfragen',
    minFillSeconds: () => 0,
    announce: (what) => `announced ${what}`,
    fallback: () => ({ email: 'wir@kreis.example', mailto: (r, email) => `mailto:${email}?subject=${r.id}` }),
    delivered: (delivery) => this.delivered.push(delivery),
  });
  override render() {
    return html`<p id="state">${this.submission.state}</p>
      ${this.announcer.render()}`;
  }
}
customElements.define('test-send-host', SendHost);

const rows = (id: string) => executeServerCommand<number, { id: string }>('receiver-count', { id });
const posts = (id: string) => executeServerCommand<number, { id: string }>('receiver-posts', { id });
const shownState = (el: SendHost) => el.shadowRoot!.querySelector('#state')!.textContent;
const live = (el: SendHost) => el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent!.trim();

async function host(): Promise<SendHost> {
  const wrapper = await fixture<HTMLDivElement>(html`<div><test-send-host></test-send-host></div>`);
  return wrapper.querySelector<SendHost>('test-send-host')!;
}

beforeEach(() => executeServerCommand('receiver-start'));

describe('SubmissionController', () => {
  it('sends, shows it is sending, and tells the page once the form has moved on (wir-submitted)', async () => {
    const el = await host();
    const r = request();
    await executeServerCommand('receiver-slow', { ms: 300 });
    let seenByListener: Delivery[] = [];
    el.addEventListener('wir-submitted', () => (seenByListener = [...el.delivered]));
    const submitted = oneEvent(el, 'wir-submitted') as unknown as Promise<WirSubmittedEvent>;
    const sending = el.submission.send(r, { startedAt: 0, trapped: false });
    await el.updateComplete;
    expect(shownState(el)).to.equal('sending');
    expect(el.submission.busy).to.equal(true);
    const event = await submitted;
    await sending;
    expect([event.id, event.replay]).to.deep.equal([r.id, false]);
    expect(
      seenByListener.map((d) => d.status),
      'the form handled the result before the event',
    ).to.deep.equal(['sent']);
    expect(el.submission.busy).to.equal(false);
    await el.updateComplete;
    expect(shownState(el)).to.equal('idle');
    expect(await rows(r.id)).to.equal(1);
    await waitUntil(() => live(el) === 'announced sent', 'the arrival is announced', WAIT);
  });

  it('sends once when asked twice before the first send ended (a double click)', async () => {
    const el = await host();
    const r = request();
    await executeServerCommand('receiver-slow', { ms: 300 });
    await Promise.all([el.submission.send(r, { startedAt: 0, trapped: false }), el.submission.send(r, { startedAt: 0, trapped: false })]);
    expect(el.delivered.map((d) => d.status)).to.deep.equal(['sent']);
    expect(await posts(r.id)).to.equal(1);
  });

  it('lets the page take the request over with a cancelable wir-submit, and sends nothing then', async () => {
    const el = await host();
    const r = request();
    el.addEventListener('wir-submit', (e) => e.preventDefault(), { once: true });
    const submit = oneEvent(el, 'wir-submit') as unknown as Promise<WirSubmitEvent<AnfrageRequest>>;
    await el.submission.send(r, { startedAt: 0, trapped: false });
    const event = await submit;
    expect(event.cancelable).to.equal(true);
    expect(event.request.id).to.equal(r.id);
    expect(el.delivered.map((d) => d.status)).to.deep.equal(['cancelled']);
    expect(el.submission.state).to.equal('idle');
    expect(await posts(r.id)).to.equal(0);
  });

  it('pretends success for a filled honeypot without a POST and without wir-submitted', async () => {
    const el = await host();
    const r = request();
    let submitted = 0;
    el.addEventListener('wir-submitted', () => submitted++);
    await el.submission.send(r, { startedAt: 0, trapped: true });
    expect(el.delivered).to.deep.equal([{ status: 'trapped', id: r.id }]);
    expect(submitted).to.equal(0);
    expect(await posts(r.id)).to.equal(0);
  });

  it('ends in the failed state with "send again" and the prepared e-mail when the receiver stays away, and tells the page (wir-error)', async function () {
    this.timeout(30000);
    const el = await host();
    const r = request();
    await executeServerCommand('receiver-stop');
    const failed = oneEvent(el, 'wir-error') as unknown as Promise<WirErrorEvent>;
    await el.submission.send(r, { startedAt: 0, trapped: false });
    const error = await failed;
    expect([error.code, error.detail]).to.deep.equal(['network', '/api/anfragen']);
    expect(el.submission.state).to.equal('failed');
    expect(el.submission.failure).to.deep.include({ retry: true, mailto: `mailto:wir@kreis.example?subject=${r.id}` });
    await executeServerCommand('receiver-start');
    el.submission.reset();
    expect(el.submission.state, 'back on the form, the failure is forgotten').to.equal('idle');
    expect(el.submission.failure).to.equal(undefined);
  });

  it('hands the receiver’s field errors to the form and the page, without a failure box', async () => {
    const el = await host();
    const r = request();
    await executeServerCommand('receiver-tamper', { path: 'requester.email', value: 'kaputt' });
    const failed = oneEvent(el, 'wir-error') as unknown as Promise<WirErrorEvent>;
    await el.submission.send(r, { startedAt: 0, trapped: false });
    const error = await failed;
    expect(error.code).to.equal('invalid');
    expect(error.status).to.equal(400);
    expect(error.errors.map((e) => e.path)).to.include('requester.email');
    expect(el.delivered[0]!.status).to.equal('rejected');
    expect(el.submission.state).to.equal('idle');
    expect(el.submission.failure).to.equal(undefined);
  });

  it('stops a send when the form leaves the page, without an error to report', async () => {
    const el = await host();
    const r = request();
    await executeServerCommand('receiver-slow', { ms: 2000 });
    let errors = 0;
    el.addEventListener('wir-error', () => errors++);
    const sending = el.submission.send(r, { startedAt: 0, trapped: false });
    await waitUntil(async () => (await posts(r.id)) === 1, 'the POST left', WAIT);
    el.remove();
    await sending;
    expect(el.delivered.map((d) => d.status)).to.deep.equal(['aborted']);
    expect(errors).to.equal(0);
    expect(el.submission.busy).to.equal(false);
  });
});
