// Fails when a generated file is stale or a Slovenian string is untranslated: regenerates
// custom-elements.json (and the editor data and types made from it) and the locale modules in
// a scratch copy and compares them with the committed ones. Changes nothing in the work tree.
// Fix with `npm run analyze && npm run localize`.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = process.cwd();
const scratch = mkdtempSync(join(tmpdir(), 'wrapup-generated-'));
const problems = [];

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function compare(path) {
  const committed = readFileSync(join(root, path), 'utf8');
  const fresh = readFileSync(join(scratch, path), 'utf8');
  if (committed !== fresh) problems.push(`${path} is stale`);
}

try {
  for (const path of ['src', 'locales', 'messages.json', 'lit-localize.json', 'tsconfig.json', 'custom-elements-manifest.config.mjs', 'package.json']) {
    cpSync(join(root, path), join(scratch, path), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'), 'dir');
  const run = (command, args) =>
    execFileSync(join(root, 'node_modules', '.bin', command), args, { cwd: scratch, stdio: 'pipe', encoding: 'utf8' });

  run('cem', ['analyze']);
  compare('custom-elements.json');
  try {
    execFileSync('node', [join(root, 'scripts', 'editor-data.mjs'), '--check'], { cwd: root, stdio: 'pipe' });
  } catch {
    problems.push('editors/ or types/ (editor data, JSX and Vue types) are stale');
  }
  try {
    execFileSync('node', [join(root, 'scripts', 'readme-api.mjs'), '--check'], { cwd: root, stdio: 'pipe' });
  } catch {
    problems.push('README.md API tables are stale');
  }

  run('lit-localize', ['extract']);
  const build = run('lit-localize', ['build']);
  const locales = readdirSync(join(root, 'locales')).filter((file) => file.endsWith('.xlf'));
  for (const file of locales) compare(`locales/${file}`);
  execFileSync('node', [join(root, 'scripts', 'messages.mjs')], { cwd: scratch, stdio: 'pipe' });
  compare('messages.json');
  for (const file of files(join(scratch, 'src', 'generated'))) compare(relative(scratch, file));
  for (const line of build.split('\n').filter((line) => / is missing/.test(line))) {
    problems.push(`untranslated: ${line.trim()}`);
  }
  for (const file of locales) {
    const xliff = readFileSync(join(root, 'locales', file), 'utf8');
    for (const [, id, body] of xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
      if (!/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(body)) problems.push(`untranslated: ${id} has no <target> in locales/${file}`);
      // The run time has no id hashing (src/i18n/localization.ts): every msg() needs an id.
      if (/^[sh][0-9a-f]{16}$/.test(id)) problems.push(`msg() without an id: ${id}; give it { id: '…' }`);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

if (problems.length > 0) {
  console.error(`Generated files are not up to date:\n  - ${[...new Set(problems)].join('\n  - ')}`);
  console.error('Run `npm run analyze && npm run localize`, translate new strings in every locales/*.xlf, and commit.');
  process.exit(1);
}
console.log(`custom-elements.json, editors/, types/, messages.json, locales/*.xlf and src/generated are up to date; every string is translated.`);
