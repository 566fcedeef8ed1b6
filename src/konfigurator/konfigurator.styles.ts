import { css } from 'lit';

/**
 * The configurator's own looks (it is a page tool, not a widget: it shares no styles with the
 * widget bundles). Sizes in em from its own 16 px; two columns from 60em, one below, and every
 * snippet wraps rather than scrolls, so it reflows at 320 px.
 */
export const konfiguratorStyles = css`
  :host {
    display: block;
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
    font-size: 16px;
    line-height: 1.5;
    color: #1d2125;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :focus-visible {
    outline: 3px solid #ffbf47;
    outline-offset: 2px;
    box-shadow: 0 0 0 5px #1d2125;
  }
  .layout {
    display: grid;
    gap: 1.5em;
  }
  @media (min-width: 60em) {
    .layout {
      grid-template-columns: minmax(0, 24em) minmax(0, 1fr);
      align-items: start;
    }
  }
  h2 {
    font-size: 1.25em;
    margin: 0 0 0.5em;
  }
  h3 {
    font-size: 1.0625em;
    margin: 1.25em 0 0.5em;
  }
  fieldset {
    background: #fff;
    border: 1px solid #b1b4b6;
    border-radius: 6px;
    margin: 0 0 1em;
    padding: 0.75em 1em 0.25em;
    min-inline-size: 0;
  }
  legend {
    font-weight: 700;
    padding: 0 0.25em;
  }
  .field {
    display: grid;
    gap: 0.25em;
    margin: 0 0 1em;
  }
  label {
    font-weight: 600;
  }
  .hint {
    color: #505a5f;
    font-size: 0.9375em;
  }
  .error-message {
    color: #b3261e;
    font-weight: 600;
  }
  input[type='text'],
  input[type='url'],
  input[type='email'],
  select {
    font: inherit;
    color: inherit;
    inline-size: 100%;
    min-block-size: 2.5em;
    padding: 0.375em 0.5em;
    border: 2px solid #1d2125;
    border-radius: 4px;
    background: #fff;
  }
  [aria-invalid='true'] {
    border-color: #b3261e;
  }
  input[inputmode='numeric'] {
    max-inline-size: 8em;
  }
  input[type='color'] {
    inline-size: 3em;
    block-size: 2.5em;
    padding: 0.125em;
    border: 2px solid #1d2125;
    border-radius: 4px;
    background: #fff;
  }
  .choice {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    margin: 0 0 0.5em;
    font-weight: 400;
  }
  .choice input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0.125em 0 0;
    flex: none;
    accent-color: #00594f;
  }
  .choices {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(10em, 1fr));
    column-gap: 1em;
  }
  .colour {
    display: flex;
    gap: 0.75em;
    align-items: center;
    margin: 0 0 0.75em;
  }
  .colour label {
    font-weight: 400;
  }
  button {
    font: inherit;
    font-weight: 600;
    min-block-size: 2.75em;
    padding: 0.375em 1em;
    border: 2px solid #00594f;
    border-radius: 6px;
    color: #fff;
    background: #00594f;
    cursor: pointer;
  }
  button.secondary {
    color: #00594f;
    background: #fff;
  }
  .panel {
    background: #fff;
    border: 1px solid #b1b4b6;
    border-radius: 6px;
    padding: 1em;
    margin: 0 0 1em;
  }
  .preview {
    border: 2px dashed #b1b4b6;
    border-radius: 6px;
    padding: 0.75em;
    min-block-size: 8em;
  }
  pre {
    margin: 0 0 0.75em;
    padding: 0.75em;
    background: #f3f2f1;
    border-radius: 4px;
    font-family: ui-monospace, 'Cascadia Code', Menlo, Consolas, monospace;
    font-size: 0.875em;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .notes {
    margin: 0 0 0.75em;
    padding-inline-start: 1.25em;
  }
  .warning {
    border-inline-start: 0.3em solid #b3261e;
    padding-inline-start: 0.75em;
    margin: 0 0 1em;
  }
  a {
    color: #1d4f91;
  }
`;
