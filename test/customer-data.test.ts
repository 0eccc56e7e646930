// Customer data at rest (issue 28): what the package leaves in the browser's storage while a
// wrap-up is under way, once it is done, after 12 hours, and after `clearWrapups()`; and that a
// note's text reaches no console line and no error.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import { clearWrapups, type WrapupDialog, type WrapupReason } from '../src/index.js';
import { PREFIX, store } from '../src/wrapup/store.js';
import { prune } from '../src/wrapup/send.js';
import { DialogHarness, scriptedFetch } from './support/dialog-harness.js';
import { T0, nextTask, useFakeTime } from './support/fake-time.js';
import { pasteNote } from './support/extras-fixture.js';

const NOTE = 'Card 4111 1111 1111 1111 exp 12/29';
const reasons: WrapupReason[] = [
  { id: 'complaint', name: 'Complaint about a card payment' },
  { id: 'other', name: 'Other' },
];
const HOUR = 3600_000;

let interactions = 0;
const nextInteraction = () => `at-rest-${Date.now()}-${++interactions}`;

async function mount(id: string, fetch = scriptedFetch(200).fetch, endedAt = T0) {
  const element = await fixture<WrapupDialog>(html`<wrapup-dialog
    interaction-id=${id}
    ended-at=${new Date(endedAt).toISOString()}
    submit-url="/api/{interactionId}/wrapup"
    notes="optional"
    recent="3"
    .reasons=${reasons}
    .fetch=${fetch}
    open
  ></wrapup-dialog>`);
  return { element, ui: new DialogHarness(element), root: element.shadowRoot! };
}

/** Every value the package keeps in `localStorage`, by key. */
const packageStorage = () =>
  Object.fromEntries(Object.keys(localStorage).filter((key) => key.startsWith('wrapup-elements:')).map((key) => [key, localStorage.getItem(key)!]));

describe('customer data at rest', () => {
  let fake: sinon.SinonFakeTimers;
  beforeEach(() => {
    localStorage.clear();
    fake = useFakeTime(T0);
  });
  afterEach(() => fake.restore());

  /** Runs timers and the browser's own work (locks, chunks) until `done` holds. */
  async function settleUntil(element: WrapupDialog, done: () => boolean) {
    for (let i = 0; i < 400 && !done(); i++) {
      await fake.tickAsync(0);
      await nextTask();
      await element.updateComplete;
    }
  }

  /** Chooses the complaint, types the note, lets it be stored (it is, after a pause) and submits. */
  async function wrapUp(id: string, server = scriptedFetch(200)) {
    const mounted = await mount(id, server.fetch);
    mounted.ui.options[0]!.click();
    await pasteNote(mounted.element, NOTE);
    await fake.tickAsync(400);
    expect(localStorage.getItem(PREFIX + id), 'kept for a reload while under way').to.contain(NOTE);
    mounted.ui.submitButton.click();
    await settleUntil(mounted.element, () => mounted.element.state === 'done');
    return { ...mounted, server };
  }

  it('keeps only the id, the key and when it was done once the wrap-up is accepted', async () => {
    const id = nextInteraction();
    const { element, server } = await wrapUp(id);
    expect(element.state).to.equal('done');
    expect(server.requests[0]!.body).to.include({ notes: NOTE, reasonName: 'Complaint about a card payment' });
    const values = Object.values(packageStorage()).join('\n');
    expect(values).to.not.contain(NOTE);
    expect(values).to.not.contain('Complaint about a card payment');
    const record = JSON.parse(localStorage.getItem(PREFIX + id)!);
    expect(Object.keys(record).sort()).to.deep.equal(['doneAt', 'idempotencyKey', 'interactionId']);
    expect(record.idempotencyKey).to.equal(server.requests[0]!.headers['idempotency-key']);
  });

  it('does not submit again after a reload once done, from the record that is left', async () => {
    const id = nextInteraction();
    const { server } = await wrapUp(id);
    fixtureCleanup();
    const again = await mount(id, server.fetch);
    await settleUntil(again.element, () => again.element.state === 'done');
    expect(again.element.state).to.equal('done');
    expect(again.element.open).to.equal(false);
    expect(server.requests).to.have.length(1);
  });

  it('drops an abandoned record’s note 12 hours after the interaction ended, and the record after 7 days', async () => {
    const id = nextInteraction();
    const { element, ui } = await mount(id);
    ui.options[0]!.click();
    await pasteNote(element, NOTE);
    await fake.tickAsync(400);
    fixtureCleanup(); // the agent walked away
    prune(store, T0 + 400, true); // as in the idle time after a wrap-up started in this page
    await fake.tickAsync(11 * HOUR);
    expect(localStorage.getItem(PREFIX + id), 'still kept at 11 hours').to.contain(NOTE);
    await fake.tickAsync(HOUR + 1000);
    const record = JSON.parse(localStorage.getItem(PREFIX + id)!);
    expect(record.notes).to.equal(undefined);
    expect(record).to.include({ interactionId: id, reasonId: 'complaint' });
    prune(store, T0 + 8 * 24 * HOUR);
    expect(localStorage.getItem(PREFIX + id)).to.equal(null);
  });

  it('shows no note from a record older than 12 hours, and stores none', async () => {
    const id = nextInteraction();
    const endedAt = T0 - 13 * HOUR;
    const old = { interactionId: id, endedAt, extensions: 0, cancelled: false, idempotencyKey: 'k', notes: NOTE, updatedAt: endedAt };
    localStorage.setItem(PREFIX + id, JSON.stringify(old));
    const { root } = await mount(id, scriptedFetch(200).fetch, endedAt);
    expect(root.querySelector('textarea')!.value).to.equal('');
    expect(localStorage.getItem(PREFIX + id)).to.not.contain(NOTE);
  });

  it('rewrites a done record an earlier version stored with its body', async () => {
    const id = nextInteraction();
    const wrapup = { interactionId: id, reasonId: 'complaint', reasonName: reasons[0]!.name, notes: NOTE };
    const old = { interactionId: id, endedAt: T0, extensions: 0, cancelled: false, idempotencyKey: 'k', notes: NOTE, wrapup, doneAt: T0, doneStatus: 200, updatedAt: T0 };
    localStorage.setItem(PREFIX + id, JSON.stringify(old));
    prune(store, T0 + HOUR);
    expect(JSON.parse(localStorage.getItem(PREFIX + id)!)).to.deep.equal({ interactionId: id, idempotencyKey: 'k', doneAt: T0 });
  });

  it('clearWrapups() empties the package’s storage; a wrap-up under way submits once, from memory', async () => {
    const other = nextInteraction();
    await wrapUp(other); // leaves a done record and a recent reason
    fixtureCleanup();
    const id = nextInteraction();
    const server = scriptedFetch(200);
    const { element, ui } = await mount(id, server.fetch);
    ui.options.find((option) => option.textContent!.includes('Other'))!.click();
    await pasteNote(element, NOTE);
    await fake.tickAsync(400);
    localStorage.setItem('host-own-key', 'kept');
    expect(Object.keys(packageStorage())).to.have.length.greaterThan(2);

    clearWrapups();
    expect(packageStorage()).to.deep.equal({});
    expect(localStorage.getItem('host-own-key')).to.equal('kept');

    await pasteNote(element, ' and more');
    await fake.tickAsync(400);
    ui.submitButton.click();
    await settleUntil(element, () => element.state === 'done');
    expect(server.requests).to.have.length(1);
    expect(server.requests[0]!.body).to.include({ reasonId: 'other', notes: `${NOTE} and more` });
    expect(packageStorage(), 'nothing of it written again').to.deep.equal({});
  });

  it('never puts the note into the console or an error', async () => {
    const logged = [sinon.spy(console, 'warn'), sinon.spy(console, 'error'), sinon.spy(console, 'log'), sinon.spy(console, 'info')];
    try {
      const id = nextInteraction();
      const server = scriptedFetch(500, 500, 500, 500, 500, 500, 500, 500, 500, 500);
      const { element, ui } = await mount(id, server.fetch);
      const errors: unknown[] = [];
      element.addEventListener('wrapup-error', (event) => errors.push(event.detail));
      ui.options[0]!.click();
      await pasteNote(element, NOTE);
      ui.submitButton.click();
      for (let i = 0; i < 200 && !errors.some((detail) => (detail as { final: boolean }).final); i++) {
        await fake.tickAsync(60_000);
        await nextTask();
      }
      expect(errors.length, 'the failures were reported').to.be.greaterThan(0);
      const said = JSON.stringify([
        errors.map((detail) => ({ ...(detail as object), message: (detail as { error: Error }).error.message })),
        logged.map((spy) => spy.args.map((args) => args.map(String))),
      ]);
      expect(said).to.not.contain('4111');
    } finally {
      logged.forEach((spy) => spy.restore());
    }
  });
});
