/**
 * The problem report of an import, shown by <wir-werkstatt> and by the workspace's lists view
 * (the same words in both): problems of the whole file, then a table with one line per
 * problem — row, entry, status, column, value, problem and fix — optionally the rows without
 * problems too. Long lists are shown a hundred lines at a time. Below 40em the table stacks
 * into one card per line; the explicit roles keep it a table for screen readers, which Chrome
 * drops with `display: block`. Styles in problem-table.styles.ts.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ImportedRow } from '../core/import/index.js';
// Straight from problems.ts: the import barrel would pull the sheet readers into the workspace bundle.
import { type ImportProblem, problemPlace } from '../core/import/problems.js';
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

/** A problem of the file or the header row, without the file name the heading already shows. */
export function describeProblem(p: ImportProblem, t: WerkstattMessages): string {
  const place = [p.sheet && p.row !== undefined ? `${t.sheet} „${p.sheet}“` : '', problemPlace(p)].filter(Boolean).join(', ');
  const text = `${p.severity === 'warning' ? `${t.note}: ` : ''}${p.message}${p.fix ? ` – ${p.fix}` : ''}`;
  return place ? `${place}: ${text}` : text;
}

/** What the report needs from its host: whether all rows show, how many lines, and how to change both. */
export interface ReportView {
  showAll: boolean;
  limit: number;
  onShowAll(checked: boolean): void;
  onMore(): void;
}

/** Keeps the report's "all rows" toggle and page count for a host element, which it re-renders; `reset()` for a new file. */
export class ReportPager implements ReportView {
  showAll = false;
  limit = PAGE_SIZE;
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  reset(): void {
    this.showAll = false;
    this.limit = PAGE_SIZE;
    this.#host.requestUpdate();
  }

  onShowAll = (checked: boolean): void => {
    this.showAll = checked;
    this.limit = PAGE_SIZE;
    this.#host.requestUpdate();
  };

  onMore = (): void => {
    this.limit += PAGE_SIZE;
    this.#host.requestUpdate();
  };
}

/** Problems of the whole file, the toggle, the table and "show more", in one size container. */
export function renderProblemReport(
  result: { rows: readonly ImportedRow[]; problems: readonly ImportProblem[] },
  view: ReportView,
  t: WerkstattMessages,
): TemplateResult {
  // Problems of the file, the publisher and the header row: every one not tied to a data row.
  const dataRows = new Set(result.rows.map((r) => r.rowNumber));
  const fileProblems = result.problems.filter((p) => p.row === undefined || !dataRows.has(p.row));
  const lines = tableLines(result.rows, view.showAll);
  return html`<div class="problem-report">
    ${
      fileProblems.length
        ? html`
          <h3>${t.fileProblems}</h3>
          <ul class="file-problems">
            ${fileProblems.map((p) => html`<li class=${p.severity}>${describeProblem(p, t)}</li>`)}
          </ul>
        `
        : nothing
    }
    ${
      result.rows.length
        ? html`
          <label class="toggle">
            <input type="checkbox" .checked=${view.showAll} @change=${(e: Event) => view.onShowAll((e.target as HTMLInputElement).checked)} />
            ${t.showAll}
          </label>
        `
        : nothing
    }
    ${lines.length ? renderProblemTable(lines, view.limit, view.showAll, t) : result.rows.length ? html`<p>${t.allGood}</p>` : nothing}
    ${
      lines.length > view.limit
        ? html`<p><button type="button" class="button secondary" @click=${view.onMore}>${t.more(Math.min(PAGE_SIZE, lines.length - view.limit))}</button></p>`
        : nothing
    }
  </div>`;
}
