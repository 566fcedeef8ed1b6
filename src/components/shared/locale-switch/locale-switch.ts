import { css, html, type TemplateResult } from 'lit';
import type { LocaleController } from '../../../i18n/locale-controller.js';
import { LOCALE_ENDONYMS, UI_LOCALES, type UiLocale } from '../../../i18n/locales.js';

/**
 * The optional language switch (`show-locale-switch` on a widget). A template part, not an
 * element, so its label and select live in the widget's own shadow root. Option names are
 * endonyms with their own `lang`, so a screen reader says "Türkçe" in Turkish.
 */
export function renderLocaleSwitch(i18n: LocaleController, onChange: (locale: UiLocale) => void): TemplateResult {
  return html`<div class="locale-switch" part="locale-switch">
    <label for="wir-locale-switch">
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2" />
        <path d="M3 12h18M12 3c2.5 2.7 3.5 5.7 3.5 9s-1 6.3-3.5 9c-2.5-2.7-3.5-5.7-3.5-9s1-6.3 3.5-9z" fill="none" stroke="currentColor" stroke-width="2" />
      </svg>
      ${i18n.t('common.localeSwitch')}
    </label>
    <select id="wir-locale-switch" @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value as UiLocale)}>
      ${UI_LOCALES.map(
        (locale) =>
          html`<option value=${locale} lang=${locale === 'de-x-ls' ? 'de' : locale} ?selected=${locale === i18n.locale}>${LOCALE_ENDONYMS[locale]}</option>`,
      )}
    </select>
  </div>`;
}

export const localeSwitchStyles = css`
  .locale-switch {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: 0.25em 0.5em;
    margin-block-end: 1em;
  }
  .locale-switch label {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font-weight: 600;
  }
  .locale-switch svg {
    inline-size: 1.1em;
    block-size: 1.1em;
  }
  .locale-switch select {
    inline-size: auto;
    min-inline-size: 10em;
  }
`;
