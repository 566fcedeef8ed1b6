// Web Test Runner prints its own summary on the progress-bar line, which CI cannot read.
// This reporter adds one plain line at the very end: "wtr: N passed, N failed".
function count(suite, totals) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function summaryLine() {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load has no test results but must still fail the count.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) totals.failed += 1;
      }
      process.on('exit', () => {
        const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
        process.stdout.write(`\nwtr: ${totals.passed} passed, ${totals.failed} failed${skipped}\n`);
      });
    },
  };
}
