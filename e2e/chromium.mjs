// Debian's Chromium, as every browser-driving script here starts it: no downloaded browser, and
// the flags it needs as root with no network (without them it stalls on refused connections).
import { chromium } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** Launches headless Chromium through Playwright. */
export const launchChromium = () => chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
