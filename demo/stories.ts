/** The demo's stories: realistic situations an agent desktop puts the elements in. */
import type { WrapupReason, WrapupSuggestion, WrapupTag } from '../src/index.js';
import type { Platform } from './platforms.js';

export interface Story {
  id: string;
  title: string;
  summary: string;
  /**
   * What is shown: the dialog, a lone timer, a timer bound to the dialog with `for`, or three
   * chat dialogs open at once.
   */
  kind: 'dialog' | 'timer' | 'timer-for' | 'chats' | 'platform';
  /** For `platform`: whose SDK the stand-in plays. */
  platform?: Platform;
  attributes: Record<string, string | boolean>;
  /** Seconds before now that the interaction ended. */
  endedAgo?: number;
  reasons?: 'basic' | 'grouped' | 'many' | 'bad' | 'declarative' | 'none' | 'forms' | 'tree';
  /** What the host suggests, as a model or a rule would. */
  suggestions?: WrapupSuggestion[];
  /** Secondary labels the agent may choose beside the reason. */
  tags?: WrapupTag[];
  /** A model's summary of the interaction as it streams in: `summary` is set to each, a second apart; the last is ready. */
  summaryStream?: string[];
  /** Reason ids the agent (`agent-id`) submitted lately, newest first, as if from earlier wrap-ups. */
  recent?: string[];
  /** The stand-in server's behaviour at the start of the story. */
  server?: { fail?: number; status?: number; retryAfter?: string; offline?: boolean };
}

export const basicReasons: WrapupReason[] = [
  { id: 'resolved', name: 'Issue resolved' },
  { id: 'billing', name: 'Billing question' },
  { id: 'callback', name: 'Callback scheduled' },
  { id: 'wrong-number', name: 'Wrong number' },
  { id: 'other', name: 'Other' },
];

export const groupedReasons: WrapupReason[] = [
  { id: 'billing', name: 'Billing question', group: 'Billing' },
  { id: 'refund', name: 'Refund request', group: 'Billing' },
  { id: 'invoice', name: 'Invoice copy', group: 'Billing' },
  { id: 'tech', name: 'Technical problem', group: 'Support', description: 'Device, app or network trouble' },
  { id: 'contract-end', name: 'Zaključek pogodbe', group: 'Support' },
  { id: 'upgrade', name: 'Plan upgrade', group: 'Sales' },
  { id: 'new-line', name: 'New line', group: 'Sales' },
  { id: 'other', name: 'Other' },
];

/** Reasons with forms: a callback needs its time, a sale its amount. */
export const formReasons: WrapupReason[] = [
  { id: 'callback', name: 'Callback requested', fields: [
      { id: 'when', label: 'Callback time', type: 'datetime', required: true, description: 'In the customer’s time zone.' },
      { id: 'phone', label: 'Phone number', type: 'tel', pattern: '\\+?[0-9 ]{6,20}', description: 'With the country code, e.g. +386 1 234 5678.' },
    ] },
  { id: 'sale', name: 'Sale', fields: [
      { id: 'amount', label: 'Amount (EUR)', type: 'number', required: true, min: 0, max: 100000 },
      { id: 'plan', label: 'Plan', type: 'select', options: [{ id: 'basic', name: 'Basic' }, { id: 'plus', name: 'Plus' }, { id: 'pro', name: 'Pro' }] },
      { id: 'consent', label: 'Customer agreed to the terms', type: 'checkbox', required: true },
    ] },
  { id: 'complaint', name: 'Complaint', fields: [{ id: 'case', label: 'Case number', type: 'text', pattern: 'C-[0-9]{5}', maxLength: 7, description: 'C- and five digits.' }] },
  { id: 'resolved', name: 'Issue resolved' },
  { id: 'other', name: 'Other' },
];

/** A code tree of three levels: search "refund" and see where it sits. */
export const treeReasons: WrapupReason[] = [
  { id: 'refund-full', name: 'Full refund', group: ['Billing', 'Refunds', 'Card'] },
  { id: 'refund-partial', name: 'Partial refund', group: ['Billing', 'Refunds', 'Card'] },
  { id: 'refund-transfer', name: 'Refund by bank transfer', group: ['Billing', 'Refunds', 'Bank'] },
  { id: 'invoice-copy', name: 'Invoice copy', group: ['Billing', 'Invoices', 'Copies'] },
  { id: 'invoice-wrong', name: 'Wrong amount', group: ['Billing', 'Invoices', 'Disputes'] },
  { id: 'phone-broken', name: 'Phone does not start', group: ['Support', 'Devices', 'Phones'] },
  { id: 'router', name: 'Router offline', group: ['Support', 'Devices', 'Routers'] },
  { id: 'app-login', name: 'Cannot sign in', group: ['Support', 'Apps', 'Account'] },
  { id: 'other', name: 'Other' },
];

/** Secondary labels beside the one reason. */
export const demoTags: WrapupTag[] = [
  { id: 'vip', name: 'VIP customer' },
  { id: 'first-contact', name: 'First contact' },
  { id: 'upset', name: 'Upset', group: 'Mood' },
  { id: 'pleased', name: 'Pleased', group: 'Mood' },
  { id: 'escalate', name: 'Escalate to supervisor', group: 'Follow-up' },
  { id: 'churn-risk', name: 'Churn risk', group: 'Follow-up' },
];

const words = ['Billing', 'Račun', 'Refund', 'Vračilo', 'Technical', 'Tehnična', 'Zaključek', 'Naročnina', 'Callback', 'Pritožba'];

/** How many reasons the "10,000 reasons" story lists. */
export const MANY = 10_000;

/** The first `count` of {@link MANY} reasons with realistic names, some with č š ž, in 100 groups. */
export function manyReasons(count = MANY): WrapupReason[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `r${i}`,
    name: `${words[i % words.length]} ${i + 1}: ${i % 3 === 0 ? 'čakanje na odgovor' : i % 3 === 1 ? 'customer follow-up' : 'šifra žreba'}`,
    group: `Queue ${String(Math.floor(i / 100) + 1).padStart(3, '0')}`,
  }));
}

/** Everything a host can get wrong at once. */
export const badReasons = [
  { id: 'ok', name: 'A valid reason' },
  { name: 'No id' },
  { id: 'ok', name: 'Duplicate id' },
  { id: 'html', name: '<img src=x onerror=alert(1)> rendered as text' },
  { id: 'number-name', name: 42 },
  'not an object',
];

/** The `<option>`s of the declarative story: `[group, [[value, label], …]]`, a group of none last. */
export const declarativeOptions: [string | undefined, [string, string][]][] = [
  ['Billing', [['billing', 'Billing question'], ['refund', 'Refund request']]],
  ['Support', [['tech', 'Technical problem'], ['contract-end', 'Zaključek pogodbe']]],
  [undefined, [['other', 'Other']]],
];

/** The list a story sets as the `reasons` property (none for `<option>`s or no list). */
export function reasonsOf(story: Story): WrapupReason[] | undefined {
  switch (story.reasons) {
    case 'grouped':
      return groupedReasons;
    case 'many':
      return manyReasons();
    case 'bad':
      return badReasons as never;
    case 'forms':
      return formReasons;
    case 'tree':
      return treeReasons;
    case 'declarative':
    case 'none':
      return undefined;
    default:
      return basicReasons;
  }
}

const dialog = (id: string, title: string, summary: string, rest: Partial<Story>): Story => ({
  id,
  title,
  summary,
  kind: 'dialog',
  attributes: {},
  reasons: 'basic',
  ...rest,
});

export const stories: Story[] = [
  dialog('voice-ended', 'Voice call ended', 'The agent ended a call; auto wrap-up in 60 s with the default reason.', {
    attributes: { channel: 'voice', scenario: 'end', 'auto-wrapup': '60', 'default-reason': 'other' },
  }),
  dialog('chat-transferred', 'Chat transferred', 'A chat was transferred to another queue.', {
    attributes: { channel: 'chat', scenario: 'transfer', 'auto-wrapup': '90', 'default-reason': 'other' },
  }),
  dialog('email-sent', 'Email reply sent', 'An email reply went out; no countdown is configured.', {
    attributes: { channel: 'email', scenario: 'send' },
  }),
  dialog('customer-ended', 'Customer ended the chat', 'The customer left the chat.', {
    attributes: { channel: 'chat', scenario: 'customer-end', 'auto-wrapup': '60', 'default-reason': 'other' },
  }),
  dialog('extend-cancel', 'Extendable: cancel for good', 'The administrator allows cancelling the countdown (the source behaviour).', {
    attributes: { 'auto-wrapup': '60', 'default-reason': 'other', extendable: true },
  }),
  dialog('extend-30', 'Extendable by 30 s', 'Each press moves the deadline 30 seconds later.', {
    attributes: { 'auto-wrapup': '60', 'default-reason': 'other', extendable: true, 'extend-seconds': '30' },
  }),
  dialog('grouped', 'Grouped reasons', 'Reasons under group headings; try searching "zakljucek".', {
    attributes: { 'auto-wrapup': '120', 'default-reason': 'other' },
    reasons: 'grouped',
  }),
  dialog('declarative', 'Declarative <option> markup', 'Reasons given as light-DOM <option>s and <optgroup>s.', {
    attributes: { 'auto-wrapup': '120', 'default-reason': 'other' },
    reasons: 'declarative',
  }),
  dialog('suggested-recent', 'Suggested and recent', 'Two suggestions from a model, the agent’s recent reasons and a notes field: Down, Enter, Tab, a note, Control+Enter.', {
    attributes: { 'auto-wrapup': '120', 'default-reason': 'other', extendable: true, 'extend-seconds': '30', notes: 'optional', recent: '5', 'agent-id': 'demo-agent' },
    reasons: 'grouped',
    suggestions: [
      { id: 'refund', confidence: 0.87, label: 'Invoice mentioned' },
      { id: 'tech', confidence: 0.42 },
    ],
    recent: ['upgrade', 'billing', 'refund'],
  }),
  dialog('form-callback', 'Callback with a required time', 'Choose "Callback requested": Submit waits for the time and says so; the phone number is checked against its pattern.', {
    attributes: { 'auto-wrapup': '120', 'default-reason': 'other', extendable: true, 'extend-seconds': '30' },
    reasons: 'forms',
  }),
  dialog('form-sale', 'Sale with an amount', 'Choose "Sale": an amount (a number from 0), a plan and a required consent; the POST carries them typed.', {
    attributes: { 'auto-wrapup': '120', 'default-reason': 'other', notes: 'optional' },
    reasons: 'forms',
  }),
  dialog('code-tree', 'A code tree of three levels', 'Reasons under Billing › Refunds › Card and others: search "refund" or "devices" and see where each sits.', {
    attributes: { 'auto-wrapup': '120', 'default-reason': 'other' },
    reasons: 'tree',
  }),
  dialog('tags', 'Tags beside the reason', 'Up to three tags: Tab to the list, arrows move, Space chooses; the POST carries their ids.', {
    attributes: { 'auto-wrapup': '120', 'default-reason': 'other', 'max-tags': '3' },
    reasons: 'grouped',
    tags: demoTags,
  }),
  dialog('assisted', 'Assisted: a streamed summary', 'A model drafts the notes in three steps. Type in the notes meanwhile: your text stays, and the newer summary is offered beside it.', {
    attributes: { 'auto-wrapup': '120', 'default-reason': 'other', notes: 'optional' },
    reasons: 'grouped',
    suggestions: [{ id: 'refund', confidence: 0.81, label: 'Refund mentioned' }],
    summaryStream: [
      'Customer called about',
      'Customer called about a double charge on the March invoice.',
      'Customer called about a double charge on the March invoice. Refund of 24.90 EUR requested; confirmation sent by email.',
    ],
  }),
  dialog('live', 'Wrap-up during the call', 'The call is still going on: choose and type as you go, no countdown. Untick "live" to end the call: the countdown starts and Submit is one key away.', {
    attributes: { live: true, 'auto-wrapup': '60', 'default-reason': 'other', notes: 'optional' },
    reasons: 'grouped',
  }),
  dialog('min-wrapup', 'No early exit (min-wrapup)', 'Submit waits 20 seconds after the end of the call and says so; the countdown still sends at 60.', {
    attributes: { 'min-wrapup': '20', 'auto-wrapup': '60', 'default-reason': 'other' },
  }),
  dialog('many', '10,000 reasons', 'Only the rows in view are rendered; filtering stays instant.', {
    attributes: { 'default-reason': 'r0' },
    reasons: 'many',
  }),
  dialog('about-to-expire', 'About to expire', 'Ten seconds left: the warning is shown and announced.', {
    attributes: { 'auto-wrapup': '60', 'default-reason': 'other', extendable: true, 'extend-seconds': '30' },
    endedAgo: 50,
  }),
  dialog('no-default', 'Auto wrap-up with no default', 'The countdown reaches zero, but no default reason is set: the agent is asked to choose.', {
    attributes: { 'auto-wrapup': '15' },
    endedAgo: 10,
  }),
  dialog('bad-input', 'Bad input', 'Every validation message at once; nothing throws and nothing invalid is posted.', {
    attributes: { 'auto-wrapup': '-5', 'default-reason': 'missing', 'ended-at': 'last tuesday', channel: 'fax' },
    reasons: 'bad',
  }),
  dialog('server-recovers', 'Server failing, then recovering', 'The server answers 503 twice; the submission retries with the same key.', {
    attributes: { 'default-reason': 'other' },
    server: { fail: 2, status: 503 },
  }),
  dialog('offline', 'Offline', 'The network is down: the submission waits and goes out when it is back.', {
    attributes: { 'default-reason': 'other' },
    server: { offline: true },
  }),
  {
    id: 'three-chats',
    title: 'Three chats ending',
    summary: 'Three chats ended 3 s apart, auto wrap-up in 20, 30 and 40 s: the most urgent is in front; switch, or let one run out.',
    kind: 'chats',
    attributes: {},
  },
  ...(
    [
      ['webex-sdk', 'Webex Contact Center SDK', 'A call ends with wrap-up required: the profile’s codes, the dialog keeps the deadline (the SDK’s timer is cancelled), submit calls task.wrapup().'],
      ['genesys', 'Genesys Cloud', 'A call ends with a timeout prompt: the participant’s codes, Genesys keeps the deadline, submit patches the participant with code and notes.'],
      ['amazon-connect', 'Amazon Connect', 'A chat enters after-contact work: your reasons and limit, submit calls your save() and then contact.clear().'],
      ['flex', 'Twilio Flex', 'A chat task enters wrap-up: your dispositions for its queue, submit writes the task attributes and invokes CompleteTask.'],
    ] as const
  ).map(([platform, title, summary]): Story => ({ id: `platform-${platform}`, title, summary, kind: 'platform', platform, attributes: {} })),
  {
    id: 'timer',
    title: 'Timer in a status bar',
    summary: '<wrapup-timer> alone, counting up from when the interaction ended.',
    kind: 'timer',
    attributes: {},
    endedAgo: 65,
  },
  {
    id: 'timer-for',
    title: 'Timer bound to a dialog',
    summary: '<wrapup-timer for="…"> follows the dialog’s ended-at.',
    kind: 'timer-for',
    attributes: { 'auto-wrapup': '60', 'default-reason': 'other' },
    reasons: 'basic',
    endedAgo: 5,
  },
];
