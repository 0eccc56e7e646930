// Ends the browser test run with the plain line CI reads: `N passed, N failed`.

function count(results, totals) {
  if (!results) return;
  for (const test of results.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const suite of results.suites ?? []) count(suite, totals);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load runs no test; count it as a failure, not as nothing.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) {
          totals.failed += 1;
        }
      }
      this.totals = totals;
    },
    stop() {
      const { passed, failed, skipped } = this.totals ?? { passed: 0, failed: 0, skipped: 0 };
      console.log(`\nbrowser tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
    },
  };
}
