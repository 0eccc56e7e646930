// The Webex Contact Center JS SDK adapter against a stand-in of `webex.cc` and its tasks, shaped
// by (and type-checked against) @webex/contact-center's own ITask, TaskData and Profile.
import { expect, waitUntil } from '@open-wc/testing';
import type { ContactCenter, ITask, Profile, TaskData, WrapupPayLoad } from '@webex/contact-center';
import '../src/index.js';
import type { WrapupDialog } from '../src/index.js';
import { connectWebexContactCenter } from '../src/adapters/webex-sdk.js';
import { DialogHarness } from './support/dialog-harness.js';

type Listener = (...args: unknown[]) => void;

/** A minimal emitter, as the SDK's tasks and `cc` are. */
class Emitter {
  readonly listeners = new Map<string, Set<Listener>>();
  on(event: string, listener: Listener) {
    if (!this.listeners.has(event)) this.listeners.set(event, new Set());
    this.listeners.get(event)!.add(listener);
    return this;
  }
  off(event: string, listener: Listener) {
    this.listeners.get(event)?.delete(listener);
    return this;
  }
  emit(event: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

/** The parts of the SDK's Task the adapter uses. */
class FakeTask extends Emitter implements Pick<ITask, 'cancelAutoWrapupTimer' | 'updateTaskData'> {
  readonly wrapups: WrapupPayLoad[] = [];
  timerCancels = 0;
  /** The SDK's own auto wrap-up timer: armed while wrap-up is required, as `setupAutoWrapupTimer` does. */
  timerArmed = false;
  data: Pick<TaskData, 'interactionId' | 'wrapUpRequired'> & { interaction: { mediaType: string } };
  constructor(interactionId: string, mediaType = 'telephony') {
    super();
    this.data = { interactionId, wrapUpRequired: false, interaction: { mediaType } };
  }
  cancelAutoWrapupTimer() {
    this.timerCancels += 1;
    this.timerArmed = false;
  }
  /** As the SDK's TaskManager calls it on each task message: merges the data and re-arms the timer. */
  updateTaskData = (data: Partial<TaskData>) => {
    Object.assign(this.data, data);
    if (this.data.wrapUpRequired) this.timerArmed = true;
    return this as unknown as ITask;
  };
  /** The SDK's next answer is its task error (`.data`, no HTTP status), as `generateTaskErrorObject` makes it. */
  refuse: { errorType: string; reasonCode: number } | undefined;
  /** Answers like the SDK: the wrap-up, then `task:wrappedup`. */
  async wrapup(payload: WrapupPayLoad) {
    this.wrapups.push(payload);
    if (this.refuse) throw Object.assign(new Error(`${this.refuse.errorType}: refused`), { data: { ...this.refuse, message: 'refused', errorData: '', trackingId: 't-1' } });
    this.data.wrapUpRequired = false;
    this.emit('task:wrappedup', this);
    return {} as Awaited<ReturnType<ITask['wrapup']>>;
  }
  end() {
    this.updateTaskData({ wrapUpRequired: true });
    this.emit('task:end', this);
  }
  get task(): ITask {
    return this as unknown as ITask; // the SDK hands listeners its full Task
  }
}

const profile: Pick<Profile, 'wrapupCodes' | 'defaultWrapupCode' | 'wrapUpData'> = {
  wrapupCodes: [
    { id: 'aux-sale', name: 'Sale', isDefault: false, isSystem: false },
    { id: 'aux-info', name: 'Information', isDefault: true, isSystem: false },
  ],
  defaultWrapupCode: 'aux-info',
  wrapUpData: { wrapUpProps: { autoWrapup: true, autoWrapupInterval: 60_000, allowCancelAutoWrapup: true, wrapUpReasonList: [] } },
};

function setUp(given: typeof profile = profile, more: Partial<Parameters<typeof connectWebexContactCenter>[0]> = {}) {
  localStorage.clear();
  const cc = new Emitter();
  const container = document.createElement('div');
  document.body.append(container);
  const disconnect = connectWebexContactCenter({ cc: cc as unknown as ContactCenter, profile: given, container, ...more });
  const dialogs = () => [...container.querySelectorAll<WrapupDialog>('wrapup-dialog')];
  const incoming = (task: FakeTask, event = 'task:incoming') => cc.emit(event, task.task);
  return { cc, container, disconnect, dialogs, incoming };
}

describe('connectWebexContactCenter', () => {
  let env: ReturnType<typeof setUp>;
  afterEach(() => {
    env.disconnect();
    env.container.remove();
  });

  it("opens a dialog at task:end with the profile's codes and timer, cancels the SDK's timer, and wraps up through the task", async () => {
    env = setUp();
    const task = new FakeTask('int-1');
    env.incoming(task);
    expect(env.dialogs()).to.have.length(0);
    task.end();
    const [dialog] = env.dialogs();
    await dialog!.updateComplete;
    const ui = new DialogHarness(dialog!);
    expect(ui.optionNames).to.deep.equal(['Sale', 'Information']);
    expect(dialog!.defaultReason).to.equal('aux-info');
    expect(ui.countdown).to.match(/^(1:00|0:59)$/);
    expect(ui.extendButton, 'allowCancelAutoWrapup').not.to.equal(null);
    expect(task.timerCancels, 'one deadline: the dialog’s').to.equal(1);
    ui.options[0]!.click();
    await dialog!.updateComplete;
    dialog!.submit();
    await waitUntil(() => env.dialogs().length === 0, 'removed');
    expect(task.wrapups).to.deep.equal([{ wrapUpReason: 'Sale', auxCodeId: 'aux-sale' }]);
  });

  it('sends the default itself at the deadline, once', async () => {
    env = setUp({ ...profile, wrapUpData: { wrapUpProps: { autoWrapup: true, autoWrapupInterval: 1000, wrapUpReasonList: [] } } });
    const task = new FakeTask('int-2', 'chat');
    env.incoming(task);
    task.end();
    expect(env.dialogs()[0]!.channel).to.equal('chat');
    await waitUntil(() => task.wrapups.length > 0, 'the auto wrap-up', { timeout: 4000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(task.wrapups).to.deep.equal([{ wrapUpReason: 'Information', auxCodeId: 'aux-info' }]);
    expect(env.dialogs()).to.have.length(0);
  });

  it('removes the dialog when the task was wrapped up elsewhere, without a call', async () => {
    env = setUp();
    const task = new FakeTask('int-3');
    env.incoming(task);
    task.end();
    expect(env.dialogs()).to.have.length(1);
    task.emit('task:wrappedup', task);
    expect(env.dialogs()).to.have.length(0);
    expect(task.wrapups).to.have.length(0);
  });

  it('opens at once for a task hydrated after a reconnect that still waits for its wrap-up; none without wrapUpRequired', async () => {
    env = setUp();
    const waiting = new FakeTask('int-4');
    waiting.data.wrapUpRequired = true;
    env.incoming(waiting, 'task:hydrate');
    const quiet = new FakeTask('int-5');
    env.incoming(quiet);
    quiet.emit('task:end', quiet); // ended without wrap-up
    expect(env.dialogs().map((dialog) => dialog.interactionId)).to.deep.equal(['int-4']);
  });

  it('wraps up two tasks at once', async () => {
    env = setUp();
    const [a, b] = [new FakeTask('int-6', 'chat'), new FakeTask('int-7', 'email')];
    env.incoming(a);
    env.incoming(b);
    a.end();
    b.end();
    expect(env.dialogs()).to.have.length(2);
    for (const [task, option] of [[a, 0], [b, 1]] as const) {
      const dialog = env.dialogs().find((candidate) => candidate.interactionId === task.data.interactionId)!;
      await dialog.updateComplete;
      new DialogHarness(dialog).options[option]!.click();
      await dialog.updateComplete;
      dialog.submit();
    }
    await waitUntil(() => env.dialogs().length === 0, 'both removed');
    expect([a.wrapups[0]?.auxCodeId, b.wrapups[0]?.auxCodeId]).to.deep.equal(['aux-sale', 'aux-info']);
  });

  it("takes the SDK's task error (.data, no status) as its answer: failed at once, in words, Try again calls it again", async () => {
    env = setUp();
    const task = new FakeTask('int-9');
    env.incoming(task);
    task.refuse = { errorType: 'WRAPUP_FAILED', reasonCode: 1138 };
    task.end();
    const [dialog] = env.dialogs();
    await dialog!.updateComplete;
    const errors: boolean[] = [];
    dialog!.addEventListener('wrapup-error', (event) => errors.push(event.detail.final));
    const ui = new DialogHarness(dialog!);
    ui.options[0]!.click();
    await dialog!.updateComplete;
    dialog!.submit();
    await waitUntil(() => dialog!.state === 'failed', 'failed');
    // (The dialog says it once the words for it have loaded: a task later on a fresh page.)
    await waitUntil(() => errors.length > 0, 'wrapup-error');
    expect(task.wrapups, 'not tried again by itself').to.have.length(1);
    expect(errors).to.deep.equal([true]);
    task.refuse = undefined;
    await dialog!.updateComplete;
    ui.retryButton!.click();
    await waitUntil(() => env.dialogs().length === 0, 'removed');
    expect(task.wrapups).to.have.length(2);
  });

  it('takes an SDK call that throws at once, rather than rejecting, as its answer: no uncaught error, no dialog left sending', async () => {
    env = setUp();
    const task = new FakeTask('int-10');
    env.incoming(task);
    task.wrapup = ((payload: WrapupPayLoad) => {
      task.wrapups.push(payload);
      throw Object.assign(new Error('WRAPUP_FAILED: refused'), { data: { errorType: 'WRAPUP_FAILED', reasonCode: 1138, message: 'refused' } });
    }) as FakeTask['wrapup'];
    task.end();
    const [dialog] = env.dialogs();
    await dialog!.updateComplete;
    const errors: boolean[] = [];
    dialog!.addEventListener('wrapup-error', (event) => errors.push(event.detail.final));
    new DialogHarness(dialog!).options[0]!.click();
    await dialog!.updateComplete;
    dialog!.submit();
    await waitUntil(() => dialog!.state === 'failed', 'failed');
    await waitUntil(() => errors.length > 0, 'wrapup-error');
    expect(task.wrapups).to.have.length(1);
    expect(errors).to.deep.equal([true]);
  });

  it("keeps the SDK's timer cancelled when a later task update re-arms it", async () => {
    env = setUp();
    const task = new FakeTask('int-10');
    env.incoming(task);
    task.end();
    expect(task.timerArmed, 'cancelled as the dialog opens').to.equal(false);
    task.task.updateTaskData({ ...task.data } as TaskData); // a later message of the task (the SDK re-arms)
    expect(task.timerArmed, 'cancelled again').to.equal(false);
    expect(task.timerCancels).to.equal(2);
    task.emit('task:wrappedup', task);
    task.task.updateTaskData({ ...task.data } as TaskData);
    expect(task.timerArmed, 'let be once its wrap-up is done').to.equal(true);
  });

  it('leaves the deadline to the SDK with sdkDeadline (multi-session): shown, nothing sent at zero', async () => {
    env = setUp({ ...profile, wrapUpData: { wrapUpProps: { autoWrapup: true, autoWrapupInterval: 1000, allowCancelAutoWrapup: true, wrapUpReasonList: [] } } }, { sdkDeadline: true });
    const task = new FakeTask('int-11');
    env.incoming(task);
    task.end();
    const [dialog] = env.dialogs();
    await dialog!.updateComplete;
    expect(task.timerCancels).to.equal(0);
    expect(task.timerArmed).to.equal(true);
    expect(new DialogHarness(dialog!).extendButton, 'the SDK timer cannot be cancelled from here').to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(task.wrapups).to.deep.equal([]);
    expect(dialog!.isConnected).to.equal(true);
  });
});
