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
