/**
 * Runs an import for <wir-werkstatt>: reads the dropped file, imports it in slices that yield
 * to the browser (so the progress bar paints on a 5,000-row sheet), and keeps the workbook
 * for the corrected sheet. A new file cancels the run before it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { detectKind, type ImportProblem, type ImportResult, importSheet, readSheetFile, type Workbook } from '../core/import/index.js';
import type { FeedKind } from '../core/schema/index.js';

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'reading'; file: string }
  | { phase: 'importing'; file: string; done: number; total: number }
  | { phase: 'failed'; file: string; problem: ImportProblem }
  | { phase: 'done'; file: string; result: ImportResult; workbook: Workbook; millis: number };

export interface ImportRequest {
  file: File;
  /** undefined: detect from the sheet. */
  kind: FeedKind | undefined;
  publisher?: string | undefined;
  kommune?: string | undefined;
}

/** Lets the page paint between slices: scheduler.yield where Chrome has it, else a task. */
function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

export class SheetImportController implements ReactiveController {
  state: ImportState = { phase: 'idle' };
  #run = 0;
  #abort: AbortController | undefined;
  #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#run++; // a run still going ends without touching a detached element
    this.#abort?.abort();
  }

  #set(run: number, state: ImportState): boolean {
    if (run !== this.#run) return false;
    this.state = state;
    this.#host.requestUpdate();
    return true;
  }

  async start(request: ImportRequest): Promise<ImportState> {
    try {
      return await this.#start(request);
    } catch (error) {
      // A file changed on disk since it was chosen (NotReadableError) or a fault of ours: said, not swallowed.
      const problem: ImportProblem = {
        severity: 'error',
        code: 'unreadable-file',
        file: request.file.name,
        message: `Die Datei konnte nicht geprüft werden (${String((error as Error)?.message ?? error).slice(0, 120)})`,
        fix: 'wählen Sie die Datei erneut',
      };
      this.state = { phase: 'failed', file: request.file.name, problem };
      this.#host.requestUpdate();
      return this.state;
    }
  }

  async #start(request: ImportRequest): Promise<ImportState> {
    const run = ++this.#run;
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    const name = request.file.name;
    const started = performance.now();
    this.#set(run, { phase: 'reading', file: name });
    await yieldToBrowser(); // paint "wird gelesen" before the spreadsheet library blocks
    const read = await readSheetFile(new Uint8Array(await request.file.arrayBuffer()), name);
    if (!read.ok) {
      this.#set(run, { phase: 'failed', file: name, problem: read.problem });
      return this.state;
    }
    const kind = request.kind ?? detectKind(read.workbook) ?? 'lotsen';
    let result: ImportResult;
    try {
      result = await importSheet(read.workbook, kind, {
        publisher: request.publisher || undefined,
        kommune: request.kommune || undefined,
        sliceSize: 500,
        yieldToHost: yieldToBrowser,
        signal: abort.signal,
        onProgress: (done, total) => {
          this.#set(run, { phase: 'importing', file: name, done, total });
        },
      });
    } catch (error) {
      if (abort.signal.aborted) return this.state; // a newer file took over
      throw error;
    }
    this.#set(run, { phase: 'done', file: name, result, workbook: read.workbook, millis: performance.now() - started });
    return this.state;
  }
}
