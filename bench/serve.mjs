// The build `npm run bench` measures, and the server its pages are loaded from.
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
/** `path` inside the repository. */
export const at = (path) => join(root, path);

// ── build ─────────────────────────────────────────────────────────────────────────────────

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

export function buildIfStale() {
  let built = 0;
  try {
    built = statSync(at('dist/wrapup-elements.js')).mtimeMs;
  } catch {
    // not built yet
  }
  const sources = Math.max(...['src', 'locales', 'vite.config.ts', 'package.json'].map((path) => newest(at(path))));
  if (built > sources) return;
  console.log('dist/ is older than the sources: npm run build');
  execSync('npm run --silent build', { cwd: root, stdio: 'inherit' });
}

/** The peers' pages import npm packages: bundle them (the peers' code as published, minified). */
export async function bundlePeers() {
  await build({
    entryPoints: [at('bench/pages/vaadin.js'), at('bench/pages/idle-relative-time.js')],
    outdir: at('bench/.build'),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    logLevel: 'warning',
  });
}

// ── the page server ───────────────────────────────────────────────────────────────────────

const types = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css', '.map': 'application/json' };

export async function serve() {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path === '/favicon.ico') return res.writeHead(204).end();
    if (req.method === 'POST') return res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
    if (!/^\/(dist|bench\/pages|bench\/\.build)\//.test(path)) return res.writeHead(404).end();
    try {
      res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(at(path)));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
