// One tab at a time without Web Locks: claims on a BroadcastChannel. The test plays the other
// tab with its own channel of the same name.
import { expect, waitUntil } from '@open-wc/testing';
import { withClaim } from '../src/wrapup/tab-claim.js';

type Message = { kind: string; name: string; ticket?: number };

describe('withClaim (the fallback without Web Locks)', () => {
  let otherTab: BroadcastChannel;
  let heard: Message[];
  beforeEach(() => {
    otherTab = new BroadcastChannel('wrapup-elements:claims');
    heard = [];
    otherTab.onmessage = ({ data }: MessageEvent<Message>) => heard.push(data);
  });
  afterEach(() => otherTab.close());

  it('waits while another tab holds the name, and runs once it is released', async () => {
    const name = `held-${Math.random()}`;
    let released = false;
    otherTab.onmessage = ({ data }: MessageEvent<Message>) => {
      heard.push(data);
      if (data.kind === 'claim' && data.name === name && !released) otherTab.postMessage({ kind: 'held', name });
    };
    let ranAfterRelease: boolean | undefined;
    const done = withClaim(name, new AbortController().signal, async () => {
      ranAfterRelease = released;
      return 'sent';
    });
    await waitUntil(() => heard.some((message) => message.kind === 'claim'), 'our claim to reach the other tab');
    await new Promise((resolve) => setTimeout(resolve, 400)); // the other tab is still sending
    released = true;
    otherTab.postMessage({ kind: 'released', name });
    expect(await done).to.equal('sent');
    expect(ranAfterRelease, 'the task ran only after the release').to.equal(true);
    await waitUntil(() => heard.some((message) => message.kind === 'released'), 'our release to reach the other tab');
  });

  it('yields to a tab that claims at the same moment with a lower ticket', async () => {
    const name = `tie-${Math.random()}`;
    let otherHolds = false;
    otherTab.onmessage = ({ data }: MessageEvent<Message>) => {
      heard.push(data);
      if (data.kind === 'claim' && data.name === name && !otherHolds && heard.filter((m) => m.kind === 'claim').length === 1) {
        otherHolds = true;
        otherTab.postMessage({ kind: 'claim', name, ticket: -1 });
        setTimeout(() => {
          otherHolds = false;
          otherTab.postMessage({ kind: 'released', name });
        }, 300);
      }
    };
    let ranWhileOtherHeld: boolean | undefined;
    const result = await withClaim(name, new AbortController().signal, async () => {
      ranWhileOtherHeld = otherHolds;
      return 1;
    });
    expect(result).to.equal(1);
    expect(ranWhileOtherHeld).to.equal(false);
  });

  it('lets callers in one page take turns', async () => {
    const name = `page-${Math.random()}`;
    const order: string[] = [];
    const task = (label: string) => async () => {
      order.push(`${label} start`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      order.push(`${label} end`);
    };
    const signal = new AbortController().signal;
    await Promise.all([withClaim(name, signal, task('a')), withClaim(name, signal, task('b'))]);
    expect(order).to.deep.equal(['a start', 'a end', 'b start', 'b end']);
  });

  it('stops waiting when aborted', async () => {
    const name = `abort-${Math.random()}`;
    otherTab.onmessage = ({ data }: MessageEvent<Message>) => {
      if (data.kind === 'claim' && data.name === name) otherTab.postMessage({ kind: 'held', name });
    };
    const controller = new AbortController();
    let ran = false;
    const done = withClaim(name, controller.signal, async () => {
      ran = true;
    });
    setTimeout(() => controller.abort(), 200);
    expect(await done).to.equal(undefined);
    expect(ran).to.equal(false);
  });
});
