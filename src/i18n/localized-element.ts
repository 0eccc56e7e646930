import { LitElement } from 'lit';
import { followLocale, localeReady } from './localization.js';

/**
 * The base of both elements: re-renders when the language changes, and renders only once the
 * page's language has loaded (or has been waited for long enough, see `localeReady`), so no
 * other language flashes first.
 */
export class LocalizedElement extends LitElement {
  constructor() {
    super();
    followLocale(this);
  }

  protected override async scheduleUpdate(): Promise<void> {
    await localeReady();
    super.scheduleUpdate();
  }

  /** The parts updates asked for (lazily loaded chunks), and the updates they bring. */
  #loading: Promise<unknown> = Promise.resolve();

  /** Makes `updateComplete` wait for `part` too, besides any still loading. */
  protected waitFor(part: Promise<unknown>): void {
    this.#loading = Promise.all([this.#loading, part]);
  }

  /**
   * Settles once no update is pending, including those that an update itself asked for and
   * those that wait for a part it is loading.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let loading;
    // (Again while an update is pending, or an update asked for a part meanwhile.)
    while (!(await super.getUpdateComplete()) || (await (loading = this.#loading), this.isUpdatePending || loading !== this.#loading));
    return true;
  }
}
