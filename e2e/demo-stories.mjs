// The ids of the demo's stories, read from demo/stories.ts so the test follows the demo.
import { readFileSync } from 'node:fs';

const source = readFileSync(new URL('../demo/stories.ts', import.meta.url), 'utf8');
export const stories = [...source.matchAll(/^\s+(?:dialog\('|id: ')([a-z0-9-]+)'/gm)].map((match) => match[1]);
