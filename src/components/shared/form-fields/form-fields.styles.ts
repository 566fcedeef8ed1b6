import { css } from 'lit';

/**
 * Layout of the GOV.UK field templates (form-fields.ts) on top of `fieldStyles`: sections and
 * groups as fieldsets, the red bar beside a field with an error, radios and checkboxes with
 * labels a thumb can hit, narrower inputs for short answers.
 */
export const formFieldStyles = css`
  fieldset {
    border: 0;
    padding: 0;
    margin: 0;
    min-inline-size: 0;
  }
  .section {
    margin-block: 1.75em 1em;
  }
  .section-title {
    font-size: 1.25em;
    font-weight: 700;
    padding: 0;
    margin-block-end: 0.5em;
  }
  .group {
    margin-block-end: 1em;
  }
  .group > legend {
    margin-block-end: 0.25em;
    padding: 0;
  }
  .group.has-error,
  .field.has-error {
    border-inline-start: 5px solid var(--wir-color-error, #b3261e);
    padding-inline-start: 0.75em;
  }
  .field.short input {
    max-inline-size: 8em;
  }
  .field.medium input {
    max-inline-size: 14em;
  }
  select {
    max-inline-size: 100%;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5em;
    align-items: start;
  }
  .radios {
    display: grid;
    gap: 0.5em;
  }
  /* The fields a choice brings, indented under it with a bar (GOV.UK conditional reveal). */
  .conditional {
    margin-inline-start: 0.6em;
    padding-inline-start: 1.35em;
    border-inline-start: 4px solid var(--wir-color-border, #505a5f);
  }
  .radios.inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
  }
  .choice input {
    inline-size: 1.5em;
    block-size: 1.5em;
    min-block-size: 0;
    margin: 0;
    flex: 0 0 auto;
    accent-color: var(--wir-color-primary, #00594f);
  }
  .choice label {
    font-weight: 400;
    padding-block: 0.05em;
    cursor: pointer;
  }
  .count.over {
    color: var(--wir-color-error, #b3261e);
    font-weight: 600;
  }
  .checkbox label {
    font-weight: 400;
  }
  /* The honeypot: clipped in place rather than pushed off-screen, because an offset of -10000px
     in a right-to-left widget on a left-to-right page ended up on the right and made the page
     10,000 px wide. */
  .trap {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
