import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { Announcer } from '../../components/shared/announcer.js';
import { api, onSessionLost, type SessionView } from '../api/koordination-client.js';
import { setWorkspaceLocale, WORKSPACE_LOCALES, WorkspaceI18n, type WorkspaceLocale } from '../i18n/workspace-i18n.js';
import { workspaceStyles } from '../shared/workspace.styles.js';
import { koordinationAppStyles } from './koordination-app.styles.js';
import { RouteController, type WorkspaceRoute } from './route-controller.js';
import type { WorkspaceAnnounceEvent, WorkspaceNavigateEvent } from './workspace-events.js';

type SessionState = { kind: 'loading' } | { kind: 'anonymous'; notice: string } | { kind: 'error' } | { kind: 'in'; session: SessionView };

/** A section of the workspace in the navigation. */
interface Area {
  path: string;
  label: 'app.nav.inbox' | 'app.nav.lists' | 'app.nav.protocol' | 'app.nav.accounts' | 'app.nav.security';
  views: ReadonlyArray<WorkspaceRoute['view']>;
  visible(session: SessionView): boolean;
}

const AREAS: readonly Area[] = [
  { path: '/koordination/', label: 'app.nav.inbox', views: ['inbox', 'anfrage'], visible: () => true },
  { path: '/koordination/listen', label: 'app.nav.lists', views: ['listen'], visible: () => true },
  { path: '/koordination/protokoll', label: 'app.nav.protocol', views: ['protokoll'], visible: () => true },
  { path: '/koordination/konten', label: 'app.nav.accounts', views: ['konten'], visible: (s) => s.account.admin },
  { path: '/koordination/sicherheit', label: 'app.nav.security', views: ['sicherheit'], visible: () => true },
];

const LOCALE_NAMES: Record<WorkspaceLocale, string> = { de: 'Deutsch', en: 'English' };

/**
 * The coordinators' workspace (docs/koordination.md): signs in, then shows the inbox, a
 * request, the office's lists, the log, accounts (admins) and the own security settings, following the address.
 * It owns the page's one polite live region, and moves focus to each view's heading when the
 * view changes, so screen-reader and keyboard users land where sighted users look.
 *
 * @tag wir-koordination
 * @summary The WIR coordination offices' workspace.
 */
export class WirKoordination extends LitElement {
  static override styles = [workspaceStyles, koordinationAppStyles];

  readonly #i18n = new WorkspaceI18n(this);
  readonly #announcer = new Announcer(this, 300);
  readonly #router = new RouteController(this, () => void this.#focusView());

  @state() private sessionState: SessionState = { kind: 'loading' };

  override connectedCallback(): void {
    super.connectedCallback();
    document.documentElement.lang = this.#i18n.locale;
    onSessionLost(() => {
      this.sessionState = { kind: 'anonymous', notice: this.#i18n.t('app.sessionEnded') };
    });
    this.addEventListener('wir-koordination-announce', (e: WorkspaceAnnounceEvent) => this.#announcer.announce(e.message));
    this.addEventListener('wir-koordination-navigate', (e: WorkspaceNavigateEvent) => this.#router.go(e.path, { replace: e.replace }));
    this.addEventListener('wir-koordination-session', () => void this.#loadSession(true));
    void this.#loadSession(false);
  }

  async #loadSession(focus: boolean): Promise<void> {
    const answer = await api<SessionView>('GET', '/sitzung');
    if (answer.ok) this.sessionState = { kind: 'in', session: answer.data };
    else if (answer.status === 401) this.sessionState = { kind: 'anonymous', notice: '' };
    else this.sessionState = { kind: 'error' };
    if (answer.ok && answer.data.needsTotpSetup && this.#router.route.view !== 'sicherheit')
      this.#router.go('/koordination/sicherheit', { replace: true });
    if (focus) await this.#focusView();
  }

  async #focusView(): Promise<void> {
    await this.updateComplete;
    const view = this.renderRoot.querySelector<HTMLElement>('main > *');
    // Views (wir-koordination-…) focus their own heading; a plain section its h1.
    if (view?.localName.startsWith('wir-')) view.focus();
    else this.renderRoot.querySelector<HTMLElement>('main h1')?.focus();
  }

  async #logout(): Promise<void> {
    await api('POST', '/logout');
    this.sessionState = { kind: 'anonymous', notice: '' };
    this.#router.go('/koordination/');
  }

  #switchLocale(event: Event): void {
    setWorkspaceLocale((event.target as HTMLSelectElement).value as WorkspaceLocale);
  }

  override render() {
    const t = this.#i18n.t.bind(this.#i18n);
    const session = this.sessionState.kind === 'in' ? this.sessionState.session : undefined;
    return html`<a class="skip" href="#main" @click=${this.#skip}>${t('app.skip')}</a>
      <header class="bar">
        <div class="brand">${t('app.title')}</div>
        ${session ? this.renderNav(session) : nothing}
        <div class="tools">
          <label for="locale">${t('app.locale')}</label>
          <select id="locale" @change=${this.#switchLocale}>
            ${WORKSPACE_LOCALES.map((l) => html`<option value=${l} lang=${l} ?selected=${l === this.#i18n.locale}>${LOCALE_NAMES[l]}</option>`)}
          </select>
          ${
            session
              ? html`<span class="who">${t('app.loggedInAs', session.account.email)}</span>
                <button class="button secondary small" type="button" @click=${this.#logout}>${t('app.logout')}</button>`
              : nothing
          }
        </div>
      </header>
      <main id="main" tabindex="-1">${this.renderMain(session)}</main>
      ${this.#announcer.render()}`;
  }

  #skip(event: Event): void {
    // A fragment link cannot reach into a shadow root: move focus by hand.
    event.preventDefault();
    void this.#focusView();
  }

  private renderNav(session: SessionView): TemplateResult {
    const t = this.#i18n.t.bind(this.#i18n);
    const view = this.#router.route.view;
    return html`<nav aria-label=${t('app.nav')}>
      <ul>
        ${AREAS.filter((a) => a.visible(session) && !(session.needsTotpSetup && a.label !== 'app.nav.security')).map(
          (a) => html`<li><a href=${a.path} aria-current=${a.views.includes(view) ? 'page' : 'false'}>${t(a.label)}</a></li>`,
        )}
      </ul>
    </nav>`;
  }

  private renderMain(session: SessionView | undefined): TemplateResult {
    const t = this.#i18n.t.bind(this.#i18n);
    const route = this.#router.route;
    // The password link works without a session: it is how a new account gets one.
    if (route.view === 'passwort') return html`<wir-koordination-passwort .token=${route.token}></wir-koordination-passwort>`;
    switch (this.sessionState.kind) {
      case 'loading':
        return html`<p role="status">${t('app.loading')}</p>`;
      case 'error':
        return html`<div class="notice error" role="alert">
          <p>${t('app.offline')}</p>
          <button class="button secondary" type="button" @click=${() => this.#loadSession(true)}>${t('app.retry')}</button>
        </div>`;
      case 'anonymous':
        return html`<wir-koordination-login .notice=${this.sessionState.notice}></wir-koordination-login>`;
    }
    if (!session) return html``;
    if (session.needsTotpSetup) return html`<wir-koordination-sicherheit .session=${session}></wir-koordination-sicherheit>`;
    switch (route.view) {
      case 'inbox':
        return html`<wir-koordination-inbox .query=${route.query.toString()}></wir-koordination-inbox>`;
      case 'anfrage':
        return html`<wir-koordination-anfrage anfrage-id=${route.id}></wir-koordination-anfrage>`;
      case 'konten':
        return session.account.admin
          ? html`<wir-koordination-konten .session=${session}></wir-koordination-konten>`
          : this.renderNotFound();
      case 'sicherheit':
        return html`<wir-koordination-sicherheit .session=${session}></wir-koordination-sicherheit>`;
      case 'protokoll':
        return html`<wir-koordination-protokoll></wir-koordination-protokoll>`;
      case 'listen':
        return html`<wir-koordination-listen></wir-koordination-listen>`;
      default:
        return this.renderNotFound();
    }
  }

  private renderNotFound(): TemplateResult {
    return html`<section>
      <h1 tabindex="-1">${this.#i18n.t('app.notFound')}</h1>
      <p><a href="/koordination/">${this.#i18n.t('detail.back')}</a></p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wir-koordination': WirKoordination;
  }
}
