import { html, type TemplateResult } from 'lit';
import type { WorkspaceI18n } from '../i18n/workspace-i18n.js';

/** What went wrong, for a person: no connection, or the server could not do it. */
export function failureText(i18n: WorkspaceI18n, error: unknown): string {
  const code = error instanceof Error ? error.message : error;
  return code === 'offline' ? i18n.t('app.offline') : i18n.t('app.error');
}

/** A failed load with a way to try again (inbox, request, suggestions). */
export function renderLoadError(i18n: WorkspaceI18n, error: unknown, retry: () => void): TemplateResult {
  return html`<div class="notice error" role="alert">
    <p>${failureText(i18n, error)}</p>
    <button class="button secondary" type="button" @click=${retry}>${i18n.t('app.retry')}</button>
  </div>`;
}
