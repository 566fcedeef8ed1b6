import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from '../../../i18n/locale-controller.js';
import { type RelaxationView, relaxationLabel } from './relaxation-label.js';

/**
 * Rendering parts every search widget shares, as template functions rather than elements so
 * their buttons live in the widget's own shadow root (focus order, ids and styles stay
 * together). Styles: `searchStatesStyles`.
 */

/**
 * Placeholder cards while the feed loads. Same block size as a result card, so the list
 * does not jump when results replace it; four fill two rows where cards sit side by side; hidden from assistive technology, which hears the
 * visually hidden loading text instead.
 */
export function renderSkeleton(i18n: LocaleController, cards = 4): TemplateResult {
  return html`<div class="skeleton" part="skeleton">
    <p class="visually-hidden">${i18n.t('states.loading')}</p>
    ${Array.from(
      { length: cards },
      () => html`<div class="skeleton-card" aria-hidden="true">
        <span class="bone bone-title"></span><span class="bone"></span><span class="bone bone-short"></span>
      </div>`,
    )}
  </div>`;
}

/**
 * The page's `kommune` is not a WIR area (a webmaster's slip, warned about in the console): the
 * list covers all of Hessen, and the resident learns why and how to get results near them.
 */
export function renderAreaUnknown(i18n: LocaleController): TemplateResult {
  return html`<p class="area-unknown" part="notice">${i18n.t('states.area.unknown')}</p>`;
}

/** Plain-language feed error with a retry button. The technical detail goes to the console and `wir-error` (FeedController). */
export function renderFeedError(i18n: LocaleController, onRetry: () => void): TemplateResult {
  return html`<div class="state state-error" part="error">
    <p class="state-title">${i18n.t('states.error.title')}</p>
    <p>${i18n.t('states.error.body')}</p>
    <button type="button" class="button" part="button retry-button" @click=${onRetry}>${i18n.t('common.retry')}</button>
  </div>`;
}

/**
 * Zero results never dead-end: the engine's relaxations as buttons, best first, each with
 * the count it gives ("Umkreis auf 25 km erweitern (3 Treffer)").
 */
export function renderEmpty<R extends RelaxationView>(
  i18n: LocaleController,
  relaxations: readonly R[],
  onRelax: (relaxation: R) => void,
  title = i18n.t('states.empty.title'),
): TemplateResult {
  return html`<div class="state state-empty" part="empty">
    <p class="state-title">${title}</p>
    ${
      relaxations.length
        ? html`<p>${i18n.t('states.empty.try')}</p>
          ${renderRelaxations(i18n, relaxations, onRelax)}`
        : html`<p>${i18n.t('states.empty.none')}</p>`
    }
  </div>`;
}

/**
 * The engine's relaxations as a list of buttons: under "nothing found" (`renderEmpty`) and
 * under a short result list, so both offer the same steps in the same words.
 */
export function renderRelaxations<R extends RelaxationView>(
  i18n: LocaleController,
  relaxations: readonly R[],
  onRelax: (relaxation: R) => void,
): TemplateResult {
  return html`<ul class="relaxations row-list">
    ${relaxations.map(
      (r) => html`<li>
        <button type="button" class="button secondary" part="button relax-button" data-code=${r.code} @click=${() => onRelax(r)}>
          ${relaxationLabel(i18n, r)}
        </button>
      </li>`,
    )}
  </ul>`;
}

/** "12 von 40 angezeigt" and a button for the next page, only while there is one. */
export function renderShowMore(i18n: LocaleController, shown: number, total: number, onMore: (() => void) | undefined): TemplateResult {
  return html`<div class="more" part="more">
    <p class="shown">${i18n.t('states.shown', shown, total)}</p>
    ${
      onMore && shown < total
        ? html`<button type="button" class="button secondary" part="button more-button" @click=${onMore}>${i18n.t('common.more')}</button>`
        : nothing
    }
  </div>`;
}

export { type ContactView, mailtoHref, renderContact, safeHttpUrl, telHref } from './contact-block.js';
export type { RelaxationView } from './relaxation-label.js';
