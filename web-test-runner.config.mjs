// Browser tests: `npm run test:browsers` (part of `npm test`). Debian's Chromium through
// Playwright and Debian's Firefox ESR through Puppeteer over WebDriver BiDi; neither tool may
// download a browser of its own.
import { existsSync, readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { createEndpoint } from './test/support/wrapup-endpoint.mjs';
import { chromiumArgs, chromiumPath } from './e2e/chromium.mjs';

const endpoint = createEndpoint();

const firefox = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';
const wanted = (process.env.BROWSERS ?? 'chromium,firefox').split(',').map((name) => name.trim());

const missing = [
  wanted.includes('chromium') && !existsSync(chromiumPath) && `Chromium (looked for ${chromiumPath}; apt-get install -y chromium, or set CHROMIUM_BIN)`,
  wanted.includes('firefox') && !existsSync(firefox) && `Firefox ESR (looked for ${firefox}; apt-get install -y firefox-esr, or set FIREFOX_BIN)`,
].filter(Boolean);
if (missing.length > 0) {
  console.error(`\nNo browser to test in:\n  - ${missing.join('\n  - ')}\nRun only one with BROWSERS=chromium or BROWSERS=firefox.\n`);
  process.exit(1);
}


const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs },
    }),
  );
}
if (wanted.includes('firefox')) {
  browsers.push(
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: firefox, headless: true },
      concurrency: 1,
    }),
  );
}

/**
 * The built files as from a CDN whose view chunk stalls: `/stalled-view/dist/…` serves
 * `/dist/…`, except the dialog's view chunk (`wrapup-elements.modal-….js`), which answers
 * nothing for 30 s and then fails (test/drop-in.test.ts).
 */
function stalledView() {
  return {
    name: 'stalled-view',
    async serve(context) {
      const path = /^\/stalled-view(\/dist\/[\w.-]+\.js)$/.exec(context.path)?.[1];
      if (!path) return undefined;
      if (path.includes('.modal-')) {
        await new Promise((resolve) => setTimeout(resolve, 30_000));
        return { body: '', type: 'js', status: 504 };
      }
      return { body: readFileSync(`.${path}`, 'utf8'), type: 'js' };
    },
  };
}

export default {
  files: process.env.TEST_FILES ?? 'test/**/*.test.ts',
  nodeResolve: true,
  browsers,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  middleware: [
    // A real HTTP endpoint for tests of the built files (see test/support/wrapup-endpoint.mjs).
    async (context, next) => {
      context.respond = false;
      if (!(await endpoint(context.req, context.res))) {
        context.respond = true;
        await next();
      }
    },
  ],
  plugins: [stalledView(), esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' })],
  reporters: [defaultReporter(), summaryReporter()],
};
