import { expect } from '@open-wc/testing';
import { formatClock, formatDurationWords } from '../src/i18n/format.js';

/** `Intl.DurationFormat` is newer than this project's TypeScript lib. */
type DurationFormatConstructor = new (locale: string, options: { style: 'long' }) => { format(duration: object): string };

describe('formatClock', () => {
  it('shows m:ss under an hour', () => {
    expect(formatClock(0, 'en')).to.equal('0:00');
    expect(formatClock(65, 'en')).to.equal('1:05');
    expect(formatClock(3599, 'en')).to.equal('59:59');
  });

  it('shows h:mm:ss from an hour on', () => {
    expect(formatClock(3600, 'en')).to.equal('1:00:00');
    expect(formatClock(36_000 + 61, 'sl')).to.equal('10:01:01');
  });

  it('floors fractions and never goes below zero', () => {
    expect(formatClock(59.9, 'en')).to.equal('0:59');
    expect(formatClock(-5, 'en')).to.equal('0:00');
  });
});

describe('formatDurationWords', () => {
  const slovenianSeconds = {
    1: '1 sekunda',
    2: '2 sekundi',
    3: '3 sekunde',
    5: '5 sekund',
    21: '21 sekund',
    102: '102 sekundi',
  };

  it('uses the four Slovenian plural forms for seconds', () => {
    // 102 s is 1 min 42 s in words, so seconds alone are checked through the fallback's units.
    for (const [n, words] of Object.entries(slovenianSeconds)) {
      const seconds = Number(n);
      const expected = seconds < 60 ? words : '1 minuta in 42 sekund';
      expect(formatDurationWords(seconds, 'sl').replace(',', '')).to.equal(expected);
    }
  });

  it('uses the four Slovenian plural forms for minutes', () => {
    const minutes = { 1: '1 minuta', 2: '2 minuti', 3: '3 minute', 5: '5 minut', 21: '21 minut' };
    for (const [n, words] of Object.entries(minutes)) {
      expect(formatDurationWords(Number(n) * 60, 'sl')).to.equal(words);
    }
    expect(formatDurationWords(102 * 60, 'sl')).to.equal('1 ura in 42 minut');
  });

  it('reads naturally in English', () => {
    expect(formatDurationWords(1, 'en')).to.equal('1 second');
    expect(formatDurationWords(65, 'en')).to.equal('1 minute, 5 seconds');
    expect(formatDurationWords(3600 + 2, 'en')).to.equal('1 hour, 2 seconds');
    expect(formatDurationWords(0, 'en')).to.equal('0 seconds');
  });

  it('writes the words Intl.DurationFormat writes, in English and Slovenian', function () {
    const DurationFormat = (Intl as { DurationFormat?: DurationFormatConstructor }).DurationFormat;
    if (!DurationFormat) this.skip();
    for (const locale of ['en', 'sl']) {
      const native = new DurationFormat!(locale, { style: 'long' });
      for (const seconds of [1, 2, 3, 5, 21, 59, 60, 61, 102, 3599, 3600, 3661, 7322, 102 * 60]) {
        const parts = { hours: Math.floor(seconds / 3600), minutes: Math.floor((seconds % 3600) / 60), seconds: seconds % 60 };
        expect(formatDurationWords(seconds, locale), `${seconds} s in ${locale}`).to.equal(native.format(parts));
      }
    }
  });
});
