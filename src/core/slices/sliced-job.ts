/**
 * Long work that must not block a page: the work is written once, as a generator that yields
 * wherever it may pause, and run either to the end at once (Node, tests, the CLI) or in
 * slices that give the browser back its main thread between them (the widgets). Both runs
 * execute the same statements in the same order, so their results are identical.
 *
 * Hot loops stay in plain functions that a generator calls per batch: a loop with a `yield`
 * inside is a resumable loop, which engines optimise less well than a plain one.
 */
import { yieldToHost } from './yield-to-host.js';

/** A job that yields where it may pause and returns its result. */
export type SlicedJob<T> = Generator<void, T, void>;

export interface SliceOptions {
  /** Gives the host its thread back; default yieldToHost (scheduler.yield where present). */
  pause?: () => Promise<void>;
  /** Work this long before pausing (default 8 ms: a slice plus the browser's own work stays under the 50 ms of a long task, even on a slow phone). */
  budgetMs?: number;
  /** Stops between slices with the signal's reason. */
  signal?: AbortSignal;
}

/** Runs a job to its end without pausing. */
export function runToEnd<T>(job: SlicedJob<T>): T {
  for (;;) {
    const step = job.next();
    if (step.done) return step.value;
  }
}

/** Runs a job in slices of about `budgetMs`, pausing between them; rejects when `signal` aborts. */
export async function runInSlices<T>(job: SlicedJob<T>, options: SliceOptions = {}): Promise<T> {
  const pause = options.pause ?? yieldToHost;
  const budget = options.budgetMs ?? 8;
  let started = performance.now();
  for (;;) {
    const step = job.next();
    if (step.done) return step.value;
    if (performance.now() - started >= budget) {
      await pause();
      options.signal?.throwIfAborted();
      started = performance.now();
    }
  }
}
