// The dialog with notes, suggestions and recent reasons, as their tests open it, and what they
// read of it.
import { fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { WrapupDialog, WrapupReason } from '../../src/index.js';
import { DialogHarness, scriptedFetch } from './dialog-harness.js';

export const reasons: WrapupReason[] = [
  { id: 'callback', name: 'Callback requested' },
  { id: 'billing', name: 'Billing question', group: 'Money' },
  { id: 'refund', name: 'Refund', group: 'Money' },
  { id: 'tech', name: 'Technical problem', group: 'Support' },
  { id: 'other', name: 'Other' },
];

let interactions = 0;
export const nextInteraction = () => `extras-${Date.now()}-${++interactions}`;

export interface Options {
  id?: string;
  notes?: string;
  maxLength?: number;
  suggestions?: unknown;
  recent?: number;
  agentId?: string;
  autoWrapup?: number;
  endedAt?: number;
  fetch?: ReturnType<typeof scriptedFetch>['fetch'];
}

export async function mount({ id = nextInteraction(), notes, maxLength, suggestions, recent, agentId, autoWrapup, endedAt, fetch }: Options = {}) {
  const element = await fixture<WrapupDialog>(html`<wrapup-dialog
    interaction-id=${id}
    submit-url="/api/{interactionId}/wrapup"
    notes=${ifDefined(notes)}
    notes-max-length=${ifDefined(maxLength)}
    recent=${ifDefined(recent)}
    agent-id=${ifDefined(agentId)}
    auto-wrapup=${ifDefined(autoWrapup)}
    ended-at=${ifDefined(endedAt === undefined ? undefined : new Date(endedAt).toISOString())}
    default-reason="other"
    extendable
    .reasons=${reasons}
    .suggestions=${suggestions}
    .fetch=${fetch ?? scriptedFetch(200).fetch}
    open
  ></wrapup-dialog>`);
  return { element, ui: new DialogHarness(element), root: element.shadowRoot! };
}

export const notesField = (root: ShadowRoot) => root.querySelector<HTMLTextAreaElement>('textarea');
export const count = (root: ShadowRoot) => root.querySelector('#notes-count')?.textContent?.trim();
export const liveCount = (root: ShadowRoot) => root.querySelector('#notes-count ~ [aria-live]')?.textContent?.trim();
/** The group headings in the list, in order. */
export const headings = (root: ShadowRoot) => [...root.querySelectorAll('.group-label')].map((label) => label.textContent!.trim());
/** Each rendered option's name, with its group (or "-"). */
export const listed = (root: ShadowRoot) =>
  [...root.querySelectorAll('[role="option"]')].map((option) => {
    const group = option.closest('[role="group"]')?.getAttribute('aria-label') ?? '-';
    return `${group}: ${option.querySelector('bdi')!.textContent}`;
  });

/** Types `text` into the notes field as the agent would. */
export async function typeNote(element: WrapupDialog, text: string) {
  notesField(element.shadowRoot!)!.focus();
  await sendKeys({ type: text });
  await element.updateComplete;
}

/** Puts `text` into the notes field at once, as a paste does. */
export async function pasteNote(element: WrapupDialog, text: string) {
  const field = notesField(element.shadowRoot!)!;
  field.value += text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  await element.updateComplete;
}
