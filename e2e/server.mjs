// A local host for the end-to-end tests: serves the built files and the test pages, and the
// recording contact-center endpoint of test/support/wrapup-endpoint.mjs. Loopback only.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEndpoint } from '../test/support/wrapup-endpoint.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const types = { '.js': 'text/javascript', '.html': 'text/html', '.map': 'application/json', '.css': 'text/css', '.png': 'image/png' };

/** Starts the server on a free port; resolves with its origin and a `close()`. */
export async function startServer({ headers = {} } = {}) {
  const endpoint = createEndpoint();
  const server = createServer(async (req, res) => {
    if (await endpoint(req, res)) return;
    if (req.url === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    if (!/^\/(dist|demo-dist|e2e\/pages)\//.test(path)) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(join(root, path));
      res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-store', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    /** The requests the endpoint received for one interaction. */
    async requestsFor(interactionId) {
      const { requests } = await (await fetch(`${origin}/api/_requests`)).json();
      return requests.filter((request) => request.url.includes(`/interactions/${encodeURIComponent(interactionId)}/`));
    },
    async plan(plan) {
      await fetch(`${origin}/api/_plan`, { method: 'POST', body: JSON.stringify(plan) });
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
