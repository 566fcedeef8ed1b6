import { css } from 'lit';

export const languagePickerStyles = css`
  .control {
    display: flex;
    align-items: stretch;
  }
  .control input {
    flex: 1 1 auto;
    min-inline-size: 0;
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }
  .toggle {
    flex: 0 0 auto;
    inline-size: 2.75em;
    border: 2px solid var(--wir-color-border, #505a5f);
    border-inline-start: 0;
    border-start-end-radius: var(--wir-radius, 6px);
    border-end-end-radius: var(--wir-radius, 6px);
    background: var(--wir-color-surface, #fff);
    color: inherit;
    padding: 0;
  }
  .toggle svg {
    inline-size: 1em;
    block-size: 1em;
    vertical-align: middle;
  }
  .group-label {
    padding: 0.375em 0.75em 0.125em;
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--wir-color-muted, #505a5f);
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
  [role='option'][aria-selected='true']:not(.active) {
    background: var(--wir-color-selected, #e3f1ef);
  }
  .endonym {
    font-weight: 600;
  }
  .name {
    font-size: 0.9375em;
  }
  .empty {
    padding: 0.5em 0.75em;
    color: var(--wir-color-muted, #505a5f);
  }
`;
