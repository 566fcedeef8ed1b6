import { css } from 'lit';

/**
 * Layout: one column on phones (filters, then results); from 52em of the widget's own width
 * (a container query, since a CMS column may be narrow on a wide screen) filters sit beside
 * the results. Logical properties only, so Arabic mirrors without extra rules.
 */
export const sprachkursSucheStyles = css`
  .base {
    container-type: inline-size;
  }
  .title {
    margin: 0 0 0.75em;
    font-size: 1.5em;
    line-height: 1.25;
  }
  .layout {
    display: grid;
    gap: 1.5em;
  }
  @container (min-width: 52em) {
    .layout {
      grid-template-columns: minmax(17em, 22em) 1fr;
      align-items: start;
    }
  }
  .filters {
    display: grid;
    gap: 1em;
    min-inline-size: 0;
  }
  .where {
    display: grid;
    gap: 0.5em;
  }
  .where .field {
    margin: 0;
  }
  .chip-group > legend {
    margin-block-end: 0.4em;
  }
  .chip-group .hint {
    margin: -0.2em 0 0.5em;
  }
  .more-filters {
    display: grid;
    gap: 1em;
  }
  .more-filters[open] {
    padding-block-end: 0.25em;
  }
  .countbar {
    position: sticky;
    inset-block-end: 0;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    padding: 0.6em 0.75em;
    border: 2px solid var(--wir-color-primary, #00594f);
    border-radius: var(--wir-radius, 6px);
    background: var(--wir-color-surface, #fff);
  }
  .count {
    margin: 0;
    font-weight: 700;
  }
  .reset {
    min-block-size: 2.5em;
    padding-block: 0.3em;
  }
  .results {
    min-inline-size: 0;
  }
  .results:focus {
    outline: none;
  }
  .results:focus-visible {
    outline: 3px solid var(--wir-color-focus, #ffbf47);
  }
  .card {
    display: grid;
    gap: 0.5em;
    padding: 1em;
    border: 1px solid var(--wir-color-border-subtle, #c9cfd3);
    border-radius: var(--wir-radius, 6px);
    background: var(--wir-color-surface, #fff);
  }
  .card > * {
    margin: 0;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  .badge {
    display: inline-block;
    padding: 0.1em 0.55em;
    border-radius: 1em;
    font-size: 0.875em;
    font-weight: 600;
    background: var(--wir-color-badge, #eef0f1);
    color: var(--wir-color-text, #1d2125);
  }
  .badge.program {
    background: var(--wir-color-primary, #00594f);
    color: var(--wir-color-on-primary, #fff);
  }
  .badge.program-mitsprache-deutsch4u {
    background: var(--wir-color-program-mitsprache, #6b2c91);
  }
  .card-title {
    font-size: 1.125em;
    line-height: 1.3;
  }
  .provider {
    color: var(--wir-color-muted, #505a5f);
  }
  .facts {
    display: grid;
    gap: 0.2em;
  }
  .fact {
    display: grid;
    grid-template-columns: 6.5em 1fr;
    gap: 0.5em;
  }
  .fact dt {
    color: var(--wir-color-muted, #505a5f);
  }
  .fact dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .schedule,
  .distance {
    unicode-bidi: isolate;
  }
  .markers {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    padding: 0;
    list-style: none;
  }
  .marker {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0.15em 0.6em;
    border: 1px solid var(--wir-color-border-subtle, #c9cfd3);
    border-radius: 1em;
    font-size: 0.9375em;
  }
  /* The text says it; the tick only helps scanning and is hidden from assistive technology. */
  .marker-childcare::before,
  .marker-access::before,
  .marker-seats::before {
    content: '✓' / '';
    font-weight: 700;
    color: var(--wir-color-primary, #00594f);
  }
  .marker-full {
    border-color: var(--wir-color-error, #b3261e);
    color: var(--wir-color-error, #b3261e);
  }
  .deadline {
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: 0.25em;
  }
  .few {
    margin-block-start: 1em;
  }
  .few-title {
    margin: 0 0 0.5em;
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .countbar,
    .card {
      border: 2px solid CanvasText;
    }
    .badge,
    .marker {
      border: 1px solid CanvasText;
    }
  }
`;
