// The layout src/README.md describes, kept: no import cycle among src/'s modules (type-only
// imports and lazy import() included), no module over 400 lines, and the view knows the element
// only through dialog/snapshot.ts.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, it } from 'node:test';

const files = readdirSync('src', { recursive: true })
  .map((name) => join('src', name))
  .filter((file) => file.endsWith('.ts') && !file.includes('generated'));

/** Each module's relative imports, static, type-only and dynamic alike. */
const graph = new Map(
  files.map((file) => {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map(([, spec]) => normalize(join(dirname(file), spec)).replace(/\.js$/, '.ts'));
    return [file, targets.filter((target) => files.includes(target))];
  }),
);

describe('the layout of src/', () => {
  it('has no import cycle, type-only imports included', () => {
    const state = new Map();
    const walk = (file, path) => {
      if (state.get(file) === 'done') return;
      assert.notEqual(state.get(file), 'open', `import cycle: ${[...path, file].join(' -> ')}`);
      state.set(file, 'open');
      for (const target of graph.get(file)) walk(target, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) walk(file, []);
  });

  it('has no module over 400 lines', () => {
    for (const file of files) assert.ok(readFileSync(file, 'utf8').split('\n').length <= 400, `${file} is over 400 lines`);
  });

  it("keeps the dialog's view away from the element", () => {
    for (const file of files.filter((name) => name.startsWith('src/dialog/') && !name.endsWith('wrapup-dialog.ts'))) {
      assert.ok(!graph.get(file).includes('src/dialog/wrapup-dialog.ts'), `${file} imports the element`);
    }
  });
});

// `@lit/localize` is pinned to one version (package.json) because `i18n/localization.ts` installs
// its msg() through `init/install.js`, which the package documents for its own runtimes only.
describe("@lit/localize's install path", () => {
  it('still exports _installMsgImplementation, which msg() calls', async () => {
    const { _installMsgImplementation } = await import('@lit/localize/init/install.js');
    assert.equal(typeof _installMsgImplementation, 'function');
    _installMsgImplementation((template, { id }) => `${id}:${template}`);
    const localize = await import('@lit/localize'); // (msg is a live binding: read after the install)
    assert.equal(localize.msg('Hello', { id: 'greeting' }), 'greeting:Hello');
  });
});
