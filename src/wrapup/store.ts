/**
 * What survives a reload, per interaction: when it ended, the deadline's extensions, the chosen
 * reason and note, the idempotency key and a pending submission; once it is done, only its id,
 * key and when (see {@link atRest}). Never credentials or headers.
 *
 * `localStorage` is shared by every tab of the origin, which is what lets a second tab see that
 * the wrap-up is done. Storage that is full, disabled or throws (private mode, quota) degrades
 * to memory with one warning. Everything the package keeps in the browser goes through here.
 */
import type { NotesSource, Wrapup } from '../types.js';
import { warn } from '../input/problem-report.js';

/** The stored state of one interaction's wrap-up. */
export interface WrapupRecord {
  interactionId: string;
  /** Epoch ms (server time) the interaction ended; fixed at first open when the host gave none. */
  endedAt: number;
  /** How many times the countdown was extended (or 1 when it was cancelled). */
  extensions: number;
  /** The countdown was cancelled for good. */
  cancelled: boolean;
  reasonId?: string;
  /** The agent's note as typed so far. */
  notes?: string;
  /** Where the note came from: typed, the host's summary, or the summary edited. */
  notesSource?: NotesSource;
  /** What the agent typed in each reason's fields so far, by reason id and field id (kept for a reason chosen again). */
  fields?: Record<string, Record<string, string | boolean>>;
  /** The ids of the tags the agent chose. */
  tags?: string[];
  idempotencyKey: string;
  /** The body being submitted, or that was submitted once `doneAt` is set. */
  wrapup?: Wrapup;
  /** The host cancelled `wrapup-submit` and submits the wrap-up itself. */
  hostSubmits?: boolean;
  /** The host's call failed: its HTTP status, 0 without one. (Absent while it is in flight.) */
  hostFailed?: number;
  /** Set once the server accepted the wrap-up: it is never sent again. */
  doneAt?: number;
  /** Last write, for expiry. */
  updatedAt: number;
}

/** What every key the package stores starts with. */
export const PACKAGE_PREFIX = 'wrapup-elements:';
/** What every record's storage key starts with; the interaction id follows. */
export const PREFIX = `${PACKAGE_PREFIX}v1:`;

/** An unfinished record's customer data (the note, fields, tags, the body being sent) is dropped this long after the interaction ended. */
export const CUSTOMER_DATA_TTL_MS = 12 * 3600_000;

/**
 * What of `record` may rest in storage at `now`: a done wrap-up keeps only what tells a reload or
 * another tab that it is done; an unfinished one keeps its note, fields, tags and body for 12
 * hours after the interaction ended.
 */
export function atRest(record: WrapupRecord, now: number): WrapupRecord {
  const { interactionId, idempotencyKey, doneAt } = record;
  // (Read back, `parse` fills in the rest.)
  if (doneAt !== undefined) return { interactionId, idempotencyKey, doneAt } as WrapupRecord;
  return now - record.endedAt > CUSTOMER_DATA_TTL_MS ? withoutCustomerData(record) : record;
}

/** `record` without what the agent typed or chose beside the reason, and without the body. */
export function withoutCustomerData(record: WrapupRecord): WrapupRecord {
  return { ...record, notes: undefined, fields: undefined, tags: undefined, wrapup: undefined };
}

/** The record of `interactionId` in `text`; a done one is filled in to a whole record. */
export function parse(text: string | null | undefined, interactionId: string): WrapupRecord | undefined {
  try {
    const record = JSON.parse(text!) as Partial<WrapupRecord>;
    const { doneAt: at } = record;
    return record.interactionId === interactionId &&
      typeof record.idempotencyKey === 'string' &&
      typeof (record.endedAt ?? at) === 'number'
      ? ({ endedAt: at, updatedAt: at, extensions: 0, cancelled: false, ...record } as WrapupRecord)
      : undefined;
  } catch {
    return undefined; // null, or not ours
  }
}

export class WrapupStore {
  #storage: Storage | undefined;
  readonly #memory = new Map<string, string>();
  /** Keys that {@link clear} removed: what is written under them from now on stays in memory. */
  readonly #cleared = new Set<string>();
  #warned = false;

  /** @param storage - `localStorage` by default; `undefined` keeps everything in memory. */
  constructor(storage: Storage | undefined = WrapupStore.#localStorage()) {
    this.#storage = storage;
  }

  static #localStorage(): Storage | undefined {
    try {
      return globalThis.localStorage;
    } catch {
      return undefined; // reading the property itself throws where storage is disabled
    }
  }

  /** The record of `interactionId`, if one was stored and is readable. */
  load(interactionId: string): WrapupRecord | undefined {
    return parse(this.read(PREFIX + interactionId), interactionId);
  }

  /** Stores what of `record` may rest as of its last write. */
  save(record: WrapupRecord): void {
    this.write(PREFIX + record.interactionId, JSON.stringify(atRest(record, record.updatedAt)));
  }

  /**
   * The record of a wrap-up that starts (or resumes) at `now`: the stored one, with the host's
   * `endedAt` when it gave one, or a new one with a new idempotency key. Saved.
   */
  open(interactionId: string, endedAt: number | undefined, now: number): WrapupRecord {
    const stored = interactionId ? this.load(interactionId) : undefined;
    const record = stored
      ? { ...atRest(stored, now), endedAt: endedAt ?? stored.endedAt }
      : { interactionId, endedAt: endedAt ?? now, extensions: 0, cancelled: false, idempotencyKey: crypto.randomUUID(), updatedAt: now };
    this.keep(record, now);
    return record;
  }

  /**
   * Saves `record` as of `now`, unless another tab has finished this wrap-up: that is never
   * overwritten with an unfinished state, and `record` takes it in instead.
   */
  keep(record: WrapupRecord, now: number): void {
    if (!record.interactionId) return; // without an id there is nothing to resume by
    const stored = this.load(record.interactionId);
    if (stored?.doneAt !== undefined && record.doneAt === undefined) {
      record.doneAt = stored.doneAt;
      return;
    }
    record.updatedAt = now;
    this.save(record);
  }

  /** The text stored under `key`. */
  read(key: string): string | undefined {
    if (this.#storage && !this.#cleared.has(key)) {
      try {
        return this.#storage.getItem(key) ?? undefined;
      } catch (error) {
        this.#degrade(error);
      }
    }
    return this.#memory.get(key);
  }

  /** Stores `value` under `key`, in memory too (what is left when storage fails). */
  write(key: string, value: string): void {
    this.#memory.set(key, value);
    if (!this.#storage || this.#cleared.has(key)) return;
    try {
      this.#storage.setItem(key, value);
    } catch (error) {
      this.#degrade(error);
    }
  }

  /** Forgets the record under storage key `key`. */
  remove(key: string): void {
    this.#memory.delete(key);
    try {
      this.#storage?.removeItem(key);
    } catch (error) {
      this.#degrade(error);
    }
  }

  /** The stored keys that start with `prefix` (in memory when there is no storage). */
  keys(prefix = PACKAGE_PREFIX): string[] {
    return [...(this.#storage ? Object.keys(this.#storage) : this.#memory.keys())].filter((key) => key.startsWith(prefix));
  }

  /**
   * Removes everything the package stored in this browser (the host's sign-out). A wrap-up
   * under way goes on: what it writes from now on stays in this page's memory.
   */
  clear(): void {
    for (const key of this.keys()) {
      this.remove(key);
      this.#cleared.add(key);
    }
  }

  #degrade(error: unknown): void {
    if (!this.#warned) {
      this.#warned = true;
      warn({ kind: 'no-storage', error });
    }
    this.#storage = undefined;
  }
}

/** The page's one store of wrap-up records. */
export const store = new WrapupStore();

/**
 * Removes every record and list this package stored in this browser, for the host to call when
 * the agent signs out. A wrap-up under way in the page goes on from memory.
 */
export const clearWrapups = (): void => store.clear();
