// `<wrapup-dialog>` under the benchmark: scale (open, key presses) and memory (cycles).
import { defineListBench } from './harness.js';

const okResponse = () => Promise.resolve(new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json' } }));
let run = 0;

function create(reasons) {
  const element = document.createElement('wrapup-dialog');
  element.interactionId = `bench-${Date.now()}-${run++}`;
  element.submitUrl = '/api/interactions/{interactionId}/wrapup';
  element.fetch = okResponse;
  element.reasons = reasons;
  return element;
}

defineListBench({
  name: '<wrapup-dialog>',
  create,
  setList: (element, reasons) => (element.reasons = reasons),
  open(element) {
    element.open = true;
    return () => element.shadowRoot.querySelector('dialog').open;
  },
  focusSearch: (element) => element.shadowRoot.querySelector('[role=combobox]').focus(),
  option: '[role=option]',
  /** Create, open, choose, submit through a stub fetch, remove. */
  async cycle(reasons, i) {
    const element = create(reasons);
    document.body.append(element);
    element.open = true;
    await element.updateComplete;
    element.shadowRoot.querySelectorAll('[role=option]')[i % 5].click();
    const completed = new Promise((resolve) => element.addEventListener('wrapup-complete', resolve, { once: true }));
    element.submit();
    await completed;
    element.remove();
  },
  prototypes: () => ({ '<wrapup-dialog>': customElements.get('wrapup-dialog').prototype, '<dialog>': HTMLDialogElement.prototype }),
});
