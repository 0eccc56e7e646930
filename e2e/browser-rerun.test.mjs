// scripts/browser-rerun.mjs: which files `npm test` runs again after a browser could not start a page.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { filesPattern, rerunPlan } from '../scripts/browser-rerun.mjs';

const file = (name) => join(process.cwd(), 'test', `${name}.test.ts`);
const entry = (browser, name, counts, pageErrors = []) => ({ browser, file: file(name), passed: 0, failed: 0, skipped: 0, ...counts, pageErrors });

test('a browser that could not start a page runs its failed files again, and only those', () => {
  const outcomes = [
    entry('chromium', 'a', { passed: 9 }),
    entry('chromium', 'b', { passed: 3, failed: 1 }), // a test of its own failed: Chromium started every page
    entry('firefox', 'a', { passed: 9 }),
    entry('firefox', 'b', { failed: 1 }, ['The browser was unable to create and start a test page after 120000ms.']),
    entry('firefox', 'c', { passed: 2, failed: 5 }),
  ];
  assert.deepEqual(rerunPlan(outcomes), [{ browser: 'firefox', files: ['test/b.test.ts', 'test/c.test.ts'], passed: 2, failed: 6 }]);
});

test('failed tests alone, or a file that would not load, run nothing again', () => {
  const outcomes = [
    entry('firefox', 'a', { passed: 1, failed: 2 }),
    entry('firefox', 'b', { failed: 1 }, ["Could not import your test module. Check the browser logs or console for more details: test/b.test.ts"]),
  ];
  assert.deepEqual(rerunPlan(outcomes), []);
});

test('the pattern names exactly the files', () => {
  assert.equal(filesPattern(['test/a.test.ts']), 'test/a.test.ts');
  assert.equal(filesPattern(['test/a.test.ts', 'test/b.test.ts']), '{test/a.test.ts,test/b.test.ts}');
});
