// `@vaadin/combo-box`, the peer: the same reasons, the same measurements as ours.js.
import '@vaadin/combo-box';
import { defineListBench } from './harness.js';

function create(reasons) {
  const element = document.createElement('vaadin-combo-box');
  element.label = 'Wrap-up reason';
  element.itemLabelPath = 'name';
  element.itemValuePath = 'id';
  element.items = reasons;
  return element;
}

defineListBench({
  name: '@vaadin/combo-box',
  create,
  setList: (element, reasons) => (element.items = reasons),
  open(element) {
    element.opened = true;
    return () => element.opened;
  },
  focusSearch: (element) => element.focus(),
  option: 'vaadin-combo-box-item',
  /** Create, open, choose, close, remove. */
  async cycle(reasons, i) {
    const element = create(reasons);
    document.body.append(element);
    element.opened = true;
    await element.updateComplete;
    element.selectedItem = reasons[i % 5];
    element.opened = false;
    await element.updateComplete;
    element.remove();
  },
  prototypes: () => ({ '<vaadin-combo-box>': customElements.get('vaadin-combo-box').prototype }),
});
