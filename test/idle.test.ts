// Work that waits for idle time (src/time/idle.ts): a long task never holds back the frame that shows
// the change that asked for it.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { afterFrame } from '../src/time/after-frame.js';
import { cancelIdle, LONG_TASK_MS, whenIdle } from '../src/time/idle.js';

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('whenIdle', () => {
  /** Draws the frames asked for so far. */
  let drawFrame: () => void;

  beforeEach(() => {
    // An idle period under way (a quiet page's): every idle callback is called in the next
    // task, with 50 ms left, whether a frame is due or not.
    const deadline = { didTimeout: false, timeRemaining: () => 50 };
    sinon.stub(globalThis, 'requestIdleCallback').callsFake((run) => window.setTimeout(() => run(deadline), 0));
    sinon.stub(globalThis, 'cancelIdleCallback').callsFake((id) => clearTimeout(id));
    // Frames are drawn only when the test says so.
    const frames = new Map<number, FrameRequestCallback>();
    let lastId = 0;
    sinon.stub(globalThis, 'requestAnimationFrame').callsFake((callback) => (frames.set(++lastId, callback), lastId));
    sinon.stub(globalThis, 'cancelAnimationFrame').callsFake((id) => frames.delete(id));
    drawFrame = () => {
      const callbacks = [...frames.values()];
      frames.clear();
      for (const callback of callbacks) callback(performance.now());
    };
  });
  afterEach(() => sinon.restore());

  it('starts a long task only after the next frame, even when an idle period is under way', async () => {
    let ran = false;
    whenIdle(() => (ran = true), LONG_TASK_MS);
    await nextTask();
    await nextTask();
    expect(ran, 'not before the frame').to.equal(false);
    drawFrame();
    await nextTask();
    expect(ran).to.equal(true);
  });

  it('runs a short task in the idle period under way', async () => {
    let ran = false;
    whenIdle(() => (ran = true));
    await nextTask();
    expect(ran).to.equal(true);
  });

  it('cancels a long task, before its frame and after it', async () => {
    let ran = 0;
    cancelIdle(whenIdle(() => ran++, LONG_TASK_MS));
    drawFrame();
    await nextTask();
    const waiting = whenIdle(() => ran++, LONG_TASK_MS);
    drawFrame();
    cancelIdle(waiting);
    await nextTask();
    expect(ran).to.equal(0);
  });
});

describe('afterFrame', () => {
  /** Draws the frames asked for so far. */
  let drawFrame: () => void;

  beforeEach(() => {
    const frames: FrameRequestCallback[] = [];
    sinon.stub(globalThis, 'requestAnimationFrame').callsFake((callback) => frames.push(callback));
    drawFrame = () => frames.splice(0).forEach((callback) => callback(performance.now()));
  });
  afterEach(() => sinon.restore());

  /** Whether `promise` has settled after `tasks` tasks. */
  async function settledAfter(promise: Promise<unknown>, tasks: number): Promise<boolean> {
    let settled = false;
    void promise.then(() => (settled = true));
    for (let i = 0; i < tasks; i++) await nextTask();
    return settled;
  }

  it('resolves in the task after the next frame', async () => {
    const after = afterFrame();
    expect(await settledAfter(after, 3), 'with no frame drawn').to.equal(false);
    drawFrame();
    expect(await settledAfter(after, 1)).to.equal(true);
  });

  it('resolves at once in a hidden page, which draws no frames', async () => {
    sinon.stub(document, 'hidden').get(() => true);
    expect(await settledAfter(afterFrame(), 1)).to.equal(true);
  });

  it('resolves after a second at most, for a page hidden while it waits', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout'] });
    const after = afterFrame();
    clock.tick(1000);
    clock.restore();
    expect(await settledAfter(after, 1)).to.equal(true);
  });
});
