/** Puppeteer drives Debian's firefox-esr; it must never download a browser of its own. */
module.exports = { skipDownload: true };
