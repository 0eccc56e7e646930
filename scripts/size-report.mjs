// `npm run size:modules` (after `npm run build`): what each source module costs in the built
// drop-in `dist/wrapup-elements.js` and in each of its lazy siblings, largest first, so the
// next cut is easy to find. Bytes come from the build's own source map (minified, as shipped);
// a module's gzip figure is what the file shrinks by when that module's bytes are left out,
// so it counts what the module adds after compression, not a share of the total.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const gzip = (text) => gzipSync(text, { level: 9 }).length;

/** Bytes of `file` per original source, from its source map. */
function bytesBySource(file) {
  const code = readFileSync(file, 'utf8');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  const lines = code.split('\n');
  const lineStarts = [];
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.length + 1;
  }
  // Each mapping owns the bytes up to the next one; bytes before the first belong to nothing.
  const owner = new Array(code.length).fill('(unmapped)');
  let previous;
  map.eachMapping((mapping) => {
    const start = lineStarts[mapping.generatedLine - 1] + mapping.generatedColumn;
    if (previous) owner.fill(previous.source, previous.start, start);
    previous = { start, source: mapping.source ? clean(mapping.source) : '(unmapped)' };
  });
  if (previous) owner.fill(previous.source, previous.start, code.length);
  const sources = new Map();
  owner.forEach((source, index) => {
    if (!sources.has(source)) sources.set(source, []);
    sources.get(source).push(index);
  });
  return { code, sources };
}

function clean(source) {
  return source.replace(/^(\.\.\/)+/, '').replace(/^node_modules\//, '').replace(/^\.pnpm\/[^/]+\/node_modules\//, '');
}

function report(file) {
  const { code, sources } = bytesBySource(file);
  const total = gzip(code);
  const rows = [...sources].map(([source, indexes]) => {
    const kept = new Set(indexes);
    let without = '';
    for (let index = 0; index < code.length; index++) if (!kept.has(index)) without += code[index];
    return { source, minified: indexes.length, gzip: total - gzip(without) };
  });
  rows.sort((a, b) => b.gzip - a.gzip);
  console.log(`\n${file}: ${code.length} B minified, ${total} B gzip`);
  console.log('   gzip  minified  module');
  for (const row of rows) console.log(`${String(row.gzip).padStart(7)}  ${String(row.minified).padStart(8)}  ${row.source}`);
}

report('dist/wrapup-elements.js');
if (process.argv.includes('--lazy')) {
  for (const name of readdirSync('dist').filter((name) => /^wrapup-elements\..+\.js$/.test(name)).sort()) report(`dist/${name}`);
}
