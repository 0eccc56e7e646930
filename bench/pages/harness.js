// The page side of `npm run bench`: what each component page shares. The node side
// (bench/run.mjs) drives these through `window.bench`.
import { makeReasons } from './reasons.js';

// The page's own timer functions, saved by the wake-up counter (bench/wakeups.js) before any
// component loads, so that measuring never counts as the component's work.
const own = globalThis.__benchOwn ?? { setTimeout: setTimeout.bind(globalThis), requestAnimationFrame: requestAnimationFrame.bind(globalThis) };

/** Resolves just after the next frame has been painted. */
export function nextFrame() {
  return new Promise((resolve) => {
    own.requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  });
}

export const sleep = (ms) => new Promise((resolve) => own.setTimeout(resolve, ms));

const longTasks = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });

/** Long tasks that started at or after `since` (a `performance.now()` reading). */
export function longTasksSince(since) {
  const tasks = longTasks.filter((task) => task.startTime >= since - 1);
  return { count: tasks.length, totalMs: Math.round(tasks.reduce((sum, task) => sum + task.duration, 0)) };
}

/**
 * Times every real key press in the page: from the key event's own time stamp (when the
 * browser received it) to just after the next frame painted once the `input` it caused has
 * been handled. The frame request is made in the input event's task, so the component's
 * synchronous work and its microtask renders are in that frame.
 */
export function recordKeyLatency() {
  const latencies = [];
  let pressedAt;
  let pressed = 0; // numbers the marks of a trace of each press's work (bench/run.mjs)
  addEventListener(
    'keydown',
    (event) => {
      pressedAt = event.timeStamp;
      console.timeStamp(`bench-key-start-${pressed}`);
    },
    true,
  );
  addEventListener(
    'input',
    () => {
      const start = pressedAt;
      const n = pressed++;
      pressedAt = undefined;
      if (start === undefined) return;
      void nextFrame().then((paintedAt) => {
        latencies.push(paintedAt - start);
        console.timeStamp(`bench-key-end-${n}`);
      });
    },
    true,
  );
  return latencies;
}

/** Counts the elements matching `selector` in `root` and every shadow root under it. */
export function deepCount(selector, root = document) {
  let count = root.querySelectorAll(selector).length;
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) count += deepCount(selector, element.shadowRoot);
  return count;
}

/** The visible text of the elements matching `selector`, through shadow roots. */
export function deepTexts(selector, root = document) {
  const texts = [...root.querySelectorAll(selector)].map((element) => element.textContent.trim());
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) texts.push(...deepTexts(selector, element.shadowRoot));
  return texts;
}

/**
 * What an agent desktop shows around the component (a heading, a line of text, a field), the
 * same on every page: the page's first layout of text and form controls, which a real desktop
 * has long done, then falls on neither component's measurement. (Without it the peer's own
 * field did that work before its open, and ours paid for it in the first open.)
 */
function showDesktop() {
  if (document.querySelector('#desktop')) return;
  document.body.insertAdjacentHTML(
    'afterbegin',
    '<header id="desktop"><h1>Agent desktop</h1><p>Ana Novak · chat with Marko Žagar · 03:12</p><input aria-label="Notes" value="Zaključek"></header>',
  );
}

/**
 * Defines `window.bench` for a list component, so that ours and the peer are measured by the
 * same code: `create(reasons)` makes an element, `setList`, `open` and `focusSearch` drive it,
 * `option` selects its rendered options, and `cycle` is one wrap-up from creation to removal.
 */
export function defineListBench({ name, create, setList, open, focusSearch, option, cycle, prototypes }) {
  const latencies = recordKeyLatency();
  let element;
  window.bench = {
    name,
    /**
     * Sets `count` reasons on an element already in the page (and idle for a moment, as a
     * real one would be): the time to the next frame, and the long tasks in it.
     */
    async setup(count) {
      showDesktop();
      element?.remove();
      const reasons = makeReasons(count);
      element = create([]);
      document.body.append(element);
      await element.updateComplete;
      await nextFrame();
      await sleep(300);
      const start = performance.now();
      setList(element, reasons);
      await element.updateComplete;
      const end = await nextFrame();
      return { setMs: end - start, longTasks: longTasksSince(start) };
    },
    async open() {
      await nextFrame();
      console.timeStamp('bench-open-start-0'); // for a trace of the main thread's work (bench/run.mjs)
      const start = performance.now();
      const shown = open(element);
      const end = await nextFrame();
      console.timeStamp('bench-open-end-0');
      return { ms: end - start, longTasks: longTasksSince(start), options: deepCount(option), shown: shown() };
    },
    /**
     * Creates an element with `count` reasons, appends and opens it, all in one task (as a host
     * does when a call ends), and times that task to the painted frame that first shows rows;
     * `frames` counts the frames until then. `atOnce`: in this task, without waiting for a frame
     * first (the page just loaded).
     */
    async openWithList(count, { atOnce = false } = {}) {
      showDesktop();
      element?.remove();
      const reasons = makeReasons(count);
      if (!atOnce) await nextFrame();
      if (globalThis.__benchProfile) console.profile('open'); // (bench/profile.mjs)
      console.timeStamp('bench-list-open-start-0');
      const start = performance.now();
      element = create(reasons);
      document.body.append(element);
      const shown = open(element);
      let end;
      let frames = 0;
      do {
        end = await nextFrame();
        frames += 1;
      } while (frames < 600 && deepCount(option) === 0);
      console.timeStamp('bench-list-open-end-0');
      if (globalThis.__benchProfile) console.profileEnd('open');
      return { ms: end - start, frames, options: deepCount(option), shown: shown() };
    },
    /** Focuses the search field; the node side then presses real keys. */
    focusSearch() {
      focusSearch(element);
      latencies.length = 0;
      return performance.now();
    },
    keyResults(since) {
      return { latencies: [...latencies], longTasks: longTasksSince(since), options: deepCount(option), first: deepTexts(option).slice(0, 3) };
    },
    /** `count` wrap-ups, each on a new element with `reasonCount` reasons. */
    async cycles(count, reasonCount) {
      element?.remove();
      element = undefined;
      const reasons = makeReasons(reasonCount);
      for (let i = 0; i < count; i += 1) await cycle(reasons, i);
    },
    prototypes,
  };
  // A desktop just loaded (for the shift, or reloaded) that opens a wrap-up at once: before the
  // page has had a moment of its own, as the module that defines the bench runs.
  if (location.hash === '#first-open') window.firstOpen = window.bench.openWithList(10000, { atOnce: true });
}
