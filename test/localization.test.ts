import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { getLocale, resolveLocale, setLocale } from '../src/i18n/localization.js';
import { diagnostics } from '../src/input/problem-report.js';

describe('localization', () => {
  afterEach(async () => {
    document.documentElement.lang = 'en';
    await setLocale(null);
  });

  it('maps regional tags to the language: sl-SI → sl', () => {
    expect(resolveLocale('sl-SI')).to.equal('sl');
    expect(resolveLocale('SL')).to.equal('sl');
    expect(resolveLocale('en-GB')).to.equal('en');
    expect(resolveLocale('')).to.equal('en');
  });

  it('falls back to English for an unknown locale, with one warning and no throw', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      expect(resolveLocale('pt-BR')).to.equal('en');
      expect(resolveLocale('pt-BR')).to.equal('en');
      // (The words come with the diagnostics chunk.)
      await diagnostics.load();
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.contain('"pt-BR"');
    } finally {
      warn.restore();
    }
  });

  it('follows <html lang> and its changes until the host chooses', async () => {
    document.documentElement.lang = 'sl-SI';
    // The first switch loads the Slovenian chunk, which a cold test server may take a while to serve.
    await waitUntil(() => getLocale() === 'sl', 'Slovenian after <html lang="sl-SI">', { timeout: 10_000 });
    await setLocale('en');
    document.documentElement.lang = 'sl';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(getLocale(), 'the host’s choice wins').to.equal('en');
    await setLocale(null);
    expect(getLocale(), 'null follows the page again').to.equal('sl');
  });
});
