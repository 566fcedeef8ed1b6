import { Task } from '@lit/task';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { findLanguages } from '../../core/language/index.js';
import { REQUEST_STATUSES } from '../../core/schema/request.js';
import { type AnfrageSummary, API, api, type InboxPage } from '../api/koordination-client.js';
import { WorkspaceAnnounceEvent, WorkspaceNavigateEvent } from '../app/workspace-events.js';
import { WorkspaceI18n } from '../i18n/workspace-i18n.js';
import { renderLoadError } from '../shared/load-error.js';
import { kindWord, languageWord, modeWord, requesterWord, statusWord } from '../shared/request-words.js';
import { textField } from '../shared/text-field.js';
import { workspaceStyles } from '../shared/workspace.styles.js';

const FILTER_KEYS = ['kind', 'language', 'from', 'to', 'number'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
const PAGE = 50;
/** Kinds the inbox offers as a filter; a kind the server does not know yet simply finds nothing. */
const KINDS = ['dolmetscher', 'lotse'] as const;

/**
 * The inbox: new requests first, counts per status as tabs, filters for kind, language,
 * appointment dates and request number — all kept in the address (`?status=received&…`), so
 * back and reload keep them — and downloads of what the filters show.
 *
 * @tag wir-koordination-inbox
 * @fires wir-koordination-navigate - Filters applied (the address changes).
 * @fires wir-koordination-announce - How many requests the filters found.
 */
export class WirKoordinationInbox extends LitElement {
  static override styles = [
    workspaceStyles,
    css`
      .tabs {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        margin: 0 0 1em;
        padding: 0;
        list-style: none;
      }
      .tabs a {
        display: inline-flex;
        align-items: center;
        min-block-size: 2.75em;
        padding: 0.25em 0.85em;
        border: 2px solid var(--wir-color-border, #505a5f);
        border-radius: 1.5em;
        text-decoration: none;
        color: inherit;
      }
      .tabs a[aria-current='page'] {
        background: var(--wir-color-primary, #00594f);
        border-color: var(--wir-color-primary, #00594f);
        color: #fff;
        font-weight: 600;
      }
      .filters {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
        gap: 0 1em;
      }
      details > summary {
        min-block-size: 2.75em;
        display: flex;
        align-items: center;
        gap: 0.5em;
        font-weight: 600;
        cursor: pointer;
      }
      details > summary::before {
        content: '▸';
      }
      details[open] > summary::before {
        content: '▾';
      }
      .items {
        list-style: none;
        margin: 0 0 1em;
        padding: 0;
        border-block-start: 1px solid var(--wir-color-border-light, #b1b4b6);
      }
      .items li {
        display: grid;
        gap: 0.15em;
        padding: 0.75em 0;
        border-block-end: 1px solid var(--wir-color-border-light, #b1b4b6);
      }
      .items .first {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25em 0.75em;
        align-items: center;
      }
      .items a {
        font-weight: 700;
        font-size: 1.125em;
        display: inline-flex;
        align-items: center;
        min-block-size: 2.75em;
        min-inline-size: 2.75em;
      }
      .downloads {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em 1.5em;
      }
      .downloads a {
        display: inline-flex;
        align-items: center;
        min-block-size: 2.75em;
      }
    `,
  ];

  readonly #i18n = new WorkspaceI18n(this);

  /** The address's query string (the app passes it on). */
  @property() query = '';

  @state() private draft: Record<FilterKey, string> = { kind: '', language: '', from: '', to: '', number: '' };
  @state() private extra: AnfrageSummary[] = [];
  @state() private loadingMore = false;

  @query('h1') private heading?: HTMLElement;

  readonly #page = new Task(this, {
    args: () => [this.query] as const,
    task: async ([query], { signal }) => {
      const answer = await api<InboxPage>('GET', `/anfragen?${apiQuery(new URLSearchParams(query))}&limit=${PAGE}`, undefined, signal);
      if (!answer.ok) throw new Error(answer.error);
      this.dispatchEvent(new WorkspaceAnnounceEvent(this.#i18n.t('inbox.count', answer.data.total)));
      return answer.data;
    },
  });

  override focus(): void {
    this.heading?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query')) {
      const params = new URLSearchParams(this.query);
      this.draft = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? ''])) as Record<FilterKey, string>;
      this.extra = [];
    }
  }

  #params(): URLSearchParams {
    return new URLSearchParams(this.query);
  }

  #href(change: Record<string, string>): string {
    const params = this.#params();
    for (const [k, v] of Object.entries(change)) {
      if (v) params.set(k, v);
      else params.delete(k);
    }
    const text = params.toString();
    return `/koordination/${text ? `?${text}` : ''}`;
  }

  #apply(event: Event): void {
    event.preventDefault();
    const language = this.draft.language.trim();
    // "Arabisch" or "ar": the server filters by code, people type either.
    const code =
      language && !/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(language)
        ? (findLanguages(language, this.#i18n.locale)[0]?.code ?? language)
        : language;
    const change: Record<string, string> = { ...this.draft, language: code, number: this.draft.number.replace(/\s/g, '') };
    this.dispatchEvent(new WorkspaceNavigateEvent(this.#href(change)));
  }

  #reset(): void {
    this.dispatchEvent(new WorkspaceNavigateEvent('/koordination/'));
  }

  async #more(shown: number): Promise<void> {
    this.loadingMore = true;
    const answer = await api<InboxPage>('GET', `/anfragen?${apiQuery(this.#params())}&limit=${PAGE}&offset=${shown}`);
    this.loadingMore = false;
    if (answer.ok) this.extra = [...this.extra, ...answer.data.items];
  }

  override render() {
    const t = this.#i18n.t.bind(this.#i18n);
    return html`<h1 tabindex="-1">${t('inbox.title')}</h1>
      ${this.#page.render({
        initial: () => html`<p role="status">${t('app.loading')}</p>`,
        pending: () => html`<p role="status" aria-busy="true">${t('app.loading')}</p>${this.renderFilters()}`,
        complete: (page) => html`${this.renderTabs(page)}${this.renderFilters()}${this.renderList(page)}${this.renderDownloads()}`,
        error: (error) => renderLoadError(this.#i18n, error, () => this.#page.run()),
      })}`;
  }

  private renderTabs(page: InboxPage) {
    const t = this.#i18n.t.bind(this.#i18n);
    const active = this.#params().get('status') ?? '';
    const all = Object.values(page.counts).reduce((sum, n) => sum + (n ?? 0), 0);
    const tab = (status: string, label: string, count: number) =>
      html`<li><a href=${this.#href({ status })} aria-current=${active === status ? 'page' : 'false'}>${label} (${count})</a></li>`;
    return html`<nav aria-label=${t('inbox.status')}>
      <ul class="tabs">
        ${tab('', t('status.all'), all)} ${REQUEST_STATUSES.map((s) => tab(s, statusWord(this.#i18n, s), page.counts[s] ?? 0))}
      </ul>
    </nav>`;
  }

  private renderFilters() {
    const t = this.#i18n.t.bind(this.#i18n);
    const active = FILTER_KEYS.some((k) => this.#params().get(k));
    const set = (key: FilterKey) => (value: string) => {
      this.draft = { ...this.draft, [key]: value };
    };
    const common = { errorPrefix: t('app.errorPrefix') };
    return html`<details class="panel" ?open=${active}>
      <summary>${t('inbox.filters')}</summary>
      <form novalidate @submit=${this.#apply}>
        <div class="filters">
          <div class="field">
            <label for="kind">${t('inbox.kind')}</label>
            <select id="kind" @change=${(e: Event) => set('kind')((e.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${!this.draft.kind}>${t('kind.all')}</option>
              ${KINDS.map((k) => html`<option value=${k} ?selected=${this.draft.kind === k}>${kindWord(this.#i18n, k)}</option>`)}
            </select>
          </div>
          ${textField({ ...common, id: 'language', label: t('inbox.language'), hint: t('inbox.language.hint'), value: this.draft.language, onInput: set('language') })}
          ${textField({ ...common, id: 'from', type: 'date', label: t('inbox.from'), value: this.draft.from, onInput: set('from') })}
          ${textField({ ...common, id: 'to', type: 'date', label: t('inbox.to'), value: this.draft.to, onInput: set('to') })}
          ${textField({ ...common, id: 'number', type: 'search', label: t('inbox.number'), hint: t('inbox.number.hint'), spellcheck: false, value: this.draft.number, onInput: set('number') })}
        </div>
        <div class="actions">
          <button class="button" type="submit">${t('inbox.apply')}</button>
          ${active ? html`<button class="button secondary" type="button" @click=${this.#reset}>${t('inbox.reset')}</button>` : nothing}
        </div>
      </form>
    </details>`;
  }

  private renderList(page: InboxPage) {
    const t = this.#i18n.t.bind(this.#i18n);
    const items = [...page.items, ...this.extra];
    if (items.length === 0) {
      const filtered = [...this.#params().keys()].length > 0;
      return html`<p class="notice">${filtered ? t('inbox.empty') : t('inbox.emptyAll')}</p>
        ${filtered ? html`<p><a href="/koordination/">${t('inbox.resetHint')}</a></p>` : nothing}`;
    }
    return html`<h2 class="visually-hidden">${t('inbox.count', page.total)}</h2>
      <p class="muted">${t('inbox.shown', items.length, page.total)}</p>
      <ol class="items">
        ${items.map((item) => this.renderItem(item))}
      </ol>
      ${
        items.length < page.total
          ? html`<button class="button secondary" type="button" aria-disabled=${this.loadingMore ? 'true' : 'false'} @click=${() => this.#more(items.length)}>
              ${this.loadingMore ? t('app.loading') : t('inbox.more')}
            </button>`
          : nothing
      }`;
  }

  private renderItem(item: AnfrageSummary) {
    const i18n = this.#i18n;
    const t = i18n.t.bind(i18n);
    const need = [
      kindWord(i18n, item.kind),
      languageWord(i18n, item.language),
      item.lotseName ?? (item.date ? `${i18n.date(item.date)}${item.from ? `, ${item.from}` : ''}` : t('inbox.noDate')),
      ...(item.mode ? [modeWord(i18n, item.mode)] : []),
    ].join(' · ');
    const who = item.requester.organisation || requesterWord(i18n, item.requester.type);
    return html`<li>
      <div class="first">
        <a href="/koordination/anfragen/${item.id}"><span class="visually-hidden">${t('detail.title', '')}</span><span class="mono">${item.number}</span></a>
        <span class="badge ${item.status}">${statusWord(i18n, item.status)}</span>
        ${item.assignment ? html`<span class="muted">${t('inbox.assigned', item.assignment.name)}</span>` : nothing}
      </div>
      <div>${need}</div>
      <div class="muted">${t('inbox.by', who)} · ${t('inbox.received', i18n.dateTime(item.receivedAt))}</div>
    </li>`;
  }

  private renderDownloads() {
    const t = this.#i18n.t.bind(this.#i18n);
    const query = apiQuery(this.#params());
    return html`<section class="panel" aria-labelledby="downloads-title">
      <h2 id="downloads-title">${t('inbox.export')}</h2>
      <p class="hint">${t('inbox.export.hint')}</p>
      <div class="downloads">
        <a href="${API}/anfragen.csv?${query}" download>${t('inbox.export.csv')}</a>
        <a href="${API}/anfragen.xlsx?${query}" download>${t('inbox.export.xlsx')}</a>
      </div>
    </section>`;
  }
}

/** The filters the API understands, from the address's query (nothing else is passed on). */
function apiQuery(params: URLSearchParams): string {
  const out = new URLSearchParams();
  for (const key of ['status', ...FILTER_KEYS]) {
    const value = params.get(key);
    if (value) out.set(key, value);
  }
  return out.toString();
}

declare global {
  interface HTMLElementTagNameMap {
    'wir-koordination-inbox': WirKoordinationInbox;
  }
}
