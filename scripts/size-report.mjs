// `npm run size:modules`: what each source module adds to the drop-in, minified (esbuild,
// before gzip), largest first, so the next cut is easy to find. CSS and HTML in template
// literals are not minified here (the build does that), so `styles.ts` reads high.
import { build } from 'esbuild';

const result = await build({
  entryPoints: ['src/index.ts'],
  bundle: true,
  write: false,
  splitting: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  metafile: true,
  outdir: 'size-report',
  conditions: ['production'],
  tsconfig: 'tsconfig.json',
});
const { outputs } = result.metafile;
// What the entry loads at once: itself and the chunks it imports statically; the rest is lazy.
const entry = Object.keys(outputs).find((file) => outputs[file].entryPoint);
const firstLoad = new Set([entry]);
for (const file of firstLoad) {
  for (const { path, kind } of outputs[file].imports) if (kind === 'import-statement') firstLoad.add(path);
}
const groups = [
  ['first load', [...firstLoad]],
  ...Object.keys(outputs)
    .filter((file) => !firstLoad.has(file) && !file.endsWith('.map'))
    .map((file) => [`lazy chunk ${Object.keys(outputs[file].inputs).map((input) => input.split('/').pop()).join(', ')}`, [file]]),
];
for (const [label, files] of groups) {
  const inputs = Object.assign({}, ...files.map((file) => outputs[file].inputs));
  const bytes = files.reduce((sum, file) => sum + outputs[file].bytes, 0);
  console.log(`\n${label}: ${(bytes / 1024).toFixed(1)} KB minified`);
  const rows = Object.entries(inputs)
    .map(([input, { bytesInOutput }]) => [input.replace(/^node_modules\//, ''), bytesInOutput])
    .filter(([, bytes]) => bytes > 0)
    .sort((a, b) => b[1] - a[1]);
  for (const [input, bytes] of rows) console.log(`  ${String(bytes).padStart(6)}  ${input}`);
}
