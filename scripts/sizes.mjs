// Sizes of what a host downloads: minified, gzip -9 and brotli bytes. `npm test` enforces the
// hard budget of the drop-in; `npm run bench` reports all figures.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';

/** The files `path` imports statically, itself included, following their static imports. */
function staticGraph(path) {
  const files = new Set([resolve(path)]);
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    for (const [, specifier] of code.matchAll(/(?:^|[;}\n])\s*(?:import|export)\s*(?:[{*\w][^;]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      files.add(resolve(dirname(file), specifier));
    }
  }
  return files;
}

/**
 * Minified, gzip -9 and brotli (quality 11) sizes in bytes of a built file; with `bundle`, of
 * the file and the chunks it imports statically (Lit left out, as a bundling host shares its
 * own; the lazily loaded chunks left out, as they are not downloaded with it).
 */
export function measure(path, { bundle = false } = {}) {
  let code = readFileSync(path, 'utf8');
  if (bundle) {
    // What is not in the static graph is loaded lazily (`import()`): left out.
    const graph = staticGraph(path);
    const lazy = readdirSync(join(dirname(path), 'chunks'))
      .filter((file) => file.endsWith('.js') && !graph.has(resolve(dirname(path), 'chunks', file)))
      .flatMap((file) => [`./chunks/${basename(file)}`, `./${basename(file)}`]);
    const external = ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/reactive-element', '@lit/reactive-element/*', ...lazy];
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
  // One file: a sibling it imported statically would be downloaded first, and not be counted here.
  const staticImport = /(?:^|[;}])\s*import\s*[{*\w][^;]*?from\s*["']\.\/([^"']+)["']/.exec(readFileSync('dist/wrapup-elements.js', 'utf8'));
  if (staticImport) {
    console.error(`The drop-in imports ${staticImport[1]} statically: it must be one file (only lazily loaded siblings).`);
    process.exit(1);
  }
  if (dropIn.gzip > budgets.dropIn.limit) {
    console.error(`The drop-in is over its hard budget by ${kb(dropIn.gzip - budgets.dropIn.limit)}.`);
    process.exit(1);
  }
}
