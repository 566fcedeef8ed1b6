import { css } from 'lit';

/**
 * The popup list of a combobox (language picker, place input): one look, so residents meet
 * the same list wherever they type a language or a place.
 */
export const comboboxStyles = css`
  /* The wrapper of input and listbox: the popup is placed against it. */
  .combo {
    position: relative;
  }
  [role='listbox'] {
    position: absolute;
    inset-inline: 0;
    inset-block-start: calc(100% + 2px);
    z-index: 10;
    max-block-size: 18em;
    overflow-y: auto;
    margin: 0;
    padding: 0.25em 0;
    background: var(--wir-color-surface, #fff);
    border: 2px solid var(--wir-color-border, #505a5f);
    border-radius: var(--wir-radius, 6px);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.15);
  }
  [role='option'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5em;
    min-block-size: 2.75em;
    padding: 0.5em 0.75em;
    cursor: pointer;
  }
  [role='option'].active {
    background: var(--wir-color-primary, #00594f);
    color: var(--wir-color-on-primary, #fff);
  }
  @media (forced-colors: active) {
    [role='option'].active {
      outline: 2px solid Highlight;
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;

/** "More wishes" / "more filters": a <details class="disclosure"> whose summary reads as a link. */
export const disclosureStyles = css`
  .disclosure > summary {
    display: flex;
    align-items: center;
    min-block-size: 2.75em;
    font-weight: 600;
    color: var(--wir-color-link, var(--wir-color-primary, #00594f));
    cursor: pointer;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .disclosure[open] > summary {
    margin-block-end: 0.75em;
  }
`;
