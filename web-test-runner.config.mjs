// Browser tests: `npm run test:browsers` (part of `npm test`). Debian's Chromium through
// Playwright and Debian's Firefox ESR through Puppeteer over WebDriver BiDi; neither tool may
// download a browser of its own.
import { existsSync } from 'node:fs';
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
      // `gc()`, for the tests that check what is let go (test/ticker.test.ts).
      launchOptions: { executablePath: chromiumPath, headless: true, args: [...chromiumArgs, '--js-flags=--expose-gc'] },
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
 * The built files as from an unreliable CDN (test/drop-in.test.ts):
 * - `/stalled-view/dist/…` serves `/dist/…`, but the dialog's view chunk
 *   (`wrapup-elements.modal-….js`) answers nothing for 30 s and then fails;
 * - `/failing-<name>/<id>/dist/…` serves `/dist/…`, but the chunk `<name>`
 *   (`wrapup-elements.<name>-….js`) fails with 503 until `POST /failing-<name>/<id>/_heal`;
 * - `/import-probe/<id>.js` fails the first time and is a module after that, whatever its
 *   query (test/lazy.test.ts: a failed chunk is imported again under a new address).
 */
function unreliableCdn() {
  const healed = new Set();
  return async (context, next) => {
    const probe = /^\/import-probe\/([\w-]+)\.js$/.exec(context.path)?.[1];
    if (probe) {
      context.status = healed.has(probe) ? 200 : 503;
      context.type = 'text/javascript';
      context.body = healed.has(probe) ? 'export default true;' : '';
      healed.add(probe);
      return;
    }
    const stalled = /^\/stalled-view(\/dist\/[\w.-]+\.js)$/.exec(context.path);
    const failing = /^\/failing-(\w+)\/([\w-]+)(\/dist\/[\w.-]+\.js|\/_heal)$/.exec(context.path);
    if (stalled?.[1].includes('.modal-')) {
      await new Promise((resolve) => setTimeout(resolve, 30_000));
      context.status = 504;
      return;
    }
    if (failing?.[3] === '/_heal') {
      healed.add(`${failing[1]}/${failing[2]}`);
      context.status = 204;
      return;
    }
    if (failing && failing[3].includes(`.${failing[1]}-`) && !healed.has(`${failing[1]}/${failing[2]}`)) {
      context.status = 503;
      return;
    }
    const path = stalled?.[1] ?? failing?.[3];
    if (path) context.url = path;
    await next();
  };
}

/**
 * `executeServerCommand('aria-snapshot', { selector })`: the accessibility tree under `selector`
 * as Playwright's ARIA snapshot (YAML: role, name and state of each node, shadow roots included)
 * in Chromium; '' where the launcher has none (puppeteer's Firefox over WebDriver BiDi).
 */
function ariaSnapshotPlugin() {
  return {
    name: 'aria-snapshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'aria-snapshot') return undefined;
      if (session.browser.type !== 'playwright') return ''; // (null would read as "no plugin handles it")
      return session.browser.getPage(session.id).locator(payload?.selector ?? 'body').ariaSnapshot();
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
    unreliableCdn(),
    // A real HTTP endpoint for tests of the built files (see test/support/wrapup-endpoint.mjs).
    async (context, next) => {
      context.respond = false;
      if (!(await endpoint(context.req, context.res))) {
        context.respond = true;
        await next();
      }
    },
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' }), ariaSnapshotPlugin()],
  reporters: [defaultReporter(), summaryReporter()],
};
