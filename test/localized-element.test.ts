// `updateComplete` of both elements (src/i18n/localized-element.ts): it waits for every part an
// update asked for, also one asked for by an update that ran while it waited.
import { expect } from '@open-wc/testing';
import { LocalizedElement } from '../src/i18n/localized-element.js';

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

class PartsProbe extends LocalizedElement {
  /** What the next updates ask to wait for, one each. */
  readonly parts: Promise<unknown>[] = [];

  protected override updated(): void {
    const part = this.parts.shift();
    if (part) this.waitFor(part);
  }
}
customElements.define('parts-probe', PartsProbe);

describe('updateComplete', () => {
  it('waits for a part that an update asked for while it waited for an earlier one', async () => {
    const element = new PartsProbe();
    let laterDone = false;
    element.parts.push(delay(30));
    document.body.append(element);
    try {
      const complete = element.updateComplete;
      await delay(5);
      // An update of its own (the host set something) asks for a part that takes longer.
      element.parts.push(delay(150).then(() => (laterDone = true)));
      element.requestUpdate();
      await complete;
      expect(laterDone).to.equal(true);
    } finally {
      element.remove();
    }
  });
});
