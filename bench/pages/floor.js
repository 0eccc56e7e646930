// The floor of the key-press figure: a plain `<input>` with no script of its own, timed the
// same way as the components. What is left is the browser's: delivering the key, editing the
// field and waiting for the next frame (up to one frame interval, 16.7 ms at 60 Hz).
import { recordKeyLatency } from './harness.js';

const latencies = recordKeyLatency();
window.bench = {
  focusSearch() {
    document.querySelector('input').focus();
    latencies.length = 0;
  },
  latencies: () => [...latencies],
};
