// The dialog as most of its tests open it: a fresh interaction, a stand-in server, and the
// ways to let its asynchronous work settle under fake timers.
import { fixture, html } from '@open-wc/testing';
import type sinon from 'sinon';
import '../../src/index.js';
import type { WrapupDialog, WrapupReason } from '../../src/index.js';
import { DialogHarness, scriptedFetch } from './dialog-harness.js';
import { nextTask } from './fake-time.js';

export const reasons: WrapupReason[] = [
  { id: 'billing', name: 'Billing question', group: 'Billing' },
  { id: 'refund', name: 'Refund request', group: 'Billing' },
  { id: 'tech', name: 'Technical problem', group: 'Support', description: 'Device or app trouble' },
  { id: 'contract-end', name: 'Zaključek pogodbe', group: 'Support' },
  { id: 'other', name: 'Other' },
];

let interactions = 0;
/** A fresh interaction id per test, so stored state never leaks between tests. */
export const nextInteraction = () => `test-${Date.now()}-${++interactions}`;

export async function openDialog(
  { autoWrapup, extendable = false, extendSeconds, defaultReason = 'other', list = reasons, script = [200] as (number | 'hang' | Response)[] } = {} as {
    autoWrapup?: number;
    extendable?: boolean;
    extendSeconds?: number;
    defaultReason?: string;
    list?: unknown;
    script?: (number | 'hang' | Response)[];
  },
) {
  const server = scriptedFetch(...script);
  /**
   * Every wrap-up-submit, which fires synchronously when a submission starts: counting these
   * shows that nothing was submitted without waiting for a POST that might merely be slow.
   */
  const submits: Event[] = [];
  const element = await fixture<WrapupDialog>(html`
    <wrapup-dialog
      interaction-id=${nextInteraction()}
      ended-at=${new Date(Date.now()).toISOString()}
      auto-wrapup=${autoWrapup ?? ''}
      default-reason=${defaultReason}
      ?extendable=${extendable}
      extend-seconds=${extendSeconds ?? ''}
      submit-url="/api/interactions/{interactionId}/wrapup"
      .reasons=${list as WrapupReason[]}
      .fetch=${server.fetch}
      @wrapup-submit=${(event: Event) => submits.push(event)}
      open
    ></wrapup-dialog>
  `);
  await element.updateComplete;
  return { element, ui: new DialogHarness(element), server, submits };
}

/**
 * Lets pending work (the stub fetch, the Web Lock, the submission loop) and Lit renders settle:
 * a few real tasks, which fake timers do not hold back, with fake time flushed in between.
 */
export async function settle(element: WrapupDialog, fake?: sinon.SinonFakeTimers) {
  for (let i = 0; i < 12; i++) {
    if (fake) await fake.tickAsync(0);
    await nextTask();
    await element.updateComplete;
  }
}

/** Settles until `done` holds (a Web Lock may take longer on a loaded machine), or 5 real seconds. */
export async function settleUntil(element: WrapupDialog, fake: sinon.SinonFakeTimers, done: () => boolean) {
  for (let i = 0; i < 400 && !done(); i++) await settle(element, fake);
}
