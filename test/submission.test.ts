import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { PageClock } from '../src/time/clock.js';
import { defaultRetryPolicy } from '../src/wrapup/retry-policy.js';
import { submitWrapup, type SubmissionOptions } from '../src/wrapup/submission.js';
import type { Wrapup } from '../src/types.js';
import { scriptedFetch } from './support/dialog-harness.js';

const T = Date.parse('2026-11-24T10:00:00Z');
const wrapup: Wrapup = {
  interactionId: 'c0ffee-42',
  reasonId: 'billing',
  reasonName: 'Billing question',
  auto: false,
  channel: 'voice',
  scenario: 'end',
  endedAt: '2026-11-24T10:00:00.000Z',
  wrappedUpAt: '2026-11-24T10:00:42.000Z',
  sentAt: '2026-11-24T10:00:42.000Z',
  extended: false,
};

class FakeNetwork extends EventTarget {
  onLine = true;
  set(onLine: boolean) {
    this.onLine = onLine;
    this.dispatchEvent(new Event(onLine ? 'online' : 'offline'));
  }
}

describe('submitWrapup', () => {
  let fake: sinon.SinonFakeTimers;
  let clock: PageClock;

  beforeEach(() => {
    fake = sinon.useFakeTimers({ now: T, toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
    clock = new PageClock();
  });
  afterEach(() => fake.restore());

  function run(script: Parameters<typeof scriptedFetch>, options: Partial<SubmissionOptions> = {}) {
    const server = scriptedFetch(...script);
    const failures: { status?: number; attempt: number; final: boolean; message: string }[] = [];
    const result = submitWrapup({
      url: '/api/wrapup',
      wrapup,
      idempotencyKey: 'key-1',
      fetch: server.fetch,
      clock,
      random: () => 0.5,
      onFailure: (error, attempt, final) => failures.push({ status: error.status, attempt, final, message: error.message }),
      ...options,
    });
    return { server, failures, result };
  }

  it('sends once and stops on success', async () => {
    const { server, result } = run([200]);
    await fake.runAllAsync();
    expect(await result).to.deep.equal({ ok: true, status: 200, attempts: 1 });
    expect(server.requests).to.have.length(1);
  });

  it('retries 500 → 503 → 200 with the same key, waiting the jittered backoff between', async () => {
    const { server, result, failures } = run([500, 503, 200]);
    await fake.tickAsync(0);
    expect(server.requests).to.have.length(1);
    await fake.tickAsync(499); // first retry: 0.5 × 1000 ms
    expect(server.requests).to.have.length(1);
    await fake.tickAsync(1);
    expect(server.requests).to.have.length(2);
    await fake.tickAsync(999); // second retry: 0.5 × 2000 ms
    expect(server.requests).to.have.length(2);
    await fake.tickAsync(1);
    expect(await result).to.deep.equal({ ok: true, status: 200, attempts: 3 });
    expect(server.requests.map((request) => request.headers['idempotency-key'])).to.deep.equal(['key-1', 'key-1', 'key-1']);
    expect(failures.map(({ status, attempt, final }) => ({ status, attempt, final }))).to.deep.equal([
      { status: 500, attempt: 1, final: false },
      { status: 503, attempt: 2, final: false },
    ]);
    await fake.runAllAsync();
    expect(server.requests, 'nothing after success').to.have.length(3);
  });

  it('waits exactly what Retry-After asks on 429', async () => {
    const throttled = new Response('', { status: 429, headers: { 'Retry-After': '7' } });
    const { server, result } = run([throttled, 200]);
    await fake.tickAsync(6999);
    expect(server.requests).to.have.length(1);
    await fake.tickAsync(1);
    expect((await result).ok).to.equal(true);
    expect(server.requests).to.have.length(2);
  });

  it('retries 409 (still processing) until 200', async () => {
    const { result, server } = run([409, 200]);
    await fake.runAllAsync();
    expect(await result).to.include({ ok: true, attempts: 2 });
    expect(server.requests).to.have.length(2);
  });

  for (const status of [400, 401, 403, 404, 422]) {
    it(`fails at once on ${status}, saying which`, async () => {
      const { result, server, failures } = run([status]);
      await fake.runAllAsync();
      const outcome = await result;
      expect(outcome.ok).to.equal(false);
      expect(server.requests).to.have.length(1);
      expect(failures).to.have.length(1);
      expect(failures[0]).to.include({ status, attempt: 1, final: true });
      expect(failures[0]!.message).to.contain(String(status));
    });
  }

  it('counts a 200 whose body is not JSON as success', async () => {
    const { result } = run([new Response('<html>ok</html>', { status: 200, headers: { 'Content-Type': 'text/html' } })]);
    await fake.runAllAsync();
    expect(await result).to.include({ ok: true, status: 200 });
  });

  it('retries network errors', async () => {
    const { result, server } = run([0, 0, 200]);
    await fake.runAllAsync();
    expect(await result).to.include({ ok: true, attempts: 3 });
    expect(server.requests).to.have.length(3);
  });

  it('aborts an attempt that hangs, after the attempt timeout, and tries again', async () => {
    const { result, server, failures } = run(['hang', 200]);
    await fake.tickAsync(defaultRetryPolicy.attemptTimeoutMs - 1);
    expect(server.requests).to.have.length(1);
    await fake.tickAsync(1);
    expect(failures[0]!.message).to.contain('did not answer in time');
    await fake.runAllAsync();
    expect(await result).to.include({ ok: true, attempts: 2 });
  });

  it('gives up after the retry budget, with a final failure', async () => {
    const { result, server, failures } = run([503]);
    await fake.tickAsync(defaultRetryPolicy.giveUpAfterMs + 60_000);
    const outcome = await result;
    expect(outcome.ok).to.equal(false);
    expect(failures.at(-1)!.final).to.equal(true);
    expect(failures.filter((failure) => failure.final)).to.have.length(1);
    expect(server.requests.length).to.equal(failures.length);
    await fake.runAllAsync();
    expect(server.requests.length, 'nothing after giving up').to.equal(failures.length);
  });

  it('holds the submission while offline and sends it as soon as the browser is back', async () => {
    const network = new FakeNetwork();
    network.onLine = false;
    const phases: string[] = [];
    const { result, server } = run([200], { network: { get onLine() { return network.onLine; }, target: network }, onPhase: (phase) => phases.push(phase) });
    await fake.tickAsync(100);
    expect(server.requests).to.have.length(0);
    expect(phases).to.deep.equal(['offline']);
    network.set(true);
    await fake.tickAsync(0);
    expect(server.requests).to.have.length(1);
    expect((await result).ok).to.equal(true);
  });

  it('stops when aborted, sending nothing more', async () => {
    const controller = new AbortController();
    const { result, server } = run([503], { signal: controller.signal });
    await fake.tickAsync(0);
    controller.abort();
    await fake.runAllAsync();
    expect(await result).to.include({ ok: false, aborted: true });
    expect(server.requests).to.have.length(1);
  });

  it('corrects the clock from a Date header of a response', async () => {
    clock = new PageClock({ wallNow: () => Date.now() - 3_600_000, monotonicNow: () => performance.now() });
    const answer = new Response('{}', { status: 200, headers: { Date: new Date(T).toUTCString() } });
    const { result } = run([answer]);
    await fake.runAllAsync();
    await result;
    expect(clock.now()).to.be.within(T, T + 1000);
  });

  it('fails for good at once, naming it, when the fetch it was given is no function', async () => {
    const { failures, result } = run([200], { fetch: { post() {} } as unknown as SubmissionOptions['fetch'] });
    await fake.runAllAsync();
    const settled = await result;
    expect(settled).to.include({ ok: false, attempts: 0, aborted: false });
    expect(failures).to.have.length(1);
    expect(failures[0]).to.include({ attempt: 0, final: true });
    expect(failures[0]!.message).to.include('fetch');
  });

  it("fails for good after one attempt when the fetch answers with something else than a Response (a client's parsed body)", async () => {
    const { failures, result } = run([200], { fetch: () => Promise.resolve({ ok: true } as unknown as Response) });
    await fake.runAllAsync();
    expect(await result).to.include({ ok: false, attempts: 1, aborted: false });
    expect(failures).to.have.length(1);
    expect(failures[0]).to.include({ attempt: 1, final: true });
    expect(failures[0]!.message).to.include('did not answer with a Response');
  });
});
