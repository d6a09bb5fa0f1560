// Interpreter memory: regions of scalar slots (locals, globals, string literals) and the rules
// for reaching model objects through pointers. All faults a reviewer should see as "the kernel
// would have crashed here" are raised here: NULL dereference, out-of-bounds access, use of
// freed memory, uninitialized reads.

import { SimFault, type ModelMemory } from './native';
import type { MemberInfo } from './ir';
import { slotsOf, type CType } from './types';
import { NULL, UNINIT, type AggVal, type Ptr, type Value } from './value';
import { loadInCell, storeInCell } from './bitcell';
import { noteCell } from './undo-sink';

export interface Region {
  name: string;
  cells: Value[];
  ro?: boolean;
  freed?: boolean;
  /** Byte offset of each slot and the object's size, when its type is known. */
  layout?: number[];
  size?: number;
  /** Allocated by kmalloc and friends (heap.ts). */
  heap?: HeapInfo;
  /** A fresh allocation whose type is not known yet: it gets one at its first typed pointer. */
  untyped?: boolean;
}

export interface HeapInfo {
  /** The allocator's name: kmalloc, kvmalloc (kfree and kvfree accept either). */
  fn: string;
  bytes: number;
  /** Zeroed (kzalloc, __GFP_ZERO, or memset 0 before it had a type). */
  zero: boolean;
  /** Where it was allocated and freed, `file:line`. */
  at: string;
  freedAt?: string;
  /** krealloc: the old object's cells, copied in when this one gets its type. */
  carry?: Value[];
}

/** Byte offset of slot i of a region (one past the end is its size). */
export function byteOffset(r: Region, i: number, fallbackElem: number): number | undefined {
  if (!r.layout || r.size === undefined) return undefined;
  if (i === r.layout.length) return r.size;
  if (i < 0 || i > r.layout.length) return undefined;
  void fallbackElem;
  return r.layout[i];
}

/**
 * Slot index by byte offset, per layout array (the first slot at each offset, as indexOf finds
 * it): container_of on an array of 400 structs searched 2,000 offsets per pointer step. Layouts
 * are never changed in place (a region gets a new array), so the array is the key. A layout
 * whose slots sit at 0, s, 2s, … (a char or int buffer: the driver's 4 MiB bounce buffer has
 * 4,194,304 one-byte slots) is kept as its stride, not as a Map of every offset.
 */
const slotIndex = new WeakMap<number[], Map<number, number> | number>();

function stride(layout: number[]): number {
  const s = layout[1] - layout[0];
  if (layout[0] !== 0 || !(s > 0)) return 0;
  for (let i = 2; i < layout.length; i++) if (layout[i] !== i * s) return 0;
  return s;
}

function slotsByByte(layout: number[]): Map<number, number> | number {
  let m = slotIndex.get(layout);
  if (m === undefined) {
    const s = stride(layout);
    if (s > 0) m = s;
    else {
      const map = new Map<number, number>();
      for (let i = 0; i < layout.length; i++) if (!map.has(layout[i])) map.set(layout[i], i);
      m = map;
    }
    slotIndex.set(layout, m);
  }
  return m;
}

/** The slot at byte offset `byte` of a region, if a slot starts exactly there. */
export function slotAtByte(r: Region, byte: number): number | undefined {
  if (!r.layout || r.size === undefined) return undefined;
  if (byte === r.size) return r.layout.length;
  if (r.layout.length <= 8) {
    const i = r.layout.indexOf(byte);
    return i >= 0 ? i : undefined;
  }
  const m = slotsByByte(r.layout);
  if (typeof m === 'number') {
    const i = byte / m;
    return Number.isInteger(i) && i >= 0 && i < r.layout.length ? i : undefined;
  }
  return m.get(byte);
}

/** Every slot of the region one byte wide: a char buffer, by its layout or without one. */
export function byteSlotted(r: Region): boolean {
  const l = r.layout;
  if (!l || r.size === undefined) return true;
  if (r.size !== l.length) return false;
  if (l.length <= 1) return l.length === 0 || l[0] === 0;
  return slotsByByte(l) === 1;
}

export type Regions = Record<number, Region>;

export { ABSENT, noteCell, noteWrite, undoSink } from './undo-sink';

/** Fake kernel virtual addresses, so (unsigned long)ptr and %p print something meaningful. */
const VMEMMAP = 0xffffea0000000000n; // struct page array, 64 bytes per page (x86-64)
const C_BASE = 0xffff888000000000n; // interpreter memory (direct map)
const PT_BASE = 0xffff880000000000n;
const OBJ_BASE = 0xffff8a0000000000n;
/** C objects with an address of their own: 1 MiB each from C_BASE, below OBJ_BASE. */
const C_OBJECTS = 1 << 20;
/** End of the x86-64 user address space (TASK_SIZE_MAX rounded up: 47 bits). */
const USER_TOP = 1n << 47n;

function userFault(what: string): SimFault {
  return new SimFault('unsupported', `${what} of a user address here: user memory is reached by the thread's own loads and stores (or copy_from_user / copy_to_user)`);
}

function region(mem: Regions, p: Ptr, what: string): Region {
  const r = mem[p.b];
  if (!r) throw new SimFault('null-deref', `${what} through an invalid pointer`);
  if (r.freed && r.heap?.freedAt) throw new SimFault('use-after-free', `${what} of '${r.name}' after it was freed at ${r.heap.freedAt}`);
  if (r.freed) throw new SimFault('use-after-free', `${what} of '${r.name}' after it went out of scope or was freed`);
  if (r.untyped) throw new SimFault('unsupported', `${what} of '${r.name}' before it has a type: assign the allocation to a typed pointer first`);
  return r;
}

function nullFault(what: string): SimFault {
  return new SimFault('null-deref', `NULL pointer dereference (${what})`);
}

export function asPtr(v: Value): Ptr {
  if (v === 0n) return NULL;
  if (typeof v === 'object' && v.t === 'p') return v;
  throw new SimFault('undefined-behaviour', 'an integer was used as a pointer');
}

export function loadC(mem: Regions, p: Ptr, type: CType, what = 'read'): Value {
  const r = region(mem, p, what);
  if (p.bo !== undefined) return loadInCell(r, p, type, what);
  const n = type.k === 'struct' || type.k === 'array' ? slotsOf(type) : 1;
  if (p.i < 0 || p.i + n > r.cells.length) {
    throw new SimFault('out-of-bounds', `${what} out of bounds of '${r.name}' (slot ${p.i}, size ${r.cells.length})`);
  }
  if (n > 1 || type.k === 'struct' || type.k === 'array') {
    return { t: 'a', slots: r.cells.slice(p.i, p.i + n) } satisfies AggVal;
  }
  const v = r.cells[p.i];
  if (typeof v === 'object' && v.t === 'u') {
    throw new SimFault('uninitialized', `read of uninitialized memory ('${r.name}'${r.cells.length > 1 ? ` slot ${p.i}` : ''})`);
  }
  if (type.k === 'ptr' && v === 0n) return NULL;
  // Reading a narrower union member than the one written sees the low bytes (x86 is
  // little-endian); for ordinary cells this is a no-op.
  if (type.k === 'int' && typeof v === 'bigint' && type.bits < 64) return type.signed ? BigInt.asIntN(type.bits, v) : BigInt.asUintN(type.bits, v);
  return v;
}

export function storeC(mem: Regions, p: Ptr, type: CType, v: Value, what = 'write'): void {
  const r = region(mem, p, what);
  if (r.ro) throw new SimFault('undefined-behaviour', `write to read-only memory ('${r.name}')`);
  if (p.bo !== undefined) {
    storeInCell(r, p, type, v, what);
    return;
  }
  if (typeof v === 'object' && v.t === 'a') {
    if (p.i < 0 || p.i + v.slots.length > r.cells.length) throw new SimFault('out-of-bounds', `${what} out of bounds of '${r.name}'`);
    for (let k = 0; k < v.slots.length; k++) {
      noteCell(r.cells, p.i + k);
      r.cells[p.i + k] = v.slots[k];
    }
    return;
  }
  void type;
  if (p.i < 0 || p.i >= r.cells.length) {
    throw new SimFault('out-of-bounds', `${what} out of bounds of '${r.name}' (slot ${p.i}, size ${r.cells.length})`);
  }
  noteCell(r.cells, p.i);
  r.cells[p.i] = v;
}

export function load(mem: Regions, model: ModelMemory, pv: Value, type: CType): Value {
  const p = asPtr(pv);
  switch (p.s) {
    case 'c':
      return loadC(mem, p, type);
    case 'pt':
      if (model.isFreed(p)) throw new SimFault('use-after-free', `read of ${model.describe(p)} after its page table was freed`);
      return model.readEntry(p);
    case 'null':
      throw nullFault('read');
    case 'u':
      throw userFault('read');
    default:
      throw new SimFault('unsupported', `cannot read ${model.describe(p)} as a whole; use its fields or accessors`);
  }
}

export function store(mem: Regions, model: ModelMemory, pv: Value, type: CType, v: Value): void {
  const p = asPtr(pv);
  switch (p.s) {
    case 'c':
      return storeC(mem, p, type, v);
    case 'pt':
      if (model.isFreed(p)) throw new SimFault('use-after-free', `write to ${model.describe(p)} after its page table was freed`);
      return model.writeEntry(p, v);
    case 'null':
      throw nullFault('write');
    case 'u':
      throw userFault('write');
    default:
      throw new SimFault('unsupported', `cannot overwrite ${model.describe(p)} as a whole`);
  }
}

export function loadMember(mem: Regions, model: ModelMemory, pv: Value, info: MemberInfo): Value {
  const p = asPtr(pv);
  switch (p.s) {
    case 'c': {
      const what = `read of ->${info.field}`;
      if (p.bo !== undefined) return loadInCell(region(mem, p, what), { ...p, bo: p.bo + (info.abs ?? 0) }, info.type, what, info.bitfield);
      if (info.bits) return loadInCell(region(mem, p, what), { ...p, i: p.i + info.slot, bo: info.bits.pos }, info.type, what, info.bits.width);
      return loadC(mem, { ...p, i: p.i + info.slot }, info.type, what);
    }
    case 'null':
      throw nullFault(`reading ->${info.field} of struct ${info.struct}`);
    case 'pt':
      throw new SimFault('unsupported', `->${info.field} on a page-table entry pointer`);
    default:
      if (model.isFreed(p)) throw new SimFault('use-after-free', `read of ->${info.field} of ${model.describe(p)}, which was freed`);
      return model.readField(p, info.struct, info.field);
  }
}

/** Returns the value as stored when that differs from v (a bit-field keeps only its width). */
export function storeMember(mem: Regions, model: ModelMemory, pv: Value, info: MemberInfo, v: Value): Value | void {
  const p = asPtr(pv);
  switch (p.s) {
    case 'c': {
      const what = `write of ->${info.field}`;
      if (p.bo !== undefined || info.bits) {
        const r = region(mem, p, what);
        if (r.ro) throw new SimFault('undefined-behaviour', `write to read-only memory ('${r.name}')`);
        if (p.bo !== undefined) return storeInCell(r, { ...p, bo: p.bo + (info.abs ?? 0) }, info.type, v, what, info.bitfield);
        return storeInCell(r, { ...p, i: p.i + info.slot, bo: info.bits!.pos }, info.type, v, what, info.bits!.width);
      }
      return storeC(mem, { ...p, i: p.i + info.slot }, info.type, v, what);
    }
    case 'null':
      throw nullFault(`writing ->${info.field} of struct ${info.struct}`);
    case 'pt':
      throw new SimFault('unsupported', `->${info.field} on a page-table entry pointer`);
    default:
      if (model.isFreed(p)) throw new SimFault('use-after-free', `write of ->${info.field} of ${model.describe(p)}, which was freed`);
      return model.writeField(p, info.struct, info.field, v);
  }
}

export function memberAddr(model: ModelMemory, pv: Value, info: MemberInfo): Ptr {
  const p = asPtr(pv);
  if (info.bitfield !== undefined) throw new SimFault('undefined-behaviour', `address of bit-field '${info.field}'`);
  if (p.s === 'c' && p.bo !== undefined) return { t: 'p', s: 'c', b: p.b, i: p.i, bo: p.bo + (info.abs ?? 0) };
  if (p.s === 'c' && info.bits) return { t: 'p', s: 'c', b: p.b, i: p.i + info.slot, bo: info.bits.pos };
  if (p.s === 'c') return { t: 'p', s: 'c', b: p.b, i: p.i + info.slot };
  if (p.s === 'null') throw nullFault(`&->${info.field}`);
  // &folio->page: the folio's head page, the same object (kernel/include/linux/mm_types.h)
  if (p.s === 'page' && info.struct === 'folio' && info.field === 'page') return p;
  throw new SimFault('unsupported', `taking the address of ->${info.field} of ${model.describe(p)} (a model object) is not supported`);
}

/** PADD's element size for char / void pointers: the step is one byte, not one slot. */
export const BYTE_STEP = -1;

/** Pointer + n elements. Pointers may go one past the end, never further. */
export function ptrAdd(mem: Regions, model: ModelMemory, p: Ptr, n: bigint, elemSlots: number, elemBytes?: number): Ptr {
  if (p.bo !== undefined) {
    // Inside an integer cell: elements are bytes of the cell.
    if (elemBytes === undefined) throw new SimFault('unsupported', 'pointer arithmetic inside an integer union without an element size');
    return { ...p, bo: p.bo + Number(n) * elemBytes * 8 };
  }
  switch (p.s) {
    // Out-of-range pointers may be formed (container_of on a list head does exactly that);
    // using one to read or write is what faults, naming the object and the index.
    case 'c': {
      // char * / void * arithmetic moves in bytes: map through the region's layout.
      if (elemSlots === BYTE_STEP) {
        const r = mem[p.b];
        const at = r ? byteOffset(r, p.i, 1) : undefined;
        const to = r && at !== undefined ? slotAtByte(r, at + Number(n)) : undefined;
        if (to !== undefined) return { t: 'p', s: 'c', b: p.b, i: to };
        if (r && r.layout && at !== undefined) {
          throw new SimFault('unsupported', `byte pointer arithmetic into the middle of a field of '${r.name}' (offset ${at + Number(n)})`);
        }
        return { t: 'p', s: 'c', b: p.b, i: p.i + Number(n) };
      }
      return { t: 'p', s: 'c', b: p.b, i: p.i + Number(n) * elemSlots };
    }
    case 'pt':
      void mem;
      return { t: 'p', s: 'pt', b: p.b, i: p.i + Number(n) };
    case 'page':
      return { t: 'p', s: 'page', b: p.b + Number(n), i: 0 };
    case 'u':
      // A user virtual address: elements of elemBytes bytes (one for char and void pointers).
      return { t: 'p', s: 'u', b: 0, i: p.i + Number(n) * (elemSlots === BYTE_STEP ? 1 : (elemBytes ?? elemSlots * 8)) };
    case 'null':
      if (n === 0n) return p;
      throw new SimFault('null-deref', 'pointer arithmetic on a NULL pointer');
    default:
      throw new SimFault('unsupported', `pointer arithmetic on ${model.describe(p)}`);
  }
}

export function ptrToInt(p: Ptr): bigint {
  switch (p.s) {
    case 'null':
      return 0n;
    case 'page':
      return VMEMMAP + BigInt(p.b) * 64n;
    case 'c':
      if (p.b >= C_OBJECTS) throw new SimFault('unsupported', `C object ${p.b} has no address: more than ${C_OBJECTS} C objects were made in this run`);
      return C_BASE + BigInt(p.b) * 0x100000n + BigInt(p.i) * 8n + BigInt((p.bo ?? 0) >> 3);
    case 'pt':
      return PT_BASE + BigInt(p.b) * 0x1000n + BigInt(p.i) * 8n;
    case 'u':
      return BigInt.asUintN(64, BigInt(p.i));
    default:
      return OBJ_BASE + BigInt(p.b) * 0x1000n;
  }
}

export function intToPtr(v: bigint): Ptr {
  if (v === 0n) return NULL;
  if (v >= VMEMMAP && v < VMEMMAP + (1n << 40n) && (v - VMEMMAP) % 64n === 0n) {
    return { t: 'p', s: 'page', b: Number((v - VMEMMAP) / 64n), i: 0 };
  }
  // C objects: 1 MiB each, 2^20 of them (ids are never reused, and a long selftest such as
  // hmm-tests' migrate_multiple makes more than 65,536); page tables: 2^24 of 4 KiB.
  for (const [base, s, unit, span] of [
    [C_BASE, 'c', 0x100000n, 1n << 40n],
    [PT_BASE, 'pt', 0x1000n, 1n << 36n],
  ] as const) {
    if (v >= base && v < base + span) {
      const off = v - base;
      return { t: 'p', s, b: Number(off / unit), i: Number((off % unit) / 8n) };
    }
  }
  if (v >= OBJ_BASE && v < OBJ_BASE + (1n << 36n)) return { t: 'p', s: 'obj', b: Number((v - OBJ_BASE) / 0x1000n), i: 0 };
  // User space (below 2^47 on x86-64), and the top page's error values (MAP_FAILED, ERR_PTR):
  // user virtual addresses, resolved in the dereferencing thread's process.
  const sv = BigInt.asIntN(64, v);
  if ((sv > 0n && sv < USER_TOP) || (sv < 0n && sv >= -4095n)) return { t: 'p', s: 'u', b: 0, i: Number(sv) };
  throw new SimFault('unsupported', `integer 0x${v.toString(16)} converted to a pointer does not point at anything the simulator knows`);
}

export function uninitCells(n: number): Value[] {
  return new Array(n).fill(UNINIT);
}
