/**
 * The dialog's styles, as one constructed style sheet (every supported browser adopts them).
 * The tag is named `css` so that the build minifies the text as CSS; nothing is interpolated.
 */
const css = ([text]: TemplateStringsArray): CSSStyleSheet => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text!);
  return sheet;
};

export const styles = css`
  :host {
    --_accent: var(--wrapup-accent, light-dark(#0b57d0, #a8c7fa));
    --_on-accent: var(--wrapup-on-accent, light-dark(#fff, #062e6f));
    --_surface: var(--wrapup-surface, light-dark(#fff, #1f1f1f));
    --_text: var(--wrapup-text, light-dark(#1f1f1f, #e3e3e3));
    --_muted: var(--wrapup-muted, light-dark(#5e5e5e, #b0b0b0));
    --_border: var(--wrapup-border, light-dark(#c4c7c5, #5f6368));
    --_selected: var(--wrapup-selected, light-dark(#d3e3fd, #004a77));
    --_danger: var(--wrapup-danger, light-dark(#b3261e, #f2b8b5));
    --_radius: var(--wrapup-radius, 12px);
    color-scheme: var(--wrapup-color-scheme, light dark);
    display: contents;
  }

  dialog {
    box-sizing: border-box;
    width: min(32rem, calc(100vw - 2rem));
    max-height: calc(100dvh - 2rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: var(--wrapup-font, 400 0.9375rem/1.4 system-ui, sans-serif);
  }
  /* Live (the interaction goes on): a part of the page where the host put it, over nothing. */
  dialog[open]:not(:modal) {
    position: static;
    margin: 0;
  }
  dialog::backdrop {
    background: var(--wrapup-backdrop, rgb(0 0 0 / 0.4));
  }
  p,
  ul {
    margin: 0;
  }
  .layout {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    padding: 1.25rem;
  }
  .heading {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25rem 1rem;
  }
  h2 {
    margin: 0;
    font-size: 1.25rem;
    font-weight: 600;
  }
  .waiting {
    display: grid;
    justify-items: start;
    gap: 0.5rem;
  }
  .subject {
    font-weight: 600;
  }
  .scenario,
  .hint,
  .waiting p,
  .description,
  .group-label,
  .empty,
  .status {
    color: var(--_muted);
  }
  .countdown {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    padding: 0.5rem 0.75rem;
    border-radius: calc(var(--_radius) / 2);
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
  .countdown.warning {
    background: color-mix(in srgb, var(--_danger) 14%, transparent);
  }
  .countdown [role='timer'] {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  label {
    font-weight: 600;
  }
  input,
  select,
  textarea {
    resize: vertical;
    box-sizing: border-box;
    width: 100%;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: transparent;
    color: inherit;
    font: inherit;
  }
  .form {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
  }
  legend {
    padding: 0 0.25rem;
    font-weight: 600;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  input[type='checkbox'] {
    width: auto;
    margin: 0;
  }
  .check-field {
    grid-template-columns: auto 1fr;
    align-items: center;
    column-gap: 0.5rem;
  }
  .check-field .hint,
  .check-field .field-error {
    grid-column: 2;
  }
  .required {
    color: var(--_muted);
    font-weight: 400;
  }
  .summary-offer {
    display: grid;
    justify-items: start;
    gap: 0.5rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 3px solid var(--_accent);
    background: color-mix(in srgb, var(--_accent) 8%, transparent);
  }
  .summary-text {
    white-space: pre-wrap;
    max-block-size: 6lh;
    overflow-y: auto;
  }
  .field-error {
    color: var(--_danger);
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .tags-field {
    display: grid;
    gap: 0.25rem;
  }
  .tags-field .label {
    font-weight: 600;
  }
  [role='listbox'].tags {
    height: auto;
    max-height: 10rem;
  }
  .tags:focus-visible .active {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  [role='option'][aria-disabled='true'] {
    color: var(--_muted);
    cursor: default;
  }
  [role='listbox'] {
    height: min(18rem, 40dvh);
    overflow-y: auto;
    overscroll-behavior: contain;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
  }
  [role='listbox'][hidden] {
    display: none;
  }
  .row {
    box-sizing: border-box;
    display: flex;
    align-items: center;
    gap: 0.5rem;
    height: var(--wrapup-row-height, 2.25rem);
    padding: 0 0.75rem;
    overflow: hidden;
    white-space: nowrap;
  }
  .row > bdi,
  .description {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .row > bdi {
    flex: none;
    max-inline-size: 100%;
  }
  .description,
  .group-label {
    font-size: 0.8125rem;
  }
  .group-label {
    font-weight: 600;
    text-transform: uppercase;
  }
  [role='option'] {
    cursor: pointer;
  }
  [role='option'][data-grouped] {
    padding-inline-start: 1.5rem;
  }
  /* A code tree: each level of headings, and its reasons, a step further in. */
  .group-label.depth-1 {
    padding-inline-start: 1.5rem;
  }
  .group-label.depth-2,
  [role='option'][data-depth='1'] {
    padding-inline-start: 2.25rem;
  }
  .group-label.depth-3,
  [role='option'][data-depth='2'] {
    padding-inline-start: 3rem;
  }
  [role='option'][data-depth='3'] {
    padding-inline-start: 3.75rem;
  }
  [role='option'].active {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  [role='option'][aria-selected='true'] {
    background: var(--_selected);
    font-weight: 600;
  }
  .check {
    inline-size: 1em;
    flex: none;
  }
  mark {
    background: transparent;
    color: inherit;
    text-decoration: underline 2px;
    font-weight: 600;
  }
  .empty {
    padding: 0.75rem;
    border: 1px dashed var(--_border);
    border-radius: calc(var(--_radius) / 2);
  }
  .message {
    color: var(--_danger);
  }
  /* The alert region is always there (so what appears in it is announced), but takes no room
     while it is empty. */
  .message:empty {
    position: absolute;
  }
  .message ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: 0.75rem;
  }
  .status {
    margin-inline-end: auto;
  }
  button {
    padding: 0.5rem 1rem;
    border: 1px solid var(--_accent);
    border-radius: 999px;
    background: transparent;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  button:disabled {
    border-color: var(--_border);
    background: transparent;
    color: var(--_muted);
    cursor: default;
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  .tags:focus-visible,
  textarea:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    [role='option'][aria-selected='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
    [role='option'].active {
      outline-color: CanvasText;
    }
    mark {
      color: inherit;
    }
  }
`;
