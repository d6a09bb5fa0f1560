// Test helpers for the memory model: a fake NativeCtx (records wakes, warnings and stores into
// a small fake interpreter memory), a one-line way to call a native and to expect a SimFault.

import * as assert from 'assert';
import { SimFault, type NativeCtx, type NativeTable } from '../../../src/c/native';
import { mkPtr, type Ptr, type Value } from '../../../src/c/value';
import { createModel, createNatives, type MemorySpec, type MmModel } from '../../../src/mm/index';

export interface FakeCtx extends NativeCtx {
  woken: string[];
  warnings: string[];
  cells: Map<string, Value>;
}

export function fakeCtx(tid = 1, cpu = 0): FakeCtx {
  const cells = new Map<string, Value>();
  const woken: string[] = [];
  const warnings: string[] = [];
  return {
    tid,
    cpu,
    loc: { file: 'test.c', line: 1, column: 1, endLine: 1, endColumn: 2 },
    load: (p: Ptr) => cells.get(`${p.b}:${p.i}`) ?? 0n,
    store: (p: Ptr, v: Value) => void cells.set(`${p.b}:${p.i}`, v),
    wake: (key: string) => void woken.push(key),
    warn: (msg: string) => void warnings.push(msg),
    print: () => undefined,
    woken,
    warnings,
    cells,
  };
}

/** A pointer into fake interpreter memory (space 'c'), e.g. for `&ptl`. */
export function cPtr(region: number, index = 0): Ptr {
  return mkPtr('c', region, index);
}

export class Harness {
  readonly m: MmModel;
  readonly n: NativeTable;
  constructor(spec: MemorySpec) {
    this.m = createModel(spec);
    this.n = createNatives(this.m);
  }
  call(ctx: NativeCtx, name: string, ...args: Value[]): ReturnType<NativeTable[string]> {
    const f = this.n[name];
    if (!f) throw new Error(`no native ${name}`);
    return f(ctx, args);
  }
  /** Call and expect a plain value back (not Blocked). */
  v(ctx: NativeCtx, name: string, ...args: Value[]): Value {
    const r = this.call(ctx, name, ...args);
    if (r === undefined) throw new Error(`${name} returned nothing`);
    if (typeof r === 'object' && 't' in r && r.t === 'block') throw new Error(`${name} blocked on ${r.on}`);
    return r as Value;
  }
  ptr(ctx: NativeCtx, name: string, ...args: Value[]): Ptr {
    const r = this.v(ctx, name, ...args);
    assert.ok(typeof r === 'object' && r.t === 'p', `${name} should return a pointer`);
    return r as Ptr;
  }
  big(ctx: NativeCtx, name: string, ...args: Value[]): bigint {
    const r = this.v(ctx, name, ...args);
    assert.strictEqual(typeof r, 'bigint', `${name} should return an integer`);
    return r as bigint;
  }
}

export function expectFault(kind: string, fn: () => unknown, msg?: RegExp): SimFault {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof SimFault, `expected a SimFault, got ${String(e)}`);
    assert.strictEqual(e.kind, kind, `fault kind (message: ${e.message})`);
    if (msg) assert.match(e.message, msg);
    return e;
  }
  assert.fail(`expected a ${kind} fault`);
}

/** A process with one RW anonymous VMA of `pages` pages at 0x100000, all resident. */
export function privateRange(pages: number, extra: Partial<MemorySpec> = {}): MemorySpec {
  const list = Array.from({ length: pages }, (_, k) => ({ addr: 0x100000 + k * 4096 }));
  return {
    processes: [{ pid: 1, name: 'app', vmas: [{ start: '0x100000', end: '0x140000' }], pages: list }],
    ...extra,
  };
}
