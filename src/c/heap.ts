// kmalloc and friends as natives of the interpreter's C runtime (issue 8 item 4). An allocation
// is a region of C memory named after its call site (`kmalloc(24) at mm/foo.c:12`). C memory is
// typed slots, and kmalloc returns a void *: the region gets its type when the pointer is first
// converted to a typed pointer (`struct foo *p = kmalloc(...)`, the PTYPE instruction): an
// array of as many objects as fit, or one struct whose flexible array member takes the rest.
// kfree(NULL) does nothing; kfree of a pointer kmalloc did not return, a double free, and any
// use after kfree are faults at the line, naming where the object was allocated and freed.

import { zeroCells } from './compile';
import { memoryFault, SLOT_BYTES } from './limits';
import type { MachineState } from './machine-state';
import type { Region } from './memory';
import { SimFault, type NativeCtx, type NativeImpl, type NativeTable } from './native';
import { sizeOf, slotOffsets, slotsOf, type CType } from './types';
import { NULL, UNINIT, type Ptr, type Value } from './value';
import { noteWrite } from './undo-sink';

/** Largest kmalloc on x86-64 (KMALLOC_MAX_SIZE, 4 MiB); larger requests return NULL. */
const KMALLOC_MAX = 4 << 20;
/** Largest kvmalloc: the kernel refuses more than INT_MAX. */
const KVMALLOC_MAX = 0x7fffffff;
const GFP_ZERO = 0x100n;

export interface HeapHost {
  state(): MachineState;
  maxBytes(): number;
  /** User memory of the model's processes, for the string natives on user addresses. */
  user?(): import('./native').UserMemory | undefined;
}

function where(ctx: NativeCtx): string {
  return `${ctx.loc.file.split('/').pop()}:${ctx.loc.line}`;
}

function allocate(host: HeapHost, ctx: NativeCtx, fn: string, bytes: bigint, zero: boolean, limit: number): Value {
  if (bytes > BigInt(limit)) return NULL;
  const st = host.state();
  const id = st.nextRegion++;
  const n = Number(bytes);
  noteWrite(st.mem, id);
  st.mem[id] = { name: `${fn}(${n}) at ${where(ctx)}`, cells: [], untyped: true, size: n, layout: [], heap: { fn, bytes: n, zero, at: where(ctx) } };
  return { t: 'p', s: 'c', b: id, i: 0 };
}

function mulOverflows(n: bigint, size: bigint): boolean {
  return n !== 0n && BigInt.asUintN(64, n * size) / n !== size;
}

/** The region a kfree'd pointer names, or a fault saying why it cannot be freed. */
function heapRegion(host: HeapHost, v: Value, who: string, ctx: NativeCtx): Region | undefined {
  if (v === 0n || (typeof v === 'object' && v.t === 'p' && v.s === 'null')) return undefined;
  const p = v as Ptr;
  const r = typeof v === 'object' && v.t === 'p' && v.s === 'c' ? host.state().mem[p.b] : undefined;
  if (!r || !r.heap) throw new SimFault('undefined-behaviour', `${who} of a pointer that no allocator returned${r ? ` ('${r.name}')` : ''}`);
  if (r.freed) throw new SimFault('use-after-free', `double free: ${who} of '${r.name}', already freed at ${r.heap.freedAt}`);
  if (p.i !== 0 || p.bo !== undefined) throw new SimFault('undefined-behaviour', `${who} of a pointer into the middle of '${r.name}'`);
  void ctx;
  return r;
}

function release(host: HeapHost, r: Region, at: string): void {
  const st = host.state();
  st.memBytes = (st.memBytes ?? 0) - r.cells.length * SLOT_BYTES;
  noteWrite(r, 'freed');
  noteWrite(r, 'cells');
  noteWrite(r.heap!, 'freedAt');
  noteWrite(r.heap!, 'carry');
  r.freed = true;
  r.cells = [];
  r.heap!.freedAt = at;
  delete r.heap!.carry;
}

/**
 * The layout of n slots of `size` bytes, shared by every region of that shape: layouts are
 * never changed in place (memory.ts), and the driver's 4 MiB bounce buffer, allocated at every
 * read and migrate ioctl, built its 4,194,304 offsets each time (6% of a selftest run).
 */
const strideLayouts = new Map<string, number[]>();

function strideLayout(size: number, n: number): number[] {
  const key = `${size}:${n}`;
  let l = strideLayouts.get(key);
  if (l === undefined) {
    l = new Array<number>(n);
    for (let i = 0; i < n; i++) l[i] = i * size;
    if (n < 1024) return l;
    if (strideLayouts.size >= 8) strideLayouts.delete(strideLayouts.keys().next().value as string);
    strideLayouts.set(key, l);
  }
  return l;
}

/** PTYPE: a fresh allocation seen through a `T *` gets T's layout. */
export function typeAllocation(host: HeapHost, r: Region, t: CType): void {
  const h = r.heap!;
  let cells: Value[];
  let layout: number[];
  const last = t.k === 'struct' && !t.def.union ? t.def.fields[t.def.fields.length - 1] : undefined;
  if (t.k === 'struct' && last && last.type.k === 'array' && last.type.n === 0) {
    // A flexible array member (or a zero-length array) takes the bytes after the struct's head.
    const elem = last.type.of;
    const k = Math.max(0, Math.floor((h.bytes - last.offset) / Math.max(1, sizeOf(elem))));
    layout = slotOffsets(t);
    for (let i = 0; i < k; i++) slotOffsets(elem, last.offset + i * sizeOf(elem), layout);
    const base = h.zero ? zeroCells(t) : new Array(slotsOf(t)).fill(UNINIT);
    const one = h.zero ? zeroCells(elem) : new Array(slotsOf(elem)).fill(UNINIT);
    cells = base;
    for (let i = 0; i < k; i++) cells.push(...one);
    if (h.bytes < sizeOf(t)) cells = cells.slice(0, 0);
  } else if (t.k === 'int' || t.k === 'ptr') {
    // A scalar buffer (the driver's bounce buffer: 4 MiB of char) in one pass, not a push per slot.
    const size = Math.max(1, sizeOf(t));
    const n = Math.floor(h.bytes / size);
    layout = strideLayout(size, n);
    cells = new Array<Value>(n).fill(h.zero ? zeroCells(t)[0] : UNINIT);
  } else {
    const size = Math.max(1, sizeOf(t));
    const n = Math.floor(h.bytes / size);
    layout = [];
    for (let i = 0; i < n; i++) slotOffsets(t, i * size, layout);
    const one = h.zero ? zeroCells(t) : new Array(slotsOf(t)).fill(UNINIT);
    cells = [];
    for (let i = 0; i < n; i++) cells.push(...one);
  }
  const st = host.state();
  const grow = cells.length * SLOT_BYTES;
  if ((st.memBytes ?? 0) + grow > host.maxBytes()) throw memoryFault(host.maxBytes(), `'${r.name}'`, grow);
  st.memBytes = (st.memBytes ?? 0) + grow;
  if (h.carry) for (let i = 0; i < Math.min(h.carry.length, cells.length); i++) cells[i] = h.carry[i];
  noteWrite(h, 'carry');
  noteWrite(r, 'cells');
  noteWrite(r, 'layout');
  noteWrite(r, 'untyped');
  delete h.carry;
  r.cells = cells;
  r.layout = layout;
  r.untyped = false;
}

export function heapNatives(host: HeapHost): NativeTable {
  const zeroOf = (flags: Value): boolean => typeof flags === 'bigint' && (flags & GFP_ZERO) !== 0n;
  const size = (v: Value): bigint => BigInt.asUintN(64, typeof v === 'bigint' ? v : 0n);
  const array = (fn: string, limit: number, zero: boolean): NativeImpl => (ctx, a) => {
    const n = size(a[0]);
    const each = size(a[1]);
    if (mulOverflows(n, each)) return NULL;
    return allocate(host, ctx, fn, n * each, zero || zeroOf(a[2]), limit);
  };
  const kfree: NativeImpl = (ctx, a) => {
    const r = heapRegion(host, a[0], 'kfree', ctx);
    if (r) release(host, r, where(ctx));
  };
  const kvfree: NativeImpl = (ctx, a) => {
    const r = heapRegion(host, a[0], 'kvfree', ctx);
    if (r) release(host, r, where(ctx));
  };
  const krealloc: NativeImpl = (ctx, a) => {
    const old = heapRegion(host, a[0], 'krealloc', ctx);
    const bytes = size(a[1]);
    const p = allocate(host, ctx, 'krealloc', bytes, zeroOf(a[2]), KMALLOC_MAX);
    if (p === NULL) return NULL;
    if (old) {
      const r = host.state().mem[(p as Ptr).b];
      if (old.untyped) r.heap!.zero = old.heap!.zero;
      else r.heap!.carry = old.cells.slice();
      release(host, old, `${where(ctx)} (krealloc)`);
    }
    return p;
  };
  return {
    kmalloc: (ctx, a) => allocate(host, ctx, 'kmalloc', size(a[0]), zeroOf(a[1]), KMALLOC_MAX),
    kzalloc: (ctx, a) => allocate(host, ctx, 'kzalloc', size(a[0]), true, KMALLOC_MAX),
    kmalloc_array: array('kmalloc_array', KMALLOC_MAX, false),
    kcalloc: array('kcalloc', KMALLOC_MAX, true),
    kvmalloc: (ctx, a) => allocate(host, ctx, 'kvmalloc', size(a[0]), zeroOf(a[1]), KVMALLOC_MAX),
    kvzalloc: (ctx, a) => allocate(host, ctx, 'kvzalloc', size(a[0]), true, KVMALLOC_MAX),
    kvmalloc_array: array('kvmalloc_array', KVMALLOC_MAX, false),
    kvcalloc: array('kvcalloc', KVMALLOC_MAX, true),
    krealloc,
    kfree,
    kvfree,
  };
}

export const HEAP_NATIVE_NAMES = ['kmalloc', 'kzalloc', 'kmalloc_array', 'kcalloc', 'kvmalloc', 'kvzalloc', 'kvmalloc_array', 'kvcalloc', 'krealloc', 'kfree', 'kvfree'];
