// Writes docs/dialog-en.png, docs/dialog-sl.png and docs/dialog-ar.png (Arabic, right to left,
// registered by the demo page), the README's pictures of the dialog, from
// the built demo (`npm run build && npm run build:demo` first). Run: node scripts/readme-screenshots.mjs
import { launchChromium } from '../e2e/chromium.mjs';
import { startServer } from '../e2e/server.mjs';

const server = await startServer();
const browser = await launchChromium();
try {
  for (const locale of ['en', 'sl', 'ar']) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
    await page.goto(`${server.origin}/demo-dist/index.html#story=${locale === 'ar' ? 'suggested-recent' : 'grouped'}&theme=light&locale=${locale}`);
    const stage = page.frameLocator('iframe');
    await stage.getByRole('timer').first().waitFor();
    if (locale === 'sl') await stage.getByRole('combobox').fill('zakljucek');
    await page.waitForTimeout(700);
    await stage.getByRole('dialog').screenshot({ path: `docs/dialog-${locale}.png` });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
