import { html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { api, type SessionView } from '../api/koordination-client.js';
import { WorkspaceAnnounceEvent, WorkspaceSessionEvent } from '../app/workspace-events.js';
import { WorkspaceI18n } from '../i18n/workspace-i18n.js';
import { passwordErrors, passwordProblemText } from '../shared/password-rules.js';
import { textField } from '../shared/text-field.js';
import { workspaceStyles } from '../shared/workspace.styles.js';

/**
 * Sign-in and security of the own account: the second factor (TOTP, any authenticator app:
 * the key to type in and the otpauth link; no QR code, which would need a third-party
 * library) and a new password.
 *
 * @tag wir-koordination-sicherheit
 * @fires wir-koordination-session - The second factor was set up (the session may now see everything).
 * @fires wir-koordination-announce - Outcomes, for screen readers.
 */
export class WirKoordinationSicherheit extends LitElement {
  static override styles = workspaceStyles;

  readonly #i18n = new WorkspaceI18n(this);

  /** Who is logged in (from the app). */
  @property({ attribute: false }) session?: SessionView;

  @state() private setup: { secret: string; uri: string } | undefined;
  @state() private code = '';
  @state() private codeError = '';
  @state() private disablePassword = '';
  @state() private message = '';
  @state() private current = '';
  @state() private next = '';
  @state() private repeat = '';
  @state() private passwordErrors: Record<string, string | undefined> = {};

  @query('h1') private heading?: HTMLElement;

  override focus(): void {
    this.heading?.focus();
  }

  async #start(): Promise<void> {
    const answer = await api<{ secret: string; uri: string }>('POST', '/totp/einrichten');
    if (!answer.ok) {
      this.message = this.#i18n.t('app.error');
      return;
    }
    this.setup = answer.data;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#setup')?.focus();
  }

  async #confirm(event: Event): Promise<void> {
    event.preventDefault();
    const answer = await api('POST', '/totp/bestaetigen', { code: this.code.replace(/\s/g, '') });
    if (!answer.ok) {
      this.codeError = this.#i18n.t('security.totp.invalid');
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#totp-code')?.focus();
      return;
    }
    this.setup = undefined;
    this.code = '';
    this.codeError = '';
    this.message = this.#i18n.t('security.totp.enabled');
    this.dispatchEvent(new WorkspaceAnnounceEvent(this.message));
    this.dispatchEvent(new WorkspaceSessionEvent());
  }

  async #disable(event: Event): Promise<void> {
    event.preventDefault();
    const answer = await api('POST', '/totp/ausschalten', { password: this.disablePassword });
    this.disablePassword = '';
    this.message = answer.ok
      ? this.#i18n.t('security.totp.disabled')
      : answer.error === 'wrong-password'
        ? this.#i18n.t('password.error.current')
        : answer.error === 'required-by-policy'
          ? this.#i18n.t('security.totp.policy')
          : this.#i18n.t('app.error');
    this.dispatchEvent(new WorkspaceAnnounceEvent(this.message));
    if (answer.ok) this.dispatchEvent(new WorkspaceSessionEvent());
  }

  async #changePassword(event: Event): Promise<void> {
    event.preventDefault();
    const email = this.session?.account.email ?? '';
    const errors = passwordErrors(this.#i18n, this.next, this.repeat, email);
    this.passwordErrors = { ...errors, current: this.current ? undefined : this.#i18n.t('password.error.current') };
    if (Object.values(this.passwordErrors).some(Boolean)) return;
    const answer = await api('POST', '/passwort/aendern', { current: this.current, password: this.next });
    if (!answer.ok) {
      this.passwordErrors =
        answer.error === 'wrong-password'
          ? { current: this.#i18n.t('password.error.current') }
          : { password: passwordProblemText(this.#i18n, answer.body.problem) };
      return;
    }
    this.current = this.next = this.repeat = '';
    this.passwordErrors = {};
    this.message = this.#i18n.t('password.changed');
    this.dispatchEvent(new WorkspaceAnnounceEvent(this.message));
  }

  override render() {
    const t = this.#i18n.t.bind(this.#i18n);
    const account = this.session?.account;
    const mustSetUp = this.session?.needsTotpSetup ?? false;
    return html`<h1 tabindex="-1">${t('security.title')}</h1>
      ${mustSetUp ? html`<p class="notice" role="status">${t('security.totp.required')}</p>` : nothing}
      ${this.message ? html`<p class="notice" role="status">${this.message}</p>` : nothing}
      <section class="panel" aria-labelledby="totp-title">
        <h2 id="totp-title">${t('security.totp')}</h2>
        ${account?.totpEnabled ? this.renderEnabled(account.totpRequired) : this.setup ? this.renderSetup(this.setup) : this.renderOff()}
      </section>
      ${mustSetUp ? nothing : this.renderPasswordForm()}`;
  }

  private renderOff() {
    const t = this.#i18n.t.bind(this.#i18n);
    return html`<p>${t('security.totp.off')}</p>
      <button class="button" type="button" @click=${this.#start}>${t('security.totp.start')}</button>`;
  }

  private renderSetup(setup: { secret: string; uri: string }) {
    const t = this.#i18n.t.bind(this.#i18n);
    return html`<div id="setup" tabindex="-1">
      <p>${t('security.totp.steps')}</p>
      <ol>
        <li>${t('security.totp.step1')}</li>
        <li>
          ${t('security.totp.step2')}
          <dl class="facts">
            <dt>${t('security.totp.secret')}</dt>
            <dd><code>${setup.secret.replace(/(.{4})/g, '$1 ').trim()}</code></dd>
            <dt>${t('security.totp.uri')}</dt>
            <dd><a href=${setup.uri}>${setup.uri}</a></dd>
          </dl>
        </li>
        <li>${t('security.totp.step3')}</li>
      </ol>
      <form novalidate @submit=${this.#confirm}>
        ${textField({
          id: 'totp-code',
          label: t('login.code'),
          inputmode: 'numeric',
          autocomplete: 'one-time-code',
          value: this.code,
          error: this.codeError || undefined,
          errorPrefix: t('app.errorPrefix'),
          onInput: (v) => {
            this.code = v;
          },
        })}
        <button class="button" type="submit">${t('security.totp.confirm')}</button>
      </form>
    </div>`;
  }

  private renderEnabled(required: boolean) {
    const t = this.#i18n.t.bind(this.#i18n);
    if (required) return html`<p>${t('security.totp.on')}</p><p class="muted">${t('security.totp.policy')}</p>`;
    return html`<p>${t('security.totp.on')}</p>
      <form novalidate @submit=${this.#disable}>
        ${textField({
          id: 'disable-password',
          label: t('password.current'),
          type: 'password',
          autocomplete: 'current-password',
          value: this.disablePassword,
          errorPrefix: t('app.errorPrefix'),
          onInput: (v) => {
            this.disablePassword = v;
          },
        })}
        <button class="button secondary" type="submit">${t('security.totp.disable')}</button>
      </form>`;
  }

  private renderPasswordForm() {
    const t = this.#i18n.t.bind(this.#i18n);
    const field = (id: string, label: string, value: string, set: (v: string) => void, autocomplete: string, hint?: string) =>
      textField({
        id,
        label,
        type: 'password',
        autocomplete,
        value,
        error: this.passwordErrors[id === 'pw-current' ? 'current' : id === 'pw-new' ? 'password' : 'repeat'],
        errorPrefix: t('app.errorPrefix'),
        onInput: set,
        ...(hint ? { hint } : {}),
      });
    return html`<section class="panel" aria-labelledby="pw-title">
      <h2 id="pw-title">${t('password.change')}</h2>
      <form novalidate @submit=${this.#changePassword}>
        <input type="email" autocomplete="username" .value=${this.session?.account.email ?? ''} hidden readonly />
        ${field(
          'pw-current',
          t('password.current'),
          this.current,
          (v) => {
            this.current = v;
          },
          'current-password',
        )}
        ${field(
          'pw-new',
          t('password.new'),
          this.next,
          (v) => {
            this.next = v;
          },
          'new-password',
          t('password.hint'),
        )}
        ${field(
          'pw-repeat',
          t('password.repeat'),
          this.repeat,
          (v) => {
            this.repeat = v;
          },
          'new-password',
        )}
        <button class="button" type="submit">${t('password.change')}</button>
      </form>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wir-koordination-sicherheit': WirKoordinationSicherheit;
  }
}
