// Type-checks the TypeScript and JavaScript samples of the README and docs/ as a host's strict
// project reads them: against the package packed as npm would publish it (`npm pack`, unpacked
// into the project's node_modules), through its own exports and .d.ts files, with no `paths`
// and `skipLibCheck` off. A renamed property or event, or a .d.ts that only compiles inside this
// repo, breaks `npm test` rather than a host developer's copy-paste. The names a sample leaves
// to the host (its reasons, token, SDK, dialog) are declared first. The samples marked for a
// fresh Vite project are also built there, as pasted (e2e/templates.test.mjs). Needs `npm run
// build` first (the tarball holds dist/).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
// The README and every page of docs/.
const readme = ['README.md', ...readdirSync('docs').filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)]
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
const samples = [...readme.matchAll(/```(ts|js)\n([\s\S]*?)```/g)].map(([, , code]) => code);
const dir = mkdtempSync(join(root, '.readme-samples-'));
try {
  // The package as published, where a host's npm puts it; its dependencies and the platforms'
  // SDKs (optional peers) from this repo's install.
  const modules = join(dir, 'node_modules');
  const unpacked = join(modules, 'wrapup-elements');
  mkdirSync(unpacked, { recursive: true });
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { encoding: 'utf8' }));
  execFileSync('tar', ['-xzf', join(dir, filename), '-C', unpacked, '--strip-components=1']);
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!name.startsWith('.') && name !== 'wrapup-elements') symlinkSync(join(root, 'node_modules', name), join(modules, name));
  }

  samples.forEach((code, i) => {
    const preamble = [
      "import type { WrapupReason as __Reason, WrapupDialog as __Dialog } from 'wrapup-elements';",
      /\bconst reasons\b/.test(code) ? '' : 'declare const reasons: __Reason[];',
      /\bconst token\b/.test(code) ? '' : 'declare const token: string;',
      'declare const socket: WebSocket; // a notification channel',
      /\b(const|let) webex\b/.test(code) ? '' : "declare const webex: { cc: import('@webex/contact-center').ContactCenter };",
      /\b(const|let) dialog\b/.test(code) ? '' : 'declare const dialog: __Dialog;',
      'declare const mySdk: { wrapUp(interactionId: string, reasonId: string): Promise<void> };',
    ].join('\n');
    writeFileSync(join(dir, `sample-${i}.ts`), `${preamble}\n${code}\nexport {};\n`);
  });
  const compilerOptions = {
    strict: true,
    skipLibCheck: false,
    noEmit: true,
    target: 'es2022',
    module: 'esnext',
    moduleResolution: 'bundler',
    lib: ['es2022', 'dom', 'dom.iterable'],
    types: [],
  };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['*.ts'] }));
  let output = '';
  try {
    execFileSync('npx', ['tsc', '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8', cwd: dir });
  } catch (error) {
    output = String(error.stdout);
  }
  // The platforms' own typings have errors of their own with skipLibCheck off; the samples and
  // the package's .d.ts files may have none.
  const ours = output.split('\n').filter((line) => /^(sample-\d+\.ts|node_modules\/wrapup-elements\/)/.test(line));
  if (ours.length) throw new Error(ours.join('\n'));
  if (!output && !readdirSync(join(unpacked, 'dist')).some((name) => name.endsWith('.d.ts'))) throw new Error('the tarball holds no .d.ts files');
  console.log(`${samples.length} code samples of README.md and docs/ type-check against the packed package (${filename}).`);
} catch (error) {
  console.error(`${error.message}\nA README code sample does not type-check against the packed package (see above).`);
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
