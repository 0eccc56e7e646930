// Several wrap-ups at once: one dialog in front, the most urgent; the others wait.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import type { WrapupDialog, WrapupReason } from '../src/index.js';
import { FrontDesk, type Seat } from '../src/dialog/front-desk.js';
import { DialogHarness, scriptedFetch } from './support/dialog-harness.js';
import { T0, nextTask, useFakeTime } from './support/fake-time.js';

const reasons: WrapupReason[] = [
  { id: 'billing', name: 'Billing question' },
  { id: 'other', name: 'Other' },
];

const seat = (deadline: number | null | undefined, endedAtTime?: number): Seat & { updates: number } => ({
  deadline,
  endedAtTime,
  updates: 0,
  requestUpdate() {
    this.updates += 1;
  },
});

describe('FrontDesk', () => {
  it('puts the earliest deadline in front of those that open in the same task; none counts as latest', async () => {
    const desk = new FrontDesk();
    const [late, none, early] = [seat(T0 + 40_000), seat(undefined, T0), seat(T0 + 20_000)];
    desk.enter(late);
    desk.enter(none);
    desk.enter(early);
    await Promise.resolve();
    expect(desk.front).to.equal(early);
    expect(desk.waiting()).to.deep.equal([late, none]);
    expect(desk.nextDeadline()).to.equal(T0 + 40_000);
    desk.leave(late);
    expect(desk.nextDeadline()).to.equal(undefined); // (the one left waiting has none)
  });

  it('breaks a tie by the earliest end', async () => {
    const desk = new FrontDesk();
    const [later, sooner] = [seat(null, T0 + 5000), seat(null, T0)];
    desk.enter(later);
    desk.enter(sooner);
    await Promise.resolve();
    expect(desk.front).to.equal(sooner);
  });

  it('keeps the one in front when a more urgent one opens, and brings that forward when the place is free', async () => {
    const desk = new FrontDesk();
    const first = seat(T0 + 60_000);
    desk.enter(first);
    await Promise.resolve();
    const urgent = seat(T0 + 5000);
    desk.enter(urgent);
    await Promise.resolve();
    expect(desk.front).to.equal(first);
    desk.leave(first);
    await Promise.resolve();
    expect(desk.front).to.equal(urgent);
  });

  it('lets the agent switch to a waiting one', async () => {
    const desk = new FrontDesk();
    const [a, b] = [seat(T0 + 1000), seat(T0 + 2000)];
    desk.enter(a);
    desk.enter(b);
    await Promise.resolve();
    desk.bringForward(b);
    expect(desk.front).to.equal(b);
    expect(desk.waiting()).to.deep.equal([a]);
    expect(a.updates).to.be.above(0);
  });
});

describe('<wrapup-dialog>s open at once', () => {
  let fake: sinon.SinonFakeTimers;
  beforeEach(() => {
    localStorage.clear();
    fake = useFakeTime(T0);
  });
  afterEach(() => fake.restore());

  let interactions = 0;
  async function chats(...autoWrapups: number[]) {
    const server = scriptedFetch(200);
    const container = await fixture<HTMLElement>(html`<div>
      ${autoWrapups.map(
        (seconds, i) => html`<wrapup-dialog
          interaction-id=${`chat-${Date.now()}-${++interactions}`}
          channel="chat"
          subject=${`Chat ${i + 1}`}
          ended-at=${new Date(T0).toISOString()}
          auto-wrapup=${seconds}
          default-reason="other"
          submit-url="/x"
          .reasons=${reasons}
          .fetch=${server.fetch}
          open
        ></wrapup-dialog>`,
      )}
    </div>`);
    const dialogs = [...container.querySelectorAll('wrapup-dialog')];
    await Promise.all(dialogs.map((dialog) => dialog.updateComplete));
    return { dialogs, server, shown: () => dialogs.filter((dialog) => new DialogHarness(dialog).dialog.open) };
  }

  it('shows one modal, the most urgent, and says how many wait and when the next is due', async () => {
    const { dialogs, shown } = await chats(40, 20, 30);
    expect(shown()).to.deep.equal([dialogs[1]]);
    const front = dialogs[1]!.shadowRoot!;
    const waiting = front.querySelector('[part="waiting"]')!;
    expect(waiting.textContent!.replace(/\s+/g, ' ')).to.match(/2 more wrap-ups waiting · next auto wrap-up in 0:30/);
    expect([...waiting.querySelectorAll('button')].map((button) => button.textContent!.trim())).to.deep.equal([
      'Switch to Chat 3',
      'Switch to Chat 1',
    ]);
  });

  it('counts down to the next waiting one on its own seconds, not on those of the one in front', async () => {
    // The one in front ended at T0, the waiting one half a second later: its deadline is due at .5 s.
    await fake.tickAsync(600);
    const container = await fixture<HTMLElement>(html`<div>
      ${[0, 500].map(
        (offset) => html`<wrapup-dialog
          interaction-id=${`phase-${Math.random()}`}
          ended-at=${new Date(T0 + offset).toISOString()}
          auto-wrapup=${offset ? 40 : 20}
          default-reason="other"
          submit-url="/x"
          .reasons=${reasons}
          .fetch=${scriptedFetch(200).fetch}
          open
        ></wrapup-dialog>`,
      )}
    </div>`);
    const [front] = container.querySelectorAll('wrapup-dialog');
    await front!.updateComplete;
    const next = () => front!.shadowRoot!.querySelector('[part="waiting"]')!.textContent!.replace(/\s+/g, ' ');
    expect(next()).to.match(/next auto wrap-up in 0:40/); // 39.9 s left
    await fake.tickAsync(950); // T0 + 1550: 38.95 s left, though the one in front last ticked at T0 + 1000
    await front!.updateComplete;
    expect(next()).to.match(/next auto wrap-up in 0:39/);
  });

  it('switches to a waiting one by keyboard, keeping each one its choice, and moves focus with it', async () => {
    const { dialogs, shown } = await chats(20, 40);
    const [first, second] = dialogs as [WrapupDialog, WrapupDialog];
    new DialogHarness(first).options[0]!.click();
    await first.updateComplete;
    const button = first.shadowRoot!.querySelector<HTMLButtonElement>('[part="waiting"] button')!;
    button.focus();
    button.click();
    await Promise.all(dialogs.map((dialog) => dialog.updateComplete));
    expect(shown()).to.deep.equal([second]);
    expect(new DialogHarness(second).searchHasFocus).to.equal(true);
    // Back again: the first kept its choice.
    second.shadowRoot!.querySelector<HTMLButtonElement>('[part="waiting"] button')!.click();
    await Promise.all(dialogs.map((dialog) => dialog.updateComplete));
    expect(new DialogHarness(first).selectedNames).to.deep.equal(['Billing question']);
  });

  it('sends a waiting one at its deadline with its chosen reason, and the one in front says so', async () => {
    const { dialogs, server } = await chats(40, 20);
    const [front, waiting] = [dialogs[1]!, dialogs[0]!];
    front.shadowRoot!.querySelector<HTMLButtonElement>('[part="waiting"] button')!.click(); // to the 40 s one
    await Promise.all(dialogs.map((dialog) => dialog.updateComplete));
    await fake.tickAsync(20_000);
    for (let i = 0; i < 400 && front.state !== 'done'; i++) {
      await fake.tickAsync(0);
      await nextTask();
    }
    expect(front.state).to.equal('done');
    expect(server.requests.map((request) => request.body.auto)).to.deep.equal([true]);
    // (The counters' tick due at that instant may have been rescheduled as the waiting one
    // left, for a moment later: fake timers run a timer set for 0 ms during a tick 1 ms on.)
    await fake.tickAsync(10);
    await waiting.updateComplete;
    // (Its own warning falls in the same second: the two are said together, in either order.)
    expect(new DialogHarness(waiting).announcement).to.contain('Chat 2 was wrapped up automatically.').and.to.contain('Auto wrap-up in 20 seconds.');
  });

  it('sends every closed dialog whose ended-at is known at its deadline', async () => {
    const server = scriptedFetch(200);
    const dialogs = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        fixture<WrapupDialog>(html`<wrapup-dialog
          interaction-id=${`closed-${Date.now()}-${i}`}
          ended-at=${new Date(T0).toISOString()}
          auto-wrapup="3"
          default-reason="other"
          submit-url="/x"
          .reasons=${reasons}
          .fetch=${server.fetch}
        ></wrapup-dialog>`),
      ),
    );
    await fake.tickAsync(3000);
    // The sender loads and each takes its Web Lock in real time: let them, under fake time.
    for (let i = 0; i < 2000 && !dialogs.every((dialog) => dialog.state === 'done'); i++) {
      await fake.tickAsync(0);
      await nextTask();
    }
    expect(server.requests).to.have.length(10);
    expect(new Set(server.requests.map((request) => request.body.interactionId)).size).to.equal(10);
  });
});
