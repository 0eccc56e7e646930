// The package as an integrator's npm sees it: each platform SDK the adapters use is an optional
// peer, limited to the majors the adapters are tested with (the devDependency's).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const major = (range) => /^\^(\d+)\./.exec(range)?.[1];

test('every optional peer is a peer, with a caret range on the major it is tested with', () => {
  const optional = Object.keys(pkg.peerDependenciesMeta).filter((name) => pkg.peerDependenciesMeta[name].optional);
  assert.deepEqual(Object.keys(pkg.peerDependencies).sort(), optional.sort());
  for (const [name, range] of Object.entries(pkg.peerDependencies)) {
    assert.ok(major(range), `${name}: "${range}" is open-ended; give the tested major as ^N.0.0`);
    assert.equal(major(range), major(pkg.devDependencies[name]), `${name}: peer ${range}, tested with ${pkg.devDependencies[name]}`);
  }
});

test("the built .d.ts files type-check as a host's strict project reads them: skipLibCheck off, no paths", async () => {
  const { mkdtempSync, writeFileSync, rmSync, symlinkSync } = await import('node:fs');
  const { execFileSync } = await import('node:child_process');
  const { join } = await import('node:path');
  const root = new URL('..', import.meta.url).pathname;
  const dir = mkdtempSync(join(root, '.dts-check-'));
  try {
    // Every entry of the package's exports, by its published name.
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    const entries = Object.entries(pkg.exports).filter(([, target]) => typeof target === 'object' && target.types?.startsWith('./dist/'));
    writeFileSync(join(dir, 'main.ts'), entries.map(([, { types }], i) => `import type * as Entry${i} from '${join(root, types.replace(/\.d\.ts$/, '.js'))}';\nexport type { Entry${i} };`).join('\n'));
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, skipLibCheck: false, noEmit: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom', 'dom.iterable'] }, files: ['main.ts'] }),
    );
    let output = '';
    try {
      execFileSync('npx', ['tsc', '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8', cwd: root });
    } catch (error) {
      output = String(error.stdout);
    }
    // The platforms' own typings have errors of their own under skipLibCheck: false; ours may not.
    const ours = output.split('\n').filter((line) => line.startsWith('dist/'));
    assert.equal(entries.length >= 7, true);
    assert.deepEqual(ours, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
