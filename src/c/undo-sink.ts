// The undo journal's hooks in C memory: every write path of interpreter memory (cells, region
// fields, the region map) notes the old value here before it writes, while the history records
// a statement (src/sim/journal.ts). A file of its own with no imports, so every writer can use
// it without import cycles.

import type { Value } from './value';

/**
 * The undo journal's sink (src/sim/journal.ts): while the history records a statement, `log`
 * is its flat list of (object, key, old value) triples and every write path of C memory notes
 * the old value there before it writes; otherwise undefined and the notes cost one test.
 * `model` is set by the model's write paths (src/mm/undo-membrane.ts) when the statement
 * reached the model at all.
 */
export const undoSink: { log: unknown[] | undefined; model: boolean } = { log: undefined, model: false };

/** Marks a key the object did not have (undo deletes it). */
export const ABSENT: unique symbol = Symbol('absent');

/** About to write `o[k]` (a region field, a memory map entry): journal its old value. */
export function noteWrite(o: object, k: string | number): void {
  const log = undoSink.log;
  if (log === undefined) return;
  log.push(o, k, Object.prototype.hasOwnProperty.call(o, k) ? (o as Record<string | number, unknown>)[k] : ABSENT);
}

/** About to write slot i (in bounds) of a region's cells: journal its old value. */
export function noteCell(cells: Value[], i: number): void {
  const log = undoSink.log;
  if (log !== undefined) log.push(cells, i, cells[i]);
}
