import { css } from 'lit';

/**
 * Mobile first (one thumb at 320–390 px). Layout follows the widget's own width through a
 * container query, not the viewport: a CMS may put it in a narrow sidebar on a wide screen.
 */
export const lotsenFinderStyles = css`
  .finder {
    container-type: inline-size;
  }
  .form {
    display: grid;
    gap: 0.25em;
    margin-block-end: 1.5em;
  }
  .intro {
    margin: 0 0 0.75em;
    color: var(--wir-color-muted, #505a5f);
  }
  .where {
    display: grid;
    gap: 0 1em;
  }
  .radius select {
    inline-size: auto;
    min-inline-size: 9em;
  }
  .chip-group {
    margin-block-end: 1em;
  }
  .chip-group > legend {
    margin-block-end: 0.25em;
  }
  .chip-group .hint {
    margin: 0 0 0.5em;
  }
  .topic-icon {
    inline-size: 1.25em;
    block-size: 1.25em;
    flex: 0 0 auto;
  }
  .wishes {
    margin-block-end: 0.5em;
  }
  .results {
    /* Reserve room for the skeleton so the page does not jump while the feed loads. */
    min-block-size: 20em;
  }
  #results-heading {
    margin: 0 0 0.75em;
    font-size: 1.25em;
    line-height: 1.3;
  }
  #results-heading:focus {
    outline: none;
  }
  #results-heading:focus-visible {
    outline: 3px solid var(--wir-color-focus, #ffbf47);
  }
  .cards > li:focus {
    outline: none;
  }
  .cards > li:focus-visible {
    outline: 3px solid var(--wir-color-focus, #ffbf47);
    outline-offset: 2px;
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    min-block-size: var(--wir-card-min-height, 11em);
    block-size: 100%;
    padding: 1em;
    border: 1px solid var(--wir-color-border-subtle, #c9cfd3);
    border-radius: var(--wir-radius, 6px);
    background: var(--wir-color-surface, #fff);
  }
  .card p {
    margin: 0;
  }
  .card-title {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .card-where {
    color: var(--wir-color-muted, #505a5f);
  }
  .card-label {
    font-weight: 600;
  }
  .card-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    align-items: baseline;
  }
  .languages,
  .topics {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .language-name {
    color: var(--wir-color-muted, #505a5f);
  }
  .language.match {
    font-weight: 700;
    padding-inline: 0.375em;
    border-radius: 0.25em;
    background: var(--wir-color-selected, #e3f1ef);
  }
  .language.match .language-name {
    color: inherit;
  }
  .topic {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
  }
  .topic.match {
    font-weight: 700;
    color: var(--wir-color-primary, #00594f);
  }
  .card-description {
    overflow-wrap: anywhere;
    white-space: pre-line;
  }
  .card-why {
    font-size: 0.9375em;
    color: var(--wir-color-muted, #505a5f);
  }
  .contact-toggle {
    /* Pushed to the card's end so the buttons line up across a row of cards. */
    align-self: flex-start;
    margin-block-start: auto;
    text-align: start;
  }
  .chevron {
    inline-size: 1em;
    block-size: 1em;
    flex: 0 0 auto;
    transition: transform 0.15s;
  }
  .finder[dir='rtl'] .chevron {
    transform: scaleX(-1);
  }
  .contact-toggle[aria-expanded='true'] .chevron {
    transform: rotate(90deg);
  }
  .contact-intro {
    margin-block-end: 0.5em;
  }
  .travel-heading {
    margin: 1.5em 0 0.75em;
    font-size: 1.125em;
    line-height: 1.3;
  }
  .publisher {
    margin-block-start: 1em;
    font-size: 0.875em;
    color: var(--wir-color-muted, #505a5f);
  }
  @container (min-inline-size: 40em) {
    .where {
      grid-template-columns: 1fr auto;
      align-items: end;
    }
    /* The placeholders take the cards' columns, so results replace them in place. */
    .cards,
    .skeleton {
      grid-template-columns: repeat(auto-fill, minmax(20em, 1fr));
    }
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
  }
`;
