import { css } from 'lit';

/**
 * Styles every widget starts from. Host pages set `html { font-size: 62.5% }`, force
 * `box-sizing`, `line-height` and button looks, so we reset inherited properties on :host,
 * size everything in em from our own font size, and never use rem.
 */
export const hostReset = css`
  :host {
    all: initial;
    display: block;
    box-sizing: border-box;
    font-family: var(--wir-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Ethiopic', sans-serif);
    font-size: var(--wir-font-size, 16px);
    line-height: 1.5;
    color: var(--wir-color-text, #1d2125);
    text-align: start;
    -webkit-text-size-adjust: 100%;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  /* A list of buttons or chips that wraps in rows (chips, relaxations, place candidates). */
  .row-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  :focus-visible {
    outline: 3px solid var(--wir-color-focus, #ffbf47);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--wir-color-text, #1d2125);
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
`;

/** Label, hint, error, text input and button looks shared by every form control (GOV.UK pattern). */
export const fieldStyles = css`
  /* --wir-gap spaces result cards (search-states.styles.ts); fields keep their 4:3 ratio to it. */
  .field {
    display: grid;
    gap: 0.25em;
    margin: 0 0 calc(var(--wir-gap, 0.75em) * 4 / 3);
  }
  label,
  legend {
    font-weight: 600;
    color: var(--wir-color-text, #1d2125);
  }
  .hint {
    color: var(--wir-color-muted, #505a5f);
    font-size: 0.9375em;
  }
  .error-message {
    color: var(--wir-color-error, #b3261e);
    font-weight: 600;
  }
  .has-error input,
  .has-error select,
  .has-error textarea {
    border-color: var(--wir-color-error, #b3261e);
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--wir-color-surface, #fff);
    border: 2px solid var(--wir-color-border, #505a5f);
    border-radius: var(--wir-radius, 6px);
    padding: 0.5em 0.625em;
    min-block-size: 2.75em;
    inline-size: 100%;
    margin: 0;
  }
  button {
    font: inherit;
    cursor: pointer;
    margin: 0;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-block-size: 2.75em;
    padding: 0.5em 1em;
    border: 2px solid transparent;
    border-radius: var(--wir-radius, 6px);
    background: var(--wir-color-primary, #00594f);
    color: var(--wir-color-on-primary, #fff);
    font-weight: 600;
    text-decoration: none;
  }
  .button.secondary {
    background: var(--wir-color-surface, #fff);
    color: var(--wir-color-primary, #00594f);
    border-color: currentColor;
  }
  @media (forced-colors: active) {
    .button,
    input,
    select,
    textarea {
      border: 2px solid ButtonText;
    }
  }
`;
