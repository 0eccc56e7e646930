// The floors of the key-press and open figures: a plain `<input>` and a plain `<dialog>` with no
// script of their own, timed the same way as the components. What is left is the browser's:
// delivering the key and editing the field, or showing a modal, and waiting for the next frame
// (up to one frame interval, 16.7 ms at 60 Hz).
import { nextFrame, recordKeyLatency, sleep } from './harness.js';

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
