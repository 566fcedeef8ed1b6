import { Task } from '@lit/task';
import { html, LitElement } from 'lit';
import { query } from 'lit/decorators.js';
import { type AuditEntry, api } from '../api/koordination-client.js';
import { WorkspaceI18n } from '../i18n/workspace-i18n.js';
import { workspaceStyles } from '../shared/workspace.styles.js';
import { renderAuditTrail } from './audit-trail.js';

/**
 * The office's log of what concerns no single stored request: deletions (with the request
 * number only), downloads, and — for admins — account changes. Newest first.
 *
 * @tag wir-koordination-protokoll
 */
export class WirKoordinationProtokoll extends LitElement {
  static override styles = workspaceStyles;

  readonly #i18n = new WorkspaceI18n(this);

  @query('h1') private heading?: HTMLElement;

  readonly #entries = new Task(this, {
    args: () => [] as const,
    task: async (_, { signal }) => {
      const answer = await api<{ items: AuditEntry[] }>('GET', '/protokoll', undefined, signal);
      if (!answer.ok) throw new Error(answer.error);
      return answer.data.items;
    },
  });

  override focus(): void {
    this.heading?.focus();
  }

  override render() {
    const t = this.#i18n.t.bind(this.#i18n);
    return html`<h1 tabindex="-1">${t('protocol.title')}</h1>
      <p>${t('protocol.intro')}</p>
      ${this.#entries.render({
        pending: () => html`<p role="status">${t('app.loading')}</p>`,
        error: () => html`<p class="notice error" role="alert">${t('app.error')}</p>`,
        complete: (entries) =>
          entries.length ? html`<div class="panel">${renderAuditTrail(this.#i18n, entries)}</div>` : html`<p>${t('protocol.empty')}</p>`,
      })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wir-koordination-protokoll': WirKoordinationProtokoll;
  }
}
