// What editors and typed templates read, generated from custom-elements.json by the
// maintained cem-tools generators (part of `npm run analyze`):
//   editors/vscode.html-custom-data.json, editors/vscode.css-custom-data.json  VS Code
//   editors/web-types.json                                                    JetBrains IDEs
//   types/jsx.d.ts                                                            React 19 JSX
//   types/vue.d.ts                                                            Vue templates
// `--check` regenerates into a scratch folder and fails when a committed file differs.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

export const outputs = [
  'editors/vscode.html-custom-data.json',
  'editors/vscode.css-custom-data.json',
  'editors/web-types.json',
  'types/jsx.d.ts',
  'types/vue.d.ts',
];

/**
 * The manifest as a template may use it: read-only members (`state`, `deadline`, …) are left
 * out, since a framework that sets them as properties would throw.
 */
function settableOnly(manifest) {
  const copy = structuredClone(manifest);
  for (const module of copy.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.members) declaration.members = declaration.members.filter((member) => !member.readonly);
    }
  }
  return copy;
}

/**
 * The type generators import each event class once per element that fires it, and type a
 * handler's argument as `CustomEvent<SomeEvent>`; our events are classes of their own, so
 * the argument is `SomeEvent` itself.
 */
function tidyTypes(path) {
  let text = readFileSync(path, 'utf8');
  text = text.replace(/import type \{([^}]*)\} from "wrapup-elements";/, (_, names) => {
    const unique = [...new Set(names.split(',').map((name) => name.trim()).filter(Boolean))];
    return `import type {\n${unique.map((name) => `  ${name},`).join('\n')}\n} from "wrapup-elements";`;
  });
  text = text.replace(/CustomEvent<(Wrapup\w+Event)>/g, '$1');
  writeFileSync(path, text);
}

export function generate(outdir) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const quiet = { hideLogs: true };
  generateVsCodeCustomElementData(manifest, {
    ...quiet,
    outdir: join(outdir, 'editors'),
    htmlFileName: 'vscode.html-custom-data.json',
    cssFileName: 'vscode.css-custom-data.json',
  });
  generateJetBrainsWebTypes(manifest, { ...quiet, outdir: join(outdir, 'editors'), webTypesFileName: 'web-types.json', packageJson: false });
  const types = { ...quiet, outdir: join(outdir, 'types'), globalTypePath: 'wrapup-elements' };
  generateJsxTypes(settableOnly(manifest), { ...types, fileName: 'jsx.d.ts' });
  generateVuejsTypes(settableOnly(manifest), { ...types, fileName: 'vue.d.ts' });
  tidyTypes(join(outdir, 'types/jsx.d.ts'));
  tidyTypes(join(outdir, 'types/vue.d.ts'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--check')) {
    const scratch = mkdtempSync(join(tmpdir(), 'wrapup-editor-data-'));
    try {
      generate(scratch);
      const stale = outputs.filter((path) => {
        try {
          return readFileSync(path, 'utf8') !== readFileSync(join(scratch, path), 'utf8');
        } catch {
          return true;
        }
      });
      if (stale.length > 0) {
        console.error(`Stale: ${stale.join(', ')}. Run \`npm run analyze\` and commit.`);
        process.exit(1);
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  } else {
    generate('.');
  }
}
