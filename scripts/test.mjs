// `npm test`: everything CI checks, in order, each stage's output shown as it runs. Ends with
// one plain line, `N passed, N failed`, that counts every browser and end-to-end test plus
// each check (type check, lint, generated files, build, size budget) as one.
import { spawn } from 'node:child_process';

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
  { name: 'browser tests', command: 'npx', args: ['wtr'], counts: /browser tests: (\d+) passed, (\d+) failed/ },
  { name: 'end-to-end tests', command: 'node', args: ['--test', '--test-reporter=tap', 'e2e/'], counts: /# pass (\d+)\s+# fail (\d+)/ },
];

function run({ command, args }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
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

let passed = 0;
let failed = 0;
for (const stage of stages) {
  console.log(`\n── ${stage.name} ──`);
  const { code, output } = await run(stage);
  const counts = stage.counts && output.match(stage.counts);
  if (counts) {
    passed += Number(counts[1]);
    failed += Number(counts[2]);
    if (code !== 0 && Number(counts[2]) === 0) failed += 1; // the runner failed outside any test
  } else if (code === 0) {
    passed += 1;
  } else {
    failed += 1;
    console.error(`✗ ${stage.name} failed (exit ${code})`);
    if (stage.name.includes('build')) break; // the tests need what the builds write
  }
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
