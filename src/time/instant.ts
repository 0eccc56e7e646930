/** Instants given by the host: ISO 8601 strings, epoch milliseconds, or `Date`s. */

/** What a host may pass where the contract says "ISO 8601 or epoch ms". */
export type InstantInput = string | number | Date;

const EPOCH_MS = /^\s*-?\d+(\.\d+)?\s*$/;
const ISO_8601 = /^\s*(\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?)(Z|[+-]\d{2}:?\d{2})?\s*$/;

/**
 * Epoch milliseconds for an instant, `undefined` when none was given, and `NaN` when the
 * input cannot be read as an instant (the caller reports it). An ISO 8601 time without a zone
 * is UTC, as every time of the contract is: the browser would read it in the agent's own zone,
 * hours off wherever that is not UTC.
 */
export function parseInstant(value: InstantInput | null | undefined): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'string') {
    if (EPOCH_MS.test(value)) return Number(value);
    const iso = ISO_8601.exec(value);
    return iso ? Date.parse(iso[1]! + (iso[5] ?? 'Z')) : NaN;
  }
  const time = value instanceof Date || typeof value === 'number' ? +value : NaN;
  return Number.isFinite(time) ? time : NaN;
}
