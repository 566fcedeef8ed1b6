import { css } from 'lit';

/** Styles for the parts in search-states.ts and contact-block.ts; add after fieldStyles. */
export const searchStatesStyles = css`
  .skeleton {
    display: grid;
    gap: var(--wir-gap, 0.75em);
  }
  .skeleton-card {
    display: grid;
    gap: 0.6em;
    align-content: start;
    /* Matches the usual result card height so results replace it without a jump. */
    min-block-size: var(--wir-card-min-height, 11em);
    padding: 1em;
    border: 1px solid var(--wir-color-border-subtle, #c9cfd3);
    border-radius: var(--wir-radius, 6px);
    background: var(--wir-color-surface, #fff);
  }
  .bone {
    display: block;
    block-size: 0.9em;
    inline-size: 80%;
    border-radius: 0.25em;
    background: var(--wir-color-skeleton, #e6e9eb);
    animation: wir-pulse 1.4s ease-in-out infinite;
  }
  .bone-title {
    block-size: 1.2em;
    inline-size: 45%;
  }
  .bone-short {
    inline-size: 60%;
  }
  @keyframes wir-pulse {
    50% {
      opacity: 0.5;
    }
  }
  .state {
    padding: 1em;
    border-radius: var(--wir-radius, 6px);
    border: 2px solid var(--wir-color-border-subtle, #c9cfd3);
    background: var(--wir-color-surface, #fff);
  }
  .state p {
    margin: 0 0 0.75em;
  }
  .state-error {
    border-color: var(--wir-color-error, #b3261e);
  }
  .state-title {
    font-weight: 700;
    font-size: 1.0625em;
  }
  .area-unknown {
    margin: 0 0 1em;
    padding: 0.75em 1em;
    border-inline-start: 5px solid var(--wir-color-primary, #00594f);
    background: var(--wir-color-selected, #e3f1ef);
  }
  /* The list of result cards in both search widgets. */
  .result-list {
    display: grid;
    gap: var(--wir-gap, 0.75em);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .relaxations .button {
    text-align: start;
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1em;
    margin-block-start: 1em;
  }
  .more .shown {
    margin: 0;
    color: var(--wir-color-muted, #505a5f);
  }
  .contact {
    padding: 0.75em;
    border-radius: var(--wir-radius, 6px);
    background: var(--wir-color-contact, #eef5f4);
  }
  .contact p {
    margin: 0 0 0.25em;
  }
  .contact-heading {
    font-weight: 700;
  }
  .contact dl {
    display: grid;
    gap: 0.25em;
    margin: 0;
  }
  .contact-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
    align-items: center;
  }
  .contact dt {
    color: var(--wir-color-muted, #505a5f);
    min-inline-size: 5em;
  }
  .contact dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .contact a {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75em;
    color: var(--wir-color-link, var(--wir-color-primary, #00594f));
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  @media (forced-colors: active) {
    .bone {
      background: GrayText;
    }
    .state,
    .contact {
      border: 1px solid CanvasText;
    }
  }
`;
