// Every relative link of README.md and docs/*.md leads somewhere: the file exists, and an
// anchor names a heading of that page (GitHub's slugs), so moving a section breaks `npm test`.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, it } from 'node:test';

const pages = ['README.md', 'src/README.md', 'CHANGELOG.md', ...readdirSync('docs').filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

const anchorsOf = (file) => new Set([...readFileSync(file, 'utf8').matchAll(/^#{1,6}\s+(.+)$/gm)].map(([, heading]) => slug(heading)));

describe('documentation links', () => {
  for (const page of pages) {
    it(`${page}: every relative link and anchor resolves`, () => {
      const text = readFileSync(page, 'utf8').replace(/```[\s\S]*?```/g, '');
      const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map(([, target]) => target).filter((target) => !/^[a-z]+:/.test(target));
      for (const link of links) {
        const [path, anchor] = link.split('#');
        const file = path ? normalize(join(dirname(page), path)) : page;
        assert.ok(existsSync(file), `${page} links to ${link}: no ${file}`);
        if (anchor && file.endsWith('.md')) assert.ok(anchorsOf(file).has(anchor), `${page} links to ${link}: no heading #${anchor} in ${file}`);
      }
    });
  }
});
