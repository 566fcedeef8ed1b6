import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { ErrorSummaryEntry, WirErrorSummary } from '../../components/shared/error-summary/error-summary.js';
import { api } from '../api/koordination-client.js';
import { WorkspaceI18n } from '../i18n/workspace-i18n.js';
import { failureText } from '../shared/load-error.js';
import { passwordErrors, passwordProblemText } from '../shared/password-rules.js';
import { textField } from '../shared/text-field.js';
import { workspaceStyles } from '../shared/workspace.styles.js';

/**
 * The one-time link's page (`/koordination/passwort#<token>`): checks the link, then lets the
 * person choose a password. The token never leaves the fragment except in the POST body.
 *
 * @tag wir-koordination-passwort
 */
export class WirKoordinationPasswort extends LitElement {
  static override styles = workspaceStyles;

  readonly #i18n = new WorkspaceI18n(this);

  /** The token from the link's fragment. */
  @property() token = '';

  @state() private phase: 'checking' | 'form' | 'invalid' | 'done' = 'checking';
  @state() private email = '';
  @state() private password = '';
  @state() private repeat = '';
  @state() private errors: Record<string, string | undefined> = {};
  @state() private failure = '';
  @state() private busy = false;

  @query('wir-error-summary') private summary?: WirErrorSummary;
  @query('h1') private heading?: HTMLElement;

  override focus(): void {
    this.heading?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('token')) void this.#check();
  }

  async #check(): Promise<void> {
    this.phase = 'checking';
    const answer = await api<{ email: string }>('POST', '/passwort/pruefen', { token: this.token });
    if (answer.ok) {
      this.email = answer.data.email;
      this.phase = 'form';
    } else this.phase = 'invalid';
  }

  async #submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    this.errors = passwordErrors(this.#i18n, this.password, this.repeat, this.email);
    this.failure = '';
    if (this.errors.password || this.errors.repeat) {
      await this.updateComplete;
      this.summary?.focus();
      return;
    }
    this.busy = true;
    const answer = await api('POST', '/passwort', { token: this.token, password: this.password });
    this.busy = false;
    if (answer.ok) {
      this.phase = 'done';
      this.password = '';
      this.repeat = '';
      // Drop the spent token from the address bar and history.
      history.replaceState(null, '', location.pathname);
    } else if (answer.error === 'weak-password') {
      this.errors = { password: passwordProblemText(this.#i18n, answer.body.problem) };
    } else if (answer.error === 'invalid-link') {
      this.phase = 'invalid';
    } else {
      this.failure = failureText(this.#i18n, answer.error);
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.notice, h1')?.focus();
  }

  override render() {
    const t = this.#i18n.t.bind(this.#i18n);
    const heading = html`<h1 tabindex="-1">${t('password.title')}</h1>`;
    if (this.phase === 'checking') return html`${heading}<p role="status">${t('app.loading')}</p>`;
    if (this.phase === 'invalid') return html`${heading}<p class="notice error" tabindex="-1">${t('password.invalidLink')}</p>`;
    if (this.phase === 'done') {
      return html`${heading}<p class="notice" tabindex="-1" role="status">${t('password.done')}</p>
        <p><a class="button" href="/koordination/">${t('password.toLogin')}</a></p>`;
    }
    const summary: ErrorSummaryEntry[] = [
      ...(this.errors.password ? [{ target: 'new-password', text: this.errors.password }] : []),
      ...(this.errors.repeat ? [{ target: 'repeat-password', text: this.errors.repeat }] : []),
    ];
    return html`${heading}
      <p>${t('password.for', this.email)}</p>
      <wir-error-summary .errors=${summary} heading=${t('app.errorSummary')} locale=${this.#i18n.locale}></wir-error-summary>
      ${this.failure ? html`<p class="notice error" role="alert" tabindex="-1">${this.failure}</p>` : nothing}
      <form class="panel" novalidate @submit=${this.#submit}>
        <input type="email" autocomplete="username" .value=${this.email} hidden readonly />
        ${textField({
          id: 'new-password',
          label: t('password.new'),
          hint: t('password.hint'),
          type: 'password',
          autocomplete: 'new-password',
          value: this.password,
          error: this.errors.password,
          errorPrefix: t('app.errorPrefix'),
          onInput: (v) => {
            this.password = v;
          },
        })}
        ${textField({
          id: 'repeat-password',
          label: t('password.repeat'),
          type: 'password',
          autocomplete: 'new-password',
          value: this.repeat,
          error: this.errors.repeat,
          errorPrefix: t('app.errorPrefix'),
          onInput: (v) => {
            this.repeat = v;
          },
        })}
        <div class="actions">
          <button class="button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${t('password.submit')}</button>
        </div>
      </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wir-koordination-passwort': WirKoordinationPasswort;
  }
}
