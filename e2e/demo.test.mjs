// Opens every story of the built static demo (`npm run build:demo`) in Chromium, light/English
// and dark/Slovenian: no console error or warning, no axe violation in the workshop or in the
// story, and a screenshot of each in demo-screenshots/ (not committed) to look at.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchChromium } from './chromium.mjs';
import { startServer } from './server.mjs';
import { stories } from './demo-stories.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const looks = [
  { theme: 'light', locale: 'en' },
  { theme: 'dark', locale: 'sl' },
];

/** Warnings a story shows on purpose: the element's messages about the host's bad input. */
// Settings problems are said in the page's language; attribute names stay as they are.
const expectedWarnings = { 'bad-input': /^<wrapup-dialog>: /, 'no-default': /^<wrapup-dialog>: auto-wrapup .*default-reason/ };

let server;
let browser;
before(async () => {
  mkdirSync('demo-screenshots', { recursive: true });
  server = await startServer();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function axe(frame) {
  await frame.addScriptTag({ path: axePath });
  const { violations } = await frame.evaluate(() => globalThis.axe.run(document, { resultTypes: ['violations'] }));
  return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('the demo', () => {
  for (const story of stories) {
    for (const { theme, locale } of looks) {
      it(`shows "${story}" (${theme}, ${locale}) without console problems or axe violations`, async () => {
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        const problems = [];
        page.on('console', (message) => {
          if (!['error', 'warning'].includes(message.type())) return;
          if (expectedWarnings[story]?.test(message.text())) return;
          problems.push(`${message.type()}: ${message.text()}`);
        });
        page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
        await page.goto(`${server.origin}/demo-dist/index.html#story=${story}&theme=${theme}&locale=${locale}`);
        const stage = page.frameLocator('iframe');
        // Every story shows a timer: the dialog's elapsed time, or the timer itself.
        await stage.getByRole('timer').first().waitFor();
        await page.waitForTimeout(800);
        await page.screenshot({ path: `demo-screenshots/${story}-${theme}-${locale}.png` });
        const frame = page.frames().find((candidate) => candidate.url().includes('stage.html'));
        assert.deepEqual(await axe(frame), [], 'axe violations in the story');
        assert.deepEqual(await axe(page.mainFrame()), [], 'axe violations in the workshop');
        assert.deepEqual(problems, []);
        await page.close();
      });
    }
  }

  it('changes the element live from the controls and logs its events', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${server.origin}/demo-dist/index.html#story=voice-ended`);
    const stage = page.frameLocator('iframe');
    await stage.getByRole('dialog', { name: 'Wrap-up reasons' }).waitFor();
    await page.getByLabel('channel').selectOption('chat');
    await page.getByLabel('scenario').selectOption('transfer');
    await stage.getByText('Chat transferred').waitFor();
    assert.match(await page.locator('pre').first().innerText(), /channel="chat"/);
    await stage.getByRole('option', { name: 'Billing question' }).click();
    await stage.getByRole('button', { name: 'Submit wrap-up' }).click();
    await page.getByText('wrapup-complete', { exact: false }).first().waitFor();
    await page.getByText('Idempotency-Key:', { exact: false }).first().waitFor();
    await page.close();
  });
});
