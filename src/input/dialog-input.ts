/**
 * What the host gave a `<wrapup-dialog>`, checked: its settings, its reasons (the `reasons`
 * property or declarative `<option>`s, checked when first needed rather than when set, so a
 * list of 10,000 costs nothing until the page is idle, the frame that opens the dialog has been
 * drawn, or the wrap-up needs it), and `server-time`. Every problem names its attribute.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clock } from '../time/clock.js';
import { reasonsFromOptions, type ReasonIndex } from './reasons.js';
import type { RawSettings, Settings } from './settings.js';
import { checkDefaultReason, readInstant, validateReasons, validateSettings, type SettingProblem } from './validation.js';

/** The newest `server-time` reading any dialog on the page has applied. */
let newestServerTime = -Infinity;

/**
 * The checked input of one dialog; as a controller, it reads the host's `<option>` children
 * while it is connected, and again when they change.
 */
export class DialogInput implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #optionsObserver: MutationObserver | undefined;
  /** The usable settings; a field with a problem falls back to its safe default. */
  settings: Settings = validateSettings({}).settings;
  #settingProblems: SettingProblem[] = [];
  #reasonProblems: SettingProblem[] = [];
  #serverTimeProblems: SettingProblem[] = [];
  #index = validateReasons([]).index;
  /** The list the index was built from, so an unchanged list is not checked again. */
  #source: unknown;
  /** The reasons changed and are checked when next asked for. */
  dirty = true;
  /** The reasons of the host's `<option>` children, as last read. */
  declarative: unknown[] = [];
  #declarativeKey = '[]';

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // Only what makes up the reasons: the element's own `open` and other attributes are not.
    this.#optionsObserver = new MutationObserver(() => this.#readOptions());
    this.#optionsObserver.observe(this.#host, { childList: true, subtree: true, characterData: true, attributeFilter: ['value', 'label', 'title'] });
    this.#readOptions();
  }

  hostDisconnected(): void {
    this.#optionsObserver?.disconnect();
  }

  /** Reads the host's `<option>` children; when they changed, they are checked anew. */
  #readOptions(): void {
    const reasons = reasonsFromOptions(this.#host);
    const key = JSON.stringify(reasons);
    if (key === this.#declarativeKey) return;
    this.#declarativeKey = key;
    this.declarative = reasons;
    this.dirty = true; // (an unchanged `reasons` property, which wins, is not checked again)
    this.#host.requestUpdate();
  }

  /** Checks the settings. */
  checkSettings(raw: RawSettings): void {
    const { settings, problems } = validateSettings(raw, clock.now());
    this.settings = settings;
    this.#settingProblems = problems;
  }

  /** The usable reasons of `given`, checked now if they changed since last asked. */
  reasons(given: unknown): ReasonIndex {
    if (!this.dirty) return this.#index;
    this.dirty = false;
    if (given !== this.#source) {
      this.#source = given;
      ({ index: this.#index, problems: this.#reasonProblems } = validateReasons(given));
    }
    return this.#index;
  }

  /** The reasons as last checked. */
  get index(): ReasonIndex {
    return this.#index;
  }

  /** Checks a `server-time` value. */
  checkServerTime(value: unknown): void {
    readInstant('server-time', value, (this.#serverTimeProblems = []), clock.now(), 'epoch');
  }

  /**
   * Corrects the page clock by a `server-time` reading taken now; a reading not newer than one
   * some dialog already applied is stale (a second dialog rendered earlier, one re-mounted with
   * its old value) and must not move every timer on the page back.
   */
  applyServerTime(value: unknown): void {
    const time = Number(readInstant('server-time', value, [], clock.now())); // (NaN when none or unusable: never newer)
    if (!(time > newestServerTime)) return;
    newestServerTime = time;
    clock.sync(time);
  }

  /** Every problem with the settings, the reasons, `server-time` and the default reason, each naming its attribute. */
  problems(defaultReason: string | undefined): SettingProblem[] {
    return [
      ...this.#settingProblems,
      ...this.#reasonProblems,
      ...this.#serverTimeProblems,
      ...checkDefaultReason(defaultReason, this.settings.autoWrapup, this.#index),
    ];
  }
}
