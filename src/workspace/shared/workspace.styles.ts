import { css } from 'lit';
import { fieldStyles, hostReset } from '../../components/shared/styles/base.styles.js';

/**
 * The workspace's look: the widgets' reset, field and button styles (GOV.UK pattern, em
 * units, logical properties), plus what an office tool needs — panels, status badges,
 * fact lists that reflow from two columns to one at narrow widths, notices and a danger
 * zone. Colours meet WCAG 2.2 AA on white (text ≥ 4.5:1, borders ≥ 3:1).
 */
export const workspaceStyles = [
  hostReset,
  fieldStyles,
  css`
    h1,
    h2,
    h3 {
      line-height: 1.25;
      margin: 0 0 0.5em;
    }
    h1 {
      font-size: 1.75em;
    }
    h2 {
      font-size: 1.3125em;
    }
    h3 {
      font-size: 1.0625em;
    }
    h1:focus,
    h2:focus {
      outline: none;
    }
    p {
      margin: 0 0 0.75em;
    }
    a {
      color: var(--wir-color-link, #00594f);
      text-underline-offset: 0.15em;
    }
    a:hover {
      text-decoration-thickness: 2px;
    }
    .panel {
      border: 1px solid var(--wir-color-border-light, #b1b4b6);
      border-radius: var(--wir-radius, 6px);
      padding: 1em;
      margin: 0 0 1.25em;
      background: var(--wir-color-surface, #fff);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em 0.75em;
      align-items: center;
      margin: 0.5em 0 0;
    }
    .button.danger {
      background: var(--wir-color-error, #b3261e);
    }
    .button.small {
      min-block-size: 2.5em;
      padding: 0.25em 0.75em;
    }
    .button[aria-disabled='true'] {
      opacity: 0.75;
      cursor: progress;
    }
    .link-button {
      background: none;
      border: 0;
      padding: 0.25em 0;
      min-block-size: 2.75em;
      color: var(--wir-color-link, #00594f);
      text-decoration: underline;
      text-underline-offset: 0.15em;
      font-weight: 600;
    }
    .badge {
      display: inline-block;
      padding: 0.1em 0.6em;
      border-radius: 1em;
      border: 1px solid currentColor;
      font-size: 0.875em;
      font-weight: 600;
      white-space: nowrap;
    }
    .badge.received {
      color: #1d4f91;
      background: #e8f0fb;
    }
    .badge.in-progress {
      color: #6b4400;
      background: #fff4dc;
    }
    .badge.matched {
      color: #0b5d1e;
      background: #e6f4ea;
    }
    .badge.done {
      color: #3d4449;
      background: #f0f1f2;
    }
    .badge.cancelled {
      color: #8c1d18;
      background: #fbeaea;
    }
    .notice {
      border-inline-start: 5px solid var(--wir-color-primary, #00594f);
      padding: 0.5em 0.75em;
      background: #eef6f5;
      margin: 0 0 1em;
    }
    .notice.error {
      border-color: var(--wir-color-error, #b3261e);
      background: #fbeaea;
    }
    dl.facts {
      display: grid;
      grid-template-columns: minmax(8em, max-content) 1fr;
      gap: 0.35em 1em;
      margin: 0 0 1em;
    }
    dl.facts dt {
      font-weight: 600;
    }
    dl.facts dd {
      margin: 0;
      overflow-wrap: anywhere;
      white-space: pre-line;
    }
    @media (max-width: 30em) {
      dl.facts {
        grid-template-columns: 1fr;
      }
      dl.facts dd {
        margin-block-end: 0.5em;
      }
    }
    .muted {
      color: var(--wir-color-muted, #505a5f);
    }
    .plain-list {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    fieldset {
      border: 0;
      margin: 0 0 1em;
      padding: 0;
      min-inline-size: 0;
    }
    .checkbox {
      display: flex;
      gap: 0.5em;
      align-items: flex-start;
      margin: 0 0 0.75em;
      font-weight: 400;
    }
    .checkbox input {
      inline-size: 1.5em;
      block-size: 1.5em;
      min-block-size: 0;
      flex: none;
      margin-block-start: 0.1em;
    }
    code,
    .mono {
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
      overflow-wrap: anywhere;
    }
  `,
];
