// Writes what a translator and a host's `registerLocale` start from, from the extracted XLIFF
// (`lit-localize extract` keeps it in step with the source) and locales/descriptions.json:
// - messages.json: every message id → { text, description, placeholders }, `text` in exactly
//   the form `registerLocale` takes (a string with `{name}` placeholders, or `{ one, other }`
//   for a string that depends on a number);
// - src/generated/messages.ts: the `WrapupMessages` type (every id, so a TypeScript host's
//   missing or misspelt id is an error) and the catalog the run time checks host strings by.
// Run by `npm run localize`; `npm test` fails when either is stale (scripts/check-generated.mjs).
import { readFileSync, writeFileSync } from 'node:fs';

const PLURAL = /^(.*)\.(zero|one|two|few|many|other)$/;
const xliff = readFileSync('locales/sl.xlf', 'utf8');
const descriptions = JSON.parse(readFileSync('locales/descriptions.json', 'utf8'));

/** The source text with `{name}` for each `${name}` expression, and the names in order. */
function sourceOf(xml) {
  const placeholders = [];
  const text = xml
    // (lit-localize puts expressions with only text between them into one <x>.)
    .replace(/<x id="\d+" equiv-text="([^"]*)"\/>/g, (_, equiv) =>
      equiv.replace(/\$\{([^}]*)\}/g, (__, expression) => {
        const name = expression.trim();
        if (!/^\w+$/.test(name)) throw new Error(`a placeholder must be a plain name, not \${${name}}: rename it in the source`);
        if (!placeholders.includes(name)) placeholders.push(name);
        return `{${name}}`;
      }),
    )
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
  return { text, placeholders };
}

/** The description of `id`: its own, or that of the longest prefix described. */
function describe(id) {
  const key = Object.keys(descriptions)
    .filter((prefix) => id === prefix || id.startsWith(prefix.endsWith('.') ? prefix : `${prefix}.`))
    .sort((a, b) => b.length - a.length)[0];
  if (!key) throw new Error(`locales/descriptions.json has no description for "${id}"`);
  return descriptions[key];
}

const messages = {};
for (const [, id, body] of xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
  const { text, placeholders } = sourceOf(/<source>([\s\S]*?)<\/source>/.exec(body)[1]);
  const plural = PLURAL.exec(id);
  if (plural) {
    const [, group, category] = plural;
    const entry = (messages[group] ??= { text: {}, description: describe(group), placeholders, plural: true });
    // English has "one" and "other"; the other categories' English is "other" again.
    if (category === 'one' || category === 'other') entry.text[category] = text;
  } else {
    messages[id] = { text, description: describe(id), placeholders };
  }
}

const sorted = Object.fromEntries(Object.entries(messages).sort(([a], [b]) => (a < b ? -1 : 1)));
const published = Object.fromEntries(Object.entries(sorted).map(([id, { text, description, placeholders }]) => [id, { text, description, placeholders }]));
writeFileSync('messages.json', `${JSON.stringify(published, null, 2)}\n`);

const quote = (text) => JSON.stringify(text);
const doc = (text) => text.replace(/\*\//g, '*\\/');
const types = Object.entries(sorted)
  .map(([id, { text, description, plural }]) => {
    const english = typeof text === 'string' ? text : `${text.one} / ${text.other}`;
    return `  /** ${doc(description)} English: ${doc(english)} */\n  ${quote(id)}: ${plural ? 'PluralForms | string' : 'string'};`;
  })
  .join('\n');
const catalog = Object.entries(sorted)
  .map(([id, { placeholders, plural }]) => `  ${quote(id)}: { placeholders: ${JSON.stringify(placeholders)}${plural ? ', plural: true' : ''} },`)
  .join('\n');
writeFileSync(
  'src/generated/messages.ts',
  `// Do not modify this file by hand! Re-generate it with \`npm run localize\` (scripts/messages.mjs).

/** The forms of a string that depends on a number, by \`Intl.PluralRules\` category; \`other\` is required. */
export interface PluralForms {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/**
 * Every string of the elements, by message id: what \`registerLocale\` takes for a language of
 * the host's own. Placeholders are \`{name}\`, the names listed in \`messages.json\`.
 */
export interface WrapupMessages {
${types}
}

/** Each message's placeholders, in the order of the source's values, and whether it has plural forms. */
export const catalog: Record<string, { placeholders: readonly string[]; plural?: true }> = {
${catalog}
};
`,
);
console.log(`messages.json and src/generated/messages.ts: ${Object.keys(sorted).length} messages.`);
