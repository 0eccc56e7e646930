/**
 * The story stage: renders one story in its own page (like Storybook's preview frame), so the
 * dialog's modal makes only the stage inert and the workshop's panels stay usable.
 */
import { html, nothing, render } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/index.js';
import { setLocale, type WrapupSummary } from '../src/index.js';
import { DemoServer } from './server.js';
import { registerArabic } from './arabic.js';
import { startPlatform } from './platforms.js';
import type { Language } from './languages.js';
import { basicReasons, declarativeOptions, reasonsOf, stories } from './stories.js';

registerArabic();

/** What the workshop sends the stage. */
export interface StageConfig {
  story: string;
  run: number;
  locale: Language;
  theme: 'light' | 'dark' | 'host';
  attributes: Record<string, string | boolean>;
  open: boolean;
}

const EVENTS = ['wrapup-select', 'wrapup-extend', 'wrapup-expire', 'wrapup-submit', 'wrapup-complete', 'wrapup-error'];
const server = new DemoServer();
const post = (message: object) => parent.postMessage(message, location.origin);

server.addEventListener('change', () =>
  post({ type: 'server', requests: server.requests.map((request) => ({ ...request, at: request.at.toISOString() })), settings: server.settings }),
);
for (const type of EVENTS) {
  document.addEventListener(type, (event) => {
    const detail = (event as CustomEvent).detail ?? {};
    post({ type: 'event', name: type, target: (event.target as Element).localName, detail: JSON.parse(JSON.stringify(detail, (_, value) => (value instanceof Error ? { name: value.name, message: value.message, field: (value as { field?: string }).field, status: (value as { status?: number }).status } : value))) });
  });
}

let current: { story: string; run: number } | undefined;
/** Disconnects the platform story's adapter. */
let stopPlatform: (() => void) | undefined;
let endedAt = Date.now();

/** Plays a model drafting the notes: `summary` pending, then each step a second apart, the last ready. */
let streaming: ReturnType<typeof setTimeout>[] = [];
function streamSummary(steps: string[] | undefined): void {
  streaming.forEach(clearTimeout);
  streaming = [];
  if (!steps) return;
  const set = (summary: WrapupSummary) => {
    const dialog = document.querySelector('wrapup-dialog');
    if (dialog) dialog.summary = summary;
  };
  streaming.push(setTimeout(() => set({ text: '', state: 'pending' }), 50));
  steps.forEach((text, i) => streaming.push(setTimeout(() => set({ text, state: i === steps.length - 1 ? 'ready' : 'pending' }), 1000 * (i + 1))));
}

function show(config: StageConfig): void {
  const story = stories.find((candidate) => candidate.id === config.story) ?? stories[0]!;
  const restarted = current?.story !== story.id || current.run !== config.run;
  if (restarted) {
    current = { story: story.id, run: config.run };
    endedAt = Date.now() - (story.endedAgo ?? 0) * 1000;
    server.requests.length = 0;
    server.update({ fail: story.server?.fail ?? 0, status: story.server?.status ?? 503, retryAfter: story.server?.retryAfter ?? '', offline: story.server?.offline ?? false });
    stopPlatform?.();
    stopPlatform = undefined;
    render(nothing, stage); // a new element, a new interaction
    streamSummary(story.summaryStream);
    if (story.recent) {
      // As if the agent had submitted these before (the element keeps [id, time] pairs).
      const key = `wrapup-elements:recent:${String(story.attributes['agent-id'])}`;
      localStorage.setItem(key, JSON.stringify(story.recent.map((id, i) => [id, Date.now() - (i + 1) * 600_000])));
    }
  }
  document.documentElement.dataset.theme = config.theme;
  document.documentElement.lang = config.locale;
  void setLocale(config.locale);
  const attributes = { ...story.attributes, ...config.attributes };
  const attribute = (name: string) => (typeof attributes[name] === 'string' ? (attributes[name] as string) : undefined);
  const interactionId = `demo-${story.id}-${config.run}-${endedAt}`;

  const chats = [
    { subject: 'Ana Novak · chat', endedAgo: 6, autoWrapup: 20 },
    { subject: 'Marko Kranjc · chat', endedAgo: 3, autoWrapup: 30 },
    { subject: 'Eva Horvat · chat', endedAgo: 0, autoWrapup: 40 },
  ];
  const dialog =
    story.kind === 'timer'
      ? nothing
      : story.kind === 'platform'
        ? html`<div id="platform"></div>`
      : story.kind === 'chats'
        ? chats.map(
            (chat, i) => html`<wrapup-dialog
              interaction-id=${`${interactionId}-${i}`}
              channel="chat"
              subject=${chat.subject}
              ended-at=${new Date(endedAt - chat.endedAgo * 1000).toISOString()}
              auto-wrapup=${chat.autoWrapup}
              default-reason="other"
              submit-url="/api/interactions/{interactionId}/wrapup"
              .reasons=${basicReasons}
              .fetch=${server.fetch}
              ?open=${config.open}
            ></wrapup-dialog>`,
          )
      : html`<wrapup-dialog
          id="dialog"
          interaction-id=${interactionId}
          channel=${ifDefined(attribute('channel'))}
          scenario=${ifDefined(attribute('scenario'))}
          ended-at=${attribute('ended-at') ?? new Date(endedAt).toISOString()}
          auto-wrapup=${ifDefined(attribute('auto-wrapup'))}
          default-reason=${ifDefined(attribute('default-reason'))}
          ?extendable=${attributes.extendable === true}
          extend-seconds=${ifDefined(attribute('extend-seconds'))}
          notes=${ifDefined(attribute('notes'))}
          recent=${ifDefined(attribute('recent'))}
          agent-id=${ifDefined(attribute('agent-id'))}
          max-tags=${ifDefined(attribute('max-tags'))}
          min-wrapup=${ifDefined(attribute('min-wrapup'))}
          ?live=${attributes.live === true}
          submit-url="/api/interactions/{interactionId}/wrapup"
          .reasons=${reasonsOf(story)}
          .suggestions=${story.suggestions}
          .tags=${story.tags}
          .fetch=${server.fetch}
          ?open=${config.open}
        >
          ${story.reasons === 'declarative'
            ? declarativeOptions.map(([group, options]) => {
                const list = options.map(([value, label]) => html`<option value=${value}>${label}</option>`);
                return group ? html`<optgroup label=${group}>${list}</optgroup>` : list;
              })
            : nothing}
        </wrapup-dialog>`;
  render(
    html`
      <h1 class="visually-hidden">${story.title}</h1>
      <div class="agent-desktop" role="status" aria-label="Agent state">
        <span class="state">${config.locale === 'sl' ? 'Stanje zaključka' : 'Wrap-up'}</span>
        ${story.kind === 'timer'
          ? html`<wrapup-timer since=${new Date(endedAt).toISOString()}></wrapup-timer>`
          : story.kind === 'timer-for'
            ? html`<wrapup-timer for="dialog"></wrapup-timer>`
            : nothing}
      </div>
      ${dialog}
    `,
    stage,
  );
  if (story.kind === 'platform' && !stopPlatform) {
    // The calls the adapter makes to the platform go to the workshop's event log.
    stopPlatform = startPlatform(story.platform!, stage.querySelector('#platform')!, (call, detail) =>
      post({ type: 'event', name: call, target: story.title, detail: JSON.parse(JSON.stringify(detail)) }),
    );
  }
}

const stage = document.getElementById('stage')!;
window.addEventListener('message', (event: MessageEvent) => {
  if (event.origin !== location.origin) return;
  const message = event.data as { type: string; config?: StageConfig; settings?: object };
  if (message.type === 'show' && message.config) show(message.config);
  if (message.type === 'server' && message.settings) server.update(message.settings);
});
document.addEventListener('wrapup-complete', () => post({ type: 'closed' }));
post({ type: 'ready' });

