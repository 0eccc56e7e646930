/**
 * A stand-in contact-center server that lives in the page: a `fetch` function injected through
 * the dialog's `fetch` property, exactly as a host plugs in its own (to add auth, or route
 * through its SDK). It records requests and fails on demand.
 */
export interface RecordedRequest {
  at: Date;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
  status: number | 'network error';
}

export interface ServerSettings {
  /** Fail this many of the next requests with `status`. */
  fail: number;
  status: number;
  /** `Retry-After` sent with failures, if any. */
  retryAfter: string;
  latencyMs: number;
  offline: boolean;
}

export class DemoServer extends EventTarget {
  readonly requests: RecordedRequest[] = [];
  settings: ServerSettings = { fail: 0, status: 503, retryAfter: '', latencyMs: 300, offline: false };
  readonly #completed = new Set<string>();

  /** The fetch to inject into `<wrapup-dialog>.fetch`. */
  readonly fetch = async (input: string, init: RequestInit): Promise<Response> => {
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    const request: RecordedRequest = { at: new Date(), method: init.method ?? 'GET', url: input, headers, body: String(init.body ?? ''), status: 'network error' };
    this.requests.unshift(request);
    this.#changed();
    await new Promise((resolve) => setTimeout(resolve, this.settings.latencyMs));
    if (this.settings.offline) {
      throw new TypeError('Failed to fetch (the demo server is offline)');
    }
    if (this.settings.fail > 0) {
      this.settings.fail -= 1;
      request.status = this.settings.status;
      this.#changed();
      const extra: Record<string, string> = this.settings.retryAfter ? { 'Retry-After': this.settings.retryAfter } : {};
      return new Response(JSON.stringify({ error: 'planned failure' }), { status: this.settings.status, headers: extra });
    }
    const key = headers['idempotency-key'] ?? '';
    const replay = this.#completed.has(key);
    this.#completed.add(key);
    request.status = 200;
    this.#changed();
    return new Response(JSON.stringify({ ok: true, replay }), { status: 200, headers: { 'Content-Type': 'application/json', Date: new Date().toUTCString() } });
  };

  update(settings: Partial<ServerSettings>): void {
    this.settings = { ...this.settings, ...settings };
    this.#changed();
  }

  #changed(): void {
    this.dispatchEvent(new Event('change'));
  }
}
