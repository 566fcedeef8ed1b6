import { css } from 'lit';

/** What only the interpreter request has: its width, the language pickers and the chips of further languages. */
export const dolmetscherAnfrageStyles = css`
  .anfrage {
    max-inline-size: 40em;
  }
  .picker {
    margin-block-end: 0.5em;
  }
  .chips {
    list-style: none;
    padding: 0;
    margin: 0 0 1em;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    border: 1px solid var(--wir-color-border, #505a5f);
    border-radius: 999px;
    padding-block: 0.125em;
    padding-inline: 0.75em 0.25em;
    background: var(--wir-color-selected, #e3f1ef);
  }
  .chip-remove {
    display: inline-grid;
    place-items: center;
    inline-size: 2em;
    block-size: 2em;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: inherit;
    padding: 0;
  }
  .chip-remove svg {
    inline-size: 0.875em;
    block-size: 0.875em;
  }
  @media (forced-colors: active) {
    .chip {
      border: 2px solid CanvasText;
    }
  }
`;
