// Shadows for the undo journal: a copy of an object's own fields as of the last statement
// boundary, and the diff that turns what changed since into undo entries (object, key, old
// value) on the journal's flat log. The journal uses them for the state that is written without
// a hook — frames, pc, locals and operand stacks (the interpreter and the generated code write
// them directly), threads, the machine's counters, the model's top-level fields and the
// scheduler's — so only objects that can change are compared, each in a few field reads.

import { ABSENT } from '../c/undo-sink';

export { ABSENT };

const own = Object.prototype.hasOwnProperty;

/** An object's fields at the last boundary; `arrs` the elements of its array fields (deep). */
export interface Shadow {
  vals: Record<string, unknown>;
  arrs?: Record<string, unknown[] | undefined>;
  n: number;
}

/** Shadow of `o`; with `deep`, array-valued fields keep a copy of their elements too. */
export function shadowOf(o: object, deep: boolean): Shadow {
  const vals: Record<string, unknown> = {};
  const arrs: Record<string, unknown[] | undefined> | undefined = deep ? {} : undefined;
  let n = 0;
  const src = o as Record<string, unknown>;
  for (const k in src) {
    const v = src[k];
    vals[k] = v;
    if (arrs && Array.isArray(v)) arrs[k] = v.slice();
    n++;
  }
  return { vals, arrs, n };
}

type Log = unknown[];

/**
 * Undo entries that put array `arr` back to `copy` (its elements at the last boundary), and
 * `copy` brought up to date. Entries are undone last first: the length comes back before the
 * elements are put back.
 */
export function diffArray(log: Log, arr: unknown[], copy: unknown[]): void {
  const n = arr.length;
  const m = copy.length;
  const lo = n < m ? n : m;
  for (let i = 0; i < lo; i++) {
    if (arr[i] !== copy[i]) {
      log.push(arr, i, copy[i]);
      copy[i] = arr[i];
    }
  }
  if (n === m) return;
  for (let i = n; i < m; i++) log.push(arr, i, copy[i]);
  log.push(arr, 'length', m);
  copy.length = n;
  for (let i = m; i < n; i++) copy[i] = arr[i];
}

/** Undo entries for every field of `o` that changed since `sh` was taken; `sh` brought up to date. */
export function diffObj(log: Log, o: object, sh: Shadow): void {
  const cur = o as Record<string, unknown>;
  const vals = sh.vals;
  const arrs = sh.arrs;
  let seen = 0;
  for (const k in cur) {
    const v = cur[k];
    if (!own.call(vals, k)) {
      log.push(o, k, ABSENT);
      vals[k] = v;
      if (arrs && Array.isArray(v)) arrs[k] = v.slice();
      sh.n++;
      seen++;
      continue;
    }
    seen++;
    const old = vals[k];
    const copy = arrs ? arrs[k] : undefined;
    if (copy !== undefined) {
      // An array field: its elements as they were, then the field itself if it was replaced.
      diffArray(log, old as unknown[], copy);
      if (v !== old) {
        log.push(o, k, old);
        vals[k] = v;
        arrs![k] = Array.isArray(v) ? v.slice() : undefined;
      }
      continue;
    }
    if (v !== old) {
      log.push(o, k, old);
      vals[k] = v;
      if (arrs && Array.isArray(v)) arrs[k] = v.slice();
    }
  }
  if (seen === sh.n) return;
  // Fields deleted since.
  for (const k in vals) {
    if (own.call(cur, k)) continue;
    const old = vals[k];
    const copy = arrs ? arrs[k] : undefined;
    if (copy !== undefined) diffArray(log, old as unknown[], copy);
    log.push(o, k, old);
    delete vals[k];
    if (arrs) delete arrs[k];
    sh.n--;
  }
}

/** A marker in the log's object slot: undo deletes the listed keys from the Set in the key slot. */
export const SET_ADDED = Object.freeze({ setAdded: true });

/** Apply the log's entries from its end down to `mark`, and cut it there. */
export function undoLog(log: Log, mark: number): void {
  for (let i = log.length - 3; i >= mark; i -= 3) {
    const o = log[i] as Record<string | number, unknown>;
    const k = log[i + 1] as string | number;
    const v = log[i + 2];
    if (o === SET_ADDED) {
      for (const x of v as unknown[]) (log[i + 1] as Set<unknown>).delete(x);
    } else if (v === ABSENT) delete o[k];
    else o[k] = v;
  }
  log.length = mark;
}
