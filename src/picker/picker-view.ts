/**
 * The reason picker's template: the search field (an APG combobox) and the windowed listbox,
 * drawn from a {@link ReasonPicker}. Only the rows in view are rendered; the space of the
 * others is the rows element's padding (set through the CSSOM by the dialog, since a strict
 * `style-src` blocks style attributes).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { msg } from '@lit/localize';
import { originalRange, PATH_SEPARATOR, type ReasonMatch, type ReasonRow } from './search.js';
import type { ReasonPicker } from './reason-picker.js';

/** The search field. */
export function searchField(picker: ReasonPicker, disabled: boolean): TemplateResult {
  return html`<label for="search">${msg('Search wrap-up reasons', { id: 'search.label' })}</label>
    <input
      id="search"
      part="search"
      type="text"
      role="combobox"
      autocomplete="off"
      spellcheck="false"
      aria-autocomplete="list"
      aria-controls="listbox"
      aria-expanded=${picker.expanded ? 'true' : 'false'}
      aria-activedescendant=${picker.activeDescendant ?? nothing}
      aria-describedby="chosen"
      .value=${picker.query}
      ?disabled=${disabled}
      @input=${picker.onInput}
      @keydown=${picker.onKeydown}
    />`;
}

/**
 * The listbox, with the reasons in `[first, last)`; consecutive rows of one group go in one
 * `role="group"`, labelled by the group's name even when its heading row has scrolled away (a
 * code tree's path level by level); a path's levels are nested headings, indented by depth.
 * A reason's description is shown after its name and is the option's accessible description
 * (hidden from its name, so a screen reader says it once).
 * `empty` is what to say when no row matches.
 */
export function reasonList(picker: ReasonPicker, chosenId: string | undefined, empty: string): TemplateResult {
  const rows = picker.shown;
  const { first, last } = picker.window;
  // The rows are made again only when what they show changed: not on a tick of the countdown,
  // nor on a key in the notes, which re-render the rest of the dialog.
  const runs = guard([rows, first, last, picker.active, chosenId, picker.query], () => rowRuns(picker, rows, first, last, chosenId));
  return html`<div
      id="listbox"
      part="listbox"
      role="listbox"
      aria-label=${msg('Wrap-up reasons', { id: 'title' })}
      ?hidden=${!picker.expanded || rows.length === 0}
      @scroll=${picker.onScroll}
    >
      <div class="rows">${runs}</div>
    </div>
    ${picker.expanded && rows.length === 0 ? html`<p class="empty">${empty}</p>` : nothing}`;
}

/** The rows in `[first, last)` of the picker's window, each group's in a run of its own. */
function rowRuns(picker: ReasonPicker, rows: ReasonPicker['shown'], first: number, last: number, chosenId: string | undefined): TemplateResult[] {
  const setSize = rows.optionCount;
  const option = (row: Extract<ReasonRow, { kind: 'reason' }>, i: number) => {
    const { reason } = row.match;
    const chosen = reason.id === chosenId;
    const description = row.hint ?? reason.description;
    return html`<div
      id="row-${i}"
      class="row ${i === picker.active ? 'active' : ''}"
      part="option"
      role="option"
      aria-selected=${chosen ? 'true' : 'false'}
      aria-setsize=${setSize}
      aria-posinset=${row.position}
      aria-keyshortcuts=${!picker.query && row.position <= 9 ? `Alt+${row.position}` : nothing}
      aria-describedby=${description ? `description-${i}` : nothing}
      ?data-grouped=${row.group !== undefined}
      data-depth=${row.group === undefined ? nothing : Math.min(row.group.split(PATH_SEPARATOR).length - 1, 3)}
      @mousedown=${(event: Event) => event.preventDefault()}
      @click=${() => picker.choose(i)}
    ><span class="check" aria-hidden="true">${chosen ? '✓' : ''}</span><bdi>${highlight(row.match)}</bdi>${description
      ? html`<span class="description" id="description-${i}" part="description" aria-hidden="true">${description}</span>`
      : nothing}</div>`;
  };
  // The rows in view, each made once (see `Rows.at`).
  const shown = Array.from({ length: last - first }, (_, k) => rows.at(first + k)!);
  const runs: TemplateResult[] = [];
  for (let i = first; i < last; ) {
    const group = shown[i - first]!.group;
    const members: TemplateResult[] = [];
    for (; i < last && shown[i - first]!.group === group; i++) {
      const row = shown[i - first]!;
      members.push(
        row.kind === 'group'
          ? html`<div class="row group-label depth-${Math.min(row.depth ?? 0, 3)}" part="group-label" aria-hidden="true">${row.label ?? row.group}</div>`
          : option(row, i),
      );
    }
    // (A path is said level by level: "Billing, Refunds".)
    runs.push(group === undefined ? html`${members}` : html`<div role="group" aria-label=${group.split(PATH_SEPARATOR).join(', ')}>${members}</div>`);
  }
  return runs;
}

/** The name with the matching part in a `<mark>`, as text. */
function highlight({ reason, folded }: ReasonMatch): TemplateResult | string {
  if (!folded) return reason.name;
  const [start, end] = originalRange(reason.name, folded);
  return html`${reason.name.slice(0, start)}<mark part="match">${reason.name.slice(start, end)}</mark>${reason.name.slice(end)}`;
}
