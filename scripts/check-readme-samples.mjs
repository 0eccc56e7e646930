// Type-checks the README's TypeScript and JavaScript samples against the package's source, so a
// renamed property or event breaks `npm test` rather than a host developer's copy-paste. The
// names a sample leaves to the host (its reasons, token, SDK, dialog) are declared first. The
// samples marked for a fresh Vite project are also built there, as pasted (e2e/templates.test.mjs).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The README and every page of docs/.
const readme = ['README.md', ...readdirSync('docs').filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)]
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
const samples = [...readme.matchAll(/```(ts|js)\n([\s\S]*?)```/g)].map(([, , code]) => code);
const dir = mkdtempSync(join(process.cwd(), '.readme-samples-'));
try {
  samples.forEach((code, i) => {
    const body = code.replace(/from 'wrapup-elements'/g, "from '../src/index.js'").replace(/^import 'wrapup-elements';/m, "import '../src/index.js';");
    const preamble = [
      "import type { WrapupReason as __Reason, WrapupDialog as __Dialog } from '../src/index.js';",
      /\bconst reasons\b/.test(body) ? '' : 'declare const reasons: __Reason[];',
      /\bconst token\b/.test(body) ? '' : 'declare const token: string;',
      'declare const socket: WebSocket; // a notification channel',
      /\b(const|let) webex\b/.test(body) ? '' : "declare const webex: { cc: import('@webex/contact-center').ContactCenter };",
      /\b(const|let) dialog\b/.test(body) ? '' : 'declare const dialog: __Dialog;',
      'declare const mySdk: { wrapUp(interactionId: string, reasonId: string): Promise<void> };',
    ].join('\n');
    writeFileSync(join(dir, `sample-${i}.ts`), `${preamble}\n${body}\nexport {};\n`);
  });
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ extends: '../tsconfig.json', compilerOptions: { noUnusedLocals: false, noEmit: true }, include: ['*.ts'] }),
  );
  execFileSync('npx', ['tsc', '-p', join(dir, 'tsconfig.json')], { stdio: 'inherit' });
  console.log(`${samples.length} code samples of README.md and docs/ type-check.`);
} catch {
  console.error('A README code sample does not type-check against the source (see above).');
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
