import { Task } from '@lit/task';
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { query, state } from 'lit/decorators.js';
import { describedBy, renderError, renderHint } from '../../components/shared/form-fields/form-fields.js';
import { FEED_KINDS, type FeedKind } from '../../core/schema/vocabularies.js';
import { ReportPager, renderProblemReport } from '../../werkstatt/problem-table.js';
import { problemTableStyles } from '../../werkstatt/problem-table.styles.js';
import { type WerkstattMessages, werkstattMessages } from '../../werkstatt/werkstatt-messages.js';
import { loadLists, type PublishAnswer, type SheetCheck, type StoredFeed, uploadList } from '../api/list-upload.js';
import { WorkspaceAnnounceEvent, WorkspaceSessionEvent } from '../app/workspace-events.js';
import { WorkspaceI18n } from '../i18n/workspace-i18n.js';
import { failureText, renderLoadError } from '../shared/load-error.js';
import { workspaceStyles } from '../shared/workspace.styles.js';
import { renderStoredFeeds } from './stored-feeds.js';

const ACCEPT = '.xlsx,.csv,.txt,.json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv,application/json';

/** Where a checked file goes: publishing sends it to the Kommune and kind it was checked for, whatever the form shows now. */
type Target = { kommune: string; kind: FeedKind };

type Phase =
  | { step: 'idle' }
  | { step: 'sending'; file: string; share: number; publishing: boolean }
  | { step: 'checking'; file: string; publishing: boolean }
  | { step: 'checked'; check: SheetCheck; target: Target; notice?: string }
  | { step: 'published'; answer: PublishAnswer };

/**
 * The office's lists (docs/feeds.md, „Im Arbeitsbereich veröffentlichen“): the stored feeds
 * with their public address, and the way to a new one — upload the sheet (with progress), see
 * the same problem table as the workshop page, and publish the valid rows, after confirming
 * how many rows stay out. The interpreter list is stored for suggestions, never published.
 *
 * @tag wir-koordination-listen
 * @fires wir-koordination-announce - Progress and outcomes, for screen readers.
 */
export class WirKoordinationListen extends LitElement {
  static override styles = [
    workspaceStyles,
    problemTableStyles,
    css`
      .feeds > li {
        padding: 0.75em 0;
        border-block-end: 1px solid var(--wir-color-border-light, #b1b4b6);
      }
      .feeds > li:last-child {
        border-block-end: 0;
        padding-block-end: 0;
      }
      .feeds .badge {
        /* "nur für Vorschläge, nicht öffentlich" is wider than a 320 px screen on one line. */
        white-space: normal;
      }
      .feeds h3 {
        margin-block-end: 0.25em;
      }
      .copy {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
      }
      .copy input {
        flex: 1 1 16em;
        min-inline-size: 0;
      }
      .radio {
        display: flex;
        gap: 0.5em;
        align-items: center;
        min-block-size: 2.75em;
        font-weight: 400;
      }
      .radio input {
        flex: none;
        inline-size: 1.5em;
        block-size: 1.5em;
        min-block-size: 0;
        margin: 0;
      }
      .publish {
        margin-block-start: 1.25em;
        padding-block-start: 1em;
        border-block-start: 1px solid var(--wir-color-border-light, #b1b4b6);
      }
      .publish .has-error {
        border-inline-start: 4px solid var(--wir-color-error, #b3261e);
        padding-inline-start: 0.75em;
      }
      progress {
        inline-size: 100%;
        block-size: 1em;
      }
    `,
  ];

  readonly #i18n = new WorkspaceI18n(this);
  readonly #report = new ReportPager(this);

  @state() private kind: FeedKind = 'lotsen';
  @state() private kommune = '';
  @state() private phase: Phase = { step: 'idle' };
  @state() private fileError = '';
  @state() private confirmError = '';
  @state() private confirmed = false;

  @query('h1') private heading?: HTMLElement;
  @query('#file') private fileInput?: HTMLInputElement;

  #file: File | undefined;

  readonly #lists = new Task(this, {
    args: () => [] as const,
    task: async (_, { signal }) => {
      const answer = await loadLists(signal);
      if (!answer.ok) throw new Error(answer.error);
      this.kommune ||= answer.data.kommunen[0]?.code ?? '';
      return answer.data;
    },
  });

  override focus(): void {
    this.heading?.focus();
  }

  get #words(): WerkstattMessages {
    return werkstattMessages(this.#i18n.locale);
  }

  #announce(message: string): void {
    this.dispatchEvent(new WorkspaceAnnounceEvent(message));
  }

  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #maxBytes(): number {
    return this.#lists.value?.maxBytes ?? 10 * 1024 * 1024;
  }

  async #onCheck(event: Event): Promise<void> {
    event.preventDefault();
    const t = this.#i18n.t.bind(this.#i18n);
    const file = this.fileInput?.files?.[0];
    const mb = Math.round(this.#maxBytes() / 1024 / 1024);
    this.fileError = !file ? t('lists.error.file') : file.size > this.#maxBytes() ? t('lists.error.tooLarge', mb) : '';
    if (this.fileError || !file) {
      await this.#focus('#file');
      return;
    }
    this.#file = file;
    this.confirmed = false;
    this.confirmError = '';
    this.#report.reset();
    const target = { kommune: this.kommune, kind: this.kind };
    const answer = await this.#send<SheetCheck>(file, target);
    if (!answer) return;
    this.phase = { step: 'checked', check: answer, target };
    this.#announce(this.#words.announceDone(answer.valid, answer.total));
    await this.#focus('#result-title');
  }

  async #onPublish(check: SheetCheck, target: Target): Promise<void> {
    const t = this.#i18n.t.bind(this.#i18n);
    if (check.skipped > 0 && !this.confirmed) {
      this.confirmError = t('lists.error.confirm');
      await this.#focus('#confirm');
      return;
    }
    if (!this.#file) return;
    const answer = await this.#send<PublishAnswer>(this.#file, target, check.skipped);
    if (!answer) return;
    const text = answer.feed.published ? t('lists.done', answer.feed.records) : t('lists.stored', answer.feed.records);
    this.phase = { step: 'published', answer };
    this.#announce(text);
    this.#lists.run();
    await this.#focus('#done');
  }

  /** Uploads with progress — to check, or with `skipped` to publish; on failure shows why and returns undefined. */
  async #send<T>(file: File, target: Target, skipped?: number): Promise<T | undefined> {
    const t = this.#i18n.t.bind(this.#i18n);
    const publishing = skipped !== undefined;
    const previous = this.phase;
    this.phase = { step: 'sending', file: file.name, share: 0, publishing };
    const answer = await uploadList<T>({ ...target, ...(publishing ? { publishSkipped: skipped } : {}) }, file, (share) => {
      this.phase = share < 1 ? { step: 'sending', file: file.name, share, publishing } : { step: 'checking', file: file.name, publishing };
    });
    if (answer.ok) return answer.data;
    if (answer.status === 401) this.dispatchEvent(new WorkspaceSessionEvent());
    const check = answer.body.check as SheetCheck | undefined;
    if (answer.status === 409 && check) {
      // The file changed since the check: show the new result and ask again.
      this.confirmed = false;
      this.phase = { step: 'checked', check, target, notice: t('lists.changed') };
      await this.#focus('#result-title');
      return undefined;
    }
    const message =
      answer.status === 413 ? t('lists.error.tooLarge', Math.round(this.#maxBytes() / 1024 / 1024)) : failureText(this.#i18n, answer.error);
    if (publishing && previous.step === 'checked') this.phase = { ...previous, notice: message };
    else {
      this.phase = { step: 'idle' };
      this.fileError = message;
    }
    this.#announce(message);
    await this.#focus(publishing ? '#publish-notice' : '#file');
    return undefined;
  }

  async #copy(feed: StoredFeed, input: HTMLInputElement): Promise<void> {
    const t = this.#i18n.t.bind(this.#i18n);
    try {
      await navigator.clipboard.writeText(feed.url ?? '');
      this.#announce(t('lists.copied'));
    } catch {
      input.focus();
      input.select();
      this.#announce(t('lists.copyFailed'));
    }
  }

  override render() {
    const t = this.#i18n.t.bind(this.#i18n);
    return html`<h1 tabindex="-1">${t('lists.title')}</h1>
      <p>${t('lists.intro')}</p>
      <p>${t('lists.interpreterNote')}</p>
      ${this.#lists.render({
        pending: () => (this.#lists.value ? this.renderPage() : html`<p role="status">${t('app.loading')}</p>`),
        error: (error) => renderLoadError(this.#i18n, error, () => this.#lists.run()),
        complete: () => this.renderPage(),
      })}`;
  }

  private renderPage(): TemplateResult {
    const t = this.#i18n.t.bind(this.#i18n);
    const lists = this.#lists.value!;
    if (!lists.configured) return html`<p class="notice error">${t('lists.notConfigured')}</p>`;
    const names = new Map(lists.kommunen.map((k) => [k.code, k.name]));
    return html`<section class="panel" aria-labelledby="current-title">
        <h2 id="current-title">${t('lists.current')}</h2>
        ${renderStoredFeeds(
          this.#i18n,
          lists.feeds,
          (code) => names.get(code) ?? code,
          (kind) => this.#words.kinds[kind],
          (feed, input) => void this.#copy(feed, input),
        )}
      </section>
      ${this.renderUpload(lists.kommunen)} ${this.renderProgress()} ${this.renderResult()}`;
  }

  private renderUpload(kommunen: Array<{ code: string; name: string }>): TemplateResult {
    const t = this.#i18n.t.bind(this.#i18n);
    const w = this.#words;
    const busy = this.phase.step === 'sending' || this.phase.step === 'checking';
    const fileHint = t('lists.file.hint', Math.round(this.#maxBytes() / 1024 / 1024));
    return html`<section class="panel" aria-labelledby="upload-title">
      <h2 id="upload-title">${t('lists.upload')}</h2>
      <form novalidate @submit=${this.#onCheck}>
        ${
          kommunen.length > 1
            ? html`<div class="field">
                <label for="kommune">${t('lists.kommune')}</label>
                <select id="kommune" @change=${(e: Event) => (this.kommune = (e.target as HTMLSelectElement).value)}>
                  ${kommunen.map((k) => html`<option value=${k.code} ?selected=${k.code === this.kommune}>${k.name}</option>`)}
                </select>
              </div>`
            : nothing
        }
        <fieldset>
          <legend>${w.kindLegend}</legend>
          ${FEED_KINDS.map(
            (kind) => html`<label class="radio">
              <input type="radio" name="kind" value=${kind} .checked=${this.kind === kind} @change=${() => (this.kind = kind)} />
              <span>${w.kinds[kind]}</span>
            </label>`,
          )}
        </fieldset>
        <div class="field ${this.fileError ? 'has-error' : ''}">
          <label for="file">${w.fileLabel}</label>
          ${renderHint('file', fileHint)} ${renderError('file', this.fileError, t('app.errorPrefix'))}
          <input
            id="file"
            type="file"
            accept=${ACCEPT}
            aria-describedby=${describedBy('file', { hint: fileHint, error: this.fileError })}
            aria-invalid=${this.fileError ? 'true' : 'false'}
            @change=${() => (this.fileError = '')}
          />
        </div>
        <button class="button" type="submit" ?disabled=${busy}>${t('lists.check')}</button>
      </form>
    </section>`;
  }

  private renderProgress(): TemplateResult | typeof nothing {
    const t = this.#i18n.t.bind(this.#i18n);
    const p = this.phase;
    if (p.step !== 'sending' && p.step !== 'checking') return nothing;
    const percent = p.step === 'sending' ? Math.round(p.share * 100) : 100;
    const label =
      p.step === 'sending' ? t('lists.uploading', p.file, percent) : p.publishing ? t('lists.publishing') : t('lists.checking', p.file);
    return html`<div class="panel" aria-busy="true">
      <label for="progress">${label}</label>
      ${p.step === 'sending' ? html`<progress id="progress" max="100" .value=${percent}></progress>` : html`<progress id="progress"></progress>`}
    </div>`;
  }

  private renderResult(): TemplateResult | typeof nothing {
    const p = this.phase;
    if (p.step === 'published') return this.renderPublished(p.answer);
    if (p.step !== 'checked') return nothing;
    const t = this.#i18n.t.bind(this.#i18n);
    const w = this.#words;
    const { check } = p;
    return html`<section class="panel" aria-labelledby="result-title">
      <h2 id="result-title" tabindex="-1">${w.resultTitle}: ${check.file}</h2>
      ${p.notice ? html`<p class="notice error" id="publish-notice" tabindex="-1" role="alert">${p.notice}</p>` : nothing}
      <p class=${check.publishable ? '' : 'error-message'}>
        ${w.summary(check.total, check.valid, check.skipped)}
        ${check.sheet ? html`<br /><span class="hint">${w.sheetInfo(check.sheet, check.headerRow ?? 1)}</span>` : nothing}
      </p>
      ${check.looksLike ? html`<p class="notice">${t('lists.looksLike', w.kinds[check.looksLike])}</p>` : nothing}
      ${check.publishable ? nothing : html`<p>${w.unusable}</p>`}
      ${renderProblemReport(check, this.#report, w)}
      ${check.publishable ? this.renderPublish(check, p.target) : nothing}
    </section>`;
  }

  private renderPublish(check: SheetCheck, target: Target): TemplateResult {
    const t = this.#i18n.t.bind(this.#i18n);
    const current = this.#lists.value?.feeds.find((f) => f.kommune === target.kommune && f.kind === target.kind);
    const published = check.kind !== 'dolmetscher';
    return html`<div class="publish">
      ${
        check.skipped > 0
          ? html`<div class="field ${this.confirmError ? 'has-error' : ''}">
              ${renderError('confirm', this.confirmError, t('app.errorPrefix'))}
              <label class="checkbox">
                <input
                  id="confirm"
                  type="checkbox"
                  .checked=${this.confirmed}
                  aria-describedby=${describedBy('confirm', { error: this.confirmError }) || nothing}
                  aria-invalid=${this.confirmError ? 'true' : 'false'}
                  @change=${(e: Event) => {
                    this.confirmed = (e.target as HTMLInputElement).checked;
                    if (this.confirmed) this.confirmError = '';
                  }}
                />
                <span>${t('lists.confirmSkipped', check.skipped)}</span>
              </label>
            </div>`
          : nothing
      }
      ${current ? html`<p class="hint">${t('lists.replaces', current.records)}</p>` : nothing}
      <button class="button" type="button" @click=${() => this.#onPublish(check, target)}>
        ${published ? t('lists.publish', check.valid) : t('lists.store', check.valid)}
      </button>
    </div>`;
  }

  private renderPublished(answer: PublishAnswer): TemplateResult {
    const t = this.#i18n.t.bind(this.#i18n);
    const { feed } = answer;
    return html`<section class="notice" id="done" tabindex="-1" aria-labelledby="done-text">
      <p id="done-text"><strong>${feed.published ? t('lists.done', feed.records) : t('lists.stored', feed.records)}</strong></p>
      ${feed.url ? html`<p>${t('lists.url')}: <code>${feed.url}</code></p>` : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wir-koordination-listen': WirKoordinationListen;
  }
}
