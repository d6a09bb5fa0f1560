// Byte access to interpreter memory for the C-runtime natives (issue 8 item 4). C memory is
// typed slots (memory.ts); a char array is one slot per byte, so the str* functions and
// sprintf work on such arrays; the mem* functions also accept structs and arrays of wider
// integers, whose slots are spelled out as little-endian bytes when compared or searched.

import { SimFault } from './native';
import { byteSlotted, type Region, type Regions } from './memory';
import type { Ptr, Value } from './value';
import { noteCell } from './undo-sink';

/** A char's value by its byte (0..255): no BigInt made per byte copied (a page is 4,096 of them). */
export const SCHAR: readonly bigint[] = Array.from({ length: 256 }, (_, b) => BigInt.asIntN(8, BigInt(b)));

export function cPtr(mem: Regions, v: Value, who: string): { r: Region; p: Ptr } {
  if (typeof v !== 'object' || v.t !== 'p' || v.s === 'null') throw new SimFault('null-deref', `${who}: NULL pointer`);
  if (v.s !== 'c') throw new SimFault('undefined-behaviour', `${who}: the pointer is not to C memory`);
  const r = mem[v.b];
  if (!r) throw new SimFault('null-deref', `${who}: invalid pointer`);
  if (r.freed) throw new SimFault('use-after-free', `${who}: '${r.name}' ${r.heap?.freedAt ? `was freed at ${r.heap.freedAt}` : 'was freed or went out of scope'}`);
  if (r.untyped) throw new SimFault('unsupported', `${who}: '${r.name}' is used before it has a type (assign the allocation to a typed pointer first)`);
  if (v.bo !== undefined) throw new SimFault('unsupported', `${who}: a char array inside an integer union is not supported`);
  return { r, p: v };
}

/** Width in bytes of slot i (1 when the region has no layout: a plain char buffer). */
export function slotWidth(r: Region, i: number): number {
  if (!r.layout || r.size === undefined) return 1;
  const next = i + 1 < r.layout.length ? r.layout[i + 1] : r.size;
  return next - r.layout[i];
}

/** A byte string inside one region: read and write byte k from the pointer, bounds-checked. */
export class ByteView {
  constructor(
    readonly r: Region,
    readonly start: number,
    readonly who: string,
  ) {}

  get room(): number {
    return this.r.cells.length - this.start;
  }

  private slot(k: number): number {
    const i = this.start + k;
    if (k < 0 || i >= this.r.cells.length) {
      throw new SimFault('out-of-bounds', `${this.who}: byte ${k} is past the end of '${this.r.name}'`);
    }
    if (slotWidth(this.r, i) !== 1) throw new SimFault('undefined-behaviour', `${this.who}: '${this.r.name}' is not a char array (slot ${i} is ${slotWidth(this.r, i)} bytes wide)`);
    return i;
  }

  get(k: number): number {
    const v = this.r.cells[this.slot(k)];
    if (typeof v !== 'bigint') throw new SimFault('uninitialized', `${this.who}: read of uninitialized byte ${k} of '${this.r.name}'`);
    return Number(BigInt.asUintN(8, v));
  }

  set(k: number, b: number): void {
    if (this.r.ro) throw new SimFault('undefined-behaviour', `${this.who}: '${this.r.name}' is read-only`);
    const i = this.slot(k);
    noteCell(this.r.cells, i);
    this.r.cells[i] = BigInt.asIntN(8, BigInt(b));
  }

  /** Length of the NUL-terminated string, looking at most `max` bytes. */
  strlen(max = Infinity): number {
    let n = 0;
    while (n < max && this.get(n) !== 0) n++;
    return n;
  }

  write(bytes: Uint8Array | number[], at = 0): void {
    for (let k = 0; k < bytes.length; k++) this.set(at + k, bytes[k]);
  }
}

export function view(mem: Regions, v: Value, who: string): ByteView {
  const { r, p } = cPtr(mem, v, who);
  return new ByteView(r, p.i, who);
}

/** The pointer `k` bytes after p inside a char array. */
export function bytePtr(p: Value, k: number): Ptr {
  const q = p as Ptr;
  return { t: 'p', s: 'c', b: q.b, i: q.i + k };
}

/** n bytes from p, any slot kinds: integer slots spelled out little-endian. */
export function spellBytes(mem: Regions, v: Value, n: number, who: string): (number | Value)[] {
  const { r, p } = cPtr(mem, v, who);
  const out: (number | Value)[] = [];
  for (let i = p.i; out.length < n; i++) {
    if (i >= r.cells.length) throw new SimFault('out-of-bounds', `${who}: ${n} bytes run past the end of '${r.name}'`);
    const w = slotWidth(r, i);
    const c = r.cells[i];
    if (typeof c === 'bigint' && w === 1) out.push(Number(BigInt.asIntN(8, c)) & 0xff);
    else if (typeof c === 'bigint') {
      const u = BigInt.asUintN(w * 8, c);
      for (let k = 0; k < w; k++) out.push(Number((u >> BigInt(8 * k)) & 0xffn));
    } else if (c.t === 'u') throw new SimFault('uninitialized', `${who}: read of uninitialized memory of '${r.name}'`);
    else for (let k = 0; k < w; k++) out.push(c); // a pointer: compared as a whole
  }
  if (out.length > n) throw new SimFault('undefined-behaviour', `${who}: ${n} bytes end in the middle of a field of '${r.name}'`);
  return out;
}

/**
 * n one-byte slots of C memory from v for a bulk copy (a char buffer: the driver's bounce
 * buffer, a kmap window): its region and first slot; undefined where the slot-by-slot path
 * must run instead (a wider slot, no such region, a run past the end: that path names the fault).
 */
export function byteRun(mem: Regions, v: Value, n: number): { r: Region; i: number } | undefined {
  if (typeof v !== 'object' || v.t !== 'p' || v.s !== 'c' || v.bo !== undefined) return undefined;
  const r = mem[v.b];
  if (!r || r.freed || r.untyped || v.i < 0 || v.i + n > r.cells.length || !byteSlotted(r)) return undefined;
  return { r, i: v.i };
}

/** Throw unless cells [i, i + n) of a byte run all hold initialized bytes (before a copy moves any). */
export function checkByteRun(r: Region, i: number, n: number, who: string): void {
  const c = r.cells;
  for (let k = i; k < i + n; k++) {
    if (typeof c[k] !== 'bigint') {
      const x = c[k] as Exclude<Value, bigint>;
      if (x.t === 'u') throw new SimFault('uninitialized', `${who}: read of uninitialized memory of '${r.name}'`);
      throw new SimFault('unsupported', `${who}: byte ${k - i} of '${r.name}' holds a pointer, not a byte`);
    }
  }
}

/** Byte k (0..255) of a byte run, for bulk copies out of it: checked whole first (checkByteRun). */
export function byteRunReader(run: { r: Region; i: number }, n: number, who: string): (k: number) => number {
  checkByteRun(run.r, run.i, n, who);
  const c = run.r.cells;
  const i0 = run.i;
  return (k) => Number(c[i0 + k] as bigint) & 0xff;
}

/** Store byte b as slot k of a byte run (journaled), for bulk copies into it. */
export function byteRunWriter(run: { r: Region; i: number }): (k: number, b: number) => void {
  const c = run.r.cells;
  const i0 = run.i;
  return (k, b) => {
    noteCell(c, i0 + k);
    c[i0 + k] = SCHAR[b & 0xff];
  };
}
