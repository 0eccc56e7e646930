import { expect } from '@open-wc/testing';
import { PageClock } from '../src/clock.js';

/** Readings a test moves by hand: a wall clock that may be wrong and a monotonic one. */
function sources(wall: number) {
  const readings = { wall, monotonic: 1000 };
  return {
    readings,
    clock: new PageClock({ wallNow: () => readings.wall, monotonicNow: () => readings.monotonic }),
    advance(ms: number) {
      readings.wall += ms;
      readings.monotonic += ms;
    },
  };
}

const T = Date.parse('2026-11-24T10:00:00.000Z');

describe('PageClock', () => {
  it('starts at the wall clock and advances with the monotonic clock', () => {
    const { clock, advance } = sources(T);
    expect(clock.now()).to.equal(T);
    advance(1500);
    expect(clock.now()).to.equal(T + 1500);
  });

  it('does not move when the system clock is changed between syncs', () => {
    const { clock, readings, advance } = sources(T);
    readings.wall += 3_600_000;
    advance(1000);
    expect(clock.now()).to.equal(T + 1000);
  });

  it('takes server time from sync(), corrected by half the round trip', () => {
    const { clock, advance } = sources(T - 600_000);
    expect(clock.sync(T, 200)).to.equal(true);
    expect(clock.now()).to.equal(T + 100);
    advance(5000);
    expect(clock.now()).to.equal(T + 5100);
  });

  it('announces a correction with a change event, and only a real one', () => {
    const { clock } = sources(T);
    let changes = 0;
    clock.addEventListener('change', () => changes++);
    clock.sync(T + 10_000);
    clock.sync(T + 10_000);
    expect(changes).to.equal(1);
  });

  it('rejects a reading that is not a number', () => {
    const { clock } = sources(T);
    expect(() => clock.sync(Number.NaN)).to.throw(RangeError, /epoch milliseconds/);
    expect(clock.now()).to.equal(T);
  });

  describe('check(): a sleep that stopped the monotonic clock', () => {
    it('moves the clock by the sleep once wall and monotonic time are over 2 s apart, keeping a server correction', () => {
      const { clock, readings, advance } = sources(T);
      clock.sync(T + 5000); // the server is 5 s ahead
      let changes = 0;
      clock.addEventListener('change', () => changes++);
      advance(10_000);
      readings.wall += 60_000; // a minute asleep: the wall clock went on, performance.now() did not
      expect(clock.now(), 'before the check: a minute behind').to.equal(T + 15_000);
      clock.check();
      expect(clock.now()).to.equal(T + 75_000);
      expect(changes).to.equal(1);
      clock.check();
      expect(changes, 'once').to.equal(1);
    });

    it('ignores a drift of up to 2 s', () => {
      const { clock, readings } = sources(T);
      let changes = 0;
      clock.addEventListener('change', () => changes++);
      readings.wall += 1500;
      clock.check();
      expect(clock.now()).to.equal(T);
      expect(changes).to.equal(0);
    });
  });

  describe('observeDateHeader', () => {
    it('leaves a clock that agrees with the header within its precision', () => {
      const { clock } = sources(T + 400);
      expect(clock.observeDateHeader(new Date(T).toUTCString(), T + 300, T + 400)).to.equal(false);
      expect(clock.now()).to.equal(T + 400);
    });

    it('corrects a clock an hour off to within the header precision', () => {
      const { clock } = sources(T - 3_600_000);
      const sentAt = clock.now();
      const receivedAt = sentAt + 100;
      clock.observeDateHeader(new Date(T).toUTCString(), sentAt, receivedAt);
      // The server's time at receipt lies in [T, T + 1 s + 100 ms]; the clock takes the middle.
      expect(clock.now()).to.be.within(T, T + 1100);
    });

    it('keeps the more precise of two estimates (lowest round trip)', () => {
      const { clock } = sources(T - 3_600_000);
      clock.observeDateHeader(new Date(T).toUTCString(), clock.now(), clock.now() + 50);
      const precise = clock.now();
      expect(clock.observeDateHeader(new Date(T + 5000).toUTCString(), clock.now() - 4000, clock.now())).to.equal(
        false,
      );
      expect(clock.now()).to.equal(precise);
    });

    it('ignores a missing or unreadable header', () => {
      const { clock } = sources(T);
      expect(clock.observeDateHeader(null, T, T)).to.equal(false);
      expect(clock.observeDateHeader('yesterday-ish', T, T)).to.equal(false);
      expect(clock.now()).to.equal(T);
    });
  });
});
