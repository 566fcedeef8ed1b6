import { css } from 'lit';

/**
 * The problem report shared by <wir-werkstatt> and the workspace's lists view: problems of the
 * whole file, the "show all rows" toggle and the table. The report is its own size container,
 * so the table stacks into cards wherever it is narrower than 40em, whatever the page around it.
 */
export const problemTableStyles = css`
  .problem-report {
    container-type: inline-size;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
  }
  .file-problems {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .file-problems .error {
    padding: 0;
    border: 0;
    background: none;
    color: var(--wir-color-error, #b3261e);
  }
  .toggle {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-block-size: 2.75em;
    font-weight: 400;
  }
  .toggle input {
    inline-size: 1.5em;
    block-size: 1.5em;
    min-block-size: 0;
    accent-color: var(--wir-color-primary, #00594f);
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.9375em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5em;
  }
  th,
  td {
    padding: 0.45em 0.6em;
    border-block-end: 1px solid #c8cdd0;
    text-align: start;
    vertical-align: top;
    overflow-wrap: break-word;
  }
  th {
    background: var(--wir-color-tint, #eef5f4);
  }
  .num {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  code {
    /* Break inside a value only when it does not fit on a line of its own (a host may set "anywhere"). */
    overflow-wrap: break-word;
    font-family: ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  .badge {
    display: inline-block;
    padding: 0.1em 0.5em;
    border-radius: 1em;
    background: #e8eaeb;
    white-space: nowrap;
  }
  .status-skipped .badge {
    background: #fbe3e1;
    color: #8c1d18;
  }
  .status-warning .badge {
    background: #fff4d6;
    color: #5c4400;
  }
  .status-ok .badge {
    background: #dff3ec;
    color: #0b4a3f;
  }
  .shown {
    color: var(--wir-color-muted, #505a5f);
  }
  /* Narrow screens: each table line becomes a card of label–value pairs (WCAG 1.4.10 reflow at 320 px). */
  @container (max-width: 40em) {
    /* Still read as column headers (the cells keep role="cell" under role="columnheader"s), never seen. */
    thead {
      display: block;
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    table,
    tbody,
    tr,
    td {
      display: block;
    }
    tr {
      padding: 0.5em 0;
      border-block-end: 2px solid #c8cdd0;
    }
    td {
      display: grid;
      grid-template-columns: 7.5em 1fr;
      gap: 0.5em;
      border: 0;
      padding: 0.2em 0;
    }
    td::before {
      content: attr(data-label);
      font-weight: 600;
    }
    caption {
      display: block;
    }
    .badge {
      justify-self: start;
      white-space: normal;
    }
  }
  @media (forced-colors: active) {
    .badge {
      border: 1px solid CanvasText;
    }
  }
`;
