import { css } from 'lit';

/**
 * The chips of `renderChipGroup`: pills in a row, or tiles in a grid. Widgets add only the
 * space around a group, and the sheet of the look they use (`chipToggleStyles` or
 * `chipCheckboxStyles`), so neither carries the other's rules.
 */
export const chipGroupStyles = css`
  .chip-group {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .chip-group > legend {
    padding: 0;
  }
  .chips > li {
    position: relative;
    display: flex;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.45em;
    min-block-size: 2.75em;
    padding: 0.4em 0.85em;
    border: 2px solid var(--wir-color-border, #505a5f);
    border-radius: 1.5em;
    background: var(--wir-color-surface, #fff);
    color: var(--wir-color-text, #1d2125);
    font-weight: 400;
    cursor: pointer;
    user-select: none;
  }
  .chip-text {
    display: grid;
    min-inline-size: 0;
    /* "Alphabetisierung" must fit a 390 px phone's half-width tile. */
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .chip-detail {
    font-size: 0.875em;
    color: var(--wir-color-muted, #505a5f);
    line-height: 1.3;
    font-weight: 400;
  }

  @media (forced-colors: active) {
    .chip {
      border: 2px solid CanvasText;
    }
  }
`;

/** The `toggle` look (the finder): the input is invisible; the whole pill fills when chosen and shows the focus ring. */
export const chipToggleStyles = css`
  .toggle .chip-input {
    position: absolute;
    opacity: 0;
    inline-size: 1px;
    block-size: 1px;
    margin: 0;
    pointer-events: none;
  }
  .toggle .chip-input:checked + .chip {
    background: var(--wir-color-primary, #00594f);
    border-color: var(--wir-color-primary, #00594f);
    color: var(--wir-color-on-primary, #fff);
    font-weight: 600;
  }
  .toggle .chip-input:focus-visible + .chip {
    outline: 3px solid var(--wir-color-focus, #ffbf47);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--wir-color-text, #1d2125);
  }

  @media (forced-colors: active) {
    .toggle .chip-input:checked + .chip {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
  }
`;

/** The `checkbox` look (the course search): a visible box at the start of the pill, and tiles with a second line. */
export const chipCheckboxStyles = css`
  /* The box sits at the start of the pill, over the label's padding. */
  .checkbox .chip-input {
    position: absolute;
    z-index: 1;
    inset-inline-start: calc(2px + 0.85em);
    inset-block-start: 50%;
    transform: translateY(-50%);
    inline-size: 1.15em;
    block-size: 1.15em;
    min-block-size: 0;
    margin: 0;
    padding: 0;
    accent-color: var(--wir-color-primary, #00594f);
  }
  .checkbox .chip {
    padding-inline-start: calc(0.85em + 1.15em + 0.45em);
  }
  .checkbox .chip-label {
    font-weight: 600;
  }
  .checkbox .chip-input:checked + .chip {
    border-color: var(--wir-color-primary, #00594f);
    background: var(--wir-color-selected, #e3f1ef);
    box-shadow: inset 0 0 0 1px var(--wir-color-primary, #00594f);
  }

  .tiles {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9.5em, 1fr));
  }
  .tiles .chip {
    flex: 1;
    align-items: flex-start;
    border-radius: var(--wir-radius, 6px);
    padding: 0.5em 0.75em;
    padding-inline-start: calc(0.75em + 1.15em + 0.45em);
  }
  .tiles .chip-input {
    inset-inline-start: calc(2px + 0.75em);
    inset-block-start: calc(2px + 0.7em);
    transform: none;
  }

  @media (forced-colors: active) {
    .checkbox .chip-input:checked + .chip {
      border-color: Highlight;
    }
  }
`;
