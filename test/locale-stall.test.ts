// A language chunk that never arrives (a stalled CDN) must not leave the agent without a
// dialog. Its own file: it replaces the Slovenian loader of this page.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { setLocale, type WrapupDialog } from '../src/index.js';
import { localeLoaders, LOCALE_WAIT_MS } from '../src/i18n/localization.js';
import { DialogHarness } from './support/dialog-harness.js';

describe('a locale chunk that stalls', () => {
  it('renders in English after a short wait, and switches when the chunk arrives', async () => {
    const real = localeLoaders.sl!;
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    localeLoaders.sl = () => arrived.then(real);
    const switched = setLocale('sl');
    const startedAt = performance.now();
    const element = await fixture<WrapupDialog>(html`<wrapup-dialog interaction-id="stall" open></wrapup-dialog>`);
    const ui = new DialogHarness(element);
    expect(ui.title).to.equal('Wrap-up reasons');
    expect(performance.now() - startedAt).to.be.at.least(LOCALE_WAIT_MS - 50);
    arrive();
    await switched;
    await waitUntil(() => ui.title === 'Razlogi za zaključek', 'the Slovenian title', { timeout: 5000 });
  });
});
