import { css } from 'lit';

/** What only the Lotse contact form has: it sits inside a result card, so its headings are smaller and its edges quieter. */
export const contactRequestStyles = css`
  :host {
    display: block;
  }
  h4 {
    font-size: 1.25em;
    line-height: 1.25;
    margin: 0 0 0.5em;
  }
  h4:focus {
    outline: none;
  }
  h4:focus-visible {
    outline: 3px solid var(--wir-color-focus, #ffbf47);
  }
  .contact-request {
    border-block-start: 1px solid var(--wir-color-border, #b1b4b6);
    padding-block-start: 1em;
    margin-block-start: 1em;
  }
  .checkboxes {
    display: grid;
    gap: 0.25em;
  }
  .office {
    margin-block-start: 1em;
  }
`;
