import { css } from 'lit';

export const werkstattStyles = css`
  :host {
    container-type: inline-size;
  }
  .base {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1em;
  }
  p {
    margin: 0;
  }
  .privacy {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--wir-color-primary, #00594f);
    background: var(--wir-color-tint, #eef5f4);
  }
  form {
    display: grid;
    gap: 1em;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    display: grid;
    gap: 0.25em;
  }
  legend {
    padding: 0;
    margin-block-end: 0.25em;
  }
  .radio {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-block-size: 2.75em;
    font-weight: 400;
    cursor: pointer;
  }
  .radio input {
    inline-size: 1.5em;
    block-size: 1.5em;
    min-block-size: 0;
    margin: 0;
    accent-color: var(--wir-color-primary, #00594f);
  }
  .drop {
    display: grid;
    gap: 0.5em;
    padding: 1.25em;
    border: 3px dashed var(--wir-color-border, #505a5f);
    border-radius: var(--wir-radius, 6px);
    background: var(--wir-color-surface, #fff);
  }
  .drop.dragging {
    border-color: var(--wir-color-primary, #00594f);
    background: var(--wir-color-tint, #eef5f4);
  }
  .file-label {
    font-size: 1.125em;
  }
  input[type='file'] {
    padding: 0.4em;
    min-inline-size: 0;
  }
  .link-button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--wir-color-link, var(--wir-color-primary, #00594f));
    text-decoration: underline;
    text-underline-offset: 0.15em;
    text-align: start;
    min-block-size: 2.75em;
  }
  .status {
    display: grid;
    gap: 0.4em;
  }
  progress {
    inline-size: 100%;
    block-size: 1.25em;
    accent-color: var(--wir-color-primary, #00594f);
  }
  .error {
    padding: 0.75em 1em;
    border-inline-start: 5px solid var(--wir-color-error, #b3261e);
    background: #fdf0ef;
  }
  .result {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
  }
  h2,
  h3 {
    margin: 0.5em 0 0;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.375em;
    overflow-wrap: anywhere; /* a long file name in the heading must not widen the page at 320 px */
  }
  h3 {
    font-size: 1.125em;
  }
  .summary {
    font-size: 1.0625em;
  }
  .hint {
    color: var(--wir-color-muted, #505a5f);
  }
  .downloads {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  .downloads .button {
    text-align: center;
  }
`;
