/** A page of its own inside the test page, for loading built files as a host page would. */
export interface Frame {
  window: Window & typeof globalThis;
  document: Document;
  /** Everything the page logged with console.warn / console.error, and its uncaught errors. */
  warnings: string[];
  errors: string[];
  remove(): void;
}

/**
 * Opens `body` in an iframe. `head` runs first, before any module script of the body, so the
 * frame's console can be watched from the start.
 */
export async function openFrame(body: string, { lang = 'en' } = {}): Promise<Frame> {
  const iframe = document.createElement('iframe');
  const watch = `<script>
    window.__warnings = []; window.__errors = [];
    for (const level of ['warn', 'error']) {
      const original = console[level].bind(console);
      console[level] = (...args) => { (level === 'warn' ? __warnings : __errors).push(args.join(' ')); original(...args); };
    }
    addEventListener('error', (event) => __errors.push(String(event.message)));
    addEventListener('unhandledrejection', (event) => __errors.push(String(event.reason)));
  </script>`;
  // srcdoc frames share the test page's origin and base URL, so /dist/… resolves on its server.
  iframe.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${watch}</head><body>${body}</body></html>`;
  document.body.append(iframe);
  await new Promise<void>((resolve) => {
    iframe.addEventListener('load', () => resolve(), { once: true });
  });
  const window = iframe.contentWindow as Window & typeof globalThis & { __warnings: string[]; __errors: string[] };
  return {
    window,
    document: iframe.contentDocument!,
    warnings: window.__warnings,
    errors: window.__errors,
    remove: () => iframe.remove(),
  };
}

/** Waits until `check` holds, polling on real timers. */
export async function until(check: () => boolean, what: string, timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
