// A browser that cannot start a test page (Firefox ESR on a loaded machine once timed out on a
// page's navigation, and its storage then failed in every file after) fails files that have no
// fault of their own. scripts/test.mjs runs that browser's failed files once more, in a fresh
// browser, and counts the second run in their place. A file that fails for itself fails again.
import { relative } from 'node:path';

/** The errors of a browser that could not start or keep a page, rather than of a test. */
const BROWSER_FAULT = /unable to create and start a test page|navigation timeout|did not start after|target closed|protocol error|browser (has )?disconnected/i;

/**
 * `outcomes`: what test/support/summary-reporter.mjs wrote (one entry per file and browser).
 * Returns, per browser that could not start a page, its failed files to run again.
 */
export function rerunPlan(outcomes) {
  const faulty = new Set(outcomes.filter(({ pageErrors }) => pageErrors.some((message) => BROWSER_FAULT.test(message))).map(({ browser }) => browser));
  return [...faulty].map((browser) => {
    const failed = outcomes.filter((entry) => entry.browser === browser && entry.failed > 0);
    return {
      browser,
      files: failed.map(({ file }) => relative(process.cwd(), file) || file),
      passed: failed.reduce((sum, entry) => sum + entry.passed, 0),
      failed: failed.reduce((sum, entry) => sum + entry.failed, 0),
    };
  });
}

/** A web-test-runner `files` pattern for exactly `files`. */
export const filesPattern = (files) => (files.length === 1 ? files[0] : `{${files.join(',')}}`);
