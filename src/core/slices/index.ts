/** Long work in slices that yield to the host (the browser's main thread), or run at once. */
export { runInSlices, runToEnd, type SlicedJob, type SliceOptions } from './sliced-job.js';
export { yieldToHost } from './yield-to-host.js';
