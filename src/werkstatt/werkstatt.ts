import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Announcer } from '../components/shared/announcer.js';
import { fieldStyles, hostReset } from '../components/shared/styles/base.styles.js';
import { disclosureStyles } from '../components/shared/styles/controls.styles.js';
import { correctedWorkbook, type ImportResult, templateWorkbook, type Workbook } from '../core/import/index.js';
import { KOMMUNEN } from '../core/place/index.js';
import { FEED_KINDS, type FeedKind } from '../core/schema/index.js';
import { findPageLanguage } from '../i18n/locales.js';
import { downloadFile, XLSX_TYPE } from './download-file.js';
import { PAGE_SIZE, ReportPager, renderProblemReport } from './problem-table.js';
import { problemTableStyles } from './problem-table.styles.js';
import { SheetImportController } from './sheet-import-controller.js';
import { werkstattStyles } from './werkstatt.styles.js';
import { type WerkstattMessages, werkstattMessages } from './werkstatt-messages.js';

const ACCEPT = '.xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

/**
 * The coordinators' workshop: drop the office's sheet, see every problem with its row,
 * column, value and fix, and download the feed JSON or the sheet with problems marked.
 * The same import code as `npx wir-widgets import` runs here in the browser; nothing is
 * uploaded. Large sheets are checked in slices with a progress bar.
 *
 * @tag wir-werkstatt
 * @summary Check an office's Excel or CSV sheet and turn it into a feed, in the browser.
 *
 * @csspart base - The wrapper of the whole workshop.
 * @csspart drop-zone - The box that takes a dropped file and holds the file input.
 * @csspart progress - The progress bar while a sheet is checked.
 * @csspart result - The result section.
 * @csspart problem-table - The table of problems.
 * @csspart download-button - A download button (feed, marked sheet).
 * @csspart live-region - The visually hidden polite live region.
 *
 * @cssprop --wir-color-primary - Buttons and accents (default #00594f).
 * @cssprop --wir-color-error - Skipped rows and errors.
 * @cssprop --wir-font-size - Base font size (default 16px).
 */
export class WirWerkstatt extends LitElement {
  static override styles = [hostReset, fieldStyles, disclosureStyles, werkstattStyles, problemTableStyles];

  readonly #import = new SheetImportController(this);
  readonly #announcer = new Announcer(this, 200);
  readonly #report = new ReportPager(this);

  /** UI language: `de` (default) or `en`; else the nearest `lang` up the tree. */
  @property() locale = '';

  /** Name of the coordination office, prefilled in the publisher field. */
  @property() publisher = '';

  /** Kreisschlüssel or AGS of the office, prefilled in the Kommune field. */
  @property() kommune = '';

  @state() private kind: FeedKind = 'lotsen';
  @state() private kindChosen = false;
  @state() private dragging = false;

  #t: WerkstattMessages = werkstattMessages('de');
  #lastFile: File | undefined;
  #focusResult = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') || !this.hasUpdated) this.#t = werkstattMessages(this.locale || findPageLanguage(this));
  }

  protected override updated(): void {
    if (this.#focusResult && this.#import.state.phase === 'done') {
      this.#focusResult = false;
      this.renderRoot.querySelector<HTMLElement>('#result-title')?.focus();
    }
  }

  async #check(file: File): Promise<void> {
    this.#lastFile = file;
    this.#report.limit = PAGE_SIZE;
    const publisher = this.renderRoot.querySelector<HTMLInputElement>('#publisher')?.value.trim() || this.publisher;
    const kommune = this.renderRoot.querySelector<HTMLSelectElement>('#kommune')?.value || this.kommune;
    // Set before the run: the render that shows the result may come before this method resumes.
    this.#focusResult = true;
    const done = await this.#import.start({ file, kind: this.kindChosen ? this.kind : undefined, publisher, kommune });
    if (done.phase === 'done') {
      this.kind = done.result.kind;
      this.#announcer.announce(this.#t.announceDone(done.result.valid, done.result.total));
    } else if (done.phase === 'failed') {
      this.#focusResult = false;
      this.#announcer.announce(`${this.#t.failed} ${done.problem.message}`);
    }
  }

  #onFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) void this.#check(file);
  }

  #onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging = false;
    const file = event.dataTransfer?.files[0];
    if (file) void this.#check(file);
  }

  #onDragOver(event: DragEvent): void {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  }

  #onKind(event: Event): void {
    this.kind = (event.target as HTMLInputElement).value as FeedKind;
    this.kindChosen = true;
    if (this.#lastFile) void this.#check(this.#lastFile);
  }

  #recheck(): void {
    if (this.#lastFile) void this.#check(this.#lastFile);
  }

  async #downloadTemplate(): Promise<void> {
    downloadFile(`vorlage-${this.kind}.xlsx`, await templateWorkbook(this.kind), XLSX_TYPE);
  }

  #downloadFeed(result: ImportResult): void {
    downloadFile(`${result.kind}.json`, `${JSON.stringify(result.feed, null, 2)}\n`, 'application/json');
  }

  async #downloadCorrected(result: ImportResult, workbook: Workbook, file: string): Promise<void> {
    const base = file.replace(/\.[^.]*$/, '');
    downloadFile(`${base}-geprueft.xlsx`, await correctedWorkbook(workbook, result), XLSX_TYPE);
  }

  override render() {
    const t = this.#t;
    return html`
      <div class="base" part="base">
        <p class="intro">${t.intro}</p>
        <p class="privacy">${t.privacy}</p>
        <form @submit=${(e: Event) => e.preventDefault()}>
          <fieldset class="kinds" aria-describedby="kind-hint">
            <legend>${t.kindLegend}</legend>
            <p class="hint" id="kind-hint">${t.kindHint}</p>
            ${FEED_KINDS.map(
              (kind) => html`
                <label class="radio">
                  <input type="radio" name="kind" value=${kind} .checked=${this.kind === kind} @change=${this.#onKind} />
                  <span>${t.kinds[kind]}</span>
                </label>
              `,
            )}
          </fieldset>
          ${this.#renderPublisher(t)}
          <div
            class="drop ${this.dragging ? 'dragging' : ''}"
            part="drop-zone"
            @dragover=${this.#onDragOver}
            @dragleave=${() => {
              this.dragging = false;
            }}
            @drop=${this.#onDrop}
          >
            <label for="file" class="file-label">${t.fileLabel}</label>
            <p class="hint" id="file-hint">${this.dragging ? t.dropHere : t.fileHint}</p>
            <input id="file" type="file" accept=${ACCEPT} aria-describedby="file-hint" @change=${this.#onFile} />
            ${
              this.#lastFile
                ? html`<p><button type="button" class="button secondary" @click=${this.#recheck}>${t.recheck(this.#lastFile.name)}</button></p>`
                : nothing
            }
          </div>
          <p>
            <button type="button" class="link-button" @click=${this.#downloadTemplate}>${t.templateLink} (${t.kinds[this.kind]})</button>
          </p>
        </form>
        ${this.#renderStatus(t)} ${this.#announcer.render()}
      </div>
    `;
  }

  #renderPublisher(t: WerkstattMessages) {
    return html`
      <details class="disclosure publisher" ?open=${Boolean(this.publisher || this.kommune) || this.#publisherMissing()}>
        <summary>${t.publisherSummary}</summary>
        <p class="hint" id="publisher-hint">${t.publisherHint}</p>
        <div class="field">
          <label for="publisher">${t.publisherName}</label>
          <input id="publisher" type="text" autocomplete="organization" .value=${this.publisher} aria-describedby="publisher-hint" />
        </div>
        <div class="field">
          <label for="kommune">${t.kommune}</label>
          <select id="kommune">
            <option value="" ?selected=${!this.kommune}>${t.kommuneNone}</option>
            ${KOMMUNEN.map((k) => {
              const code = k.type === 'sonderstatusstadt' ? k.ags! : k.code;
              return html`<option value=${code} ?selected=${this.kommune === code}>${k.name}</option>`;
            })}
          </select>
        </div>
      </details>
    `;
  }

  /** The last check found no publisher: the fields that fix it are opened. */
  #publisherMissing(): boolean {
    const s = this.#import.state;
    return s.phase === 'done' && s.result.problems.some((p) => p.code === 'missing-publisher' && p.severity === 'error');
  }

  #renderStatus(t: WerkstattMessages) {
    const s = this.#import.state;
    if (s.phase === 'idle') return nothing;
    if (s.phase === 'reading') return html`<p class="status" aria-busy="true">${t.reading(s.file)}</p>`;
    if (s.phase === 'importing') {
      return html`
        <div class="status" aria-busy="true">
          <label for="progress">${t.progress(s.done, s.total)}</label>
          <progress id="progress" part="progress" max=${s.total} .value=${s.done}></progress>
        </div>
      `;
    }
    if (s.phase === 'failed') {
      return html`<div class="error" role="alert"><p><strong>${t.failed}</strong> ${s.problem.message}${s.problem.fix ? ` – ${s.problem.fix}` : ''}</p></div>`;
    }
    return this.#renderResult(t, s.result, s.workbook, s.file);
  }

  #renderResult(t: WerkstattMessages, result: ImportResult, workbook: Workbook, file: string) {
    const notes = result.problems.filter((p) => p.severity === 'warning').length;
    return html`
      <section class="result" part="result" aria-labelledby="result-title">
        <h2 id="result-title" tabindex="-1">${t.resultTitle}: ${file}</h2>
        <p class="summary ${result.feed ? '' : 'unusable'}">
          ${t.summary(result.total, result.valid, result.skipped)} ${notes ? t.notes(notes) : ''}
          ${result.sheet ? html`<br /><span class="hint">${t.sheetInfo(result.sheet, result.headerRow ?? 1)}</span>` : nothing}
        </p>
        ${
          result.feed
            ? html`
              <div class="downloads">
                <button type="button" class="button" part="download-button" @click=${() => this.#downloadFeed(result)}>
                  ${t.downloadFeed(`${result.kind}.json`)}
                </button>
                <button type="button" class="button secondary" part="download-button" aria-describedby="corrected-hint" @click=${() => this.#downloadCorrected(result, workbook, file)}>
                  ${t.downloadCorrected}
                </button>
              </div>
              <p class="hint" id="corrected-hint">${t.downloadCorrectedHint} ${t.publishHint}</p>
            `
            : html`<p class="error-message">${t.unusable}</p>`
        }
        ${renderProblemReport(result, this.#report, t)}
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wir-werkstatt': WirWerkstatt;
  }
}
