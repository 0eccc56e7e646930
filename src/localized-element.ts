import { LitElement } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { localeReady } from './localization.js';

/**
 * The base of both elements: re-renders when the language changes, and renders only once the
 * page's language has loaded, so no other language flashes first.
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
}
