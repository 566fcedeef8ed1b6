import { css } from 'lit';

export const errorSummaryStyles = css`
  .summary {
    border: 5px solid var(--wir-color-error, #b3261e);
    padding: 1em;
    margin: 0 0 1.5em;
    background: var(--wir-color-surface, #fff);
  }
  .summary:focus {
    outline: 3px solid var(--wir-color-focus, #ffbf47);
    outline-offset: 0;
  }
  h2 {
    font-size: 1.25em;
    margin: 0 0 0.5em;
  }
  ul {
    margin: 0;
    padding-inline-start: 0;
    list-style: none;
    display: grid;
    gap: 0.4em;
  }
  /* Each entry is a link on its own line (not inline in text), so WCAG 2.5.8 wants
     24 × 24 CSS px; an inline link is only as tall as its glyphs (19 px at 16 px). */
  a {
    display: inline-block;
    min-block-size: 24px;
    color: var(--wir-color-error, #b3261e);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:focus-visible {
    background: var(--wir-color-focus, #ffbf47);
    color: var(--wir-color-text, #1d2125);
    box-shadow: none;
  }
  @media (forced-colors: active) {
    .summary {
      border-color: CanvasText;
    }
  }
`;
