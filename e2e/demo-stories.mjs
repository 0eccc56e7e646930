// The ids of the demo's stories, read from demo/stories.ts so the test follows the demo (the
// platform stories are made from a list of [platform, title, summary]).
import { readFileSync } from 'node:fs';

const source = readFileSync(new URL('../demo/stories.ts', import.meta.url), 'utf8');
const platforms = [...source.matchAll(/^\s+\['([a-z-]+)', '[^']+', /gm)].map((match) => `platform-${match[1]}`);
export const stories = [...source.matchAll(/^\s+(?:dialog\('|id: ')([a-z0-9-]+)'/gm)].map((match) => match[1]).concat(platforms);
