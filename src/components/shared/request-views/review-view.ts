/**
 * The review step of a request form, for any request kind: what will be sent as a description
 * list with "Ändern" per row, the send button (busy while sending), the status while it retries
 * or waits for the connection, and on a final failure what went wrong with "send again" and the
 * prepared e-mail. The form supplies rows and words; SubmissionController supplies the state.
 * Styles: `requestViewStyles`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FinalFailure, SendState } from '../controllers/submission-controller.js';

/** One line of what will be sent. `field` is the form field "Ändern" returns to. */
export interface SummaryRow {
  term: string;
  value: TemplateResult | string;
  field: string;
}

/** The words of sending and of its failure, the same for every request form (send-texts.ts). */
export interface SendTexts {
  send: string;
  sending: string;
  retrying: string;
  offline: string;
  failureTitle: string;
  /** What to do next after a failure. */
  failureNext: string;
  retry: string;
  mail: string;
  /** What went wrong, in the person's words, for a failure. */
  failureMessage: (failure: FinalFailure) => string;
}

export interface ReviewTexts extends SendTexts {
  title: string;
  intro: string;
  change: string;
  back: string;
}

export interface ReviewView {
  texts: ReviewTexts;
  rows: readonly SummaryRow[];
  state: SendState;
  failure: FinalFailure | undefined;
  /** Shown under the summary (e.g. how many interpreters could take the request). */
  extra?: TemplateResult | typeof nothing;
  onSend: () => void;
  onChange: (field: string) => void;
  onBack: () => void;
}

/** The rows as a GOV.UK summary list; with `change`, each row gets a button that names its row for screen readers. */
export function renderSummaryList(
  rows: readonly SummaryRow[],
  change?: { label: string; onChange: (field: string) => void },
): TemplateResult {
  return html`<dl class="summary-list">
    ${rows.map(
      (row) => html`<div class="summary-row">
        <dt>${row.term}</dt>
        <dd class="value">${typeof row.value === 'string' ? html`<bdi>${row.value}</bdi>` : row.value}</dd>
        ${
          change
            ? html`<dd class="change">
              <button type="button" class="link-button" @click=${() => change.onChange(row.field)}>
                ${change.label}<span class="visually-hidden">: ${row.term}</span>
              </button>
            </dd>`
            : nothing
        }
      </div>`,
    )}
  </dl>`;
}

/** True from the click until the send ends, while waiting for the connection too. */
export function isSending(state: SendState): boolean {
  return state === 'sending' || state === 'retrying' || state === 'offline';
}

/** The main send button: it stays focusable while busy (aria-disabled, not disabled), so focus is not lost mid-send. */
export function renderSendButton(state: SendState, t: SendTexts, onSend: () => void, type: 'button' | 'submit' = 'button'): TemplateResult {
  const busy = isSending(state);
  return html`<button class="button" part="button" type=${type} id="send" aria-disabled=${busy ? 'true' : 'false'} @click=${type === 'button' ? onSend : nothing}>
    ${busy ? html`<span class="spinner" aria-hidden="true"></span>${t.sending}` : t.send}
  </button>`;
}

export function renderReview(v: ReviewView): TemplateResult {
  const t = v.texts;
  const busy = isSending(v.state);
  return html`<section class="review" aria-labelledby="step-title">
    <h2 id="step-title" part="title" tabindex="-1">${t.title}</h2>
    <p class="intro">${t.intro}</p>
    ${renderSummaryList(v.rows, { label: t.change, onChange: v.onChange })} ${v.extra ?? nothing} ${renderSendStatus(v.state, t)}
    ${v.state === 'failed' && v.failure ? renderFailure(v.failure, t, v.onSend) : nothing}
    <div class="actions">
      ${v.state === 'failed' ? nothing : renderSendButton(v.state, t, v.onSend)}
      <button class="button secondary" part="button" type="button" ?hidden=${busy} @click=${v.onBack}>${t.back}</button>
    </div>
  </section>`;
}

/** Where a long send stands (retrying, waiting for the connection); nothing while it simply sends. */
export function renderSendStatus(state: SendState, t: SendTexts): TemplateResult | typeof nothing {
  if (state === 'offline') return html`<p class="notice" id="status">${t.offline}</p>`;
  if (state === 'retrying') return html`<p class="notice" id="status">${t.retrying}</p>`;
  return nothing;
}

/**
 * Focus moves here after a final failure (`#failure`); nothing the person typed is lost.
 * `after`: more ways on (a form that has no office e-mail shows the office's contact here).
 */
export function renderFailure(
  f: FinalFailure,
  t: SendTexts,
  onRetry: () => void,
  after: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  return html`<div class="failure" id="failure" tabindex="-1" role="alert">
    <h3>${t.failureTitle}</h3>
    <p>${t.failureMessage(f)}</p>
    <p>${t.failureNext}</p>
    <div class="actions">
      ${f.retry ? html`<button class="button" part="button" type="button" id="retry" @click=${onRetry}>${t.retry}</button>` : nothing}
      ${f.mailto ? html`<a class="button secondary" part="button" id="mail" href=${f.mailto}>${t.mail}</a>` : nothing}
    </div>
    ${after}
  </div>`;
}
