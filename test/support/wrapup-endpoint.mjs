// A stand-in contact-center endpoint for end-to-end tests: records every request, answers from
// a plan that tests set (fail the next N with a status, add latency, send Retry-After), and
// honours Idempotency-Key the way a real server must (a replay of a completed key answers the
// stored result and completes nothing twice).
//
//   POST /api/interactions/:id/wrapup   the wrap-up POST
//   POST /api/_plan                     { fail?: number, status?: number, retryAfter?: string, delayMs?: number }
//   GET  /api/_requests                 what was received
//   POST /api/_reset                    forget everything

export function createEndpoint() {
  let requests = [];
  let completions = new Map(); // idempotency key → interaction id
  let plan = { fail: 0, status: 503, delayMs: 0 };

  const readBody = (req) =>
    new Promise((resolve) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => resolve(body));
    });

  const send = (res, status, body, headers = {}) => {
    res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers });
    res.end(body === undefined ? '' : JSON.stringify(body));
  };

  /** Handles the request if it is the endpoint's; returns false otherwise. */
  return async function handle(req, res) {
    const url = new URL(req.url, 'http://localhost');
    if (!url.pathname.startsWith('/api/')) return false;
    const text = req.method === 'POST' ? await readBody(req) : '';
    if (url.pathname === '/api/_requests') return send(res, 200, { requests, completions: completions.size }), true;
    if (url.pathname === '/api/_reset') {
      requests = [];
      completions = new Map();
      plan = { fail: 0, status: 503, delayMs: 0 };
      return send(res, 204), true;
    }
    if (url.pathname === '/api/_plan') {
      plan = { fail: 0, status: 503, delayMs: 0, ...JSON.parse(text || '{}') };
      return send(res, 204), true;
    }
    const match = url.pathname.match(/^\/api\/interactions\/([^/]+)\/wrapup$/);
    if (!match || req.method !== 'POST') return send(res, 404, { error: 'not found' }), true;
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
    const key = req.headers['idempotency-key'];
    requests.push({ method: req.method, url: req.url, headers: req.headers, body, at: Date.now() });
    if (plan.delayMs) await new Promise((resolve) => setTimeout(resolve, plan.delayMs));
    if (plan.fail > 0) {
      plan.fail -= 1;
      return send(res, plan.status, { error: 'planned failure' }, plan.retryAfter ? { 'Retry-After': plan.retryAfter } : {}), true;
    }
    const replay = completions.has(key);
    completions.set(key, decodeURIComponent(match[1]));
    return send(res, 200, { ok: true, replay }), true;
  };
}
