// Wrap-up forms in the dialog (issue 30): a reason's fields, the tags, a code tree, bad input,
// the keyboard path and the accessibility tree, as an agent and a host page meet them.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import sinon from 'sinon';
import '../src/index.js';
import { setLocale, type WrapupDialog, type WrapupReason, type WrapupTag } from '../src/index.js';
import { PREFIX } from '../src/wrapup/store.js';
import { DialogHarness, scriptedFetch } from './support/dialog-harness.js';
import { T0, nextTask, useFakeTime } from './support/fake-time.js';

const reasons: WrapupReason[] = [
  {
    id: 'callback',
    name: 'Callback requested',
    fields: [
      { id: 'when', label: 'Callback time', type: 'datetime', required: true },
      { id: 'phone', label: 'Phone', type: 'tel', description: 'With the country code.' },
    ],
  },
  { id: 'sale', name: 'Sale', fields: [{ id: 'amount', label: 'Amount', type: 'number', required: true, min: 0 }] },
  { id: 'partial', name: 'Partial refund', group: ['Billing', 'Refunds', 'Card'] },
  { id: 'invoice', name: 'Invoice copy', group: ['Billing', 'Invoices'] },
  { id: 'other', name: 'Other' },
];
const tags: WrapupTag[] = [
  { id: 'vip', name: 'VIP customer' },
  { id: 'angry', name: 'Upset', group: 'Mood' },
  { id: 'happy', name: 'Pleased', group: 'Mood' },
];

let interactions = 0;
const nextInteraction = () => `forms-${Date.now()}-${++interactions}`;

interface Options {
  id?: string;
  list?: unknown;
  tags?: unknown;
  maxTags?: number;
  defaultReason?: string;
  autoWrapup?: number;
  endedAt?: number;
  server?: ReturnType<typeof scriptedFetch>;
}

async function mount({ id = nextInteraction(), list = reasons, tags: given, maxTags, defaultReason = 'other', autoWrapup, endedAt, server = scriptedFetch(200) }: Options = {}) {
  const element = await fixture<WrapupDialog>(html`<wrapup-dialog
    interaction-id=${id}
    submit-url="/api/{interactionId}/wrapup"
    default-reason=${defaultReason}
    auto-wrapup=${ifDefined(autoWrapup)}
    ended-at=${ifDefined(endedAt === undefined ? undefined : new Date(endedAt).toISOString())}
    max-tags=${ifDefined(maxTags)}
    .reasons=${list}
    .tags=${given}
    .fetch=${server.fetch}
    open
  ></wrapup-dialog>`);
  await element.updateComplete;
  const root = element.shadowRoot!;
  const ui = new DialogHarness(element);
  const choose = async (name: string) => {
    ui.options.find((option) => option.textContent!.includes(name))!.click();
    await element.updateComplete;
  };
  const field = (label: string) => [...root.querySelectorAll<HTMLInputElement>('.form input, .form select')].find((input) => input.labels?.[0]?.textContent?.includes(label));
  const fill = async (label: string, value: string) => {
    const input = field(label)!;
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
    await element.updateComplete;
  };
  const tagList = () => root.querySelector<HTMLElement>('[aria-multiselectable="true"]');
  const tagOptions = () => [...(tagList()?.querySelectorAll<HTMLElement>('[role="option"]') ?? [])];
  return { element, root, ui, server, choose, field, fill, tagList, tagOptions };
}

const labels = (root: ShadowRoot) => [...root.querySelectorAll('.form label')].map((label) => label.textContent!.replace(/\s+/g, ' ').trim());

describe('<wrapup-dialog> fields', () => {
  beforeEach(() => localStorage.clear());

  it('shows the chosen reason\'s fields in its order, and none before a reason with fields is chosen', async () => {
    const { root, choose, field } = await mount();
    expect(root.querySelector('.form')).to.equal(null);
    await choose('Callback requested');
    expect(labels(root)).to.deep.equal(['Callback time (required)', 'Phone']);
    expect(field('Callback time')!.type).to.equal('datetime-local');
    expect(field('Callback time')!.required).to.equal(true);
    const phone = field('Phone')!;
    expect(root.getElementById(phone.getAttribute('aria-describedby')!)!.textContent).to.equal('With the country code.');
    await choose('Other');
    expect(root.querySelector('.form')).to.equal(null);
  });

  it('keeps Submit back until the required fields are there, and says which in words', async () => {
    const { element, root, ui, server, choose, fill } = await mount();
    await choose('Callback requested');
    expect(ui.submitButton.disabled).to.equal(true);
    expect(root.querySelector('#form-missing')!.textContent).to.equal('To submit, fill in Callback time.');
    element.submit(); // the host's call waits too
    await element.updateComplete;
    expect(element.state).to.equal('open');
    await fill('Callback time', '2026-12-08T09:30');
    expect(root.querySelector('#form-missing')).to.equal(null);
    expect(ui.submitButton.disabled).to.equal(false);
    ui.submitButton.click();
    await waitUntil(() => element.state === 'done');
    expect(server.requests[0]!.body.fields).to.deep.equal({ when: new Date('2026-12-08T09:30').toISOString() });
  });

  it('says why a value cannot be sent, beside the field, and sends numbers as numbers', async () => {
    const { element, root, ui, server, choose, fill, field } = await mount();
    await choose('Sale');
    await fill('Amount', '-5');
    const amount = field('Amount')!;
    expect(amount.getAttribute('aria-invalid')).to.equal('true');
    expect(root.getElementById(amount.getAttribute('aria-describedby')!)!.textContent).to.equal('Enter 0 or more.');
    expect(ui.submitButton.disabled).to.equal(true);
    await fill('Amount', '49.90');
    expect(amount.getAttribute('aria-invalid')).to.equal('false');
    ui.submitButton.click();
    await waitUntil(() => element.state === 'done');
    expect(server.requests[0]!.body.fields).to.deep.equal({ amount: 49.9 });
  });

  it('keeps what was typed for another reason until submit, and sends only the chosen reason\'s', async () => {
    const { element, ui, server, choose, fill, field } = await mount();
    await choose('Callback requested');
    await fill('Phone', '+386 1 234 5678');
    await choose('Sale');
    await fill('Amount', '12');
    await choose('Callback requested');
    expect(field('Phone')!.value, 'back with its reason').to.equal('+386 1 234 5678');
    await choose('Sale');
    ui.submitButton.click();
    await waitUntil(() => element.state === 'done');
    expect(server.requests[0]!.body.fields).to.deep.equal({ amount: 12 });
  });

  it('keeps the values through a reload and in another tab, and drops them from storage once done', async () => {
    const id = nextInteraction();
    const first = await mount({ id });
    await first.choose('Sale');
    await first.fill('Amount', '75');
    window.dispatchEvent(new PageTransitionEvent('pagehide')); // (stored at once as the page goes)
    const stored = () => JSON.parse(localStorage.getItem(PREFIX + id)!);
    expect(stored().fields).to.deep.equal({ sale: { amount: '75' } });
    fixtureCleanup();
    const second = await mount({ id });
    expect(second.field('Amount')!.value).to.equal('75');
    const other = { ...stored(), fields: { sale: { amount: '80' } } };
    window.dispatchEvent(new StorageEvent('storage', { key: PREFIX + id, newValue: JSON.stringify(other) }));
    await second.element.updateComplete;
    expect(second.field('Amount')!.value, 'as another tab typed it').to.equal('80');
    second.ui.submitButton.click();
    await waitUntil(() => second.element.state === 'done');
    expect(Object.keys(stored()).sort()).to.deep.equal(['doneAt', 'idempotencyKey', 'interactionId']);
  });

  it('lets the countdown send the chosen reason with what may be sent, never waiting for input', async () => {
    const fake = useFakeTime(T0);
    try {
      const { server, choose, fill } = await mount({ autoWrapup: 30, endedAt: T0 });
      await choose('Callback requested'); // its required time stays empty
      await fill('Phone', '+386 1 234 5678');
      await fake.tickAsync(31_000);
      for (let i = 0; i < 50 && server.requests.length === 0; i++) await nextTask();
      expect(server.requests[0]!.body).to.deep.include({ reasonId: 'callback', auto: true, fields: { phone: '+386 1 234 5678' } });
    } finally {
      fake.restore();
    }
  });

  it('reports a default reason with required fields, by field, and stays usable', async () => {
    const errors = sinon.spy();
    const element = document.createElement('wrapup-dialog') as WrapupDialog;
    element.addEventListener('wrapup-error', (event) => errors(event.detail.field, event.detail.error.message));
    element.reasons = reasons;
    Object.assign(element, { interactionId: nextInteraction(), defaultReason: 'sale', autoWrapup: 60, open: true });
    await fixture(html`<div>${element}</div>`);
    await waitUntil(() => errors.called, 'the problem reported');
    expect(errors).to.have.been.calledWith('default-reason', 'default-reason "sale" has required fields, which the automatic wrap-up cannot fill in');
    const ui = new DialogHarness(element);
    expect(ui.options.length).to.equal(5);
  });

  it('reports each bad field and tag by name, shows the good ones, and never throws', async () => {
    const errors: string[] = [];
    const list = [
      { id: 'broken', name: 'Broken form', fields: [{ id: 'ok', label: 'Fine', type: 'text' }, { id: 'ok', label: 'Twice', type: 'text' }, { id: 'when', label: 'When', type: 'time' }, { id: 'x', label: 'X', type: 'text', pattern: '[' }, { id: 'pick', label: 'Pick', type: 'select' }, { id: 'n', label: 'N', type: 'number', min: 5, max: 1 }, { label: 'No id', type: 'text' }, { id: 'nolabel', type: 'text' }] },
      { id: 'other', name: 'Other' },
    ];
    window.addEventListener('error', (event) => errors.push(`uncaught ${event.message}`));
    const { element, root, choose, ui, server } = await mount({ list, tags: [{ id: 'a', name: 'A' }, { id: 'a', name: 'Again' }] });
    element.addEventListener('wrapup-error', (event) => errors.push(event.detail.error.message));
    await waitUntil(() => ui.message.includes('Some settings could not be used'), 'the problems shown');
    expect(ui.message).to.contain('reason "broken", field 2: repeats the id "ok"');
    expect(ui.message).to.contain('reason "broken", field "when": type must be one of text, number, date, datetime, select, tel, checkbox; got "time"');
    expect(ui.message).to.contain('reason "broken", field "x": pattern is not a valid regular expression');
    expect(ui.message).to.contain('reason "broken", field "pick": a select needs options');
    expect(ui.message).to.contain('reason "broken", field "n": min is above max');
    expect(ui.message).to.contain('reason "broken", field 7: has no id');
    expect(ui.message).to.contain('reason "broken", field "nolabel": has no label');
    expect(ui.message).to.contain('tag 2 repeats the id "a"');
    await choose('Broken form');
    expect(labels(root)).to.deep.equal(['Fine']);
    ui.submitButton.click();
    await waitUntil(() => element.state === 'done');
    expect(server.requests[0]!.body).not.to.have.property('fields');
    expect(errors.filter((error) => error.startsWith('uncaught'))).to.deep.equal([]);
  });
});

describe('<wrapup-dialog> code trees', () => {
  it('shows a path as nested headings and finds a reason by any level, showing where it sits', async () => {
    const { root, ui } = await mount();
    const headings = () => [...root.querySelectorAll('[part="group-label"]')].map((label) => label.textContent!.trim());
    expect(headings(), 'nested, each level once').to.deep.equal(['Billing', 'Refunds', 'Card', 'Invoices']);
    expect([...root.querySelectorAll('[part="group-label"]')].map((label) => label.classList.contains(`depth-1`))).to.deep.equal([false, true, false, true]);
    expect(root.querySelector('[role="group"]')!.getAttribute('aria-label')).to.equal('Billing, Refunds, Card');
    ui.search.focus();
    await ui.type('refund');
    expect(ui.optionNames).to.deep.equal(['Partial refund']);
    expect(headings(), 'where it sits').to.deep.equal(['Billing', 'Refunds', 'Card']);
    await ui.press('Escape');
    ui.search.select();
    await ui.type('billing');
    expect(ui.optionNames, 'the top level finds all beneath it').to.deep.equal(['Partial refund', 'Invoice copy']);
  });
});

describe('<wrapup-dialog> tags', () => {
  beforeEach(() => localStorage.clear());

  it('is a multi-select listbox: one tab stop, arrows move, Space chooses, at most max-tags', async () => {
    const { element, ui, tagList, tagOptions, server } = await mount({ tags, maxTags: 2 });
    const list = tagList()!;
    expect(list.getAttribute('role')).to.equal('listbox');
    expect(list.getAttribute('aria-labelledby')).to.equal('tags-label');
    expect(list.tabIndex).to.equal(0);
    expect(list.querySelector('[role="group"]')!.getAttribute('aria-label')).to.equal('Mood');
    list.focus();
    await ui.press(' ');
    await ui.press('ArrowDown');
    await ui.press('ArrowDown');
    await ui.press(' ');
    expect(tagOptions().map((option) => option.getAttribute('aria-selected'))).to.deep.equal(['true', 'false', 'true']);
    expect(tagOptions()[1]!.getAttribute('aria-disabled'), 'the limit is reached').to.equal('true');
    expect(element.shadowRoot!.querySelector('#tags-count')!.textContent).to.equal('2 of at most 2 chosen');
    await ui.press('ArrowUp');
    await ui.press(' ');
    expect(tagOptions()[1]!.getAttribute('aria-selected')).to.equal('false');
    await ui.press('Home');
    await ui.press(' '); // lets VIP go
    await ui.press('ArrowDown');
    await ui.press(' ');
    expect(list.getAttribute('aria-activedescendant')).to.equal('tag-1');
    ui.options.find((option) => option.textContent!.includes('Other'))!.click();
    await element.updateComplete;
    ui.submitButton.click();
    await waitUntil(() => element.state === 'done');
    expect(server.requests[0]!.body.tags).to.deep.equal(['happy', 'angry']);
  });

  it('are kept through a reload, and the body has none when none is chosen', async () => {
    const id = nextInteraction();
    const first = await mount({ id, tags });
    first.tagOptions()[0]!.click();
    await first.element.updateComplete;
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    fixtureCleanup();
    const second = await mount({ id, tags });
    expect(second.tagOptions()[0]!.getAttribute('aria-selected')).to.equal('true');
    second.tagOptions()[0]!.click();
    await second.element.updateComplete;
    await second.choose('Other');
    second.ui.submitButton.click();
    await waitUntil(() => second.element.state === 'done');
    expect(second.server.requests[0]!.body).not.to.have.property('tags');
  });
});

describe('<wrapup-dialog> form by keyboard', () => {
  beforeEach(() => localStorage.clear());

  it('search, choose, fill the field, choose a tag, submit: no pointer', async () => {
    const { element, root, ui, server, tagList } = await mount({ tags });
    expect(ui.searchHasFocus).to.equal(true);
    await ui.type('sale');
    await ui.press('ArrowDown');
    await ui.press('Enter');
    expect(element.selectedReason?.id).to.equal('sale');
    for (let presses = 0; root.activeElement?.localName !== 'input' || root.activeElement === ui.search; presses++) {
      expect(presses, 'Tab reaches the amount').to.be.below(4);
      await ui.press('Tab');
    }
    await sendKeys({ type: '120' });
    await element.updateComplete;
    await ui.press('Tab');
    expect(root.activeElement).to.equal(tagList());
    await ui.press(' ');
    for (let presses = 0; root.activeElement !== ui.submitButton; presses++) {
      expect(presses, 'Tab reaches Submit').to.be.below(4);
      await ui.press('Tab');
    }
    await ui.press('Enter');
    await waitUntil(() => element.state === 'done');
    expect(server.requests[0]!.body).to.deep.include({ reasonId: 'sale', fields: { amount: 120 }, tags: ['vip'] });
  });

  it('is accessible with fields and tags shown', async () => {
    const { element, choose } = await mount({ tags });
    await choose('Callback requested');
    await expect(element).to.be.accessible();
  });
});

describe('<wrapup-dialog> form in Slovenian', () => {
  afterEach(() => setLocale(null));

  it('says what is missing, and the tags, in Slovenian', async () => {
    localStorage.clear();
    await setLocale('sl');
    const { root, choose } = await mount({ tags });
    await choose('Sale');
    expect(labels(root)).to.deep.equal(['Amount (obvezno)']);
    expect(root.querySelector('#form-missing')!.textContent).to.equal('Za pošiljanje izpolnite: Amount.');
    expect(root.querySelector('#tags-label')!.textContent).to.equal('Oznake');
  });
});
