import { expect } from '@open-wc/testing';
import { afterFailure, classifyStatus, defaultRetryPolicy, parseRetryAfter, retryDelay } from '../src/wrapup/retry-policy.js';

const NOW = Date.parse('2026-11-24T10:00:00Z');

describe('retry policy', () => {
  it('treats any 2xx as success', () => {
    for (const status of [200, 201, 202, 204, 299]) expect(classifyStatus(status, null, NOW).kind).to.equal('success');
  });

  it('retries timeouts-in-waiting, conflicts in progress, throttling and gateway errors', () => {
    for (const status of [408, 409, 425, 429, 500, 502, 503, 504]) {
      expect(classifyStatus(status, null, NOW).kind, String(status)).to.equal('retry');
    }
  });

  it('fails at once on other client errors', () => {
    for (const status of [400, 401, 403, 404, 410, 422, 501]) {
      expect(classifyStatus(status, null, NOW).kind, String(status)).to.equal('final');
    }
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('7', NOW)).to.equal(7000);
    expect(parseRetryAfter(new Date(NOW + 12_000).toUTCString(), NOW)).to.equal(12_000);
    expect(parseRetryAfter(new Date(NOW - 5000).toUTCString(), NOW)).to.equal(0);
    expect(parseRetryAfter('soon', NOW)).to.equal(undefined);
    expect(classifyStatus(429, '3', NOW)).to.deep.equal({ kind: 'retry', retryAfterMs: 3000 });
  });

  it('waits a full-jitter backoff: uniform in [0, min(max, base × 2^(n-1))]', () => {
    const policy = { ...defaultRetryPolicy, baseDelayMs: 1000, maxDelayMs: 8000 };
    const ceilings = [1000, 2000, 4000, 8000, 8000];
    ceilings.forEach((ceiling, i) => {
      expect(retryDelay(i + 1, policy, () => 0)).to.equal(0);
      expect(retryDelay(i + 1, policy, () => 0.5)).to.equal(ceiling / 2);
      expect(retryDelay(i + 1, policy, () => 0.999_999)).to.be.below(ceiling).and.at.least(ceiling - 1);
    });
  });

  it('honours Retry-After as given', () => {
    expect(retryDelay(1, defaultRetryPolicy, () => 0.9, 20_000)).to.equal(20_000);
  });

  describe('after a failed attempt', () => {
    const half = { random: () => 0.5 };

    it('waits the backoff, or the Retry-After, before the next attempt', () => {
      expect(afterFailure(3, { kind: 'retry' }, NOW, NOW, half)).to.deep.equal({ final: false, delayMs: 2000 });
      expect(afterFailure(3, { kind: 'retry', retryAfterMs: 7000 }, NOW, NOW, half)).to.deep.equal({ final: false, delayMs: 7000 });
    });

    it('stops on a final answer, at once', () => {
      expect(afterFailure(1, { kind: 'final' }, NOW, NOW, half)).to.deep.equal({ final: true, delayMs: 0 });
    });

    it('stops once the attempts are spent', () => {
      expect(afterFailure(4, { kind: 'retry' }, NOW, NOW, { ...half, maxAttempts: 5 }).final).to.equal(false);
      expect(afterFailure(5, { kind: 'retry' }, NOW, NOW, { ...half, maxAttempts: 5 })).to.deep.equal({ final: true, delayMs: 0 });
    });

    it('stops when the next attempt would begin after the give-up time', () => {
      const giveUp = defaultRetryPolicy.giveUpAfterMs;
      expect(afterFailure(1, { kind: 'retry', retryAfterMs: 1000 }, NOW, NOW + giveUp - 1000, half).final).to.equal(false);
      expect(afterFailure(1, { kind: 'retry', retryAfterMs: 1001 }, NOW, NOW + giveUp - 1000, half)).to.deep.equal({ final: true, delayMs: 1001 });
    });
  });
});
