import { css, html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { hostReset } from '../../components/shared/styles/base.styles.js';

interface StatusAnswer {
  locale: string;
  dir: 'ltr' | 'rtl';
  title: string;
  numberLabel?: string;
  number?: string;
  status?: string;
  statusLabel?: string;
  message: string;
}

/**
 * The requester's status page (`/anfrage/<id>#<token>`): reads the token from the fragment —
 * which the browser never sends to a server — asks the receiver with it, and shows what the
 * answer says, already in the requester's language: request number, status, one sentence.
 * Nothing else about the request ever reaches this page.
 *
 * @tag wir-anfrage-status
 * @summary Shows a request's status to the person who sent it.
 */
export class WirAnfrageStatus extends LitElement {
  static override styles = [
    hostReset,
    css`
      :host {
        max-inline-size: 36em;
        margin: 2em auto;
        padding: 0 1em;
      }
      .card {
        background: #fff;
        border: 1px solid #b1b4b6;
        border-radius: 6px;
        padding: 1.25em 1.5em;
      }
      h1 {
        font-size: 1.5em;
        margin: 0 0 0.75em;
        line-height: 1.25;
      }
      .number {
        font-family: ui-monospace, Menlo, Consolas, monospace;
        font-size: 1.25em;
        font-weight: 700;
        letter-spacing: 0.05em;
      }
      .status {
        font-size: 1.375em;
        font-weight: 700;
        margin: 0.75em 0 0.25em;
        color: #00594f;
      }
      .status.cancelled {
        color: #8c1d18;
      }
      p {
        margin: 0 0 0.75em;
      }
      .label {
        color: #505a5f;
        margin: 0;
      }
      button {
        font: inherit;
        min-block-size: 2.75em;
        padding: 0.5em 1em;
        border: 2px solid #00594f;
        border-radius: 6px;
        background: #fff;
        color: #00594f;
        font-weight: 600;
        cursor: pointer;
      }
    `,
  ];

  /** The request id (from the page's path). */
  @property({ attribute: 'anfrage-id' }) anfrageId = '';

  /** Shown when the server cannot be reached, in the browser's language (the server writes it into the page). */
  @property({ attribute: 'failed-text' }) failedText = '';

  /** The retry button's text, likewise. */
  @property({ attribute: 'retry-text' }) retryText = '';

  @state() private answer: StatusAnswer | undefined;
  @state() private failed = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#load();
  }

  async #load(): Promise<void> {
    this.failed = false;
    const token = location.hash.slice(1);
    try {
      const res = await fetch(`/api/anfrage-status/${encodeURIComponent(this.anfrageId)}`, {
        headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
        credentials: 'omit',
        cache: 'no-store',
      });
      if (res.status !== 200 && res.status !== 404) throw new Error(String(res.status));
      this.answer = (await res.json()) as StatusAnswer;
      document.documentElement.lang = this.answer.locale;
      document.documentElement.dir = this.answer.dir;
      document.title = this.answer.number ? `${this.answer.title}: ${this.answer.number}` : this.answer.title;
    } catch {
      this.failed = true;
    }
  }

  override render() {
    if (this.failed) {
      return html`<div class="card" role="alert">
        <p>${this.failedText}</p>
        <button type="button" @click=${() => this.#load()}>${this.retryText}</button>
      </div>`;
    }
    const a = this.answer;
    if (!a) return html`<div class="card"><slot></slot></div>`;
    return html`<main class="card" lang=${a.locale} dir=${a.dir}>
      <h1>${a.title}</h1>
      ${
        a.number
          ? html`<p class="label">${a.numberLabel}</p>
            <p class="number"><bdi dir="ltr">${a.number}</bdi></p>
            <p class="status ${a.status ?? ''}" role="status">${a.statusLabel}</p>`
          : nothing
      }
      <p>${a.message}</p>
    </main>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wir-anfrage-status': WirAnfrageStatus;
  }
}
