import { css } from 'lit';

export const placeInputStyles = css`
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: stretch;
  }
  .combo {
    flex: 1 1 12em;
    min-inline-size: 0;
  }
  .locate {
    flex: 0 1 auto;
  }
  .icon {
    inline-size: 1.25em;
    block-size: 1.25em;
    flex: 0 0 auto;
  }
  .locate[disabled] {
    cursor: progress;
    opacity: 0.8;
  }
  [role='option'].active .area {
    color: inherit;
  }
  .place-label {
    font-weight: 600;
    unicode-bidi: isolate;
  }
  .area {
    font-size: 0.875em;
    color: var(--wir-color-muted, #505a5f);
  }
  .note {
    font-size: 0.9375em;
    color: var(--wir-color-muted, #505a5f);
  }
  .candidates-title {
    margin: 0.25em 0;
    font-weight: 600;
  }
  .candidate {
    display: inline-flex;
    flex-direction: column;
    align-items: flex-start;
    min-block-size: 2.75em;
    padding: 0.375em 0.75em;
    border: 2px solid var(--wir-color-primary, #00594f);
    border-radius: var(--wir-radius, 6px);
    background: var(--wir-color-surface, #fff);
    color: var(--wir-color-text, #1d2125);
    text-align: start;
  }
  .candidate:hover {
    background: var(--wir-color-selected, #e3f1ef);
  }
  @media (forced-colors: active) {
    .candidate {
      border-color: ButtonText;
    }
  }
`;
