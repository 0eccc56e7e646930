// Instants as hosts give them: `ended-at`, `since`, `until`, `server-time`.
import { expect } from '@open-wc/testing';
import { parseInstant } from '../src/time/instant.js';

const T = Date.UTC(2026, 11, 7, 10, 0, 0);

describe('parseInstant', () => {
  it('reads ISO 8601 with a zone, epoch milliseconds and Dates', () => {
    expect(parseInstant('2026-12-07T10:00:00Z')).to.equal(T);
    expect(parseInstant('2026-12-07T10:00:00.250Z')).to.equal(T + 250);
    expect(parseInstant('2026-12-07T11:00:00+01:00')).to.equal(T);
    expect(parseInstant('2026-12-07T11:00:00+0100')).to.equal(T);
    expect(parseInstant(' 2026-12-07T10:00Z ')).to.equal(T);
    expect(parseInstant(String(T))).to.equal(T);
    expect(parseInstant(T)).to.equal(T);
    expect(parseInstant(new Date(T))).to.equal(T);
  });

  it('reads a time without a zone as UTC, whatever the browser\'s zone', () => {
    expect(parseInstant('2026-12-07T10:00:00')).to.equal(T);
    expect(parseInstant('2026-12-07 10:00')).to.equal(T);
    expect(parseInstant('2026-12-07')).to.equal(Date.UTC(2026, 11, 7));
  });

  it('is undefined when nothing is given, NaN for what is no instant', () => {
    expect(parseInstant(undefined)).to.equal(undefined);
    expect(parseInstant(null)).to.equal(undefined);
    expect(parseInstant('')).to.equal(undefined);
    for (const bad of ['yesterday', '07.12.2026 10:00', '2026-12-07T10', '2026-13-45T99:99Z', '2026-12-07t10:00z', NaN, Infinity, new Date('no'), {}, true] as unknown[]) {
      expect(parseInstant(bad as never), String(bad)).to.be.NaN;
    }
  });
});
