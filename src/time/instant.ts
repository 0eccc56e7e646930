/** Instants given by the host: ISO 8601 strings, epoch milliseconds, or `Date`s. */

/** What a host may pass where the contract says "ISO 8601 or epoch ms". */
export type InstantInput = string | number | Date;

const EPOCH_MS = /^\s*-?\d+(\.\d+)?\s*$/;
const ISO_8601 = /^\s*[+-]?\d{4,6}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?\s*$/i;

/**
 * Epoch milliseconds for an instant, `undefined` when none was given, and `NaN` when the
 * input cannot be read as an instant (the caller reports it).
 */
export function parseInstant(value: InstantInput | null | undefined): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return Number.isFinite(value) ? value : NaN;
  if (typeof value !== 'string') return NaN;
  if (EPOCH_MS.test(value)) return Number(value);
  return ISO_8601.test(value) ? Date.parse(value.trim()) : NaN;
}
