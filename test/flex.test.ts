// The Twilio Flex adapter against a stand-in of Flex UI's Manager events, Actions and tasks,
// shaped by (and type-checked against) @twilio/flex-ui's own ITask, Manager and Actions.
import { expect, waitUntil } from '@open-wc/testing';
import type { Actions, ITask, Manager } from '@twilio/flex-ui';
import '../src/index.js';
import type { WrapupDialog } from '../src/index.js';
import { connectFlex } from '../src/adapters/flex.js';
import sinon from 'sinon';
import { DialogHarness } from './support/dialog-harness.js';

/** The parts of a Flex task the adapter reads and calls. */
type TaskParts = Pick<ITask, 'sid' | 'status' | 'queueSid' | 'queueName' | 'attributes' | 'taskChannelUniqueName' | 'dateUpdated' | 'defaultFrom' | 'setAttributes'>;

class FakeTask implements TaskParts {
  attributes: Record<string, unknown> = { name: 'Ana Novak', conversations: { virtual: 'Yes' } };
  dateUpdated = new Date(Date.now() - 1000);
  defaultFrom = '+38640111222';
  setAttributesFails = false;
  status: ITask['status'] = 'wrapping';
  constructor(
    readonly sid: string,
    readonly taskChannelUniqueName: string,
    readonly queueSid = 'WQsales',
    readonly queueName = 'Sales',
  ) {}
  setAttributes = async (attributes: object) => {
    if (this.setAttributesFails) throw new Error('TaskRouter refused');
    this.attributes = attributes as Record<string, unknown>;
  };
  get task(): ITask {
    return this as unknown as ITask; // Flex hands listeners its full ITask
  }
}

/** `manager.events`: listeners by event name. */
class FakeEvents {
  readonly listeners = new Map<string, Set<(task: ITask) => void>>();
  addListener(name: string, listener: (task: ITask) => void) {
    if (!this.listeners.has(name)) this.listeners.set(name, new Set());
    this.listeners.get(name)!.add(listener);
    return this;
  }
  removeListener(name: string, listener: (task: ITask) => void) {
    this.listeners.get(name)?.delete(listener);
    return this;
  }
  emit(name: string, task: FakeTask) {
    for (const listener of this.listeners.get(name) ?? []) listener(task.task);
  }
}

function setUp(options: Partial<Parameters<typeof connectFlex>[0]> = {}, inStore: FakeTask[] = []) {
  localStorage.clear();
  const events = new FakeEvents();
  // Flex's store: the worker's tasks, as a reloaded Flex has them before any event.
  const store = { getState: () => ({ flex: { worker: { tasks: new Map(inStore.map((task) => [task.sid, task.task])) } } }) };
  const invoked: { name: string; task: ITask }[] = [];
  const actions: Pick<typeof Actions, 'invokeAction'> = {
    invokeAction: (async (name: string, payload: { task: ITask }) => {
      invoked.push({ name, task: payload.task });
      events.emit('taskCompleted', payload.task as unknown as FakeTask); // Flex: the task is completed
    }) as unknown as (typeof Actions)['invokeAction'],
  };
  const container = document.createElement('div');
  document.body.append(container);
  const disconnect = connectFlex({
    manager: { events: events as unknown as Manager['events'], store: store as unknown as Manager['store'] },
    actions,
    container,
    dispositions: {
      global: [{ id: 'resolved', name: 'Resolved' }, { id: 'info', name: 'Information given' }],
      perQueue: { WQsupport: { reasons: [{ id: 'escalated', name: 'Escalated to tier 2' }] }, Survey: { required: false } },
      defaultReason: 'info',
      notes: 'optional',
    },
    ...options,
  });
  const dialogs = () => [...container.querySelectorAll<WrapupDialog>('wrapup-dialog')];
  return { events, invoked, container, disconnect, dialogs };
}

async function choose(dialog: WrapupDialog, name: string, note?: string) {
  await dialog.updateComplete;
  const ui = new DialogHarness(dialog);
  ui.options.find((option) => option.textContent!.includes(name))!.click();
  await dialog.updateComplete;
  if (note) {
    const field = dialog.shadowRoot!.querySelector('textarea')!;
    field.value = note;
    field.dispatchEvent(new InputEvent('input'));
  }
}

describe('connectFlex', () => {
  let env: ReturnType<typeof setUp>;
  afterEach(() => {
    env.disconnect();
    env.container.remove();
  });

  it('opens a dialog on taskWrapup with the global and the queue’s dispositions; submit writes the attributes and completes the task', async () => {
    env = setUp();
    const task = new FakeTask('WR1', 'chat', 'WQsupport', 'Support');
    env.events.emit('taskWrapup', task);
    const [dialog] = env.dialogs();
    await dialog!.updateComplete;
    expect(new DialogHarness(dialog!).optionNames).to.deep.equal(['Resolved', 'Information given', 'Escalated to tier 2']);
    expect(dialog!.channel).to.equal('chat');
    expect(dialog!.subject).to.equal('Ana Novak');
    await choose(dialog!, 'Escalated', 'Needs a technician');
    dialog!.submit();
    await waitUntil(() => env.dialogs().length === 0, 'the dialog removed');
    expect(env.invoked.map(({ name, task }) => [name, task.sid])).to.deep.equal([['CompleteTask', 'WR1']]);
    expect(task.attributes).to.deep.include({ name: 'Ana Novak' });
    expect(task.attributes.conversations).to.deep.equal({ virtual: 'Yes', outcome: 'Escalated to tier 2' });
    expect(task.attributes.wrapup).to.deep.include({ reasonId: 'escalated', reasonName: 'Escalated to tier 2', notes: 'Needs a technician' });
  });

  it("writes the wrap-up over the task's newest attributes (Flex's store), changing only its own keys", async () => {
    const task = new FakeTask('WR7', 'chat');
    const inStore = [task];
    env = setUp({}, inStore);
    const [dialog] = env.dialogs();
    // While the agent decides, a flow marks the task; Flex's store holds its new copy.
    const updated = new FakeTask('WR7', 'chat');
    updated.attributes = { ...task.attributes, survey: 'sent' };
    inStore[0] = updated;
    await choose(dialog!, 'Resolved');
    dialog!.submit();
    await waitUntil(() => env.dialogs().length === 0, 'the dialog removed');
    expect(updated.attributes).to.deep.include({ name: 'Ana Novak', survey: 'sent' });
    expect(updated.attributes.conversations).to.deep.equal({ virtual: 'Yes', outcome: 'Resolved' });
    expect(updated.attributes.wrapup).to.deep.include({ reasonId: 'resolved' });
    expect(task.attributes, 'the stale copy is not written').not.to.have.property('wrapup');
  });

  it('removes the dialog when Flex completes the task itself (its Complete button), without a second CompleteTask', async () => {
    env = setUp();
    const task = new FakeTask('WR2', 'voice');
    env.events.emit('taskWrapup', task);
    expect(env.dialogs()).to.have.length(1);
    env.events.emit('taskCompleted', task);
    expect(env.dialogs()).to.have.length(0);
    expect(env.invoked).to.have.length(0);
  });

  it('wraps up two tasks at once, and sends the default disposition at the deadline', async () => {
    env = setUp({ wrapupSeconds: 1 });
    const chat = new FakeTask('WR3', 'chat');
    const sms = new FakeTask('WR4', 'sms');
    chat.dateUpdated = new Date(Date.now() - 900);
    env.events.emit('taskWrapup', chat);
    env.events.emit('taskWrapup', sms);
    expect(env.dialogs()).to.have.length(2);
    await waitUntil(() => env.invoked.some(({ task }) => task.sid === 'WR3'), 'the first one sent at its deadline', { timeout: 4000 });
    expect(chat.attributes.conversations).to.deep.include({ outcome: 'Information given' });
    await waitUntil(() => env.invoked.length === 2, 'the second one too', { timeout: 4000 });
    expect(env.dialogs()).to.have.length(0);
  });

  it('after a reload, opens a dialog for each task already in wrap-up, and none for the others', async () => {
    const wrapping = new FakeTask('WRreload', 'chat');
    const talking = Object.assign(new FakeTask('WRtalking', 'voice'), { status: 'accepted' as ITask['status'] });
    env = setUp({}, [wrapping, talking]);
    expect(env.dialogs().map((dialog) => dialog.interactionId)).to.deep.equal(['WRreload']);
    env.events.emit('taskWrapup', wrapping); // announced again later: still one dialog
    expect(env.dialogs()).to.have.length(1);
  });

  it('opens no modal where the queue requires no disposition', async () => {
    env = setUp();
    env.events.emit('taskWrapup', new FakeTask('WR5', 'voice', 'WQsurvey', 'Survey'));
    expect(env.dialogs()).to.have.length(0);
  });

  it('says when the attributes cannot be written, after its tries, and offers Try again', async () => {
    const random = sinon.stub(Math, 'random').returns(0); // (no wait between the tries)
    env = setUp();
    const task = new FakeTask('WR6', 'voice');
    task.setAttributesFails = true;
    env.events.emit('taskWrapup', task);
    const [dialog] = env.dialogs();
    await choose(dialog!, 'Resolved');
    dialog!.submit();
    await waitUntil(() => dialog!.state === 'failed', 'failed');
    expect(env.invoked).to.have.length(0);
    task.setAttributesFails = false;
    await dialog!.updateComplete;
    new DialogHarness(dialog!).retryButton!.click();
    await waitUntil(() => env.dialogs().length === 0, 'completed on the retry');
    expect(env.invoked).to.have.length(1);
    random.restore();
  });
  it('writes a disposition\'s fields and the tags into the task\'s wrap-up attributes', async () => {
    env = setUp({
      dispositions: {
        global: [{ id: 'sale', name: 'Sale', fields: [{ id: 'amount', label: 'Amount', type: 'number', required: true }] }],
        tags: [{ id: 'vip', name: 'VIP' }],
      },
    });
    const task = new FakeTask('WR9', 'chat', 'WQsales', 'Sales');
    env.events.emit('taskWrapup', task);
    const [dialog] = env.dialogs();
    await choose(dialog!, 'Sale');
    const root = dialog!.shadowRoot!;
    await waitUntil(() => root.querySelector('.form input'), 'the form');
    const amount = root.querySelector<HTMLInputElement>('.form input')!;
    amount.value = '250';
    amount.dispatchEvent(new Event('input'));
    root.querySelector<HTMLElement>('[aria-multiselectable] [role="option"]')!.click();
    await dialog!.updateComplete;
    dialog!.submit();
    await waitUntil(() => env.dialogs().length === 0, 'the dialog removed');
    expect(task.attributes.wrapup).to.deep.include({ reasonId: 'sale', fields: { amount: 250 }, tags: ['vip'] });
  });
});
