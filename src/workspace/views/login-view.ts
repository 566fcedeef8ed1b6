import { html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { ErrorSummaryEntry, WirErrorSummary } from '../../components/shared/error-summary/error-summary.js';
import { api, type SessionView } from '../api/koordination-client.js';
import { WorkspaceSessionEvent } from '../app/workspace-events.js';
import { WorkspaceI18n } from '../i18n/workspace-i18n.js';
import { textField } from '../shared/text-field.js';
import { workspaceStyles } from '../shared/workspace.styles.js';

/**
 * Sign-in: e-mail and password, then — only if the account has one — the code of the second
 * factor. Wrong input gets the GOV.UK error summary; the server's answer for a wrong address
 * and a wrong password is one message, as the server gives one answer.
 *
 * @tag wir-koordination-login
 * @fires wir-koordination-session - Logged in.
 */
export class WirKoordinationLogin extends LitElement {
  static override styles = workspaceStyles;

  readonly #i18n = new WorkspaceI18n(this);

  /** A message above the form (e.g. "your session has ended"). */
  @property() notice = '';

  @state() private email = '';
  @state() private password = '';
  @state() private code = '';
  @state() private askCode = false;
  @state() private busy = false;
  @state() private errors: Record<string, string> = {};
  @state() private failure = '';

  @query('wir-error-summary') private summary?: WirErrorSummary;
  @query('h1') private heading?: HTMLElement;

  override focus(): void {
    this.heading?.focus();
  }

  async #submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const t = this.#i18n.t.bind(this.#i18n);
    const errors: Record<string, string> = {};
    if (!this.email.trim()) errors.email = t('login.error.email');
    if (!this.password) errors.password = t('login.error.password');
    if (this.askCode && !/^\d{6}$/.test(this.code.replace(/\s/g, ''))) errors.code = t('login.error.code');
    this.errors = errors;
    this.failure = '';
    if (Object.keys(errors).length) {
      await this.updateComplete;
      this.summary?.focus();
      return;
    }
    this.busy = true;
    const answer = await api<SessionView>('POST', '/login', {
      email: this.email.trim(),
      password: this.password,
      ...(this.askCode ? { code: this.code.replace(/\s/g, '') } : {}),
    });
    this.busy = false;
    if (answer.ok) {
      this.password = '';
      this.code = '';
      this.dispatchEvent(new WorkspaceSessionEvent());
      return;
    }
    if (answer.error === 'code-required') {
      this.askCode = true;
      this.failure = t('login.codeNeeded');
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#code')?.focus();
      return;
    }
    this.failure =
      answer.error === 'invalid-code'
        ? t('login.invalidCode')
        : answer.error === 'rate-limited'
          ? t('login.throttled', Math.max(1, Math.ceil(Number(answer.body.retryAfterSeconds ?? 60) / 60)))
          : answer.error === 'invalid-credentials'
            ? t('login.invalid')
            : answer.error === 'offline'
              ? t('app.offline')
              : t('app.error');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.failure')?.focus();
  }

  override render() {
    const t = this.#i18n.t.bind(this.#i18n);
    const summary: ErrorSummaryEntry[] = Object.entries(this.errors).map(([target, text]) => ({ target, text }));
    const codeNeeded = this.askCode && this.failure === t('login.codeNeeded');
    return html`<h1 tabindex="-1">${t('login.title')}</h1>
      <p>${t('login.intro')}</p>
      ${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : nothing}
      <wir-error-summary .errors=${summary} heading=${t('app.errorSummary')} locale=${this.#i18n.locale}></wir-error-summary>
      ${this.failure ? html`<p class="notice ${codeNeeded ? '' : 'error'} failure" role="alert" tabindex="-1">${this.failure}</p>` : nothing}
      <form class="panel" novalidate @submit=${this.#submit}>
        ${textField({
          id: 'email',
          label: t('login.email'),
          type: 'email',
          autocomplete: 'username',
          spellcheck: false,
          value: this.email,
          error: this.errors.email,
          errorPrefix: t('app.errorPrefix'),
          onInput: (v) => {
            this.email = v;
          },
        })}
        ${textField({
          id: 'password',
          label: t('login.password'),
          type: 'password',
          autocomplete: 'current-password',
          value: this.password,
          error: this.errors.password,
          errorPrefix: t('app.errorPrefix'),
          onInput: (v) => {
            this.password = v;
          },
        })}
        ${
          this.askCode
            ? textField({
                id: 'code',
                label: t('login.code'),
                hint: t('login.code.hint'),
                inputmode: 'numeric',
                autocomplete: 'one-time-code',
                value: this.code,
                error: this.errors.code,
                errorPrefix: t('app.errorPrefix'),
                onInput: (v) => {
                  this.code = v;
                },
              })
            : nothing
        }
        <div class="actions">
          <button class="button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
            ${this.busy ? t('login.working') : t('login.submit')}
          </button>
        </div>
      </form>
      <p class="muted">${t('login.forgot')}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wir-koordination-login': WirKoordinationLogin;
  }
}
