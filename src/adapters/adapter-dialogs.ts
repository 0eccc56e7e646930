/**
 * What every platform adapter does with its dialogs, in one place: one `<wrapup-dialog>` per
 * interaction, made in the host's container; its `wrapup-submit` cancelled (no POST) and handed
 * to the platform's call, whose promise completes or fails the dialog; removed once done.
 */
import type { WrapupDialog } from '../dialog/wrapup-dialog.js';
import type { WrapupSubmitEvent } from '../events.js';

/** The platform's call for a wrap-up: resolves once the platform has it. */
export type PlatformSubmit = (detail: WrapupSubmitEvent['detail']) => Promise<unknown>;

/** The dialogs an adapter keeps, by interaction id. */
export class AdapterDialogs {
  readonly #dialogs = new Map<string, WrapupDialog>();
  readonly #container: Element;
  readonly #tagName: string;

  constructor(container: Element, tagName: string) {
    [this.#container, this.#tagName] = [container, tagName];
  }

  has(id: string): boolean {
    return this.#dialogs.has(id);
  }

  get(id: string): WrapupDialog | undefined {
    return this.#dialogs.get(id);
  }

  /**
   * A dialog for `id`, kept from now on (not yet on the page: see {@link show}). Its wrap-up
   * goes to `submit`; a rejection fails it with the HTTP status `statusOf` finds, if any.
   */
  create(id: string, submit: PlatformSubmit, statusOf?: (error: unknown) => number | undefined): WrapupDialog {
    const dialog = document.createElement(this.#tagName) as WrapupDialog;
    this.#dialogs.set(id, dialog);
    dialog.addEventListener('wrapup-submit', (event) => {
      event.preventDefault(); // the platform takes it: no POST
      submit(event.detail).then(
        () => dialog.complete(),
        (error: unknown) => dialog.fail(statusOf?.(error)),
      );
    });
    dialog.addEventListener('wrapup-complete', () => this.remove(id));
    return dialog;
  }

  /**
   * Gives `dialog` its settings, opens it and puts it on the page; not when it is no longer
   * `id`'s (done or removed while the adapter waited for the platform).
   */
  show(id: string, dialog: WrapupDialog, settings: Partial<WrapupDialog>): void {
    if (this.#dialogs.get(id) !== dialog) return;
    Object.assign(dialog, settings, { open: true });
    this.#container.append(dialog);
  }

  /** Removes `id`'s dialog, if any. */
  remove(id: string): void {
    this.#dialogs.get(id)?.remove();
    this.#dialogs.delete(id);
  }

  /** Removes every dialog (the adapter disconnects). */
  clear(): void {
    for (const id of [...this.#dialogs.keys()]) this.remove(id);
  }
}
