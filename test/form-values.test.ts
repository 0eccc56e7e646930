// The rules of wrap-up forms (issue 30): which fields and tags are usable, what a value is worth
// and what the body carries; the body with fields and tags; the records at rest.
import { expect } from '@open-wc/testing';
import { validateReasons } from '../src/input/validation.js';
import { buildWrapup } from '../src/wrapup/body.js';
import { checkForm, checkTags, chosenTags, fieldError, formErrors, formFields, formProblems } from '../src/wrapup/form-values.js';
import { atRest, CUSTOMER_DATA_TTL_MS, type WrapupRecord } from '../src/wrapup/store.js';
import type { WrapupField, WrapupReason } from '../src/types.js';

const indexOf = (reasons: unknown[]) => validateReasons(reasons).index;

const callback: WrapupReason = {
  id: 'callback',
  name: 'Callback',
  fields: [
    { id: 'when', label: 'Callback time', type: 'datetime', required: true },
    { id: 'phone', label: 'Phone', type: 'tel', pattern: '\\+?[0-9 ]{6,}' },
    { id: 'consent', label: 'Customer agreed', type: 'checkbox' },
  ],
};
const sale: WrapupReason = {
  id: 'sale',
  name: 'Sale',
  fields: [
    { id: 'amount', label: 'Amount', type: 'number', required: true, min: 0, max: 10000 },
    { id: 'plan', label: 'Plan', type: 'select', options: [{ id: 'basic', name: 'Basic' }, { id: 'pro', name: 'Pro' }] },
    { id: 'starts', label: 'Starts', type: 'date', min: '2026-01-01' },
    { id: 'code', label: 'Code', type: 'text', maxLength: 4 },
  ],
};

describe('form rules', () => {
  it('keeps a reason\'s fields through the reasons\' check, and a group path', () => {
    const { index: { reasons }, problems } = validateReasons([
      { ...callback, group: ['Service', 'Callbacks'] },
      { id: 'blank-level', name: 'X', group: ['Billing', ' '] },
    ]);
    expect(problems).to.deep.equal([]);
    expect(reasons[0]!.fields).to.equal(callback.fields);
    expect(reasons[0]!.group).to.deep.equal(['Service', 'Callbacks']);
    expect(reasons[1]!.group, 'a path with a blank level is no group').to.equal(undefined);
  });

  it('names each bad field by its reason and place, and keeps the good ones', () => {
    const reason = {
      id: 'r',
      name: 'R',
      fields: [
        { label: 'No id', type: 'text' },
        { id: 'a', label: 'A', type: 'text' },
        { id: 'a', label: 'Again', type: 'text' },
        { id: 'b', type: 'text' },
        { id: 'c', label: 'C', type: 'colour' },
        { id: 'd', label: 'D', type: 'select' },
        { id: 'e', label: 'E', type: 'number', min: 10, max: 1 },
        { id: 'f', label: 'F', type: 'text', pattern: '(' },
        { id: 'g', label: 'G', type: 'date', min: '2026-01-01', max: '2026-12-31' },
      ],
    } as unknown as WrapupReason;
    const { fields, problems } = checkForm(reason);
    expect(fields.map(({ id }) => id)).to.deep.equal(['a', 'g']);
    expect(problems.map(({ kind, at }) => `${at}:${kind}`)).to.deep.equal([
      '1:field-no-id',
      '3:field-repeated-id',
      '4:field-no-label',
      '5:field-type',
      '6:field-options',
      '7:field-range',
      '8:field-pattern',
    ]);
    expect(problems.every(({ field }) => field === 'reasons')).to.equal(true);
    expect(problems[3]!.got).to.deep.equal(['r', 'c', 'colour']);
    expect(checkForm({ id: 'x', name: 'X', fields: 'when' } as never).problems[0]!.kind).to.equal('fields-not-a-list');
  });

  it('says what keeps a manual submit back: a required field empty or unticked, a value not valid', () => {
    const [when, phone] = callback.fields! as [WrapupField, WrapupField];
    expect(fieldError(when, undefined)).to.equal('missing');
    expect(fieldError(when, '  ')).to.equal('missing');
    expect(fieldError(when, '2026-12-07')).to.equal('date');
    expect(fieldError(when, '2026-12-07T14:30')).to.equal(undefined);
    expect(fieldError(phone, '')).to.equal(undefined);
    expect(fieldError(phone, 'abc')).to.equal('pattern');
    expect(fieldError(phone, '+386 1 234 5678')).to.equal(undefined);
    const [amount, plan, starts, code] = sale.fields! as [WrapupField, WrapupField, WrapupField, WrapupField];
    expect(fieldError(amount, 'ten')).to.equal('number');
    expect(fieldError(amount, '-1')).to.equal('range');
    expect(fieldError(amount, '10001')).to.equal('range');
    expect(fieldError(plan, 'gold')).to.equal('option');
    expect(fieldError(starts, '2025-12-31')).to.equal('range');
    expect(fieldError(code, 'ABCDE')).to.equal('length');
    expect(fieldError({ id: 'ok', label: 'OK', type: 'checkbox', required: true }, false)).to.equal('missing');
    expect(formErrors(sale, { amount: '12', code: 'ABCDE' }).map(([field, error]) => `${field.id}:${error}`)).to.deep.equal(['code:length']);
  });

  it('types each value as the contract says, and leaves out what is empty or not valid', () => {
    expect(formFields(callback, { when: '2026-12-07T14:30', phone: 'abc', consent: false })).to.deep.equal({
      when: new Date('2026-12-07T14:30').toISOString(),
      consent: false,
    });
    expect(formFields(sale, { amount: ' 49.90 ', plan: 'pro', starts: '2026-02-01', code: 'A1' })).to.deep.equal({
      amount: 49.9,
      plan: 'pro',
      starts: '2026-02-01',
      code: 'A1',
    });
    expect(formFields(sale, { amount: '' }), 'nothing to send').to.equal(undefined);
  });

  it('keeps usable tags, says what is wrong with the others, and sends at most max-tags known ids', () => {
    const { tags, problems } = checkTags([{ id: 'vip', name: 'VIP' }, { id: 'vip', name: 'Again' }, { name: 'No id' }, { id: 'x' }, { id: 'angry', name: 'Angry', group: 'Mood' }]);
    expect(tags.map(({ id }) => id)).to.deep.equal(['vip', 'angry']);
    expect(problems.map(({ kind, at }) => `${at}:${kind}`)).to.deep.equal(['2:tag-repeated-id', '3:tag-no-id', '4:tag-no-name']);
    expect(checkTags('vip').problems[0]).to.deep.equal({ field: 'tags', kind: 'not-a-list' });
    const given = [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }, { id: 'c', name: 'C' }];
    expect(chosenTags(given, 2, ['c', 'gone', 'a', 'b'])).to.deep.equal(['c', 'a']);
    expect(chosenTags(given, undefined, [])).to.equal(undefined);
  });

  it('reports a default reason with required fields, and a max-tags that is no whole number above 0', () => {
    const index = indexOf([callback, sale, { id: 'other', name: 'Other' }]);
    expect(formProblems(index, 'other', undefined, undefined)).to.deep.equal([]);
    expect(formProblems(index, 'callback', undefined, 0)).to.deep.equal([
      { field: 'default-reason', kind: 'default-fields', got: 'callback' },
      { field: 'max-tags', kind: 'positive', got: 0 },
    ]);
  });
});

describe('the body with a form', () => {
  const record = (fields: WrapupRecord['fields'], tags?: string[]): WrapupRecord => ({
    interactionId: 'i',
    endedAt: 0,
    extensions: 0,
    cancelled: false,
    idempotencyKey: 'k',
    updatedAt: 0,
    reasonId: 'sale',
    fields,
    tags,
  });
  const facts = { interactionId: 'i', channel: 'voice', scenario: 'end', now: 1000 } as const;

  it('carries the chosen reason\'s fields only, and the tags', () => {
    const body = buildWrapup({ ...facts, record: record({ sale: { amount: '12' }, callback: { when: '2026-12-07T14:30' } }), reason: sale, deadline: undefined, tags: ['vip'] });
    expect(body!.fields).to.deep.equal({ amount: 12 });
    expect(body!.tags).to.deep.equal(['vip']);
  });

  it('is refused to the agent while a required field is empty, never to the countdown', () => {
    expect(buildWrapup({ ...facts, record: record({ sale: { plan: 'pro' } }), reason: sale, deadline: undefined })).to.equal(undefined);
    const auto = buildWrapup({ ...facts, record: record({ sale: { plan: 'pro', code: 'TOO LONG' } }), reason: sale, deadline: 900 });
    expect(auto!.fields, 'what is valid goes; the rest stays behind').to.deep.equal({ plan: 'pro' });
    expect(auto).not.to.have.property('tags');
  });
});

describe('a record with a form, at rest', () => {
  const record: WrapupRecord = {
    interactionId: 'i',
    endedAt: 0,
    extensions: 0,
    cancelled: false,
    idempotencyKey: 'k',
    updatedAt: 0,
    reasonId: 'sale',
    fields: { sale: { amount: '12' } },
    tags: ['vip'],
  };

  it('keeps fields and tags for 12 hours after the end, and nothing of them once done', () => {
    expect(atRest(record, CUSTOMER_DATA_TTL_MS)).to.include({ fields: record.fields, tags: record.tags });
    const late = atRest(record, CUSTOMER_DATA_TTL_MS + 1);
    expect(late.fields).to.equal(undefined);
    expect(late.tags).to.equal(undefined);
    expect(JSON.stringify(atRest({ ...record, doneAt: 5 }, 5))).not.to.match(/amount|vip/);
  });
});
