// Server rendering: the built package imports where there is no DOM (Node, as in Next.js,
// Astro or Lit SSR), and <wrapup-timer> renders its text on the server with @lit-labs/ssr.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

describe('on a server, without a DOM', () => {
  it('imports the package without throwing', async () => {
    const api = await import('../dist/index.js');
    assert.equal(typeof api.WrapupDialog, 'function');
    assert.equal(typeof api.clock.now(), 'number');
  });

  it('renders <wrapup-timer> with its digits and accessible name', async () => {
    await import('../dist/index.js');
    const since = Date.now() - 65_000;
    const markup = await collectResult(render(html`<wrapup-timer since=${since}></wrapup-timer>`));
    assert.match(markup, /<template shadowroot(mode)?="open"/);
    assert.match(markup, /role="timer"/);
    assert.match(markup, /aria-label="Wrap-up time 1 minute, [56] seconds"/);
    assert.match(markup, />1:0[56]</);
  });

  it('renders a <wrapup-dialog> without touching the DOM: an empty shadow root, its view comes in the browser', async () => {
    await import('../dist/index.js');
    const markup = await collectResult(render(html`<wrapup-dialog interaction-id="ssr" auto-wrapup="30" open></wrapup-dialog>`));
    assert.match(markup, /<wrapup-dialog[^>]* interaction-id="ssr"[^>]*><template shadowroot(mode)?="open"/);
    assert.doesNotMatch(markup, /<dialog/);
  });
});
