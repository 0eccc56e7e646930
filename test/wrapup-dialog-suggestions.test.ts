// Suggested reasons and the agent's recent reasons (issue 14): what the agent sees, and what
// goes into the POST.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import type { WrapupDialog, WrapupSuggestion } from '../src/index.js';
import { DialogHarness, scriptedFetch } from './support/dialog-harness.js';
import { headings, listed, mount, nextInteraction, reasons } from './support/extras-fixture.js';

describe('<wrapup-dialog> suggested reasons', () => {
  beforeEach(() => localStorage.clear());

  const suggestions: WrapupSuggestion[] = [
    { id: 'refund', confidence: 0.87, label: 'Invoice mentioned' },
    { id: 'tech', confidence: 0.4 },
  ];

  it('lists them first, in the host’s order, with confidence and label; they stay in their own groups too', async () => {
    const { element, root, ui } = await mount({ suggestions });
    expect(headings(root)).to.deep.equal(['Suggested', 'All reasons', 'Money', 'Support']);
    expect(listed(root)).to.deep.equal([
      'Suggested: Refund',
      'Suggested: Technical problem',
      'All reasons: Callback requested',
      'All reasons: Other',
      'Money: Billing question',
      'Money: Refund',
      'Support: Technical problem',
    ]);
    const hint = (option: HTMLElement) => root.getElementById(option.getAttribute('aria-describedby')!)!.textContent;
    expect(hint(ui.options[0]!)).to.equal('87% · Invoice mentioned');
    expect(hint(ui.options[1]!)).to.equal('40%');
    expect(ui.options[0]!.getAttribute('aria-posinset')).to.equal('1');
    expect(ui.options[0]!.getAttribute('aria-setsize')).to.equal('7');
    expect(element.selectedReason, 'never chosen automatically').to.equal(undefined);
  });

  it('Down reaches the first suggested reason in one press; typing filters as usual', async () => {
    const { ui, root } = await mount({ suggestions });
    ui.search.focus();
    await ui.press('ArrowDown');
    expect(ui.activeOption!.closest('[role="group"]')!.getAttribute('aria-label')).to.equal('Suggested');
    expect(ui.activeOption!.querySelector('bdi')!.textContent).to.equal('Refund');
    await ui.type('ref');
    expect(headings(root)).to.deep.equal(['Money']);
    expect(ui.optionNames).to.deep.equal(['Refund']);
  });

  it('puts suggested and suggestionRank in the body: rank 2, not suggested, and no fields without suggestions', async () => {
    const cases: [unknown, number, Record<string, unknown>][] = [
      [suggestions, 1, { suggested: true, suggestionRank: 2 }],
      [suggestions, 4, { suggested: false }],
      [undefined, 1, {}],
    ];
    for (const [given, option, expected] of cases) {
      const server = scriptedFetch(200);
      const { element, ui } = await mount({ suggestions: given, fetch: server.fetch });
      ui.options[option]!.click();
      await element.updateComplete;
      ui.submitButton.click();
      await waitUntil(() => element.state === 'done');
      const body = server.requests[0]!.body;
      expect({ suggested: body.suggested, suggestionRank: body.suggestionRank }).to.deep.equal({ suggested: undefined, suggestionRank: undefined, ...expected });
    }
  });

  it('reports an unknown id once through wrapup-error (field "suggestions"), ignores it, and does not count it in the rank', async () => {
    const errors: CustomEvent[] = [];
    const warn = sinon.stub(console, 'warn');
    const server = scriptedFetch(200);
    try {
      const element = await fixture<WrapupDialog>(html`<wrapup-dialog
        interaction-id=${nextInteraction()}
        submit-url="/x"
        .reasons=${reasons}
        .suggestions=${[{ id: 'gone' }, { id: 'tech', confidence: 7 }, 'junk']}
        .fetch=${server.fetch}
        @wrapup-error=${(event: CustomEvent) => errors.push(event)}
        open
      ></wrapup-dialog>`);
      await element.updateComplete;
      element.requestUpdate();
      await element.updateComplete;
      expect(errors.map((event) => event.detail.field)).to.deep.equal(['suggestions', 'suggestions', 'suggestions']);
      expect(errors[0]!.detail.error.message).to.equal('suggestion 1 ("gone") is not one of the reasons');
      const ui = new DialogHarness(element);
      expect(listed(element.shadowRoot!).slice(0, 1)).to.deep.equal(['Suggested: Technical problem']);
      expect(element.shadowRoot!.getElementById(ui.options[0]!.getAttribute('aria-describedby') ?? '')).to.equal(null);
      ui.options[0]!.click();
      await element.updateComplete;
      ui.submitButton.click();
      await waitUntil(() => element.state === 'done');
      expect(server.requests[0]!.body).to.include({ suggested: true, suggestionRank: 1 });
    } finally {
      warn.restore();
    }
  });

  it('does not break on suggestions that are not a list', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const { root, element } = await mount({ suggestions: 'refund' as unknown });
      expect(headings(root)).to.deep.equal(['Money', 'Support']);
      element.suggestions = [{ id: 'tech' }];
      await element.updateComplete;
      expect(headings(root)[0]).to.equal('Suggested');
    } finally {
      warn.restore();
    }
  });
});

describe('<wrapup-dialog> recent reasons', () => {
  beforeEach(() => localStorage.clear());

  async function submitWith(reasonId: string, agentId?: string) {
    const { element } = await mount({ agentId, recent: 5 });
    const option = new DialogHarness(element).options.find((o) => o.querySelector('bdi')!.textContent === reasons.find((r) => r.id === reasonId)!.name)!;
    option.click();
    await element.updateComplete;
    element.submit();
    await waitUntil(() => element.state === 'done');
    fixtureCleanup();
  }

  it('shows the agent’s most recent reasons first, newest first, per agent-id', async () => {
    await submitWith('billing', 'ana');
    await submitWith('tech', 'ana');
    await submitWith('refund', 'bojan');
    const ana = await mount({ agentId: 'ana', recent: 5 });
    expect(listed(ana.root).slice(0, 2)).to.deep.equal(['Recent: Technical problem', 'Recent: Billing question']);
    fixtureCleanup();
    const bojan = await mount({ agentId: 'bojan', recent: 5 });
    expect(listed(bojan.root).slice(0, 1)).to.deep.equal(['Recent: Refund']);
    fixtureCleanup();
    const shared = await mount({ recent: 5 });
    expect(headings(shared.root), 'no agent-id: the shared list, empty here').to.deep.equal(['Money', 'Support']);
    fixtureCleanup();
    const off = await mount({ agentId: 'ana' });
    expect(headings(off.root), 'recent defaults to 0').to.deep.equal(['Money', 'Support']);
  });

  it('lists the reason another dialog submitted when it opens again', async () => {
    const waiting = await mount({ agentId: 'ana', recent: 5 });
    waiting.element.open = false;
    await waiting.element.updateComplete;
    const other = await mount({ agentId: 'ana', recent: 5 });
    new DialogHarness(other.element).options.find((o) => o.querySelector('bdi')!.textContent === 'Billing question')!.click();
    await other.element.updateComplete;
    other.element.submit();
    await waitUntil(() => other.element.state === 'done');
    waiting.element.open = true;
    await waiting.element.updateComplete;
    expect(listed(waiting.root)[0]).to.equal('Recent: Billing question');
  });

  it('keeps only ids and times, shows at most `recent`, and skips a reason no longer in the list', async () => {
    for (const id of ['billing', 'tech', 'refund', 'other']) await submitWith(id, 'ana');
    const stored: unknown[] = JSON.parse(localStorage.getItem('wrapup-elements:recent:ana')!);
    expect(stored.map((entry) => (entry as unknown[]).map((value) => typeof value))).to.deep.equal(Array(4).fill(['string', 'number']));
    const two = await mount({ agentId: 'ana', recent: 2 });
    expect(listed(two.root).slice(0, 3)).to.deep.equal(['Recent: Other', 'Recent: Refund', 'All reasons: Callback requested']);
    two.element.reasons = reasons.filter((reason) => reason.id !== 'other');
    await two.element.updateComplete;
    expect(listed(two.root).slice(0, 2)).to.deep.equal(['Recent: Refund', 'Recent: Technical problem']);
  });

  it('lists Suggested, then Recent (without what is suggested), then all reasons', async () => {
    await submitWith('billing', 'ana');
    await submitWith('refund', 'ana');
    const { root } = await mount({ agentId: 'ana', recent: 5, suggestions: [{ id: 'refund' }] });
    expect(headings(root)).to.deep.equal(['Suggested', 'Recent', 'All reasons', 'Money', 'Support']);
    expect(listed(root).slice(0, 2)).to.deep.equal(['Suggested: Refund', 'Recent: Billing question']);
  });
});

