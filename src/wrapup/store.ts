/**
 * What survives a reload, per interaction: when it ended, the deadline's extensions, the chosen
 * reason and note, the idempotency key and a pending submission. Never credentials or headers.
 *
 * `localStorage` is shared by every tab of the origin, which is what lets a second tab see that
 * the wrap-up is done. Storage that is full, disabled or throws (private mode, quota) degrades
 * to memory with one warning.
 */
import type { Wrapup } from '../types.js';

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
  idempotencyKey: string;
  /** The body being submitted, or that was submitted once `doneAt` is set. */
  wrapup?: Wrapup;
  /** The host cancelled `wrapup-submit` and submits the wrap-up itself. */
  hostSubmits?: boolean;
  /** Set once the server accepted the wrap-up: it is never sent again. */
  doneAt?: number;
  /** The HTTP status of the accepted attempt. */
  doneStatus?: number;
  /** Last write, for expiry. */
  updatedAt: number;
}

/** What every record's storage key starts with; the interaction id follows. */
export const PREFIX = 'wrapup-elements:v1:';

function isRecord(value: unknown): value is WrapupRecord {
  const record = value as WrapupRecord | null;
  return (
    typeof record === 'object' &&
    record !== null &&
    typeof record.interactionId === 'string' &&
    typeof record.endedAt === 'number' &&
    typeof record.idempotencyKey === 'string'
  );
}

export class WrapupStore {
  #storage: Storage | undefined;
  readonly #memory = new Map<string, string>();
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
    const text = this.#read(PREFIX + interactionId);
    if (text === undefined) return undefined;
    try {
      const value: unknown = JSON.parse(text);
      return isRecord(value) && value.interactionId === interactionId ? value : undefined;
    } catch {
      return undefined;
    }
  }

  save(record: WrapupRecord): void {
    this.#write(PREFIX + record.interactionId, JSON.stringify(record));
  }

  /**
   * The record of a wrap-up that starts (or resumes) at `now`: the stored one, with the host's
   * `endedAt` when it gave one, or a new one with a new idempotency key. Saved.
   */
  open(interactionId: string, endedAt: number | undefined, now: number): WrapupRecord {
    const stored = interactionId ? this.load(interactionId) : undefined;
    const record = stored
      ? { ...stored, endedAt: endedAt ?? stored.endedAt }
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
      Object.assign(record, { doneAt: stored.doneAt, doneStatus: stored.doneStatus, wrapup: stored.wrapup });
      return;
    }
    record.updatedAt = now;
    this.save(record);
  }

  /**
   * What another tab stored for `record`'s interaction, when `event` says it changed: its
   * choice, note and extensions are taken into `record` unless it is finished.
   */
  follow(record: WrapupRecord, event: StorageEvent): WrapupRecord | undefined {
    const latest = record.interactionId && event.key === PREFIX + record.interactionId ? this.load(record.interactionId) : undefined;
    // (Without a change, `record` takes its own values: the shortest form in the drop-in.)
    const { reasonId, notes, extensions, cancelled } = latest ?? record;
    if (latest?.doneAt === undefined) Object.assign(record, { reasonId, notes, extensions, cancelled });
    return latest;
  }

  #read(key: string): string | undefined {
    if (this.#storage) {
      try {
        return this.#storage.getItem(key) ?? undefined;
      } catch (error) {
        this.#degrade(error);
      }
    }
    return this.#memory.get(key);
  }

  #write(key: string, value: string): void {
    this.#memory.set(key, value);
    if (!this.#storage) return;
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

  #degrade(error: unknown): void {
    if (!this.#warned) {
      this.#warned = true;
      console.warn('wrapup-elements: no storage; a reload loses the wrap-ups in progress.', error);
    }
    this.#storage = undefined;
  }
}

/** The page's one store of wrap-up records. */
export const store = new WrapupStore();
