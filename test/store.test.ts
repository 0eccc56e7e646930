import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { PREFIX, WrapupStore, type WrapupRecord } from '../src/wrapup/store.js';
import { prune } from '../src/wrapup/send.js';
import { diagnostics } from '../src/input/problem-report.js';

const T = Date.parse('2026-11-24T10:00:00Z');
const record = (interactionId: string, extra: Partial<WrapupRecord> = {}): WrapupRecord => ({
  interactionId,
  endedAt: T,
  extensions: 0,
  cancelled: false,
  idempotencyKey: `key-${interactionId}`,
  updatedAt: T,
  ...extra,
});

/** A Storage whose every call throws, as in some private modes or with the quota full. */
const broken = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem: () => {},
  key: () => null,
  length: 0,
  clear: () => {},
} as unknown as Storage;

describe('WrapupStore', () => {
  beforeEach(() => localStorage.clear());

  it('keeps a record per interaction and reads back exactly what it stored', () => {
    const store = new WrapupStore(localStorage);
    store.save(record('a', { reasonId: 'billing' }));
    expect(store.load('a')).to.deep.equal(record('a', { reasonId: 'billing' }));
    expect(store.load('b')).to.equal(undefined);
  });

  it('ignores unreadable or foreign entries', () => {
    const store = new WrapupStore(localStorage);
    localStorage.setItem(PREFIX + 'x', '{not json');
    localStorage.setItem(PREFIX + 'y', JSON.stringify({ interactionId: 'other' }));
    expect(store.load('x')).to.equal(undefined);
    expect(store.load('y')).to.equal(undefined);
  });

  it('expires finished records after a day and abandoned ones after a week', () => {
    const store = new WrapupStore(localStorage);
    store.save(record('done', { doneAt: T }));
    store.save(record('open'));
    prune(store, T + 23 * 3600_000);
    expect(store.load('done')).to.not.equal(undefined);
    prune(store, T + 25 * 3600_000);
    expect(store.load('done')).to.equal(undefined);
    expect(store.load('open')).to.not.equal(undefined);
    prune(store, T + 8 * 24 * 3600_000);
    expect(store.load('open')).to.equal(undefined);
  });

  it('keeps at most 200 records, dropping the least recently touched', () => {
    const store = new WrapupStore(localStorage);
    for (let i = 0; i < 205; i++) store.save(record(`r${i}`, { updatedAt: T + i }));
    prune(store, T + 1000);
    expect(store.load('r0')).to.equal(undefined);
    expect(store.load('r4')).to.equal(undefined);
    expect(store.load('r5')).to.not.equal(undefined);
    expect(store.load('r204')).to.not.equal(undefined);
  });

  it('falls back to memory with one warning when storage throws', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const store = new WrapupStore(broken);
      store.save(record('a'));
      store.save(record('b'));
      expect(store.load('a')).to.deep.equal(record('a'));
      prune(store, T);
      await diagnostics.load(); // (the words come with the diagnostics chunk)
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.contain('no storage');
    } finally {
      warn.restore();
    }
  });

  it('never stores credentials or headers', () => {
    const store = new WrapupStore(localStorage);
    store.save(record('a'));
    expect(localStorage.getItem(PREFIX + 'a')).to.not.match(/authorization|cookie|bearer/i);
  });
});
