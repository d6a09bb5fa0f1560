// The undo journal's write barrier for the model. While the history records a statement
// (src/sim/journal.ts), a native kernel function or a model memory write runs with the model's
// containers (pages, tables, objs, tlbs, ...) behind proxies: every object reached through them
// is a proxy too, and each write or delete through one notes (object, key, old value) in the
// journal before it happens. One barrier covers every write path of the model, however the
// natives spell their writes (`page.refcount++`, `list.push(x)`, `delete o[k]`, `splice`).
//
// The proxies exist only during the call: afterwards the model's fields hold its own plain
// objects again, and whatever the call stored or returned is unwrapped, so the state stays
// plain data (structuredClone, hashing, snapshots see no proxy). C values (objects with a `t`
// tag: pointers, aggregates) are immutable and pass through unwrapped. The model's top-level
// scalars (nextPfn, nextId, ...) and replaced containers are not seen here: the journal
// compares the model object's own fields at the end of the statement.

import { ABSENT, undoSink } from '../c/undo-sink';
import type { MmModel } from './state';

const proxyOf = new WeakMap<object, object>();
const targetOf = new WeakMap<object, object>();
const own = Object.prototype.hasOwnProperty;

function note(o: object, k: string | symbol): void {
  const log = undoSink.log;
  if (log !== undefined) log.push(o, k, own.call(o, k) ? (o as Record<string | symbol, unknown>)[k] : ABSENT);
}

/**
 * An array's length moves with its elements: writing past the end grows it (the old length
 * first, so undo shrinks it back after removing the element), shortening it drops elements
 * (each noted, then the length, so undo restores the length before the elements).
 */
function noteArray(target: unknown[], key: string | symbol, value: unknown): void {
  if (key === 'length') {
    const n = Number(value);
    for (let i = n; i < target.length; i++) note(target, String(i));
    note(target, key);
    return;
  }
  if (typeof key === 'string') {
    const i = Number(key);
    if (Number.isInteger(i) && i >= target.length) note(target, 'length');
  }
  note(target, key);
}

/** A C value (pointer, aggregate, uninit, function): never written in place, never wrapped. */
function isCValue(v: object): boolean {
  return typeof (v as { t?: unknown }).t === 'string';
}

const handler: ProxyHandler<object> = {
  get(target, key) {
    const v = (target as Record<string | symbol, unknown>)[key];
    if (v === null || typeof v !== 'object' || isCValue(v)) return v;
    return wrap(v);
  },
  set(target, key, value) {
    if (Array.isArray(target)) noteArray(target, key, value);
    else note(target, key);
    (target as Record<string | symbol, unknown>)[key] = unwrapDeep(value);
    return true;
  },
  deleteProperty(target, key) {
    if (own.call(target, key)) note(target, key);
    return delete (target as Record<string | symbol, unknown>)[key];
  },
  defineProperty(target, key, desc) {
    note(target, key);
    if ('value' in desc) desc = { ...desc, value: unwrapDeep(desc.value) };
    return Reflect.defineProperty(target, key, desc);
  },
};

function wrap(o: object): object {
  if (targetOf.has(o)) return o;
  let p = proxyOf.get(o);
  if (p === undefined) {
    p = new Proxy(o, handler);
    proxyOf.set(o, p);
    targetOf.set(p, o);
  }
  return p;
}

/** `v` with every proxy in it replaced by its target (new values may hold objects read through one). */
export function unwrapDeep<T>(v: T, depth = 0): T {
  if (v === null || typeof v !== 'object') return v;
  const t = targetOf.get(v as object);
  if (t !== undefined) return t as T;
  if (isCValue(v as object) || depth > 64) return v;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const e = v[i];
      if (e !== null && typeof e === 'object') {
        const u = unwrapDeep(e, depth + 1);
        if (u !== e) v[i] = u;
      }
    }
    return v;
  }
  const o = v as Record<string, unknown>;
  for (const k in o) {
    const e = o[k];
    if (e !== null && typeof e === 'object') {
      const u = unwrapDeep(e, depth + 1);
      if (u !== e) o[k] = u;
    }
  }
  return v;
}

let depth = 0;

/**
 * Run `fn` (a native's body, a model memory write) with the model behind the barrier when the
 * history is recording a statement; directly otherwise.
 */
export function journaledCall<R>(m: MmModel, fn: () => R): R {
  if (undoSink.log === undefined || depth > 0) return fn();
  undoSink.model = true;
  const model = m as unknown as Record<string, unknown>;
  const saved: [string, object, object][] = [];
  for (const k in model) {
    const v = model[k];
    if (v !== null && typeof v === 'object') {
      const p = wrap(v);
      saved.push([k, v, p]);
      model[k] = p;
    }
  }
  depth++;
  try {
    return unwrapDeep(fn());
  } finally {
    depth--;
    for (const [k, v, p] of saved) {
      if (!own.call(model, k)) continue;
      const cur = model[k];
      if (cur === p) model[k] = v;
      else model[k] = unwrapDeep(cur);
    }
    // Fields the call added to the model itself.
    for (const k in model) {
      const cur = model[k];
      if (cur !== null && typeof cur === 'object' && targetOf.has(cur)) model[k] = targetOf.get(cur);
    }
  }
}
