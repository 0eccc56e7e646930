// What the dialog does with input it cannot use: it says so, by field, and stays usable.
import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import { clock, type WrapupDialog } from '../src/index.js';
import { DialogHarness, scriptedFetch } from './support/dialog-harness.js';
import { nextInteraction, reasons } from './support/dialog-fixture.js';
import { validateReasons } from '../src/input/validation.js';

describe('<wrapup-dialog>', () => {
  beforeEach(() => localStorage.clear());

  describe('bad input', () => {
    let warn: sinon.SinonStub;
    beforeEach(() => {
      warn = sinon.stub(console, 'warn');
    });
    afterEach(() => warn.restore());

    async function withProblem(configure: (element: WrapupDialog) => void) {
      const errors: CustomEvent[] = [];
      const element = document.createElement('wrapup-dialog');
      element.addEventListener('wrapup-error', (event) => errors.push(event));
      element.interactionId = nextInteraction();
      element.reasons = reasons;
      element.defaultReason = 'other';
      element.submitUrl = '/api/wrapup';
      configure(element);
      element.open = true;
      document.body.append(element);
      await element.updateComplete;
      const ui = new DialogHarness(element);
      return {
        element,
        ui,
        /** The fields named by the wrap-up-errors so far (read it after what it should report). */
        get fields() {
          return errors.map((event) => event.detail.field);
        },
        remove: () => element.remove(),
      };
    }

    const cases: [string, (element: WrapupDialog) => void, string, RegExp][] = [
      ['reasons that are not a list', (e) => (e.reasons = 'billing' as never), 'reasons', /must be an array/],
      ['a reasons attribute that is not JSON', (e) => e.setAttribute('reasons', "[{id: 'a', name: 'A'}]"), 'reasons', /must be an array/],
      ['a reason without an id', (e) => (e.reasons = [{ name: 'No id' } as never, ...reasons]), 'reasons', /reason 1 has no id/],
      ['an id that is a number', (e) => (e.reasons = [{ id: 17, name: 'Seventeen' } as never, ...reasons]), 'reasons', /reason 1 has the id 17, a number: ids are strings/],
      ['a duplicate id', (e) => (e.reasons = [...reasons, { id: 'billing', name: 'Again' }]), 'reasons', /repeats the id "billing"/],
      ['a name that is not a string', (e) => (e.reasons = [{ id: 'x', name: 42 } as never]), 'reasons', /has no name/],
      ['a huge name', (e) => (e.reasons = [...reasons, { id: 'huge', name: 'x'.repeat(10_000) }]), 'reasons', /longer than 200/],
      ['a default that is not in the list', (e) => (e.defaultReason = 'missing'), 'default-reason', /"missing" is not one of the reasons/],
      ['a negative duration', (e) => (e.autoWrapup = -5), 'auto-wrapup', /must not be negative/],
      ['a non-numeric duration', (e) => (e.autoWrapup = 'soon'), 'auto-wrapup', /must be a number/],
      ['a huge duration', (e) => (e.autoWrapup = 1e12), 'auto-wrapup', /at most 86400/],
      ['a non-numeric extension', (e) => (e.extendSeconds = 'NaN'), 'extend-seconds', /must be a number/],
      ['an unparseable date', (e) => (e.endedAt = 'last tuesday'), 'ended-at', /ISO 8601/],
      ['an end in epoch seconds', (e) => (e.endedAt = Math.floor(Date.now() / 1000) - 30), 'ended-at', /must be epoch milliseconds; "\d+" is in seconds/],
      ['a server time in epoch seconds', (e) => (e.serverTime = String(Math.floor(Date.now() / 1000))), 'server-time', /must be epoch milliseconds; "\d+" is in seconds/],
      ['a submit URL that is not http', (e) => (e.submitUrl = 'javascript:alert(1)'), 'submit-url', /http\(s\) URL/],
      ['an unknown channel', (e) => (e.channel = 'fax' as never), 'channel', /one of voice, chat, email, social/],
    ];

    for (const [what, configure, field, message] of cases) {
      it(`shows and reports ${what}`, async () => {
        const { ui, fields, remove } = await withProblem(configure);
        try {
          expect(fields).to.include(field);
          expect(ui.message).to.match(message);
        } finally {
          remove();
        }
      });
    }

    it('keeps the valid reasons when some are malformed, and never posts an id not in the list', async () => {
      const server = scriptedFetch(200);
      const submits: Event[] = [];
      const { ui, element, remove } = await withProblem((e) => {
        e.reasons = [{ id: '', name: 'Empty id' }, { id: 'ok', name: 'Fine' }, null as never];
        e.fetch = server.fetch;
        e.addEventListener('wrapup-submit', (event) => submits.push(event));
      });
      try {
        expect(ui.optionNames).to.deep.equal(['Fine']);
        ui.options[0]!.click();
        await element.updateComplete;
        // The chosen reason leaves the list before the agent submits.
        element.reasons = [{ id: 'other', name: 'Other' }];
        await element.updateComplete;
        expect(ui.submitButton.disabled).to.equal(true);
        element.submit();
        // A submission would have fired wrapup-submit in the same task.
        expect(submits).to.have.length(0);
        expect(server.requests).to.have.length(0);
      } finally {
        remove();
      }
    });

    it('sends nothing for an end in epoch seconds, and counts from the open', async () => {
      const server = scriptedFetch(200);
      const before = Date.now();
      const errors: string[] = [];
      const element = document.createElement('wrapup-dialog');
      element.addEventListener('wrapup-error', (event) => errors.push(String(event.detail.field)));
      Object.assign(element, { interactionId: nextInteraction(), reasons, defaultReason: 'other', submitUrl: '/api/wrapup', fetch: server.fetch, autoWrapup: 30 });
      // Read as milliseconds, a moment in January 1970: a deadline decades past would send the
      // default reason at once, with the dialog still closed.
      element.endedAt = Math.floor(before / 1000);
      document.body.append(element);
      try {
        await waitUntil(() => errors.length > 0 || server.requests.length > 0, 'a problem reported, or a POST', { timeout: 5000 });
        expect(server.requests, 'no POST').to.have.length(0);
        expect(errors).to.deep.equal(['ended-at']);
        element.open = true;
        await element.updateComplete;
        // (The page clock may stand a millisecond or so off `Date.now()`: the point is now, not 1970.)
        expect(element.endedAtTime, 'counted from the open').to.be.closeTo(Date.now(), 5000);
        expect(element.deadline! - element.endedAtTime!).to.equal(30_000);
        expect(server.requests).to.have.length(0);
      } finally {
        element.remove();
      }
    });

    it('keeps the page clock when server-time is in epoch seconds', async () => {
      const { remove } = await withProblem((e) => (e.serverTime = String(Math.floor(Date.now() / 1000))));
      try {
        expect(Math.abs(clock.now() - Date.now())).to.be.below(1000);
      } finally {
        remove();
      }
    });

    it('refuses to submit without an interaction id, and says so', async () => {
      const server = scriptedFetch(200);
      const problem = await withProblem((e) => {
        e.interactionId = undefined;
        e.fetch = server.fetch;
      });
      const { element, ui, remove } = problem;
      try {
        expect(problem.fields).to.deep.equal([]); // nothing to report until it is submitted
        ui.options[0]!.click();
        await element.updateComplete;
        ui.submitButton.click();
        await element.updateComplete;
        await waitUntil(() => ui.message.includes('no interaction id'), 'the message', { timeout: 5000 });
        expect(server.requests).to.have.length(0);
        expect(problem.fields).to.deep.equal(['interaction-id']);
      } finally {
        remove();
      }
    });

    it('renders HTML, right-to-left overrides and zero-width characters in names as inert text', async () => {
      const hostile = [
        { id: 'html', name: '<img src=x onerror="window.__pwned=1">Bold <b>claim</b>' },
        { id: 'rtl', name: '\u202Egnp.exe' },
        { id: 'zw', name: 'Zero\u200Bwidth' },
      ];
      const { ui, element, remove } = await withProblem((e) => {
        e.reasons = hostile;
        e.defaultReason = 'html';
      });
      try {
        expect(ui.optionNames).to.deep.equal(hostile.map((reason) => reason.name));
        expect(element.shadowRoot!.querySelector('[role="listbox"] img, [role="listbox"] b')).to.equal(null);
        expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
        expect(ui.options.every((option) => option.querySelector('bdi'))).to.equal(true);
        await ui.type('zerowidth');
        expect(ui.optionNames).to.deep.equal(['Zero\u200Bwidth']);
      } finally {
        remove();
      }
    });
  });

  describe('a list given in the task that opens it', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({ id: `r${i}`, name: `Reason ${i}`, group: `Group ${i % 40}` }));
    let element: WrapupDialog;
    afterEach(() => element.remove());

    /** Opens a dialog with `list` in one task, its view already here; resolves in the frame that shows it first. */
    async function openWith(list: unknown[], errors: CustomEvent[] = []): Promise<DialogHarness> {
      const warm = Object.assign(document.createElement('wrapup-dialog'), { reasons, open: true });
      document.body.append(warm);
      await warm.updateComplete;
      warm.remove();
      element = document.createElement('wrapup-dialog');
      element.addEventListener('wrapup-error', (event) => errors.push(event));
      Object.assign(element, { interactionId: nextInteraction(), reasons: list, open: true });
      document.body.append(element);
      await new Promise(requestAnimationFrame);
      return new DialogHarness(element);
    }

    it('shows it as given in the first frame, and checks it right after (updateComplete waits for that)', async () => {
      const errors: CustomEvent[] = [];
      const warn = sinon.stub(console, 'warn');
      try {
        const ui = await openWith([...many, { id: 'r0', name: 'Again' }], errors);
        const firstFrame = { setSize: ui.options[0]?.getAttribute('aria-setsize'), errors: errors.length };
        await element.updateComplete;
        expect(firstFrame, 'the repeated id counted, nothing reported yet').to.deep.equal({ setSize: '10001', errors: 0 });
        expect(ui.options[0]!.getAttribute('aria-setsize')).to.equal('10000');
        expect(errors.map((event) => event.detail.field)).to.deep.equal(['reasons']);
        expect(ui.message).to.match(/repeats the id "r0"/);
      } finally {
        warn.restore();
      }
    });

    it('keeps what the agent did in the first frames when the check changes nothing', async () => {
      const ui = await openWith(many);
      ui.search.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
      await element.updateComplete;
      expect(ui.activeOption?.textContent?.trim()).to.equal('Reason 0');
    });
  });
});

describe('validateReasons()', () => {
  it("keeps a reason with nothing to leave out as the host's own object, and copies one without what is left out", () => {
    const clean = { id: 'billing', name: 'Billing question', group: ['Billing', 'Invoices'], code: 'B-1' };
    const blankGroup = { id: 'other', name: 'Other', group: ' ', description: 'Anything else' };
    const { index, problems } = validateReasons([clean, blankGroup]);
    const { reasons } = index;
    expect(problems).to.deep.equal([]);
    expect(reasons[0]).to.equal(clean); // (the same object: no copy per reason)
    expect(reasons[1]).to.deep.equal({ id: 'other', name: 'Other', description: 'Anything else' });
    expect(blankGroup.group, "the host's object untouched").to.equal(' ');
    expect(index.get('other')).to.equal(reasons[1]);
  });
});
