import { css } from 'lit';

/**
 * The shell: a header bar that wraps (brand, navigation, language and account tools) and a
 * main column of readable width. Nothing is fixed-width, so the page reflows at 320 px.
 */
export const koordinationAppStyles = css`
  :host {
    min-block-size: 100vh;
    background: #f3f2f1;
  }
  .skip {
    position: absolute;
    inset-inline-start: 0.5em;
    inset-block-start: -10em;
    padding: 0.5em 1em;
    background: #fff;
    z-index: 10;
  }
  .skip:focus {
    inset-block-start: 0.5em;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1.5em;
    padding: 0.5em 1em;
    background: var(--wir-color-primary, #00594f);
    color: #fff;
  }
  .brand {
    font-weight: 700;
    font-size: 1.125em;
  }
  .bar nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.25em;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .bar nav a {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75em;
    padding: 0 0.6em;
    color: #fff;
    text-decoration: none;
    border-block-end: 3px solid transparent;
  }
  .bar nav a:hover {
    text-decoration: underline;
  }
  .bar nav a[aria-current='page'] {
    border-block-end-color: #fff;
    font-weight: 700;
  }
  .bar :focus-visible {
    outline-color: #ffbf47;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-inline-start: auto;
  }
  .tools label {
    color: #fff;
    font-weight: 400;
  }
  .tools select {
    color: var(--wir-color-text, #1d2125);
    inline-size: auto;
    min-block-size: 2.5em;
    padding-block: 0.25em;
  }
  .who {
    font-size: 0.9375em;
    overflow-wrap: anywhere;
  }
  main {
    display: block;
    max-inline-size: 75em;
    margin: 0 auto;
    padding: 1.25em 1em 3em;
  }
  main:focus {
    outline: none;
  }
`;
