import { Task } from '@lit/task';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { RequestStatus } from '../../core/schema/request.js';
import { type AnfrageDetail, api } from '../api/koordination-client.js';
import { WorkspaceAnnounceEvent, WorkspaceNavigateEvent } from '../app/workspace-events.js';
import { WorkspaceI18n } from '../i18n/workspace-i18n.js';
import { failureText, renderLoadError } from '../shared/load-error.js';
import { statusWord } from '../shared/request-words.js';
import { textField } from '../shared/text-field.js';
import { workspaceStyles } from '../shared/workspace.styles.js';
import { renderAuditTrail } from './audit-trail.js';
import { renderLotsePanel } from './lotse-panel.js';
import { renderRequestFacts } from './request-facts.js';

const NOTE_MAX = 4000;

/**
 * One request: what was sent, its status and the next steps the server allows, the
 * suggestions (for interpreter requests), the internal note, the history, and erasure.
 *
 * @tag wir-koordination-anfrage
 * @fires wir-koordination-announce - Outcomes of changes, for screen readers.
 * @fires wir-koordination-navigate - Back to the inbox after an erasure.
 */
export class WirKoordinationAnfrage extends LitElement {
  static override styles = [
    workspaceStyles,
    css`
      .head {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em 1em;
        align-items: center;
        margin-block-end: 1em;
      }
      .head h1 {
        margin: 0;
      }
      .columns {
        display: grid;
        gap: 0 1.5em;
      }
      @media (min-width: 64em) {
        .columns {
          grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
        }
      }
      .danger {
        border-color: var(--wir-color-error, #b3261e);
      }
      .audit li {
        padding: 0.25em 0;
      }
    `,
  ];

  readonly #i18n = new WorkspaceI18n(this);

  @property({ attribute: 'anfrage-id' }) anfrageId = '';

  @state() private note = '';
  @state() private noteError = '';
  @state() private manualName = '';
  @state() private manualError = '';
  @state() private eraseConfirmed = false;
  @state() private eraseError = '';
  @state() private failure = '';
  @state() private busy = false;

  @query('h1') private heading?: HTMLElement;
  #noteLoadedFor = '';

  readonly #detail = new Task(this, {
    args: () => [this.anfrageId] as const,
    task: async ([id], { signal }) => {
      const answer = await api<AnfrageDetail>('GET', `/anfragen/${id}`, undefined, signal);
      if (!answer.ok) throw new Error(answer.status === 404 ? 'not-found' : answer.error);
      // Reloads after a status change must not throw away a note being typed.
      if (this.#noteLoadedFor !== id) {
        this.note = answer.data.item.note;
        this.#noteLoadedFor = id;
      }
      return answer.data;
    },
  });

  override focus(): void {
    void this.#detail.taskComplete.finally(() => this.updateComplete.then(() => this.heading?.focus()));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('anfrageId')) {
      this.eraseConfirmed = false;
      this.failure = '';
    }
  }

  /** Sends a change; on success shows the answer (the server returns the whole detail). */
  async #patch(body: Record<string, unknown>, announce: string): Promise<boolean> {
    this.busy = true;
    this.failure = '';
    const answer = await api<AnfrageDetail>('PATCH', `/anfragen/${this.anfrageId}`, body);
    this.busy = false;
    if (!answer.ok) {
      this.failure = failureText(this.#i18n, answer.error);
      if (answer.error === 'transition-not-allowed') this.#detail.run();
      return false;
    }
    this.#detail.run();
    this.dispatchEvent(new WorkspaceAnnounceEvent(announce));
    return true;
  }

  async #setStatus(status: RequestStatus): Promise<void> {
    await this.#patch({ status }, this.#i18n.t('detail.statusChanged', statusWord(this.#i18n, status)));
  }

  async #saveNote(event: Event): Promise<void> {
    event.preventDefault();
    if (this.note.length > NOTE_MAX) {
      this.noteError = this.#i18n.t('detail.note.tooLong');
      return;
    }
    this.noteError = '';
    await this.#patch({ note: this.note }, this.#i18n.t('detail.note.saved'));
  }

  async #manualMatch(event: Event): Promise<void> {
    event.preventDefault();
    const name = this.manualName.trim();
    this.manualError = name ? '' : this.#i18n.t('detail.matchedManual.error');
    if (this.manualError) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#manual-name')?.focus();
      return;
    }
    if (await this.#patch({ status: 'matched', interpreterName: name }, this.#i18n.t('suggest.assigned', name))) this.manualName = '';
  }

  async #erase(event: Event, number: string): Promise<void> {
    event.preventDefault();
    if (!this.eraseConfirmed) {
      this.eraseError = this.#i18n.t('detail.erase.needsConfirm');
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#erase-confirm')?.focus();
      return;
    }
    this.busy = true;
    const answer = await api('DELETE', `/anfragen/${this.anfrageId}`);
    this.busy = false;
    if (!answer.ok && answer.status !== 404) {
      this.failure = failureText(this.#i18n, answer.error);
      return;
    }
    this.dispatchEvent(new WorkspaceAnnounceEvent(this.#i18n.t('detail.erased', number)));
    this.dispatchEvent(new WorkspaceNavigateEvent('/koordination/', true));
  }

  override render() {
    const t = this.#i18n.t.bind(this.#i18n);
    const back = html`<p><a href="/koordination/">← ${t('detail.back')}</a></p>`;
    return this.#detail.render({
      initial: () => html`${back}<p role="status">${t('app.loading')}</p>`,
      pending: () =>
        this.#detail.value ? this.renderDetail(this.#detail.value) : html`${back}<p role="status" aria-busy="true">${t('app.loading')}</p>`,
      error: (error) =>
        (error as Error).message === 'not-found'
          ? html`${back}<h1 tabindex="-1">${t('app.notFound')}</h1><p class="notice">${t('detail.notFound')}</p>`
          : html`${back}${renderLoadError(this.#i18n, error, () => this.#detail.run())}`,
      complete: (detail) => this.renderDetail(detail),
    });
  }

  private renderDetail(detail: AnfrageDetail) {
    const t = this.#i18n.t.bind(this.#i18n);
    const { item } = detail;
    return html`<p><a href="/koordination/">← ${t('detail.back')}</a></p>
      <div class="head">
        <h1 tabindex="-1">${t('detail.title', item.number)}</h1>
        <span class="badge ${item.status}">${statusWord(this.#i18n, item.status)}</span>
        ${item.assignment ? html`<span>${t('detail.assignment', item.assignment.name)}</span>` : nothing}
      </div>
      ${this.failure ? html`<p class="notice error" role="alert">${this.failure}</p>` : nothing}
      <div class="columns">
        <div>
          <section class="panel" aria-labelledby="sent-title">
            <h2 id="sent-title">${t('detail.sent')}</h2>
            ${renderRequestFacts(this.#i18n, detail)}
          </section>
        </div>
        <div>
          ${this.renderStatus(detail)} ${detail.lotse ? renderLotsePanel(this.#i18n, detail.lotse) : nothing}
          ${
            item.kind === 'dolmetscher' && item.status !== 'done'
              ? html`<section class="panel" aria-labelledby="suggest-title">
                  <h2 id="suggest-title">${t('suggest.title')}</h2>
                  <wir-koordination-vorschlaege
                    anfrage-id=${item.id}
                    ?can-assign=${detail.next.includes('matched') || item.status === 'matched'}
                    @wir-koordination-assigned=${() => this.#detail.run()}
                  ></wir-koordination-vorschlaege>
                </section>`
              : nothing
          }
          ${this.renderNote()}
          <section class="panel" aria-labelledby="audit-title">
            <h2 id="audit-title">${t('detail.audit')}</h2>
            ${renderAuditTrail(this.#i18n, detail.audit)}
          </section>
          ${this.renderErase(item.number)}
        </div>
      </div>`;
  }

  private renderStatus(detail: AnfrageDetail) {
    const t = this.#i18n.t.bind(this.#i18n);
    const steps = detail.next.filter((s) => s !== 'matched');
    const canMatch = detail.next.includes('matched');
    return html`<section class="panel" aria-labelledby="status-title">
      <h2 id="status-title">${t('detail.changeStatus')}</h2>
      <p>${t('detail.statusNow', statusWord(this.#i18n, detail.item.status))}</p>
      <div class="actions">
        ${steps.map(
          (status) =>
            html`<button class="button ${status === 'cancelled' ? 'secondary' : ''}" type="button" aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => this.#setStatus(status)}>
              ${t(`action.to.${status}`)}
            </button>`,
        )}
      </div>
      ${
        canMatch
          ? html`<details>
              <summary class="link-button">${t('detail.matchedManual')}</summary>
              <form novalidate @submit=${this.#manualMatch}>
                ${textField({
                  id: 'manual-name',
                  label: t('detail.matchedManual.name'),
                  value: this.manualName,
                  error: this.manualError || undefined,
                  errorPrefix: t('app.errorPrefix'),
                  onInput: (v) => {
                    this.manualName = v;
                  },
                })}
                <button class="button secondary" type="submit">${t('detail.matchedManual.submit')}</button>
              </form>
            </details>`
          : nothing
      }
    </section>`;
  }

  private renderNote() {
    const t = this.#i18n.t.bind(this.#i18n);
    return html`<section class="panel" aria-labelledby="note-title">
      <h2 id="note-title">${t('detail.note')}</h2>
      <form novalidate @submit=${this.#saveNote}>
        ${textField({
          id: 'note',
          label: t('detail.note.label'),
          hint: t('detail.note.hint'),
          multiline: true,
          value: this.note,
          error: this.noteError || undefined,
          errorPrefix: t('app.errorPrefix'),
          onInput: (v) => {
            this.note = v;
          },
        })}
        <button class="button secondary" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${t('detail.note.save')}</button>
      </form>
    </section>`;
  }

  private renderErase(number: string) {
    const t = this.#i18n.t.bind(this.#i18n);
    return html`<section class="panel danger" aria-labelledby="erase-title">
      <h2 id="erase-title">${t('detail.erase')}</h2>
      <p>${t('detail.erase.hint')}</p>
      <form novalidate @submit=${(e: Event) => this.#erase(e, number)}>
        <div class="field ${this.eraseError ? 'has-error' : ''}">
          ${
            this.eraseError
              ? html`<span class="error-message" id="erase-error"><span class="visually-hidden">${t('app.errorPrefix')} </span>${this.eraseError}</span>`
              : nothing
          }
          <label class="checkbox">
            <input
              id="erase-confirm"
              type="checkbox"
              aria-describedby=${this.eraseError ? 'erase-error' : nothing}
              .checked=${this.eraseConfirmed}
              @change=${(e: Event) => {
                this.eraseConfirmed = (e.target as HTMLInputElement).checked;
                if (this.eraseConfirmed) this.eraseError = '';
              }}
            />
            ${t('detail.erase.confirm')}
          </label>
        </div>
        <button class="button danger" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${t('detail.erase.submit')}</button>
      </form>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wir-koordination-anfrage': WirKoordinationAnfrage;
  }
}
