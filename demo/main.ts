/**
 * The workshop around the stage: stories in a sidebar, live controls with the HTML they make,
 * the event log, and the stand-in contact-center server's panel.
 */
import { html, nothing, render } from 'lit';
import type { StageConfig } from './stage.js';
import type { RecordedRequest, ServerSettings } from './server.js';
import { declarativeOptions, MANY, manyReasons, reasonsOf, stories, type Story } from './stories.js';
import { languages, type Language } from './languages.js';

interface LoggedEvent {
  at: string;
  name: string;
  target: string;
  detail: unknown;
}

const state = {
  story: new URLSearchParams(location.hash.slice(1)).get('story') ?? stories[0]!.id,
  run: 1,
  locale: 'en' as Language,
  theme: (new URLSearchParams(location.hash.slice(1)).get('theme') ?? 'light') as StageConfig['theme'],
  overrides: {} as Record<string, string | boolean>,
  open: true,
  events: [] as LoggedEvent[],
  requests: [] as (Omit<RecordedRequest, 'at'> & { at: string })[],
  server: { fail: 0, status: 503, retryAfter: '', latencyMs: 300, offline: false } as ServerSettings,
};
{
  const locale = new URLSearchParams(location.hash.slice(1)).get('locale');
  const known = languages.find(([tag]) => tag === locale);
  if (known) state.locale = known[0];
}

const app = document.getElementById('app')!;
let frame: HTMLIFrameElement | undefined;

const story = () => stories.find((candidate) => candidate.id === state.story) ?? stories[0]!;
const attributes = () => ({ ...story().attributes, ...state.overrides });

function sendToStage(): void {
  const config: StageConfig = { story: state.story, run: state.run, locale: state.locale, theme: state.theme, attributes: attributes(), open: state.open };
  frame?.contentWindow?.postMessage({ type: 'show', config }, location.origin);
}

function update(changes: Partial<typeof state> = {}, { restart = false } = {}): void {
  Object.assign(state, changes);
  if (restart) {
    state.run += 1;
    state.events = [];
    state.open = true;
  }
  document.documentElement.dataset.theme = state.theme;
  history.replaceState(null, '', `#story=${state.story}&locale=${state.locale}&theme=${state.theme}`);
  draw();
  sendToStage();
}

window.addEventListener('message', (event: MessageEvent) => {
  if (event.origin !== location.origin) return;
  const message = event.data;
  if (message.type === 'ready') sendToStage();
  if (message.type === 'event') {
    state.events.unshift({ at: new Date().toLocaleTimeString(), name: message.name, target: message.target, detail: message.detail });
    if (message.name === 'wrapup-complete') {
      state.open = false;
      const metrics = message.detail?.wrapup?.metrics;
      if (metrics && message.detail.sentHere !== false) measures.push(metrics);
    }
    draw();
  }
  if (message.type === 'server') {
    state.requests = message.requests;
    state.server = message.settings;
    draw();
  }
});

/** The markup of the current configuration, ready to copy. */
function snippet(): string {
  if (story().kind === 'timer') return `<wrapup-timer since="${new Date().toISOString()}"></wrapup-timer>`;
  const parts = Object.entries(attributes())
    .filter(([, value]) => value !== false && value !== '')
    .map(([name, value]) => (value === true ? name : `${name}="${value}"`));
  const lines = [`<wrapup-dialog interaction-id="c0ffee-42"`, ...parts.map((part) => `  ${part}`), `  submit-url="/api/interactions/{interactionId}/wrapup"${state.open ? '\n  open' : ''}>`];
  return `${lines.join('\n')}\n${reasonsMarkup(story())}</wrapup-dialog>${reasonsScript(story())}`;
}

/** The story's reasons as `<option>`s, when it gives them so. */
function reasonsMarkup({ reasons }: Story): string {
  if (reasons !== 'declarative') return '';
  const option = ([value, label]: [string, string], indent: string) => `${indent}<option value="${value}">${label}</option>\n`;
  return declarativeOptions
    .map(([group, options]) =>
      group ? `  <optgroup label="${group}">\n${options.map((o) => option(o, '    ')).join('')}  </optgroup>\n` : options.map((o) => option(o, '  ')).join(''),
    )
    .join('');
}

/** The script that sets the story's `reasons` (and `suggestions`, `tags`) properties, when it has them. */
function reasonsScript(current: Story): string {
  // (The 10,000 are not made for this: it runs on every draw of the workshop.)
  const reasons = current.reasons === 'many' ? undefined : reasonsOf(current);
  if (!reasons && current.reasons !== 'many') return '';
  const list = (items: readonly unknown[]) => `[\n${items.map((item) => `    ${JSON.stringify(item)},`).join('\n')}\n  ]`;
  const set = reasons
    ? `dialog.reasons = ${list(reasons)};`
    : `dialog.reasons = await (await fetch('/api/wrapup-reasons')).json(); // ${MANY.toLocaleString('en')} reasons, such as ${JSON.stringify(manyReasons(1)[0])}`;
  const suggestions = current.suggestions ? `\n  dialog.suggestions = ${list(current.suggestions)};` : '';
  const tags = current.tags ? `\n  dialog.tags = ${list(current.tags)};` : '';
  const last = current.summaryStream?.at(-1);
  const summary = last ? `\n  // As your model streams: { text, state: 'pending' } each time, then 'ready'.\n  dialog.summary = ${JSON.stringify({ text: last, state: 'ready' })};` : '';
  return `\n<script type="module">\n  const dialog = document.querySelector('wrapup-dialog');\n  ${set}${suggestions}${tags}${summary}\n</script>`;
}

function control(label: string, name: string, input: 'text' | 'number' | 'check' | string[]) {
  const value = attributes()[name];
  const id = `control-${name}`;
  const set = (next: string | boolean) => update({ overrides: { ...state.overrides, [name]: next } });
  const field = Array.isArray(input)
    ? html`<select id=${id} @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
        ${input.map((option) => html`<option ?selected=${(value ?? input[0]) === option}>${option}</option>`)}
      </select>`
    : input === 'check'
      ? html`<input id=${id} type="checkbox" .checked=${value === true} @change=${(e: Event) => set((e.target as HTMLInputElement).checked)} />`
      : html`<input id=${id} type=${input} .value=${typeof value === 'string' ? value : ''} @change=${(e: Event) => set((e.target as HTMLInputElement).value)} />`;
  return html`<label for=${id}>${label}</label>${field}`;
}

function requestView(request: (typeof state.requests)[number]) {
  return html`<li>
    <span class="badge">${request.status}</span> ${request.method} ${request.url}<br />
    Idempotency-Key: ${request.headers['idempotency-key'] ?? '—'}<br />
    Content-Type: ${request.headers['content-type'] ?? '—'}<br />
    ${request.body}
  </li>`;
}

function draw(): void {
  const current = story();
  const dialogStory = current.kind !== 'timer';
  render(
    html`<div class="workshop">
      <header>
        <h1>wrapup-elements workshop</h1>
        <label>Language
          <select aria-label="Language" @change=${(e: Event) => update({ locale: (e.target as HTMLSelectElement).value as Language })}>
            ${languages.map(([tag, name]) => html`<option value=${tag} lang=${tag} ?selected=${state.locale === tag}>${name}</option>`)}
          </select>
        </label>
        <label>Theme
          <select aria-label="Theme" @change=${(e: Event) => update({ theme: (e.target as HTMLSelectElement).value as StageConfig['theme'] })}>
            <option value="light" ?selected=${state.theme === 'light'}>Light</option>
            <option value="dark" ?selected=${state.theme === 'dark'}>Dark</option>
            <option value="host" ?selected=${state.theme === 'host'}>Host desktop</option>
          </select>
        </label>
      </header>
      <nav aria-label="Stories">
        <ul>
          ${stories.map(
            (candidate) => html`<li>
              <a
                href="#story=${candidate.id}"
                aria-current=${candidate.id === state.story ? 'page' : nothing}
                @click=${(e: Event) => {
                  e.preventDefault();
                  update({ story: candidate.id, overrides: {} }, { restart: true });
                }}
                >${candidate.title}</a
              >
            </li>`,
          )}
        </ul>
      </nav>
      <main class="story" aria-labelledby="story-title">
        <h2 id="story-title">${current.title}</h2>
        <p>${current.summary}</p>
        <div class="buttons">
          <button type="button" @click=${() => update({}, { restart: true })}>Restart story</button>
          ${dialogStory ? html`<button type="button" @click=${() => update({ open: !state.open })}>${state.open ? 'Close dialog (host action)' : 'Open dialog'}</button>` : nothing}
        </div>
        <iframe title="Story: ${current.title}" src="./stage.html" @load=${(e: Event) => ((frame = e.target as HTMLIFrameElement), sendToStage())}></iframe>
      </main>
      <aside>
        ${dialogStory
          ? html`<section aria-labelledby="controls-title">
              <h2 id="controls-title">Controls</h2>
              <div class="controls">
                ${control('channel', 'channel', ['voice', 'chat', 'email', 'social'])}
                ${control('scenario', 'scenario', ['end', 'transfer', 'send', 'customer-end'])}
                ${control('auto-wrapup', 'auto-wrapup', 'number')}
                ${control('default-reason', 'default-reason', 'text')}
                ${control('extendable', 'extendable', 'check')}
                ${control('extend-seconds', 'extend-seconds', 'number')}
                ${control('min-wrapup', 'min-wrapup', 'number')}
                ${control('live (the call goes on)', 'live', 'check')}
              </div>
              <pre tabindex="0" aria-label="HTML of this configuration"><code>${snippet()}</code></pre>
              <div class="buttons"><button type="button" @click=${() => navigator.clipboard?.writeText(snippet())}>Copy HTML</button></div>
            </section>`
          : html`<section><h2>Markup</h2><pre tabindex="0"><code>${snippet()}</code></pre></section>`}
        <section aria-labelledby="events-title">
          <h2 id="events-title">Events (newest first)</h2>
          <ol class="log" tabindex="0" aria-label="Events">
            ${state.events.map((event) => html`<li><span class="badge">${event.name}</span> ${event.at}<br />${JSON.stringify(event.detail)}</li>`)}
          </ol>
        </section>
        ${measuresPanel()}
        ${dialogStory
          ? html`<section aria-labelledby="server-title">
              <h2 id="server-title">Contact-center server (in-page <code>fetch</code>)</h2>
              <div class="controls">
                <label for="fail">Fail next</label>
                <input id="fail" type="number" min="0" .value=${String(state.server.fail)} @change=${(e: Event) => serverUpdate({ fail: Number((e.target as HTMLInputElement).value) })} />
                <label for="status">with status</label>
                <select id="status" @change=${(e: Event) => serverUpdate({ status: Number((e.target as HTMLSelectElement).value) })}>
                  ${[503, 500, 429, 409, 422, 401].map((status) => html`<option ?selected=${state.server.status === status}>${status}</option>`)}
                </select>
                <label for="retry-after">Retry-After</label>
                <input id="retry-after" .value=${state.server.retryAfter} placeholder="seconds" @change=${(e: Event) => serverUpdate({ retryAfter: (e.target as HTMLInputElement).value })} />
                <label for="latency">Latency (ms)</label>
                <input id="latency" type="number" min="0" .value=${String(state.server.latencyMs)} @change=${(e: Event) => serverUpdate({ latencyMs: Number((e.target as HTMLInputElement).value) })} />
                <label for="offline">Offline</label>
                <input id="offline" type="checkbox" .checked=${state.server.offline} @change=${(e: Event) => serverUpdate({ offline: (e.target as HTMLInputElement).checked })} />
              </div>
              <ol class="log" tabindex="0" aria-label="Requests received">${state.requests.map(requestView)}</ol>
            </section>`
          : nothing}
      </aside>
    </div>`,
    app,
  );
}

/** The measures of every wrap-up completed here, from its body's `metrics`, whatever the story. */
const measures: { chooseMs: number | null; submitMs: number }[] = [];
const median = (values: number[]): number | undefined => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? (sorted[(sorted.length - 1) >> 1]! + sorted[sorted.length >> 1]!) / 2 : undefined;
};
const seconds = (ms: number | undefined) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`);

/** The median time to choose and to submit over the stories played, as an ACW report would show it. */
function measuresPanel() {
  const choose = median(measures.flatMap(({ chooseMs }) => (chooseMs === null ? [] : [chooseMs])));
  const submit = median(measures.map(({ submitMs }) => submitMs));
  return html`<section aria-labelledby="measures-title">
    <h2 id="measures-title">After-call work, stories played</h2>
    <dl class="measures">
      <dt>Wrap-ups</dt>
      <dd>${measures.length}</dd>
      <dt>Median time to choose</dt>
      <dd>${seconds(choose)}</dd>
      <dt>Median time to submit</dt>
      <dd>${seconds(submit)}</dd>
    </dl>
  </section>`;
}

function serverUpdate(settings: Partial<ServerSettings>): void {
  state.server = { ...state.server, ...settings };
  frame?.contentWindow?.postMessage({ type: 'server', settings }, location.origin);
}

update();
