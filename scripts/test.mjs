// `npm test`: everything CI checks, in order, each stage's output shown as it runs. Ends with
// one plain line, `N passed, N failed`, that counts every browser and end-to-end test plus
// each check (type check, lint, generated files, build, size budget) as one.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesPattern, rerunPlan } from './browser-rerun.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'wrapup-test-'));
const sessionsFile = (name) => join(scratch, `${name}.json`);
const BROWSER_COUNTS = /browser tests: (\d+) passed, (\d+) failed/;

// The builds come first: the type check reads the built types, as a host's project would
// (e2e/pages/react-host.tsx imports 'wrapup-elements' and the generated JSX types).
const stages = [
  { name: 'build', command: 'npm', args: ['run', '--silent', 'build'] },
  { name: 'demo build', command: 'npm', args: ['run', '--silent', 'build:demo'] },
  { name: 'size budget', command: 'node', args: ['scripts/sizes.mjs'] },
  { name: 'type check', command: 'npx', args: ['tsc', '-p', 'tsconfig.json'] },
  { name: 'lint', command: 'npx', args: ['eslint', '.'] },
  { name: 'generated files', command: 'node', args: ['scripts/check-generated.mjs'] },
  { name: 'README samples', command: 'node', args: ['scripts/check-readme-samples.mjs'] },
  { name: 'browser tests', command: 'npx', args: ['wtr'], env: { BROWSER_SESSIONS: sessionsFile('browsers') }, counts: BROWSER_COUNTS, rerun: true },
  { name: 'end-to-end tests', command: 'node', args: ['--test', '--test-reporter=tap', 'e2e/'], counts: /# pass (\d+)\s+# fail (\d+)/ },
];

function run({ command, args, env = {} }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let output = '';
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        output += chunk;
        (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
      });
    }
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** Counts of a run that reports them (`pattern`), with a runner that failed outside any test as one failure. */
function countsOf({ code, output }, pattern) {
  const counts = output.match(pattern);
  if (!counts) return undefined;
  const [passed, failed] = [Number(counts[1]), Number(counts[2])];
  return { passed, failed: failed + (code !== 0 && failed === 0 ? 1 : 0) };
}

/**
 * Runs once more, in a fresh browser, the failed files of a browser that could not start a
 * test page (see browser-rerun.mjs); returns how the counts change.
 */
async function rerunBrowserFaults() {
  let outcomes;
  try {
    outcomes = JSON.parse(readFileSync(sessionsFile('browsers'), 'utf8'));
  } catch {
    return { passed: 0, failed: 0 }; // (the runner wrote nothing: its failure stands as counted)
  }
  const change = { passed: 0, failed: 0 };
  for (const plan of rerunPlan(outcomes)) {
    console.log(`\n── browser tests again: ${plan.browser} could not start a test page; its ${plan.files.length} failed files once more, in a fresh ${plan.browser} ──`);
    const env = { BROWSERS: plan.browser, TEST_FILES: filesPattern(plan.files), BROWSER_SESSIONS: sessionsFile(`again-${plan.browser}`) };
    const again = countsOf(await run({ command: 'npx', args: ['wtr'], env }), BROWSER_COUNTS) ?? { passed: 0, failed: 1 };
    change.passed += again.passed - plan.passed;
    change.failed += again.failed - plan.failed;
  }
  return change;
}

let passed = 0;
let failed = 0;
for (const stage of stages) {
  console.log(`\n── ${stage.name} ──`);
  const result = await run(stage);
  const { code } = result;
  const counts = stage.counts && countsOf(result, stage.counts);
  if (counts) {
    if (stage.rerun && counts.failed > 0) {
      const change = await rerunBrowserFaults();
      counts.passed += change.passed;
      counts.failed += change.failed;
    }
    passed += counts.passed;
    failed += counts.failed;
  } else if (code === 0) {
    passed += 1;
  } else {
    failed += 1;
    console.error(`✗ ${stage.name} failed (exit ${code})`);
    if (stage.name.includes('build')) break; // the tests need what the builds write
  }
}

rmSync(scratch, { recursive: true, force: true });
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
