import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { PageClock } from '../src/time/clock.js';
import { Ticker, type Visibility } from '../src/time/ticker.js';

class FakeVisibility extends EventTarget implements Visibility {
  hidden = false;
  set(hidden: boolean) {
    this.hidden = hidden;
    this.dispatchEvent(new Event('visibilitychange'));
  }
}

const T = Date.parse('2026-11-24T10:00:00.000Z');

describe('Ticker', () => {
  let fake: sinon.SinonFakeTimers;
  let visibility: FakeVisibility;
  let ticker: Ticker;

  beforeEach(() => {
    fake = sinon.useFakeTimers({ now: T + 250, toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
    visibility = new FakeVisibility();
    ticker = new Ticker(new PageClock(), visibility);
  });

  afterEach(() => fake.restore());

  it('calls every listener on each whole second of the clock', () => {
    const seen: number[] = [];
    ticker.subscribe({ onTick: (now) => seen.push(now) });
    fake.tick(2750);
    expect(seen).to.deep.equal([T + 1000, T + 2000, T + 3000]);
  });

  it('keeps no listener that has left, not even the last one', async function () {
    // Chromium's test runs expose the collector (web-test-runner.config.mjs); Firefox's do not.
    const gc = (globalThis as { gc?: () => void }).gc;
    if (!gc) this.skip();
    const left = (() => {
      const listener = { onTick() {} };
      ticker.subscribe(listener)();
      return new WeakRef(listener);
    })();
    // A WeakRef holds its target until the task ends (timers are fake here; messages are not).
    await new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = resolve;
      channel.port2.postMessage(null);
    });
    gc!();
    expect(left.deref() === undefined, 'collected').to.equal(true);
  });

  it('schedules one wake-up however many listeners there are', () => {
    const listeners = Array.from({ length: 100 }, () => sinon.spy());
    for (const listener of listeners) ticker.subscribe({ onTick: listener });
    expect(fake.countTimers()).to.equal(1);
    fake.tick(750);
    expect(listeners.every((listener) => listener.calledOnceWith(T + 1000))).to.equal(true);
    expect(fake.countTimers()).to.equal(1);
  });

  it('keeps a tick that is due when a listener joins before it ran (its timer is late)', () => {
    const seen: number[] = [];
    // A task due at T + 1000 that runs before the ticker's own timer, and subscribes another.
    setTimeout(() => ticker.subscribe({ onTick: () => {}, origin: () => T + 500 }), 750);
    ticker.subscribe({ onTick: (now) => seen.push(now) });
    fake.tick(760);
    expect(seen).to.have.length(1);
    expect(seen[0]).to.be.within(T + 1000, T + 1010); // (a timer set for 0 ms runs a moment later)
  });

  it('schedules nothing while the page is hidden and ticks at once when it shows', () => {
    const listener = sinon.spy();
    ticker.subscribe({ onTick: listener });
    visibility.set(true);
    expect(fake.countTimers()).to.equal(0);
    fake.tick(60_000);
    expect(listener.callCount).to.equal(0);
    visibility.set(false);
    expect(listener.calledOnceWith(T + 60_250)).to.equal(true);
    expect(fake.countTimers()).to.equal(1);
  });

  it('leaves no timer behind when the last listener leaves', () => {
    const unsubscribe = [ticker.subscribe({ onTick: () => {} }), ticker.subscribe({ onTick: () => {} })];
    unsubscribe[0]!();
    expect(fake.countTimers()).to.equal(1);
    unsubscribe[1]!();
    expect(fake.countTimers()).to.equal(0);
  });

  it('keeps ticking for the others when one listener throws', () => {
    const onError = sinon.stub(window, 'reportError');
    try {
      const healthy = sinon.spy();
      ticker.subscribe({
        onTick: () => {
          throw new Error('broken listener');
        },
      });
      ticker.subscribe({ onTick: healthy });
      fake.tick(1750);
      expect(healthy.callCount).to.equal(2);
      expect(onError.callCount).to.equal(2);
    } finally {
      onError.restore();
    }
  });

  it('keeps one wake-up when the clock is corrected or the page shows while a tick is pending', () => {
    const clock = new PageClock();
    ticker = new Ticker(clock, visibility);
    const listener = sinon.spy();
    ticker.subscribe({ onTick: listener });
    clock.sync(Date.now() + 400);
    visibility.set(false);
    expect(fake.countTimers()).to.equal(1);
    listener.resetHistory();
    fake.tick(3000);
    expect(listener.callCount).to.equal(3);
  });

  it('counts a timeout that fires a little early as the whole second it was set for', () => {
    // A clock a hundredth of a percent slower than the timers, so each timeout fires when it
    // reads a little before the whole second (real timers and clocks differ like this).
    const slow = { now: () => T + (Date.now() - T) * 0.9999 };
    ticker = new Ticker(slow, visibility);
    const seen: number[] = [];
    ticker.subscribe({ onTick: (now) => seen.push(now) });
    fake.tick(2750.5);
    expect(seen).to.deep.equal([T + 1000, T + 2000, T + 3000]);
  });

  it("ticks on the whole seconds of what is counted: an interaction that ended at .9 changes digits at .9", () => {
    const endedAt = T - 4100; // 4.35 s before now (T + 250)
    const seen: number[] = [];
    ticker.subscribe({ onTick: (now) => seen.push(now - endedAt), origin: () => endedAt });
    fake.tick(2750);
    expect(seen, 'elapsed at each tick: whole seconds').to.deep.equal([5000, 6000, 7000]);
  });

  it('wakes for each origin on its own whole seconds (to 20 ms, up), calling only the subscribers due', () => {
    const seen: string[] = [];
    const subscribe = (name: string, origin?: number) =>
      ticker.subscribe({ onTick: (now) => seen.push(`${name}@${now - T}`), origin: origin === undefined ? undefined : () => T + origin });
    subscribe('a', 300);
    subscribe('b', 700.2);
    subscribe('c', 711); // the same 20 ms as b
    subscribe('clock');
    expect(fake.countTimers()).to.equal(1);
    fake.tick(750 + 1); // to T + 1001
    expect(seen).to.deep.equal(['a@300', 'b@720', 'c@720', 'clock@1000']);
  });

  it('ticks a subscriber that came later on its own second, and none that left', () => {
    const seen: string[] = [];
    const subscribe = (name: string, origin: number) => ticker.subscribe({ onTick: (now) => seen.push(`${name}@${now - T}`), origin: () => T + origin });
    subscribe('a', 900); // the ticker waits for T + 900
    const leave = subscribe('b', 900);
    subscribe('c', 260); // due before that
    leave();
    fake.tick(650);
    expect(seen).to.deep.equal(['c@260', 'a@900']);
  });
});
