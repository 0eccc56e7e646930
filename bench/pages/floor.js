// The floors of the key-press and open figures: a plain `<input>` and a plain `<dialog>` with no
// script of their own, timed the same way as the components. What is left is the browser's:
// delivering the key and editing the field, or showing a modal, and waiting for the next frame
// (up to one frame interval, 16.7 ms at 60 Hz).
import { nextFrame, recordKeyLatency, sleep } from './harness.js';
import { makeReasons } from './reasons.js';

const latencies = recordKeyLatency();
window.bench = {
  focusSearch() {
    document.querySelector('input').focus();
    latencies.length = 0;
  },
  latencies: () => [...latencies],
  /**
   * `showModal()` on a dialog with a line of text and a button → the next frame, as `open` in
   * harness.js. The dialog has been shown and closed once before, so this is not the page's
   * first modal (the components' pages lay theirs out ahead too).
   */
  async open() {
    const dialog = document.querySelector('dialog');
    dialog.showModal();
    dialog.close();
    await nextFrame();
    await sleep(100);
    await nextFrame();
    const start = performance.now();
    dialog.showModal();
    return (await nextFrame()) - start;
  },
};

/**
 * The floor of `firstOpenMs`: on a page just loaded, as its module runs, a plain `<dialog>` with
 * a field, a heading and the 13 options our first frame shows, built from markup and shown with
 * `showModal()` in that task → the next frame. No component and no script of its own: what is
 * left is the browser's first style, layout and paint of such a dialog on a fresh page.
 */
async function firstOpen() {
  const reasons = makeReasons(10000); // (made before the start, as bench/pages/harness.js does)
  const group = reasons[0].group;
  const options = reasons.filter((reason) => reason.group === group).slice(0, 13);
  const start = performance.now();
  const dialog = document.createElement('dialog');
  dialog.setAttribute('aria-label', 'Wrap-up');
  dialog.innerHTML =
    '<h2>Wrap-up</h2><input aria-label="Search wrap-up reasons" role="combobox"><div role="listbox">' +
    `<div role="presentation">${group}</div>` +
    options.map(({ name }) => `<div role="option">${name}</div>`).join('') +
    '</div><button>Submit wrap-up</button>';
  document.body.append(dialog);
  dialog.showModal();
  const end = await nextFrame();
  return { ms: end - start, frames: 1, options: options.length };
}
if (location.hash === '#first-open') window.firstOpen = firstOpen();

