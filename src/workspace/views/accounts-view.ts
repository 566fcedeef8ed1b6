import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { ErrorSummaryEntry, WirErrorSummary } from '../../components/shared/error-summary/error-summary.js';
import { type AccountView, api, type SessionView } from '../api/koordination-client.js';
import { WorkspaceAnnounceEvent } from '../app/workspace-events.js';
import { WorkspaceI18n } from '../i18n/workspace-i18n.js';
import { failureText } from '../shared/load-error.js';
import { textField } from '../shared/text-field.js';
import { workspaceStyles } from '../shared/workspace.styles.js';

/**
 * Accounts, for admins: who has one, for which Kommunen; create one (the person gets a
 * one-time link to choose a password), give a new link, lock and unlock.
 *
 * @tag wir-koordination-konten
 * @fires wir-koordination-announce - Outcomes, for screen readers.
 */
export class WirKoordinationKonten extends LitElement {
  static override styles = [
    workspaceStyles,
    css`
      .accounts li {
        padding: 0.75em 0;
        border-block-end: 1px solid var(--wir-color-border-light, #b1b4b6);
      }
      .accounts li:first-child {
        padding-block-start: 0;
      }
      .accounts li:last-child {
        border-block-end: 0;
        padding-block-end: 0;
      }
      .link {
        display: block;
        padding: 0.5em;
        background: #f3f2f1;
        border-radius: var(--wir-radius, 6px);
        margin: 0.25em 0 0.5em;
      }
    `,
  ];

  readonly #i18n = new WorkspaceI18n(this);

  /** Who is logged in: an admin cannot lock themselves out. */
  @property({ attribute: false }) session?: SessionView;

  @state() private email = '';
  @state() private kommunen = '';
  @state() private admin = false;
  @state() private totpRequired = false;
  @state() private errors: Record<string, string> = {};
  @state() private link: { email: string; url: string; created: boolean } | undefined;
  @state() private failure = '';

  @query('wir-error-summary') private summary?: WirErrorSummary;
  @query('h1') private heading?: HTMLElement;

  readonly #accounts = new Task(this, {
    args: () => [] as const,
    task: async (_, { signal }) => {
      const answer = await api<{ items: AccountView[] }>('GET', '/konten', undefined, signal);
      if (!answer.ok) throw new Error(answer.error);
      return answer.data.items;
    },
  });

  override focus(): void {
    this.heading?.focus();
  }

  async #create(event: Event): Promise<void> {
    event.preventDefault();
    const t = this.#i18n.t.bind(this.#i18n);
    const kommunen = this.kommunen
      .split(/[\s,;]+/)
      .map((k) => k.trim())
      .filter(Boolean);
    const errors: Record<string, string> = {};
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(this.email.trim())) errors['new-email'] = t('accounts.error.email');
    if (!kommunen.length && !this.admin) errors['new-kommunen'] = t('accounts.error.noKommune');
    this.errors = errors;
    this.failure = '';
    if (Object.keys(errors).length) {
      await this.updateComplete;
      this.summary?.focus();
      return;
    }
    const answer = await api<{ account: AccountView; setupUrl: string }>('POST', '/konten', {
      email: this.email.trim(),
      kommunen,
      admin: this.admin,
      totpRequired: this.totpRequired,
    });
    if (!answer.ok) {
      if (answer.error === 'email-taken') this.errors = { 'new-email': t('accounts.error.taken') };
      else if (answer.error === 'invalid-kommune')
        this.errors = { 'new-kommunen': t('accounts.error.kommune', String(answer.body.detail ?? '')) };
      else if (answer.error === 'invalid-email') this.errors = { 'new-email': t('accounts.error.email') };
      else if (answer.error === 'no-kommune') this.errors = { 'new-kommunen': t('accounts.error.noKommune') };
      else this.failure = failureText(this.#i18n, answer.error);
      await this.updateComplete;
      this.summary?.focus();
      return;
    }
    this.link = { email: answer.data.account.email, url: answer.data.setupUrl, created: true };
    this.email = '';
    this.kommunen = '';
    this.admin = false;
    this.totpRequired = false;
    this.#accounts.run();
    await this.#showLink();
  }

  async #showLink(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#link-box')?.focus();
  }

  async #newLink(account: AccountView): Promise<void> {
    const answer = await api<{ setupUrl: string }>('POST', `/konten/${account.id}/link`);
    if (!answer.ok) {
      this.failure = this.#i18n.t('app.error');
      return;
    }
    this.link = { email: account.email, url: answer.data.setupUrl, created: false };
    await this.#showLink();
  }

  async #toggle(account: AccountView): Promise<void> {
    const answer = await api('PATCH', `/konten/${account.id}`, { disabled: !account.disabled });
    if (!answer.ok) {
      this.failure = this.#i18n.t('app.error');
      return;
    }
    this.dispatchEvent(
      new WorkspaceAnnounceEvent(
        `${account.email}: ${account.disabled ? this.#i18n.t('accounts.enable') : this.#i18n.t('accounts.disabled')}`,
      ),
    );
    this.#accounts.run();
  }

  async #copy(url: string): Promise<void> {
    await navigator.clipboard?.writeText(url).catch(() => undefined);
    this.dispatchEvent(new WorkspaceAnnounceEvent(this.#i18n.t('accounts.copied')));
  }

  override render() {
    const t = this.#i18n.t.bind(this.#i18n);
    return html`<h1 tabindex="-1">${t('accounts.title')}</h1>
      <p>${t('accounts.intro')}</p>
      ${this.failure ? html`<p class="notice error" role="alert">${this.failure}</p>` : nothing}
      ${
        this.link
          ? html`<div class="notice" id="link-box" tabindex="-1" role="status">
              <p>${this.link.created ? t('accounts.created', this.link.email) : t('accounts.linkFor', this.link.email)}</p>
              <code class="link">${this.link.url}</code>
              <button class="button secondary small" type="button" @click=${() => this.#copy(this.link!.url)}>${t('accounts.copy')}</button>
            </div>`
          : nothing
      }
      ${this.#accounts.render({
        pending: () => html`<p role="status">${t('app.loading')}</p>`,
        error: () => html`<p class="notice error" role="alert">${t('app.error')}</p>`,
        complete: (accounts) => html`<ul class="plain-list accounts panel">
          ${accounts.map((a) => this.renderAccount(a))}
        </ul>`,
      })}
      ${this.renderForm()}`;
  }

  private renderAccount(a: AccountView) {
    const t = this.#i18n.t.bind(this.#i18n);
    const flags = [
      a.admin ? t('accounts.isAdmin') : '',
      a.disabled ? t('accounts.disabled') : '',
      a.hasPassword ? '' : t('accounts.noPassword'),
      a.totpEnabled ? t('accounts.totpOn') : '',
    ].filter(Boolean);
    return html`<li>
      <strong>${a.email}</strong>
      <div>${a.kommunen.map((k) => `${k.name} (${k.code})`).join(', ') || '–'}</div>
      ${flags.length ? html`<div class="muted">${flags.join(' · ')}</div>` : nothing}
      <div class="actions">
        <button class="button secondary small" type="button" @click=${() => this.#newLink(a)}>${t('accounts.newLink')}<span class="visually-hidden">: ${a.email}</span></button>
        ${
          a.id === this.session?.account.id
            ? nothing
            : html`<button class="button secondary small" type="button" @click=${() => this.#toggle(a)}>
                ${a.disabled ? t('accounts.enable') : t('accounts.disable')}<span class="visually-hidden">: ${a.email}</span>
              </button>`
        }
      </div>
    </li>`;
  }

  private renderForm() {
    const t = this.#i18n.t.bind(this.#i18n);
    const summary: ErrorSummaryEntry[] = Object.entries(this.errors).map(([target, text]) => ({ target, text }));
    return html`<section class="panel" aria-labelledby="add-title">
      <h2 id="add-title">${t('accounts.add')}</h2>
      <wir-error-summary .errors=${summary} heading=${t('app.errorSummary')} locale=${this.#i18n.locale}></wir-error-summary>
      <form novalidate @submit=${this.#create}>
        ${textField({
          id: 'new-email',
          label: t('accounts.email'),
          type: 'email',
          autocomplete: 'off',
          spellcheck: false,
          value: this.email,
          error: this.errors['new-email'],
          errorPrefix: t('app.errorPrefix'),
          onInput: (v) => {
            this.email = v;
          },
        })}
        ${textField({
          id: 'new-kommunen',
          label: t('accounts.kommunen'),
          hint: t('accounts.kommunen.hint'),
          inputmode: 'numeric',
          value: this.kommunen,
          error: this.errors['new-kommunen'],
          errorPrefix: t('app.errorPrefix'),
          onInput: (v) => {
            this.kommunen = v;
          },
        })}
        <label class="checkbox"><input type="checkbox" .checked=${this.admin} @change=${(e: Event) => {
          this.admin = (e.target as HTMLInputElement).checked;
        }} />${t('accounts.admin')}</label>
        <label class="checkbox"><input type="checkbox" .checked=${this.totpRequired} @change=${(e: Event) => {
          this.totpRequired = (e.target as HTMLInputElement).checked;
        }} />${t('accounts.totpRequired')}</label>
        <button class="button" type="submit">${t('accounts.create')}</button>
      </form>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wir-koordination-konten': WirKoordinationKonten;
  }
}
