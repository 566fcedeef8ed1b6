import { css } from 'lit';

/**
 * Headings, actions and the review, failure and success steps of a request form
 * (review-view.ts, success-view.ts), in print as well as on screen.
 */
export const requestViewStyles = css`
  :host {
    container-type: inline-size;
  }
  h2 {
    font-size: 1.5em;
    line-height: 1.25;
    margin: 0 0 0.5em;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 3px solid var(--wir-color-focus, #ffbf47);
  }
  h3 {
    font-size: 1.125em;
    margin: 1.25em 0 0.5em;
  }
  p {
    margin: 0 0 0.75em;
  }
  .intro {
    color: var(--wir-color-text, #1d2125);
  }
  .link,
  .link-button {
    color: var(--wir-color-link, var(--wir-color-primary, #00594f));
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  /* A link on its own line is not covered by WCAG 2.5.8's inline exception: a 24 px tall
     target (CSS px, whatever --wir-font-size says), not the 19 px of its text run. */
  .link {
    display: inline-block;
    min-block-size: 24px;
  }
  .link-button {
    background: none;
    border: 0;
    padding: 0.25em 0;
    font: inherit;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-block: 1.25em 0.5em;
  }
  .button[aria-disabled='true'] {
    opacity: 0.75;
    cursor: progress;
  }
  .spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  .summary-list {
    margin: 0 0 1em;
  }
  .summary-row {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0.125em 1em;
    padding-block: 0.625em;
    border-block-end: 1px solid var(--wir-color-border-subtle, #c9cfd3);
  }
  .summary-row dt {
    font-weight: 600;
  }
  .summary-row dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  @container (min-width: 30em) {
    .summary-row {
      grid-template-columns: 11em 1fr auto;
    }
  }
  .notice {
    border-inline-start: 5px solid var(--wir-color-primary, #00594f);
    padding: 0.5em 0.75em;
    background: var(--wir-color-subtle, #f3f2f1);
  }
  .failure {
    border: 3px solid var(--wir-color-error, #b3261e);
    padding: 1em;
    margin-block: 1em;
  }
  .failure h3 {
    margin-block-start: 0;
    color: var(--wir-color-error, #b3261e);
  }
  .failure:focus {
    outline: 3px solid var(--wir-color-focus, #ffbf47);
  }
  .success .panel {
    background: var(--wir-color-primary, #00594f);
    color: var(--wir-color-on-primary, #fff);
    padding: 1.25em;
    border-radius: var(--wir-radius, 6px);
    text-align: center;
  }
  .success .panel h2 {
    color: inherit;
  }
  .number-label {
    margin: 0;
  }
  .number {
    font-size: 2em;
    font-weight: 700;
    letter-spacing: 0.05em;
    margin: 0 0 0.25em;
    font-variant-numeric: tabular-nums;
  }
  .full-number {
    font-size: 0.875em;
    margin: 0;
    overflow-wrap: anywhere;
  }
  .next {
    padding-inline-start: 1.5em;
  }
  .next li {
    margin-block-end: 0.25em;
  }
  @media (forced-colors: active) {
    .success .panel {
      border: 2px solid CanvasText;
    }
  }
  @media print {
    :host {
      font-size: 12pt;
    }
    .no-print,
    .actions {
      display: none !important;
    }
    .success .panel {
      background: none;
      color: #000;
      border: 2px solid #000;
    }
  }
`;
