import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { DOUBT_MS, PageClock } from '../src/time/clock.js';
import { dateHeaderEstimate } from '../src/wrapup/submission.js';

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
    /** A minute asleep: the wall clock went on, performance.now() did not. */
    function asleep() {
      const setup = sources(T);
      setup.clock.sync(T + 5000); // the server is 5 s ahead
      setup.advance(10_000);
      setup.readings.wall += 60_000;
      let changes = 0;
      setup.clock.addEventListener('change', () => changes++);
      return { ...setup, changes: () => changes };
    }

    it('doubts the time once wall and monotonic time are over 2 s apart, until the server answers', () => {
      const fake = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        const { clock, changes } = asleep();
        expect(clock.now(), 'before the check: a minute behind').to.equal(T + 15_000);
        expect(clock.check()).to.equal(true);
        expect(changes(), 'a change, so that alarms hold').to.equal(1);
        expect(clock.now(), 'neither clock is trusted yet').to.equal(T + 15_000);
        expect(clock.check()).to.equal(true);
        expect(changes(), 'once').to.equal(1);
        // The server says it is T + 80 s (± 0.6 s): that ends the doubt, however imprecise.
        expect(clock.estimate(T + 80_000, 600)).to.equal(true);
        expect(clock.now()).to.equal(T + 80_000);
        expect(clock.check()).to.equal(false);
        expect(changes()).to.equal(2);
        fake.tick(10_000);
        expect(changes(), 'the wall clock is not taken after the answer').to.equal(2);
      } finally {
        fake.restore();
      }
    });

    it('trusts the wall clock 5 s after a sleep without an answer, keeping the server correction', () => {
      const fake = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        const { clock, changes } = asleep();
        clock.check();
        fake.tick(DOUBT_MS - 1);
        expect(clock.now()).to.equal(T + 15_000);
        fake.tick(1);
        expect(clock.now()).to.equal(T + 75_000);
        expect(clock.check()).to.equal(false);
        expect(changes()).to.equal(2);
      } finally {
        fake.restore();
      }
    });

    it('keeps the monotonic clock when the server agrees with it (the wall clock was changed by hand)', () => {
      const { clock, readings } = sources(T);
      readings.wall += 3_600_000;
      expect(clock.check()).to.equal(true);
      const estimate = dateHeaderEstimate(new Date(T).toUTCString(), T - 100, T)!;
      clock.estimate(...estimate);
      expect(clock.now()).to.equal(T);
      expect(clock.check(), 'the changed wall clock is the new baseline').to.equal(false);
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

  describe('estimate() from a Date header (dateHeaderEstimate)', () => {
    const observe = (clock: PageClock, header: string | null, sentAt: number, receivedAt: number) => {
      const estimate = dateHeaderEstimate(header, sentAt, receivedAt);
      return estimate ? clock.estimate(...estimate) : false;
    };

    it('leaves a clock that agrees with the header within its precision', () => {
      const { clock } = sources(T + 400);
      expect(observe(clock, new Date(T).toUTCString(), T + 300, T + 400)).to.equal(false);
      expect(clock.now()).to.equal(T + 400);
    });

    it('corrects a clock an hour off to within the header precision', () => {
      const { clock } = sources(T - 3_600_000);
      const sentAt = clock.now();
      const receivedAt = sentAt + 100;
      observe(clock, new Date(T).toUTCString(), sentAt, receivedAt);
      // The server's time at receipt lies in [T, T + 1 s + 100 ms]; the clock takes the middle.
      expect(clock.now()).to.be.within(T, T + 1100);
    });

    it('keeps the more precise of two estimates (lowest round trip)', () => {
      const { clock } = sources(T - 3_600_000);
      observe(clock, new Date(T).toUTCString(), clock.now(), clock.now() + 50);
      const precise = clock.now();
      expect(observe(clock, new Date(T + 5000).toUTCString(), clock.now() - 4000, clock.now())).to.equal(false);
      expect(clock.now()).to.equal(precise);
    });

    it('ignores a missing or unreadable header', () => {
      expect(dateHeaderEstimate(null, T, T)).to.equal(undefined);
      expect(dateHeaderEstimate('yesterday-ish', T, T)).to.equal(undefined);
    });
  });
});
