import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { api, type SuggestionsAnswer } from '../api/koordination-client.js';
import { WorkspaceAnnounceEvent } from '../app/workspace-events.js';
import { WorkspaceI18n } from '../i18n/workspace-i18n.js';
import { failureText, renderLoadError } from '../shared/load-error.js';
import { workspaceStyles } from '../shared/workspace.styles.js';
import { genderWord, reasonWords, relaxationWords } from './reason-words.js';

/**
 * The matching core's ten best interpreters from the office's own list for one request,
 * each with its reasons in words, and "Vermitteln an …": a second, explicit click confirms,
 * because the requester is told at once.
 *
 * @tag wir-koordination-vorschlaege
 * @fires wir-koordination-assigned - The request was arranged; the detail reloads.
 * @fires wir-koordination-announce - The outcome, for screen readers.
 */
export class WirKoordinationVorschlaege extends LitElement {
  static override styles = [
    workspaceStyles,
    css`
      .people {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.75em;
      }
      .person {
        border: 1px solid var(--wir-color-border-light, #b1b4b6);
        border-radius: var(--wir-radius, 6px);
        padding: 0.75em 1em;
      }
      .person h3 {
        margin: 0 0 0.25em;
      }
      .reasons {
        margin: 0 0 0.5em;
        padding-inline-start: 1.25em;
      }
      .confirm {
        border-inline-start: 5px solid var(--wir-color-primary, #00594f);
        padding: 0.5em 0.75em;
        background: #eef6f5;
      }
    `,
  ];

  readonly #i18n = new WorkspaceI18n(this);

  /** The request's id. */
  @property({ attribute: 'anfrage-id' }) anfrageId = '';

  /** Whether arranging is possible from the request's current status. */
  @property({ type: Boolean, attribute: 'can-assign' }) canAssign = false;

  @state() private confirming = '';
  @state() private busy = false;
  @state() private failure = '';

  readonly #suggestions = new Task(this, {
    args: () => [this.anfrageId] as const,
    task: async ([id], { signal }) => {
      const answer = await api<SuggestionsAnswer>('GET', `/anfragen/${id}/vorschlaege`, undefined, signal);
      if (!answer.ok) throw new Error(answer.error);
      return answer.data;
    },
  });

  async #assign(id: string, name: string): Promise<void> {
    this.busy = true;
    this.failure = '';
    const answer = await api('PATCH', `/anfragen/${this.anfrageId}`, { status: 'matched', interpreterId: id });
    this.busy = false;
    this.confirming = '';
    if (!answer.ok) {
      this.failure = failureText(this.#i18n, answer.error);
      return;
    }
    this.dispatchEvent(new WorkspaceAnnounceEvent(this.#i18n.t('suggest.assigned', name)));
    this.dispatchEvent(new Event('wir-koordination-assigned', { bubbles: true, composed: true }));
  }

  async #ask(id: string): Promise<void> {
    this.confirming = id;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#confirm-${CSS.escape(id)}`)?.focus();
  }

  async #cancel(id: string): Promise<void> {
    this.confirming = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#assign-${CSS.escape(id)}`)?.focus();
  }

  override render() {
    const t = this.#i18n.t.bind(this.#i18n);
    return this.#suggestions.render({
      pending: () => html`<p role="status" aria-busy="true">${t('suggest.loading')}</p>`,
      error: (error) => renderLoadError(this.#i18n, error, () => this.#suggestions.run()),
      complete: (answer) => this.renderAnswer(answer),
    });
  }

  private renderAnswer(answer: SuggestionsAnswer) {
    const t = this.#i18n.t.bind(this.#i18n);
    if (!answer.ok) {
      if (answer.problem === 'not-applicable') return nothing;
      return html`<p class="notice">${answer.problem === 'no-list' ? t('suggest.noList') : t('suggest.badList')}</p>`;
    }
    return html`<p>${t('suggest.intro', answer.items.length, answer.total)}</p>
      <p class="muted">${t('suggest.list', answer.list.publisher, answer.list.updated ? this.#i18n.date(answer.list.updated) : '')}</p>
      ${answer.list.skipped ? html`<p class="notice">${t('suggest.skipped', answer.list.skipped)}</p>` : nothing}
      ${this.failure ? html`<p class="notice error" role="alert">${this.failure}</p>` : nothing}
      ${
        answer.items.length
          ? html`<ol class="people">
              ${answer.items.map((item) => this.renderPerson(item))}
            </ol>`
          : nothing
      }
      ${
        answer.relaxations.length
          ? html`<h3>${t('suggest.relaxTitle')}</h3>
            <ul>
              ${answer.relaxations.map(
                (r) => html`<li>${relaxationWords(this.#i18n, r.code, r.params)}: ${t('suggest.relax.count', r.count)}</li>`,
              )}
            </ul>`
          : nothing
      }`;
  }

  private renderPerson(item: Extract<SuggestionsAnswer, { ok: true }>['items'][number]) {
    const t = this.#i18n.t.bind(this.#i18n);
    const { record } = item;
    const gender = genderWord(this.#i18n, record.gender);
    const reasons = item.reasons.map((r) => reasonWords(this.#i18n, r)).filter((r): r is string => Boolean(r));
    reasons.push(record.noticeDays ? t('suggest.notice', record.noticeDays) : t('suggest.noticeOk'));
    const confirming = this.confirming === record.id;
    return html`<li class="person">
      <h3>${record.name}${gender ? html` <span class="muted">(${gender})</span>` : nothing}</h3>
      <ul class="reasons">
        ${reasons.map((r) => html`<li>${r}</li>`)}
      </ul>
      ${
        !this.canAssign
          ? nothing
          : confirming
            ? html`<div class="confirm">
                <p id="confirm-${record.id}" tabindex="-1">${t('suggest.confirm', record.name)}</p>
                <div class="actions">
                  <button class="button" type="button" aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => this.#assign(record.id, record.name)}>
                    ${t('suggest.confirm.yes')}
                  </button>
                  <button class="button secondary" type="button" @click=${() => this.#cancel(record.id)}>${t('suggest.confirm.no')}</button>
                </div>
              </div>`
            : html`<button class="button secondary" type="button" id="assign-${record.id}" @click=${() => this.#ask(record.id)}>
                ${t('suggest.assign', record.name)}
              </button>`
      }
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wir-koordination-vorschlaege': WirKoordinationVorschlaege;
  }
}
