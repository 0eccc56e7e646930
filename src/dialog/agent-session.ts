/**
 * What the agent does in this page's dialog, beside the wrap-up's record: what is chosen and
 * typed while the interaction is still `live` (the wrap-up has not started, so it waits here
 * and is handed over as it starts), and the measures the body reports (`metrics`).
 */
import type { ReasonIndex } from '../input/reasons.js';
import { clock } from '../time/clock.js';
import type { Wrapup } from '../types.js';
import { commandsOf, type DialogCommands, type DialogSnapshot } from './snapshot.js';

/** What the agent chose and typed while live. */
type Draft = Parameters<DialogCommands['edit']>[0] & { reasonId?: string };

export class AgentSession {
  #draft: Draft = {};
  /** When the dialog was first shown, and the agent first chose (epoch ms, server time). */
  #shownAt: number | undefined;
  #choseAt: number | undefined;
  #searches = 0;

  /**
   * `commands` as the agent's hands: while `live()` and the wrap-up has not started, a choice
   * and what is typed go into the draft; the first choice is measured.
   */
  commands(commands: DialogCommands, waiting: () => boolean, requestUpdate: () => void): DialogCommands {
    return {
      ...commandsOf(commands),
      choose: (reason) => {
        this.#choseAt ??= clock.now();
        if (!waiting()) return commands.choose(reason);
        this.#draft.reasonId = reason.id;
        requestUpdate();
      },
      edit: (typed) => {
        if (!waiting()) return commands.edit(typed);
        Object.assign(this.#draft, typed);
        requestUpdate();
      },
    };
  }

  /** `dialog` as the agent sees it: with the draft over it while there is one. */
  over(dialog: DialogSnapshot): DialogSnapshot {
    const { reasonId, notes, notesSource, fields, tags } = this.#draft;
    if (!Object.keys(this.#draft).length) return dialog;
    return {
      ...dialog,
      chosen: dialog.reasons.get(reasonId) ?? dialog.chosen,
      chosenId: reasonId ?? dialog.chosenId,
      note: notes ?? dialog.note,
      notesSource: notesSource ?? dialog.notesSource,
      fields: fields ?? dialog.fields,
      chosenTags: tags ?? dialog.chosenTags,
    };
  }

  /** Once the wrap-up has started: the draft goes into it through `commands`, and is gone here. */
  handOver(commands: DialogCommands, index: ReasonIndex): void {
    const { reasonId, ...typed } = this.#draft;
    this.#draft = {};
    const reason = index.get(reasonId);
    if (reason) commands.choose(reason);
    if (Object.keys(typed).length) commands.edit(typed);
  }

  get drafted(): boolean {
    return Object.keys(this.#draft).length > 0;
  }

  /** The dialog is shown now. */
  shown(): void {
    this.#shownAt ??= clock.now();
  }

  /** The agent typed a search (a pause in typing). */
  searched(): void {
    this.#searches++;
  }

  /** The measures for a body built now; undefined when the dialog was never shown here. */
  metrics(): Wrapup['metrics'] {
    const shownAt = this.#shownAt;
    if (shownAt === undefined) return undefined;
    const since = (at: number) => Math.max(0, Math.round(at - shownAt));
    return { chooseMs: this.#choseAt === undefined ? null : since(this.#choseAt), submitMs: since(clock.now()), searches: this.#searches };
  }
}
