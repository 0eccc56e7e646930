import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import { clock, setLocale, type WrapupTimer } from '../src/index.js';
import { T0, useFakeTime } from './support/fake-time.js';
import { TimerHarness } from './support/timer-harness.js';

async function timer(template: ReturnType<typeof html>) {
  const element = await fixture<WrapupTimer>(template);
  return { element, read: new TimerHarness(element) };
}

/** Moves fake time and lets Lit render what the ticks asked for. */
async function advance(fake: sinon.SinonFakeTimers, element: WrapupTimer, ms: number) {
  fake.tick(ms);
  await element.updateComplete;
}

describe('<wrapup-timer>', () => {
  let fake: sinon.SinonFakeTimers;

  beforeEach(() => {
    fake = useFakeTime();
  });

  afterEach(() => {
    fake.restore();
  });

  describe('counting up', () => {
    it('shows the time since `since` as m:ss', async () => {
      const { read } = await timer(html`<wrapup-timer since=${new Date(T0 - 65_000).toISOString()}></wrapup-timer>`);
      expect(read.text).to.equal('1:05');
      expect(read.name).to.equal('Wrap-up time 1 minute, 5 seconds');
    });

    it('takes epoch milliseconds too', async () => {
      const { read } = await timer(html`<wrapup-timer since=${String(T0 - 5000)}></wrapup-timer>`);
      expect(read.text).to.equal('0:05');
    });

    it('crosses the hour boundary into h:mm:ss', async () => {
      const { element, read } = await timer(html`<wrapup-timer .since=${T0 - 3598_000}></wrapup-timer>`);
      expect(read.text).to.equal('59:58');
      await advance(fake, element, 1000);
      expect(read.text).to.equal('59:59');
      await advance(fake, element, 1000);
      expect(read.text).to.equal('1:00:00');
      expect(read.name).to.equal('Wrap-up time 1 hour');
    });

    it('is right after syncing a local clock that is 10 minutes off', async () => {
      fake.setSystemTime(T0 - 600_000); // the agent's computer is 10 minutes slow
      const { element, read } = await timer(html`<wrapup-timer .since=${T0 - 30_000}></wrapup-timer>`);
      clock.sync(T0);
      await element.updateComplete;
      expect(read.text).to.equal('0:30');
    });

    it('does not move when the system clock jumps between syncs', async () => {
      const { element, read } = await timer(html`<wrapup-timer .since=${T0 - 10_000}></wrapup-timer>`);
      fake.setSystemTime(Date.now() + 3_600_000);
      await advance(fake, element, 1000);
      expect(read.text).to.equal('0:11');
    });
  });

  describe('on each second', () => {
    it('draws its digits and name without an update, and an update after ticks shows what is due', async () => {
      const { element, read } = await timer(html`<wrapup-timer .until=${T0 + 30_000}></wrapup-timer>`);
      const updates = sinon.spy(element as unknown as { update(changed: unknown): void }, 'update');
      fake.tick(10_000);
      expect([read.text, read.name]).to.deep.equal(['0:20', 'Time left 20 seconds']);
      expect(updates.callCount, 'updates on 10 ticks').to.equal(0);
      // The deadline moves by what has passed: the update renders '0:30' again, as Lit last did.
      element.until = T0 + 40_000;
      await element.updateComplete;
      expect([read.text, read.name]).to.deep.equal(['0:30', 'Time left 30 seconds']);
    });
  });

  describe('counting down', () => {
    it('counts down to exactly 0 and fires wrapup-expire once, even when the clock jumps past', async () => {
      const deadline = T0 + 3000;
      const { element, read } = await timer(html`<wrapup-timer .until=${deadline}></wrapup-timer>`);
      const expired = sinon.spy();
      element.addEventListener('wrapup-expire', expired);
      expect(read.text).to.equal('0:03');
      expect(read.name).to.equal('Time left 3 seconds');
      await advance(fake, element, 1000);
      expect(read.text).to.equal('0:02');
      // The laptop sleeps through the deadline and wakes an hour later.
      clock.sync(T0 + 3_600_000);
      await element.updateComplete;
      await advance(fake, element, 5000);
      expect(read.text).to.equal('0:00');
      expect(expired.callCount).to.equal(1);
      expect(expired.firstCall.args[0].detail).to.deep.equal({ deadline });
      expect(fake.countTimers(), 'no ticking after zero').to.equal(0);
    });

    it('expires once at once when `until` has already passed', async () => {
      const expired = sinon.spy();
      const { read } = await timer(html`<wrapup-timer .until=${T0 - 1} @wrapup-expire=${expired}></wrapup-timer>`);
      expect(read.text).to.equal('0:00');
      expect(expired.callCount).to.equal(1);
    });

    it('expires again for a new deadline', async () => {
      const expired = sinon.spy();
      const { element } = await timer(html`<wrapup-timer .until=${T0 - 1} @wrapup-expire=${expired}></wrapup-timer>`);
      element.until = T0 + 1000;
      await element.updateComplete;
      await advance(fake, element, 1000);
      expect(expired.callCount).to.equal(2);
    });
  });

  describe('the shared ticker', () => {
    it('gives 100 timers one scheduled wake-up', async () => {
      const container = await fixture<HTMLElement>(html`<div></div>`);
      for (let i = 0; i < 100; i++) {
        const element = document.createElement('wrapup-timer');
        element.since = T0 - i * 1000;
        container.append(element);
      }
      await Promise.all([...container.children].map((element) => (element as WrapupTimer).updateComplete));
      expect(fake.countTimers()).to.equal(1);
    });

    it('leaves no timer when the element is removed', async () => {
      const { element } = await timer(html`<wrapup-timer .since=${T0}></wrapup-timer>`);
      expect(fake.countTimers()).to.equal(1);
      element.remove();
      expect(fake.countTimers()).to.equal(0);
    });

    describe('while the page is hidden', () => {
      function setHidden(hidden: boolean) {
        Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
        document.dispatchEvent(new Event('visibilitychange'));
      }
      afterEach(() => {
        delete (document as { hidden?: boolean }).hidden;
      });

      it('schedules nothing, and is right at once when shown again', async () => {
        const { element, read } = await timer(html`<wrapup-timer .since=${T0}></wrapup-timer>`);
        setHidden(true);
        expect(fake.countTimers()).to.equal(0);
        fake.tick(90_000);
        setHidden(false);
        await element.updateComplete;
        expect(read.text).to.equal('1:30');
        expect(fake.countTimers()).to.equal(1);
      });
    });
  });

  describe('bad input', () => {
    for (const [what, since, words] of [
      ['not an instant', 'yesterday', /ISO 8601/],
      ['in epoch seconds', String(Math.floor(T0 / 1000) - 5), /is in seconds/],
    ] as const) {
      it(`shows no number and reports the field when \`since\` is ${what}`, async () => {
        const warn = sinon.stub(console, 'warn');
        try {
          const errors = sinon.spy();
          const element = document.createElement('wrapup-timer');
          element.addEventListener('wrapup-error', errors);
          element.setAttribute('since', since);
          document.body.append(element);
          await element.updateComplete;
          expect(new TimerHarness(element).text).to.equal('–:––');
          expect(errors.callCount).to.equal(1);
          expect(errors.firstCall.args[0].detail.field).to.equal('since');
          expect(errors.firstCall.args[0].detail.error.message).to.match(words);
          expect(warn.callCount).to.equal(1);
          element.remove();
        } finally {
          warn.restore();
        }
      });
    }
  });

  describe('accessibility', () => {
    it('is a named timer that passes axe', async () => {
      fake.restore(); // axe schedules its own work on real timers
      const { element } = await timer(html`<wrapup-timer .since=${Date.now() - 5000}></wrapup-timer>`);
      await expect(element).to.be.accessible();
      fake = useFakeTime();
    });

    it('is named in Slovenian with the right plural forms', async () => {
      const { element, read } = await timer(html`<wrapup-timer .since=${T0 - 2000}></wrapup-timer>`);
      await setLocale('sl');
      await element.updateComplete;
      expect(read.name).to.equal('Čas zaključka 2 sekundi');
      for (const [ms, words] of [
        [3000, '5 sekund'],
        [16_000, '21 sekund'],
      ] as const) {
        await advance(fake, element, ms);
        expect(read.name).to.equal(`Čas zaključka ${words}`);
      }
      element.until = T0 + 19_000 + 3 * 60_000 + 9_000;
      await element.updateComplete;
      expect(read.name).to.equal('Preostali čas 3 minute in 9 sekund');
      await setLocale(null);
      await element.updateComplete;
      expect(read.name).to.equal('Time left 3 minutes, 9 seconds');
    });
  });
});
