// The built files as a third-party host page loads them. Needs `npm run build` first (`npm test`
// builds before it runs the browser tests).
import { expect } from '@open-wc/testing';
import { openFrame, until, type Frame } from './support/frame.js';

const dropIn = '/dist/wrapup-elements.js';

function timerOf(frame: Frame) {
  const timer = frame.document.querySelector('wrapup-timer');
  const inner = () => timer?.shadowRoot?.querySelector('[role="timer"]');
  return {
    text: () => inner()?.textContent?.trim() ?? '',
    name: () => inner()?.getAttribute('aria-label') ?? '',
  };
}

describe('the drop-in file', () => {
  let frame: Frame | undefined;
  afterEach(() => frame?.remove());

  it('runs in a plain page with only a script tag, and the timer ticks', async () => {
    const since = Date.now() - 5000;
    frame = await openFrame(
      `<wrapup-timer since="${since}"></wrapup-timer><script type="module" src="${dropIn}"></script>`,
    );
    const timer = timerOf(frame);
    await until(() => timer.text() !== '', 'the timer to render');
    const first = timer.text();
    expect(first).to.match(/^0:0[5-6]$/);
    await until(() => timer.text() !== first, 'the next tick', 2500);
    expect(frame.errors).to.deep.equal([]);
  });

  it('keeps the first definition when loaded three times, with one warning in all and no error', async () => {
    frame = await openFrame(
      `<wrapup-timer since="${Date.now()}"></wrapup-timer>
       <script type="module" src="${dropIn}"></script>
       <script type="module" src="${dropIn}?second-copy"></script>
       <script type="module" src="${dropIn}?third-copy"></script>
       <script type="module">window.copiesLoaded = true;</script>`,
    );
    await until(() => timerOf(frame!).text() !== '', 'the timer to render');
    expect(frame.errors).to.deep.equal([]);
    // Module scripts run in document order: the last one runs after all three copies.
    await until(() => (frame!.window as Window & { copiesLoaded?: boolean }).copiesLoaded === true, 'the three copies to load', 15_000);
    // (The warning's words come with the diagnostics chunk.)
    const ours = () => frame!.warnings.filter((warning) => warning.includes('wrapup-elements:'));
    await until(() => ours().length > 0, 'the warning');
    await until(() => timerOf(frame!).text() !== '', 'a frame more');
    expect(ours()).to.have.length(1);
  });

  it('keeps the npm package\'s definitions when the drop-in loads after it, with one warning in all', async () => {
    frame = await openFrame(
      `<wrapup-timer since="${Date.now() - 2000}"></wrapup-timer>
       <script type="module">
         const { WrapupDialog, WrapupTimer } = await import('/dist/index.js');
         window.packageClasses = { WrapupDialog, WrapupTimer };
         await import('${dropIn}');
         window.dropInLoaded = true;
       </script>`,
    );
    const win = frame.window as typeof frame.window & { packageClasses?: Record<string, CustomElementConstructor>; dropInLoaded?: boolean };
    await until(() => win.dropInLoaded === true, 'both copies to load', 15_000);
    expect(win.customElements.get('wrapup-dialog')).to.equal(win.packageClasses!.WrapupDialog);
    expect(win.customElements.get('wrapup-timer')).to.equal(win.packageClasses!.WrapupTimer);
    const ours = () => frame!.warnings.filter((warning) => warning.includes('wrapup-elements:'));
    await until(() => ours().length > 0, 'the warning');
    expect(ours()).to.have.length(1);
    expect(ours()[0]).to.include('is already defined by another copy');
    await until(() => /^0:0\d$/.test(timerOf(frame!).text()), 'the timer to count');
    expect(frame.errors).to.deep.equal([]);
  });

  it('runs a second version under other tag names beside it, without a warning', async () => {
    frame = await openFrame(
      `<wrapup-timer since="${Date.now() - 5000}"></wrapup-timer>
       <v2-wrapup-timer since="${Date.now() - 65_000}"></v2-wrapup-timer>
       <v2-wrapup-dialog interaction-id="v2-side-by-side" auto-wrapup="600" default-reason="a" open>
         <option value="a">Answered</option>
       </v2-wrapup-dialog>
       <script type="module" src="${dropIn}"></script>
       <script type="module">
         import { defineWrapupElements } from '/dist/elements.js';
         defineWrapupElements({ dialog: 'v2-wrapup-dialog', timer: 'v2-wrapup-timer' });
       </script>`,
    );
    const { customElements } = frame.window;
    await until(() => customElements.get('v2-wrapup-dialog') !== undefined, 'the second version to register', 15_000);
    expect(customElements.get('v2-wrapup-dialog')).not.to.equal(customElements.get('wrapup-dialog'));
    expect(customElements.get('v2-wrapup-timer')).not.to.equal(customElements.get('wrapup-timer'));
    const v2Timer = frame.document.querySelector('v2-wrapup-timer')!;
    await until(() => /^1:0\d$/.test(v2Timer.shadowRoot?.querySelector('[role="timer"]')?.textContent?.trim() ?? ''), 'the renamed timer to count', 15_000);
    const dialogRoot = () => frame!.document.querySelector('v2-wrapup-dialog')!.shadowRoot;
    await until(() => dialogRoot()?.querySelectorAll('[role="timer"]').length === 2, 'the dialog to show its two counters');
    expect(dialogRoot()!.querySelector('[role="option"]')!.textContent).to.include('Answered');
    expect(timerOf(frame).text()).to.match(/^0:0\d$/);
    // (The test server hands the library Lit's development build, which announces itself.)
    expect(frame.warnings.filter((warning) => warning.includes('wrapup'))).to.deep.equal([]);
    expect(frame.errors).to.deep.equal([]);
  });

  it('speaks Slovenian beside a host that uses @lit/localize for its own strings', async () => {
    // The host configures its own @lit/localize first, as an app built with it would.
    frame = await openFrame(
      `<p id="host-text"></p>
       <wrapup-timer since="${Date.now() - 2000}"></wrapup-timer>
       <script type="module">
         import { configureLocalization, msg } from '/node_modules/@lit/localize/lit-localize.js';
         const { setLocale } = configureLocalization({
           sourceLocale: 'en',
           targetLocales: ['de'],
           loadLocale: async () => ({ templates: { greeting: 'Hallo' } }),
         });
         await setLocale('de');
         document.getElementById('host-text').textContent = msg('Hello', { id: 'greeting' });
         await import('${dropIn}');
       </script>`,
      { lang: 'sl' },
    );
    const timer = timerOf(frame);
    await until(() => timer.name().startsWith('Čas zaključka'), 'the Slovenian name');
    expect(frame.document.getElementById('host-text')!.textContent).to.equal('Hallo');
    expect(frame.errors).to.deep.equal([]);
  });
});

describe('the library build (Lit external)', () => {
  let frame: Frame | undefined;
  afterEach(() => frame?.remove());

  it('works beside a host that configured @lit/localize, and follows <html lang>', async () => {
    frame = await openFrame(
      `<p id="host-text"></p>
       <wrapup-timer since="${Date.now() - 3000}"></wrapup-timer>
       <script type="module">
         import { configureLocalization, msg } from '/node_modules/@lit/localize/lit-localize.js';
         configureLocalization({ sourceLocale: 'en', targetLocales: [], loadLocale: async () => ({}) });
         document.getElementById('host-text').textContent = msg('Hello');
         await import('/dist/index.js');
       </script>`,
    );
    const timer = timerOf(frame);
    await until(() => timer.name().startsWith('Wrap-up time'), 'the English name');
    frame.document.documentElement.lang = 'sl-SI';
    await until(() => timer.name().startsWith('Čas zaključka'), 'the Slovenian name after <html lang> changed');
    expect(frame.document.getElementById('host-text')!.textContent).to.equal('Hello');
    expect(frame.errors).to.deep.equal([]);
  });
});

/** Markup that writes the page's first `wrapup-complete` detail into `#log`, as JSON. */
const completionLog = `<output id="log"></output>
  <script>
    document.addEventListener('wrapup-complete', (event) => {
      document.getElementById('log').textContent = JSON.stringify(event.detail);
    });
  </script>`;

describe('the drop-in dialog, end to end', () => {
  let frame: Frame | undefined;
  afterEach(() => frame?.remove());

  it('takes declarative <option>s, POSTs to a real endpoint, and the page hears wrapup-complete', async () => {
    const id = `dropin-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    frame = await openFrame(
      `<wrapup-dialog interaction-id="${id}" submit-url="/api/interactions/{interactionId}/wrapup" open>
         <optgroup label="Billing"><option value="billing">Billing question</option></optgroup>
         <option value="other">Other</option>
       </wrapup-dialog>
       ${completionLog}
       <script type="module" src="${dropIn}"></script>`,
    );
    const dialog = frame.document.querySelector('wrapup-dialog')!;
    await until(() => (dialog.shadowRoot?.querySelectorAll('[role="option"]').length ?? 0) === 2, 'two options');
    const billing = [...dialog.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')].find((option) =>
      option.textContent!.includes('Billing'),
    )!;
    billing.click();
    await until(() => !dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit-button"]')!.disabled, 'submit enabled');
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit-button"]')!.click();
    const log = frame.document.getElementById('log')!;
    await until(() => log.textContent !== '', 'wrapup-complete in the page');
    const detail = JSON.parse(log.textContent!);
    expect(detail).to.include({ status: 200, attempts: 1 });
    expect(detail.wrapup).to.include({ interactionId: id, reasonId: 'billing', reasonName: 'Billing question', auto: false });
    const { requests } = await (await fetch('/api/_requests')).json();
    const mine = requests.filter((request: { url: string }) => request.url.includes(encodeURIComponent(id)));
    expect(mine).to.have.length(1);
    expect(mine[0].headers['content-type']).to.equal('application/json');
    expect(mine[0].headers['idempotency-key']).to.match(/^[0-9a-f-]{36}$/);
    expect(frame.errors).to.deep.equal([]);
  });
});

describe('the drop-in and its sibling chunks', () => {
  let frame: Frame | undefined;
  afterEach(() => frame?.remove());

  const fetched = (frame: Frame, chunk: string) =>
    frame.window.performance.getEntriesByType('resource').some((entry) => entry.name.includes(`/wrapup-elements.${chunk}-`));

  it("fetches the dialog's view once the page is idle, before any dialog needs it", async () => {
    frame = await openFrame(`<wrapup-timer since="${Date.now()}"></wrapup-timer><script type="module" src="${dropIn}?prefetch"></script>`);
    await until(() => timerOf(frame!).text() !== '', 'the timer to render');
    await until(() => fetched(frame!, 'modal'), 'the view chunk to be fetched', 10_000);
    expect(frame.document.querySelector('wrapup-dialog')).to.equal(null);
    expect(frame.errors).to.deep.equal([]);
  });

  it("sends the auto wrap-up at its deadline when the dialog's view never arrives (a stalled CDN)", async () => {
    const id = `stalled-view-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    frame = await openFrame(
      `<wrapup-dialog interaction-id="${id}" submit-url="/api/interactions/{interactionId}/wrapup" auto-wrapup="2" default-reason="other" open>
         <option value="other">Other</option>
       </wrapup-dialog>
       ${completionLog}
       <script>
         // After the frame's load: Firefox holds the load event until a pending import() ends.
         addEventListener('load', () => import('/stalled-view${dropIn}'));
       </script>`,
    );
    const log = frame.document.getElementById('log')!;
    await until(() => log.textContent !== '', 'wrapup-complete in the page', 10_000);
    const detail = JSON.parse(log.textContent!);
    expect(detail.wrapup).to.include({ interactionId: id, reasonId: 'other', auto: true });
    // Nothing was shown: the view is still on its way.
    expect(fetched(frame, 'modal')).to.equal(false);
    expect(frame.document.querySelector('wrapup-dialog')!.shadowRoot!.querySelector('dialog')).to.equal(null);
    const { requests } = await (await fetch('/api/_requests')).json();
    expect(requests.filter((request: { url: string }) => request.url.includes(encodeURIComponent(id)))).to.have.length(1);
    expect(frame.errors).to.deep.equal([]);
  });

  /** The drop-in from a CDN where the chunk `name` fails until healed; loaded after the frame's load. */
  const failing = (name: string, id: string) => ({
    script: `<script>addEventListener('load', () => import('/failing-${name}/${id}/dist/wrapup-elements.js'));</script>`,
    heal: () => fetch(`/failing-${name}/${id}/_heal`, { method: 'POST' }),
  });

  it("shows the dialog when its view chunk loads on a later try, after the CDN failed it", async function () {
    this.timeout(20_000);
    const id = `failing-view-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const cdn = failing('modal', id);
    frame = await openFrame(`<wrapup-dialog interaction-id="${id}" open><option value="other">Other</option></wrapup-dialog>${cdn.script}`);
    await until(() => fetched(frame!, 'modal'), 'a failed try of the view chunk', 10_000);
    const root = () => frame!.document.querySelector('wrapup-dialog')!.shadowRoot;
    expect(root()?.querySelector('dialog') ?? null).to.equal(null);
    await cdn.heal();
    // No online event: the next try comes a few seconds later on its own.
    await until(() => (root()?.querySelectorAll('[role="option"]').length ?? 0) === 1, 'the dialog after a later try', 12_000);
    expect(root()!.querySelector('dialog')!.open).to.equal(true);
  });

  it('sends a wrap-up when the submission chunk loads on a later try, after the CDN failed it while online', async function () {
    this.timeout(20_000);
    const id = `failing-send-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const cdn = failing('send', id);
    frame = await openFrame(
      `<wrapup-dialog interaction-id="${id}" submit-url="/api/interactions/{interactionId}/wrapup" open>
         <option value="other">Other</option>
       </wrapup-dialog>
       ${completionLog}
       ${cdn.script}`,
    );
    const dialog = frame.document.querySelector('wrapup-dialog')!;
    await until(() => dialog.shadowRoot?.querySelector('[role="option"]') != null, 'the dialog');
    dialog.shadowRoot!.querySelector<HTMLElement>('[role="option"]')!.click();
    await until(() => !dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit-button"]')!.disabled, 'submit enabled');
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit-button"]')!.click();
    await until(() => (dialog as HTMLElement & { state: string }).state === 'retrying', 'the submission to wait for its code', 10_000);
    await cdn.heal();
    const log = frame.document.getElementById('log')!;
    await until(() => log.textContent !== '', 'wrapup-complete after a later try', 12_000);
    expect(JSON.parse(log.textContent!).wrapup).to.include({ interactionId: id, reasonId: 'other' });
  });

  it("follows what another tab chose while the submission chunk could not be loaded, once it can", async function () {
    this.timeout(20_000);
    const id = `failing-follow-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const cdn = failing('send', id);
    frame = await openFrame(
      `<wrapup-dialog interaction-id="${id}" open>
         <option value="other">Other</option><option value="billing">Billing question</option>
       </wrapup-dialog>
       ${cdn.script}`,
    );
    const dialog = frame.document.querySelector('wrapup-dialog') as HTMLElement & { selectedReason?: { id: string } };
    await until(() => dialog.shadowRoot?.querySelector('[role="option"]') != null, 'the dialog');
    await until(() => fetched(frame!, 'send'), 'a failed try of the submission chunk', 10_000);
    const tries = () => frame!.window.performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/wrapup-elements.send-')).length;
    const before = tries();
    // Another tab of this origin chooses Billing: its storage event reaches this page.
    const key = `wrapup-elements:v1:${id}`;
    const stored = JSON.parse(frame.window.localStorage.getItem(key)!);
    const newValue = JSON.stringify({ ...stored, reasonId: 'billing', updatedAt: Date.now() });
    frame.window.localStorage.setItem(key, newValue);
    frame.window.dispatchEvent(new frame.window.StorageEvent('storage', { key, newValue }));
    await until(() => tries() > before, 'the event to try the chunk again, and fail');
    await cdn.heal();
    // No online event: the chunk is tried again a few seconds later on its own.
    await until(() => dialog.selectedReason?.id === 'billing', "the other tab's choice", 12_000);
  });
});

describe('the first open on a page that has just loaded', () => {
  let frame: Frame | undefined;
  afterEach(() => frame?.remove());

  /**
   * A desktop's own module: it is busy starting up for 300 ms (the page has no idle moment),
   * then, a frame later, creates a dialog, sets 10,000 reasons, appends and opens it in one task,
   * and counts the frames until the first options are in the list. It notes whether the dialog's
   * view had been fetched by then (today it is, as the drop-in loads; before, once the page was
   * idle, which this page never was, or at the open).
   */
  const host = `<script type="module" src="${dropIn}"></script>
    <script type="module">
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      const busyUntil = performance.now() + 300;
      while (performance.now() < busyUntil);
      await frame();
      window.viewFetched = performance.getEntriesByType('resource').some(({ name }) => name.includes('.modal-view-'));
      const reasons = Array.from({ length: 10000 }, (_, i) => ({ id: 'r' + i, name: 'Reason ' + i, group: 'Group ' + (i % 40) }));
      const dialog = document.createElement('wrapup-dialog');
      dialog.interactionId = 'first-open-' + Date.now();
      dialog.reasons = reasons;
      document.body.append(dialog);
      dialog.open = true;
      let frames = 0;
      do {
        await frame();
        frames += 1;
      } while (frames < 300 && !dialog.shadowRoot?.querySelector('[role="option"]'));
      window.firstOpenFrames = frames;
    </script>`;

  it('has its view fetched as the page loads, and shows the first of 10,000 reasons within two frames of open', async () => {
    frame = await openFrame(host);
    const page = frame.window as Window & { firstOpenFrames?: number; viewFetched?: boolean };
    await until(() => page.firstOpenFrames !== undefined, 'the first options', 10_000);
    expect(page.viewFetched, 'the view chunk, before the dialog was made').to.equal(true);
    expect(page.firstOpenFrames).to.be.at.most(2);
    expect(frame.errors).to.deep.equal([]);
  });
});
