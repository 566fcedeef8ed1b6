/** The shared review and success views of a request form, drawn in a minimal host with the real styles. */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { SendState } from '../../../src/components/shared/controllers/submission-controller.js';
import { requestViewStyles } from '../../../src/components/shared/request-views/request-views.styles.js';
import { type ReviewTexts, renderReview, type SummaryRow } from '../../../src/components/shared/request-views/review-view.js';
import { renderSuccess } from '../../../src/components/shared/request-views/success-view.js';
import { fieldStyles, hostReset } from '../../../src/components/shared/styles/base.styles.js';

class ViewHost extends LitElement {
  static override styles = [hostReset, fieldStyles, requestViewStyles];
  @property({ attribute: false }) content: () => TemplateResult = () => html``;
  override render() {
    return html`<div lang="de">${this.content()}</div>`;
  }
}
customElements.define('test-view-host', ViewHost);

const texts: ReviewTexts = {
  title: 'Bitte prüfen',
  intro: 'Erst mit Senden geht es los.',
  change: 'Ändern',
  send: 'Senden',
  sending: 'Wird gesendet',
  back: 'Zurück',
  retrying: 'Neuer Versuch',
  offline: 'Sie sind offline',
  failureTitle: 'Nicht gesendet',
  failureNext: 'Senden Sie erneut.',
  retry: 'Erneut senden',
  mail: 'Per E-Mail',
  failureMessage: (f) => `Fehlerart ${f.failure.kind}`,
};
const rows: SummaryRow[] = [
  { term: 'Name', value: 'Layla B.', field: 'name' },
  { term: 'Sprache', value: html`<span lang="ti">ትግርኛ</span>`, field: 'language' },
];

async function review(state: SendState, failure?: { retry: boolean; mailto?: string }) {
  const changed: string[] = [];
  const el = await fixture<ViewHost>(html`<test-view-host
    .content=${() =>
      renderReview({
        texts,
        rows,
        state,
        failure: failure && { failure: { ok: false, kind: 'server', retryable: failure.retry, status: 503 }, ...failure },
        onSend: () => changed.push('send'),
        onChange: (field) => changed.push(field),
        onBack: () => changed.push('back'),
      })}
  ></test-view-host>`);
  return { el, changed, $: (s: string) => el.shadowRoot!.querySelector<HTMLElement>(s) };
}

describe('request views: review', () => {
  it('lists what will be sent with a change button per row that names its row, and is axe-clean', async () => {
    const { el, changed, $ } = await review('idle');
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.change button')];
    expect(buttons.map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Ändern: Name', 'Ändern: Sprache']);
    buttons[1]!.click();
    $('#send')!.click();
    expect(changed).to.deep.equal(['language', 'send']);
    expect($('#send')!.getAttribute('aria-disabled')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('marks the send button busy and hides "back" while sending, and says why it waits', async () => {
    for (const [state, notice] of [
      ['sending', null],
      ['retrying', 'Neuer Versuch'],
      ['offline', 'Sie sind offline'],
    ] as const) {
      const { $ } = await review(state);
      expect($('#send')!.getAttribute('aria-disabled'), state).to.equal('true');
      expect($('#send')!.textContent).to.contain('Wird gesendet');
      expect($('.actions .secondary')!.hidden, `${state}: back hidden`).to.equal(true);
      expect($('#status')?.textContent ?? null, state).to.equal(notice);
    }
  });

  it('after a final failure shows what went wrong, "send again" only when it can help, and the prepared e-mail', async () => {
    const retryable = await review('failed', { retry: true, mailto: 'mailto:wir@kreis.example?subject=1' });
    expect(retryable.$('#failure')!.getAttribute('role')).to.equal('alert');
    expect(retryable.$('#failure')!.textContent).to.contain('Fehlerart server');
    expect(retryable.$('#retry')).to.exist;
    expect(retryable.$('#mail')!.getAttribute('href')).to.equal('mailto:wir@kreis.example?subject=1');
    expect(retryable.$('#send'), 'no second send button').to.equal(null);
    await expect(retryable.el).to.be.accessible();
    const final = await review('failed', { retry: false });
    expect(final.$('#retry')).to.equal(null);
    expect(final.$('#mail')).to.equal(null);
  });
});

describe('request views: success', () => {
  async function success(statusUrl?: string) {
    return fixture<ViewHost>(html`<test-view-host
      .content=${() =>
        renderSuccess({
          texts: {
            title: 'Angekommen',
            number: 'Ihre Nummer',
            fullNumber: 'Vollständig',
            nextTitle: 'Wie es weitergeht',
            next: ['Die Stelle meldet sich.', 'Innerhalb von 3 Werktagen.'],
            status: 'Stand ansehen',
            summary: 'Ihre Angaben',
            print: 'Drucken',
            again: 'Neu',
          },
          id: '3f2b8a1c-7d4e-4f6a-9b2c-1e5d7a9c0b3d',
          statusUrl,
          rows,
          onAgain: () => {},
        })}
    ></test-view-host>`);
  }

  it('shows the request number to note down and in full, the next steps, and what was sent, axe-clean', async () => {
    const el = await success();
    const $ = (s: string) => el.shadowRoot!.querySelector<HTMLElement>(s)!;
    expect($('.number').textContent).to.equal('3F2B8A1C');
    expect($('.id').textContent).to.equal('3f2b8a1c-7d4e-4f6a-9b2c-1e5d7a9c0b3d');
    expect([...el.shadowRoot!.querySelectorAll('.next li')].map((li) => li.textContent)).to.have.length(2);
    expect(el.shadowRoot!.querySelector('.change'), 'no change buttons after sending').to.equal(null);
    expect(el.shadowRoot!.querySelector('#status-link')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('links the receiver’s status page when it offers one', async () => {
    const el = await success('https://wir.example/anfrage/3f2b8a1c#token');
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('#status-link')!;
    expect(link.getAttribute('href')).to.equal('https://wir.example/anfrage/3f2b8a1c#token');
    expect(link.textContent).to.equal('Stand ansehen');
    expect(link.rel).to.contain('noopener');
  });
});
