// Run-time values of the kernel-C interpreter.
//
// Every value is plain data (no classes, no closures) so that the whole interpreter state can be
// snapshotted, restored, hashed and sent over the wire. Integers of every C width are BigInt,
// normalised to their declared width and signedness by the code that produced them. pte_t,
// pmd_t and swp_entry_t are plain `unsigned long` in our modelled-API headers: their bit layout is
// defined by the model (src/mm/pte.ts), so a PTE value in a local is just a 64-bit integer.

import { SimFault } from './native';

/**
 * Address spaces a pointer may point into.
 * - 'c'    memory owned by the interpreter: a region (local, struct, array, string literal);
 *          b = region id, i = slot index inside the region (structs and arrays are flattened
 *          into scalar slots in declaration order).
 * - 'page' a model `struct page`; b = pfn. (i is always 0.)
 * - 'pt'   an entry of a model page table (any level); b = table id, i = entry index. Pointer
 *          arithmetic (ptep++, ptep - 1) moves i; dereferencing reads/writes the entry.
 * - 'obj'  any other model object (mm_struct, vm_area_struct, spinlock_t, pgmap, device,
 *          mmu notifier ...); b = model object id. Field reads go through the model.
 * - 'null' the NULL pointer (b = 0, i = 0).
 * - 'u'    a user virtual address (b = 0, i = the address as a signed 64-bit number): it means
 *          an address in the address space of the thread that dereferences it (current->mm),
 *          as on a real CPU. Loads and stores go through that process's page tables
 *          (src/c/user-access.ts, src/mm/user-memory.ts); arithmetic moves i in bytes.
 */
export type Space = 'c' | 'page' | 'pt' | 'obj' | 'null' | 'u';

export interface Ptr {
  t: 'p';
  s: Space;
  b: number;
  i: number;
  /** Into an integer cell (a union of integers): the bit offset inside slot i (bitcell.ts). */
  bo?: number;
}

/** A pointer to a C function (or to a native, which the call path treats alike). */
export interface FnRef {
  t: 'f';
  name: string;
}

/** A struct or union held by value (assignment copies it); slots are flattened scalars. */
export interface AggVal {
  t: 'a';
  slots: Value[];
}

/** The value of an uninitialized scalar: reading it is a fault ("uninitialized read"). */
export interface Uninit {
  t: 'u';
}

export type Value = bigint | Ptr | FnRef | AggVal | Uninit;

export const NULL: Ptr = Object.freeze({ t: 'p', s: 'null', b: 0, i: 0 }) as Ptr;
export const UNINIT: Uninit = Object.freeze({ t: 'u' }) as Uninit;

export function isPtr(v: Value): v is Ptr {
  return typeof v === 'object' && v.t === 'p';
}
export function isFn(v: Value): v is FnRef {
  return typeof v === 'object' && v.t === 'f';
}
export function isNull(v: Value): boolean {
  return (typeof v === 'object' && v.t === 'p' && v.s === 'null') || v === 0n;
}
export function mkPtr(s: Space, b: number, i = 0): Ptr {
  return { t: 'p', s, b, i };
}
export function pagePtr(pfn: number): Ptr {
  return { t: 'p', s: 'page', b: pfn, i: 0 };
}
export function objPtr(id: number): Ptr {
  return { t: 'p', s: 'obj', b: id, i: 0 };
}
export function ptePtr(table: number, index: number): Ptr {
  return { t: 'p', s: 'pt', b: table, i: index };
}
export function ptrEq(a: Ptr, b: Ptr): boolean {
  return a.s === b.s && a.b === b.b && a.i === b.i && (a.bo ?? 0) === (b.bo ?? 0);
}

/** Normalise a BigInt to `bits` wide, signed or unsigned (C conversion rules). */
export function wrap(v: bigint, bits: number, signed: boolean): bigint {
  return signed ? BigInt.asIntN(bits, v) : BigInt.asUintN(bits, v);
}

/** Truthiness in C: non-zero integer, non-NULL pointer, any function. */
export function truthy(v: Value): boolean {
  if (typeof v === 'bigint') return v !== 0n;
  switch (v.t) {
    case 'p':
      return v.s !== 'null';
    case 'f':
      return true;
    case 'u':
      throw new SimFault('uninitialized', 'use of an uninitialized value as a condition');
    default:
      throw new SimFault('undefined-behaviour', 'a struct or array value used as a condition');
  }
}
