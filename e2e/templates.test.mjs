// The first hour, as pasted: the package packed as it would be published, installed from the
// tarball into fresh `npm create vite` projects (vanilla-ts and react-ts, with the templates'
// own strict settings), the README's samples pasted in as they are, and each project built
// with its own `npm run build` (tsc, then vite build). Needs the npm registry.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

/** The version of create-vite the templates come from: a new one is a deliberate change. */
const CREATE_VITE = 'create-vite@9.3.0';
const root = process.cwd();
// The README and the docs it links to: a sample may live in either.
const readme = ['README.md', 'docs/platforms.md'].map((file) => readFileSync(join(root, file), 'utf8')).join('\n');

/** The README's code block marked `<!-- sample: name … -->`, exactly as written there. */
function sample(name) {
  const match = new RegExp(`<!-- sample: ${name}\\b[^>]*-->\\n\`\`\`\\w+\\n([\\s\\S]*?)\`\`\``).exec(readme);
  assert.ok(match, `README.md or docs/platforms.md has a sample marked ${name}`);
  return match[1];
}

const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: 'pipe', encoding: 'utf8', env: { ...process.env, npm_config_legacy_peer_deps: 'false' } });

let scratch;
let tarball;
before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'wrapup-templates-'));
  run('npm', ['pack', '--pack-destination', scratch], root);
  tarball = join(scratch, readdirSync(scratch).find((file) => file.endsWith('.tgz')));
});
after(() => rmSync(scratch, { recursive: true, force: true }));

describe('the README samples in fresh Vite projects', { timeout: 15 * 60_000 }, () => {
  for (const [template, file] of [
    ['vanilla-ts', 'src/main.ts'],
    ['react-ts', 'src/App.tsx'],
  ]) {
    it(`${template}: ${file} from the README builds with the template's tsc and vite`, () => {
      run('npx', ['-y', CREATE_VITE, template, '--template', template, '--no-interactive'], scratch);
      const project = join(scratch, template);
      run('npm', ['install', '--no-audit', '--no-fund', tarball], project);
      writeFileSync(join(project, file), sample(template));
      try {
        run('npm', ['run', 'build'], project);
      } catch (error) {
        assert.fail(`npm run build failed in the ${template} project:\n${error.stdout}\n${error.stderr}`);
      }
      const built = readdirSync(join(project, 'dist', 'assets'));
      assert.ok(built.some((name) => name.endsWith('.js')), 'vite wrote the bundle');
    });
  }
});
