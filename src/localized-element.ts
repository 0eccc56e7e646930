import { LitElement } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { localeReady } from './localization.js';

/**
 * The base of both elements: re-renders when the language changes, and renders only once the
 * page's language has loaded (or has been waited for long enough, see `localeReady`), so no
 * other language flashes first.
 */
export class LocalizedElement extends LitElement {
  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override async scheduleUpdate(): Promise<void> {
    await localeReady();
    super.scheduleUpdate();
  }

  /** Settles once no update is pending, including those that an update itself asked for. */
  protected override async getUpdateComplete(): Promise<boolean> {
    while (!(await super.getUpdateComplete()));
    return true;
  }
}
