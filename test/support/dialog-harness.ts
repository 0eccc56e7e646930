import { sendKeys } from '@web/test-runner-commands';
import type { WrapupDialog } from '../../src/dialog/wrapup-dialog.js';

/** One recorded POST of a stub fetch. */
export interface RecordedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: Record<string, unknown>;
}

/**
 * A fetch that records every request and answers from a script of statuses (the last one
 * repeats). A status of 0 rejects like a network error; 'hang' never answers.
 */
export function scriptedFetch(...script: (number | 'hang' | Response)[]) {
  const requests: RecordedRequest[] = [];
  const fetch = async (url: string, init: RequestInit): Promise<Response> => {
    requests.push({
      url,
      method: init.method ?? 'GET',
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      body: JSON.parse(String(init.body)),
    });
    const step = script[Math.min(requests.length - 1, script.length - 1)] ?? 200;
    if (step instanceof Response) return step;
    if (step === 'hang') {
      return new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    }
    if (step === 0) throw new TypeError('Failed to fetch');
    return new Response(step === 204 ? null : '{}', { status: step });
  };
  return { fetch, requests };
}

/** Reads and drives a `<wrapup-dialog>` as an agent would. */
export class DialogHarness {
  constructor(readonly element: WrapupDialog) {}

  get #root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  get dialog(): HTMLDialogElement {
    return this.#root.querySelector('dialog')!;
  }

  get search(): HTMLInputElement {
    return this.#root.querySelector('[role="combobox"]')!;
  }

  get listbox(): HTMLElement {
    return this.#root.querySelector('[role="listbox"]')!;
  }

  get options(): HTMLElement[] {
    return [...this.#root.querySelectorAll<HTMLElement>('[role="option"]')];
  }

  get optionNames(): string[] {
    return this.options.map((option) => option.querySelector('bdi')!.textContent!);
  }

  get selectedNames(): string[] {
    return this.options.filter((option) => option.getAttribute('aria-selected') === 'true').map((option) => option.querySelector('bdi')!.textContent!);
  }

  get activeOption(): HTMLElement | null {
    const id = this.search.getAttribute('aria-activedescendant');
    return id ? this.#root.getElementById(id) : null;
  }

  get submitButton(): HTMLButtonElement {
    return this.#root.querySelector('[part="submit-button"]')!;
  }

  get extendButton(): HTMLButtonElement | null {
    return this.#root.querySelector('[part="extend-button"]');
  }

  get retryButton(): HTMLButtonElement | null {
    return [...this.#root.querySelectorAll<HTMLButtonElement>('.actions button')].find((button) => button !== this.submitButton) ?? null;
  }

  get title(): string {
    return this.#root.querySelector('h2')!.textContent!.trim();
  }

  get scenario(): string {
    return this.#root.querySelector('[part="scenario"]')!.textContent!.replace(/\s+/g, ' ').trim();
  }

  /** The elapsed time's digits. */
  get elapsed(): string | undefined {
    return this.#root.querySelector('[part="scenario"] [role="timer"]')?.textContent?.trim();
  }

  /** The countdown's digits, or undefined when there is none. */
  get countdown(): string | undefined {
    return this.#root.querySelector('[part="countdown"] [role="timer"]')?.textContent?.trim();
  }

  get countdownText(): string {
    return this.#root.querySelector('[part="countdown"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  get message(): string {
    return this.#root.querySelector('[part="message"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  get status(): string {
    return this.#root.querySelector('[part="status"]')?.textContent?.trim() ?? '';
  }

  get announcement(): string {
    return this.#root.querySelector('[aria-live="polite"]')?.textContent?.trim() ?? '';
  }

  /** Whether keyboard focus is in the search field. */
  get searchHasFocus(): boolean {
    return this.#root.activeElement === this.search;
  }

  async type(text: string): Promise<void> {
    await sendKeys({ type: text });
    await this.element.updateComplete;
  }

  /** A key pressed with a modifier held, e.g. `chord('Alt', 'KeyX')`. */
  async chord(modifier: string, key: string): Promise<void> {
    await sendKeys({ down: modifier });
    await sendKeys({ press: key });
    await sendKeys({ up: modifier });
    await this.element.updateComplete;
  }

  async press(key: string): Promise<void> {
    await sendKeys({ press: key });
    await this.element.updateComplete;
  }
}
