/**
 * The result table of <wir-werkstatt>: one line per problem with row, entry, status,
 * column, value, problem and fix; optionally the rows without problems too. Long lists are
 * shown a hundred lines at a time. Below 40em the table stacks into one card per line; the
 * explicit roles keep it a table for screen readers, which Chrome drops with `display: block`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ImportedRow, ImportProblem } from '../core/import/index.js';
import type { WerkstattMessages } from './werkstatt-messages.js';

export const PAGE_SIZE = 100;

interface Line {
  row: ImportedRow;
  problem?: ImportProblem;
}

export function tableLines(rows: readonly ImportedRow[], showAll: boolean): Line[] {
  const lines: Line[] = [];
  for (const row of rows) {
    if (row.problems.length === 0) {
      if (showAll) lines.push({ row });
    } else for (const problem of row.problems) lines.push({ row, problem });
  }
  return lines;
}

function statusText(row: ImportedRow, t: WerkstattMessages): string {
  return { skipped: t.statusSkipped, warning: t.statusWarning, ok: t.statusOk, ignored: t.statusIgnored }[row.status];
}

function cell(label: string, content: unknown, extra = ''): TemplateResult {
  return html`<td role="cell" class=${extra} data-label=${label}>${content}</td>`;
}

export function renderProblemTable(lines: readonly Line[], limit: number, showAll: boolean, t: WerkstattMessages): TemplateResult {
  const shown = lines.slice(0, limit);
  return html`
    <table role="table" part="problem-table">
      <caption>
        ${showAll ? t.tableCaptionAll : t.tableCaption}
      </caption>
      <thead role="rowgroup">
        <tr role="row">
          ${[t.row, t.entry, t.status, t.column, t.value, t.problem, t.fix].map((h) => html`<th role="columnheader" scope="col">${h}</th>`)}
        </tr>
      </thead>
      <tbody role="rowgroup">
        ${shown.map(
          ({ row, problem }) => html`
            <tr role="row" class=${`status-${row.status}`}>
              ${cell(t.row, row.rowNumber, 'num')} ${cell(t.entry, row.label || '–')}
              ${cell(t.status, html`<span class="badge">${statusText(row, t)}</span>`)} ${cell(t.column, problem?.column ?? '–')}
              ${cell(t.value, problem?.value ? html`<code>${problem.value}</code>` : '–')} ${cell(t.problem, problem?.message ?? '–')} ${cell(t.fix, problem?.fix ?? '–')}
            </tr>
          `,
        )}
      </tbody>
    </table>
    ${lines.length > limit ? html`<p class="shown">${t.shown(shown.length, lines.length)}</p>` : nothing}
  `;
}
