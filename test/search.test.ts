// The picker's search and rows (src/picker/search.ts): the rows are made only when asked for,
// so they are checked here against rows built the plain way, one object per row, for lists
// with and without groups, with a lead, and for searches within earlier results.
import { expect } from '@open-wc/testing';
import type { ReasonIndex } from '../src/input/reasons.js';
import { validateReasons } from '../src/input/validation.js';
import { ReasonPicker } from '../src/picker/reason-picker.js';
import { firstRows, foldQuery, groupName, Rows, search, type Matches, type ReasonRow } from '../src/picker/search.js';
import type { WrapupReason } from '../src/types.js';

const indexOf = (reasons: unknown[]) => validateReasons(reasons).index;

/** Every row, as `Rows` is meant to give them: the lead, reasons without a group, then each group. */
function plainRows(index: ReasonIndex, matches: Matches, lead: ReasonRow[] = []): ReasonRow[] {
  const rows = [...lead];
  const last = lead.at(-1);
  let position = lead.filter((row) => row.kind === 'reason').length;
  const groups = new Map<string, number[]>();
  const reasonRow = (m: number, group: string | undefined): ReasonRow => {
    const place = matches.at[m]!;
    const start = matches.start[m]!;
    const match = start >= 0 ? { reason: index.reasons[place]!, folded: [start, start + matches.length] as [number, number] } : { reason: index.reasons[place]! };
    return { kind: 'reason', match, group, position: ++position };
  };
  matches.at.forEach((place, m) => {
    const given = index.reasons[place]!.group;
    const group = given === undefined ? undefined : groupName(given);
    if (group === undefined) rows.push(reasonRow(m, last?.kind === 'group' ? last.group : undefined));
    else groups.set(group, [...(groups.get(group) ?? []), m]);
  });
  // A path's levels are nested headings: each level not already heading the group above it.
  let above: string[] = [];
  for (const [group, members] of groups) {
    const levels = group.split(' › ');
    if (levels.length === 1) rows.push({ kind: 'group', group });
    else {
      const shared = levels.findIndex((level, depth) => depth === levels.length - 1 || level !== above[depth]);
      levels.slice(shared).forEach((label, k) => rows.push({ kind: 'group', group, label, depth: shared + k }));
    }
    above = levels;
    for (const m of members) rows.push(reasonRow(m, group));
  }
  return rows;
}

/** All of `rows`, through its own interface, with the positions each way. */
function everyRow(rows: Rows) {
  const all = Array.from({ length: rows.length }, (_, i) => rows.at(i)!);
  const options = all.flatMap((row, i) => (row.kind === 'reason' ? [i] : []));
  return { all, options };
}

function expectSameRows(rows: Rows, expected: ReasonRow[]) {
  const { all, options } = everyRow(rows);
  expect(all).to.deep.equal(expected);
  expect(rows.optionCount).to.equal(options.length);
  options.forEach((row, position) => {
    expect(rows.rowOf(position), `row of option ${position}`).to.equal(row);
    expect(rows.optionOf(row), `option at row ${row}`).to.equal(position);
  });
  all.forEach((row, i) => row.kind === 'group' && expect(rows.optionOf(i), `heading at ${i}`).to.equal(-1));
  expect(rows.at(-1)).to.equal(undefined);
  expect(rows.at(rows.length)).to.equal(undefined);
}

/** A list where groups interleave, some reasons have none, and a few have descriptions. */
function mixedList(count: number): WrapupReason[] {
  const groups = ['Billing', 'Zaključek', undefined, 'Tehnična podpora', 'Billing', undefined, 'Sales'];
  return Array.from({ length: count }, (_, i) => {
    const reason: WrapupReason = { id: `r${i}`, name: `${['Refund', 'Račun', 'Reklamacija', 'Callback', 'Žalba'][i % 5]} ${i}` };
    const group = groups[(i * 7 + (i >> 2)) % groups.length];
    if (group !== undefined) reason.group = group;
    if (i % 9 === 0) reason.description = `Opis številka ${i}`;
    return reason;
  });
}

describe('search and Rows', () => {
  const index = indexOf(mixedList(240));

  it('matches names and descriptions without case or diacritics, in list order', () => {
    const matches = search(index, 'RACUN');
    expect([...matches.at]).to.deep.equal(index.reasons.flatMap((reason, i) => (reason.name.startsWith('Račun') ? [i] : [])));
    expect([...matches.start].every((start) => start === 0)).to.equal(true);
    expect(matches.length).to.equal(5);
    const described = search(index, 'stevilka 18');
    expect([...described.at]).to.deep.equal([18, 180, 189]);
    expect([...described.start]).to.deep.equal([-1, -1, -1]);
  });

  it('finds within earlier matches what a whole search finds', () => {
    let within = search(index, '');
    for (const query of ['r', 're', 'ref', 'refu', 'refund 1']) {
      within = search(index, query, within);
      expect([...within.at], query).to.deep.equal([...search(index, query).at]);
    }
    expect(within.at.length).to.be.greaterThan(5);
  });

  for (const query of ['', 'r', 'refund', 'zalba 1', 'stevilka', 'no such reason']) {
    it(`gives every row of "${query}" as a row per object would, and positions both ways`, () => {
      const matches = search(index, query);
      expectSameRows(new Rows(index, matches), plainRows(index, matches));
    });
  }

  it('puts reasons without a group under a lead that ends with a heading', () => {
    const lead: ReasonRow[] = [
      { kind: 'group', group: 'Suggested' },
      { kind: 'reason', match: { reason: index.reasons[3]! }, group: 'Suggested', position: 1 },
      { kind: 'reason', match: { reason: index.reasons[8]! }, group: 'Suggested', position: 2 },
      { kind: 'group', group: 'All reasons' },
    ];
    const matches = search(index, '');
    const rows = new Rows(index, matches, lead);
    expectSameRows(rows, plainRows(index, matches, lead));
    expect(rows.at(4)).to.include({ kind: 'reason', group: 'All reasons', position: 3 });
  });

  it('orders groups as they first appear among the matches, not in the whole list', () => {
    const list = indexOf([
      { id: 'a1', name: 'Alpha one', group: 'A' },
      { id: 'b1', name: 'Beta one', group: 'B' },
      { id: 'a2', name: 'Alpha two', group: 'A' },
      { id: 'b2', name: 'Beta two', group: 'B' },
    ]);
    const rows = new Rows(list, search(list, 'two'));
    expect(everyRow(rows).all.map((row) => (row.kind === 'group' ? `[${row.group}]` : row.match.reason.id))).to.deep.equal(['[A]', 'a2', '[B]', 'b2']);
    const beta = new Rows(list, search(list, 'beta one'));
    expect(everyRow(beta).all.map((row) => (row.kind === 'group' ? `[${row.group}]` : row.match.reason.id))).to.deep.equal(['[B]', 'b1']);
  });

  it('at 10,000 reasons, gives the same rows at the far end as the plain way', () => {
    const big = indexOf(mixedList(10_000));
    const rows = new Rows(big, search(big, 'r'));
    expect(rows.optionCount).to.equal(search(big, 'r').at.length);
    // The same object shape as the plain rows, at the far end of the list too.
    const last = rows.length - 1;
    expect(rows.at(last)).to.deep.equal(plainRows(big, search(big, 'r'))[last]);
    expect(foldQuery('  ŽALBA ')).to.equal('zalba');
  });
  it('at 10,000 reasons in a tree of three levels, matches any level and heads each run with its path', () => {
    const levels = [['Billing', 'Support', 'Sales'], ['Refunds', 'Invoices', 'Devices', 'Apps'], ['Card', 'Bank', 'Phones']] as const;
    const tree = indexOf(
      Array.from({ length: 10_000 }, (_, i) => ({ id: `t${i}`, name: `Case ${i}`, group: [levels[0][i % 3]!, levels[1][(i >> 2) % 4]!, levels[2][(i >> 4) % 3]!] })),
    );
    const matches = search(tree, 'refund');
    const plain = tree.reasons.filter(({ group }) => (group as string[]).some((level) => foldQuery(level).includes('refund')));
    expect([...matches.at].map((place) => tree.reasons[place]!.id)).to.deep.equal(plain.map(({ id }) => id));
    const rows = new Rows(tree, matches);
    expectSameRows(rows, plainRows(tree, matches));
    const headings = everyRow(rows).all.flatMap((row) => (row.kind === 'group' ? [`${'  '.repeat(row.depth ?? 0)}${row.label ?? row.group}`] : []));
    expect(headings.slice(0, 3), 'nested: each level under the one above').to.deep.equal(['Billing', '  Refunds', '    Card']);
    expect(everyRow(rows).all.every((row) => row.kind !== 'group' || row.group.split(' › ')[1] === 'Refunds')).to.equal(true);
    expect(search(tree, 'refunds › ca', search(tree, 'refund')).at.length, 'a path is searched as written').to.equal(
      plain.filter(({ group }) => (group as string[])[2] === 'Card').length,
    );
  });
  it('heads a path with nested headings, each level once under the run above, and keeps positions both ways', () => {
    const list = indexOf([
      { id: 'r1', name: 'One', group: ['A', 'B', 'C'] },
      { id: 'r2', name: 'Two', group: ['A', 'B', 'D'] },
      { id: 'r3', name: 'Three', group: ['A', 'E'] },
      { id: 'r4', name: 'Four', group: 'F' },
    ]);
    const rows = new Rows(list, search(list, ''));
    const shown = everyRow(rows).all.map((row) => (row.kind === 'group' ? `${'-'.repeat(row.depth ?? 0)}${row.label ?? row.group}` : row.match.reason.id));
    expect(shown).to.deep.equal(['A', '-B', '--C', 'r1', '--D', 'r2', '-E', 'r3', 'F', 'r4']);
    expectSameRows(rows, plainRows(list, search(list, '')));
    expect(rows.rowOf(2), 'the third reason, under -E').to.equal(7);
  });

  describe('firstRows, the first frame of a long list', () => {
    const tree = indexOf(
      Array.from({ length: 300 }, (_, i) => ({ id: `t${i}`, name: `Case ${i}`, group: i % 7 === 0 ? undefined : [['Billing', 'Support'][i % 2]!, ['Refunds', 'Apps'][(i >> 1) % 2]!] })),
    );
    const lead: ReasonRow[] = [
      { kind: 'group', group: 'Suggested' },
      { kind: 'reason', match: { reason: index.reasons[5]! }, group: 'Suggested', position: 1 },
      { kind: 'group', group: 'All reasons' },
    ];
    const cases: [string, ReasonIndex, ReasonRow[] | undefined][] = [
      ['groups that interleave', index, undefined],
      ['a code tree with reasons outside it', tree, undefined],
      ['a lead', index, lead],
      ['one group', indexOf(Array.from({ length: 40 }, (_, i) => ({ id: `g${i}`, name: `G ${i}`, group: 'Only' }))), undefined],
    ];
    for (const [what, list, given] of cases) {
      for (const count of [1, 8, 14, 60]) {
        it(`gives the first ${count} rows of ${what} as Rows does, and its options`, () => {
          const rows = new Rows(list, search(list, ''), given);
          const first = firstRows(list, count, given);
          expect(Array.from({ length: count }, (_, i) => first.at(i))).to.deep.equal(Array.from({ length: count }, (_, i) => rows.at(i)));
          expect(first.optionCount).to.equal(rows.optionCount);
          expect(first.length).to.be.within(Math.min(count, rows.length), rows.length);
        });
      }
    }

    it('is what a picker shows of a long list until a frame has shown it, and Rows after a search', () => {
      const host = { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) };
      const picker = new ReasonPicker(host, { index: () => tree, onChoose() {}, onCount() {}, listbox: () => undefined });
      expect(picker.shown, 'not grouped').not.to.be.instanceOf(Rows);
      expect(picker.shown.at(3)).to.deep.equal(picker.rows.at(3));
      picker.query = 'case';
      picker.reset();
      expect(picker.shown).to.be.instanceOf(Rows);
    });

    it('knows the whole length of a list that ends within the rows asked for', () => {
      const small = indexOf(mixedList(9));
      const rows = new Rows(small, search(small, ''));
      expect(firstRows(small, rows.length + 3).length).to.equal(rows.length);
      expect(firstRows(small, rows.length + 3).at(rows.length)).to.equal(undefined);
    });
  });
});
