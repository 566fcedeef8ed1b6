/**
 * The success step of a request form, for any request kind: the request number large enough to
 * note down (the first eight characters) and in full, what happens next, the status page when
 * the receiver offers one, what was sent, and print / new request. Styles: `requestViewStyles`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderSummaryList, type SummaryRow } from './review-view.js';

export interface SuccessTexts {
  title: string;
  number: string;
  fullNumber: string;
  nextTitle: string;
  /** The steps that follow, in order ("Die Koordinierungsstelle meldet sich …"). */
  next: readonly string[];
  /** The link text to the receiver's status page. */
  status: string;
  summary: string;
  print: string;
  again: string;
}

export interface SuccessView {
  texts: SuccessTexts;
  /** The request's id as the receiver confirmed it. */
  id: string;
  /** The receiver's status page (http or https, checked by the request core). */
  statusUrl?: string | undefined;
  rows: readonly SummaryRow[];
  onAgain: () => void;
}

export function renderSuccess(v: SuccessView): TemplateResult {
  const t = v.texts;
  return html`<section class="success" aria-labelledby="step-title">
    <div class="panel">
      <h2 id="step-title" part="title" tabindex="-1">${t.title}</h2>
      <p class="number-label">${t.number}</p>
      <p class="number" dir="ltr">${v.id.slice(0, 8).toUpperCase()}</p>
      <p class="full-number">${t.fullNumber}: <span dir="ltr" class="id">${v.id}</span></p>
    </div>
    <h3>${t.nextTitle}</h3>
    <ol class="next">
      ${t.next.map((step) => html`<li>${step}</li>`)}
    </ol>
    ${v.statusUrl ? html`<p><a class="link" id="status-link" href=${v.statusUrl} target="_blank" rel="noopener">${t.status}</a></p>` : nothing}
    <h3>${t.summary}</h3>
    ${renderSummaryList(v.rows)}
    <div class="actions no-print">
      <button class="button secondary" part="button" type="button" @click=${() => globalThis.print?.()}>${t.print}</button>
      <button class="button secondary" part="button" type="button" @click=${v.onAgain}>${t.again}</button>
    </div>
  </section>`;
}
