import { html, type TemplateResult } from 'lit';
import type { StoredFeed } from '../api/list-upload.js';
import type { WorkspaceI18n } from '../i18n/workspace-i18n.js';

/** The kind's name, from the workshop's words (src/werkstatt/werkstatt-messages.ts). */
export type KindName = (kind: StoredFeed['kind']) => string;

/**
 * The office's stored lists: kind, Kommune, number of entries, when saved, and for published
 * ones the address to put into the widget's `feed` attribute, in a read-only field (selectable
 * by hand when the clipboard is not allowed) with a copy button.
 */
export function renderStoredFeeds(
  i18n: WorkspaceI18n,
  feeds: readonly StoredFeed[],
  kommuneName: (code: string) => string,
  kindName: KindName,
  onCopy: (feed: StoredFeed, input: HTMLInputElement) => void,
): TemplateResult {
  const t = i18n.t.bind(i18n);
  if (feeds.length === 0) return html`<p>${t('lists.none')}</p>`;
  return html`<ul class="plain-list feeds">
    ${feeds.map((feed) => {
      const id = `url-${feed.kommune}-${feed.kind}`;
      return html`<li>
        <h3>${kindName(feed.kind)} – ${kommuneName(feed.kommune)}</h3>
        <p>
          <span class="badge ${feed.published ? 'matched' : 'done'}">${feed.published ? t('lists.published') : t('lists.private')}</span>
          ${t('lists.records', feed.records)} · ${t('lists.savedAt', i18n.dateTime(feed.savedAt))}
        </p>
        ${
          feed.url
            ? html`<div class="field">
                <label for=${id}>${t('lists.url')}</label>
                <div class="copy">
                  <input id=${id} type="text" readonly .value=${feed.url} class="mono" @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
                  <button
                    type="button"
                    class="button secondary small"
                    aria-describedby=${id}
                    @click=${(e: Event) => onCopy(feed, (e.target as HTMLElement).previousElementSibling as HTMLInputElement)}
                  >
                    ${t('lists.copy')}
                  </button>
                </div>
              </div>`
            : ''
        }
      </li>`;
    })}
  </ul>`;
}
