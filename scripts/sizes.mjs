// Sizes of what a host downloads: minified, gzip -9 and brotli bytes. `npm test` enforces the
// hard budget of the drop-in; `npm run bench` reports all figures.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';

/**
 * Minified, gzip -9 and brotli (quality 11) sizes in bytes of a built file; with `bundle`, of
 * the file and the chunks it imports (Lit left out, as a bundling host shares its own, and the
 * lazily loaded Slovenian chunk).
 */
export function measure(path, { bundle = false } = {}) {
  let code = readFileSync(path, 'utf8');
  if (bundle) {
    const external = ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/reactive-element', '@lit/reactive-element/*', './chunks/sl-*'];
    code = buildSync({ entryPoints: [path], bundle: true, write: false, format: 'esm', target: 'es2022', external, minify: true }).outputFiles[0].text;
  }
  const bytes = Buffer.from(code);
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The budgets of the drop-in and the library entry, in gzip bytes. */
export const budgets = {
  dropIn: { goal: 14 * 1024, limit: 20 * 1024 },
  library: { goal: 7 * 1024 },
};

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const dropIn = measure('dist/wrapup-elements.js');
  const library = measure('dist/index.js', { bundle: true });
  console.log(`drop-in dist/wrapup-elements.js: ${kb(dropIn.min)} min, ${kb(dropIn.gzip)} gzip, ${kb(dropIn.brotli)} brotli (goal ${kb(budgets.dropIn.goal)}, limit ${kb(budgets.dropIn.limit)} gzip)`);
  console.log(`library dist/index.js (Lit external): ${kb(library.min)} min, ${kb(library.gzip)} gzip, ${kb(library.brotli)} brotli (goal ${kb(budgets.library.goal)} gzip)`);
  if (dropIn.gzip > budgets.dropIn.limit) {
    console.error(`The drop-in is over its hard budget by ${kb(dropIn.gzip - budgets.dropIn.limit)}.`);
    process.exit(1);
  }
}
