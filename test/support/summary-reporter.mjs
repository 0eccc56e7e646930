// Ends the browser test run with the plain line CI reads: `N passed, N failed`, and, when
// `BROWSER_SESSIONS` names a file, writes each test file's outcome per browser there (for
// scripts/test.mjs; see scripts/browser-rerun.mjs).
import { writeFileSync } from 'node:fs';

function count(results, totals) {
  if (!results) return;
  for (const test of results.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const suite of results.suites ?? []) count(suite, totals);
}

/** One test file in one browser: its counts, and the errors of a page that ran no test. */
function outcome(session) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  count(session.testResults, totals);
  const ranNone = !session.testResults?.tests?.length && !session.testResults?.suites?.length;
  // A file that failed to load runs no test; count it as a failure, not as nothing.
  if (!session.passed && ranNone) totals.failed += 1;
  return {
    browser: session.browser.name.toLowerCase(),
    file: session.testFile,
    ...totals,
    pageErrors: !session.passed && ranNone ? (session.errors ?? []).map((error) => error.message) : [],
  };
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const outcomes = sessions.map(outcome);
      const sum = (key) => outcomes.reduce((total, entry) => total + entry[key], 0);
      this.totals = { passed: sum('passed'), failed: sum('failed'), skipped: sum('skipped') };
      if (process.env.BROWSER_SESSIONS) writeFileSync(process.env.BROWSER_SESSIONS, JSON.stringify(outcomes));
    },
    stop() {
      const { passed, failed, skipped } = this.totals ?? { passed: 0, failed: 0, skipped: 0 };
      console.log(`\nbrowser tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
    },
  };
}
