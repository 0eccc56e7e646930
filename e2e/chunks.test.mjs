// The drop-in's sibling chunks import nothing but the drop-in itself (after `npm run build`).
// `lazy()` (src/internal/lazy.ts) imports a chunk that failed to load again under a new address; that
// is its only copy only while no other chunk imports it by its old one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const chunks = readdirSync(dist).filter((file) => /^wrapup-elements\..+\.js$/.test(file));

test('the drop-in has sibling chunks (the view, the sender, the translations)', () => {
  for (const name of ['modal', 'send', 'extras', 'diagnostics', 'sl']) {
    assert.ok(chunks.some((file) => file.startsWith(`wrapup-elements.${name}-`)), `no ${name} chunk in dist/`);
  }
});

test('each chunk imports statically nothing but the drop-in', () => {
  for (const file of chunks) {
    const code = readFileSync(`${dist}${file}`, 'utf8');
    // `from"./x.js"` and a bare `import"./x.js"`, as the minifier writes them.
    const imported = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*)(["'])([^"']+)\1/g)].map((match) => match[2]);
    assert.deepEqual(imported.filter((specifier) => specifier !== './wrapup-elements.js'), [], `${file} imports another chunk`);
  }
});
