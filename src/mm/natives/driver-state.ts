// What the model keeps for a kernel tree's driver (lib/test_hmm.c, issue 12 item 3): its
// character-device regions and devices (so an open of /dev/<name> finds the driver's struct
// cdev and file_operations), the physical ranges it reserved for device memory, the jiffies
// counter and the process `current` stands for. Plain data on the model, so snapshots, time
// travel and the undo journal carry it like the rest of the state; added to MmModel by
// declaration merging so the model's core (state.ts) does not depend on drivers.
//
// Also the helpers the driver natives share: reading a C string or a struct's slot through the
// native context, and naming a C object for messages.

import type { NativeCtx } from '../../c/native';
import { isPtr, type Ptr, type Value } from '../../c/value';
import type { MmModel } from '../state';
import { fault } from './util';

export interface ChrdevRegion {
  major: number;
  baseminor: number;
  count: number;
  name: string;
}

export interface ChrdevEntry {
  /** dev_t, MKDEV(major, minor). */
  devt: number;
  /** The name dev_set_name gave the struct device ('' for a bare cdev_add). */
  name: string;
  /** The driver's struct cdev (C memory). */
  cdev: Value;
  /** Its file_operations, as cdev_init stored them. */
  fops: Value;
}

export interface MemRegion {
  start: number;
  size: number;
  name: string;
  /** The struct resource C allocated for it (freed by release_mem_region). */
  res: Value;
}

export interface DriverState {
  regions: ChrdevRegion[];
  devices: ChrdevEntry[];
  /** Names given by dev_set_name, by struct device (C pointer key). */
  names: Record<string, string>;
  memRegions: MemRegion[];
  /** Next free device physical page frame for request_free_mem_region. */
  nextRegionPfn: number;
  jiffies: number;
  /** The process whose mm `current->mm` is (set by mmstep's open path), else undefined. */
  currentPid?: number;
  /** kmap windows: pfn -> the C byte buffer kmap handed out (driver_misc.h), until kunmap. */
  kmaps?: Record<number, Value>;
}

declare module '../state' {
  interface MmModel {
    /** Kernel-tree drivers' registrations (natives/driver-*.ts); absent until one registers. */
    drivers?: DriverState;
  }
  interface PgmapObj {
    /** memremap_pages on a driver's own struct dev_pagemap: that C struct (page->pgmap). */
    cpgmap?: Value;
  }
}

/**
 * Physical page frames the tree drivers' request_free_mem_region ranges start at: 5.5 GiB,
 * above the model's RAM, kernel/'s pools (from 0x100000) and the coherent devices' ranges
 * (selftest-driver.ts TEST_HMM_PARAMS, from 0x140000). Kept low on purpose: the model's page
 * map is an object indexed by pfn, which V8 keeps as a flat array while the largest pfn stays
 * near a few million; pfns from 0x1000000 (64 GiB) made it a hash table, and every
 * pfn_to_page of the driver's 65,536-page chunks a hash lookup (a quarter of a selftest run).
 */
export const REGION_FIRST_PFN = 0x160000;

export function driverState(m: MmModel): DriverState {
  return (m.drivers ??= { regions: [], devices: [], names: {}, memRegions: [], nextRegionPfn: REGION_FIRST_PFN, jiffies: 0 });
}

/** A pointer into C memory (the driver's own structs), else a bad-call fault. */
export function argC(fn: string, args: Value[], i: number, what: string): Ptr {
  const v = args[i];
  if (v === undefined || !isPtr(v)) fault('bad-call', `${fn}: argument ${i + 1} must be a pointer to ${what}`);
  if (v.s === 'null') fault('null-deref', `${fn}: NULL ${what}`);
  if (v.s !== 'c') fault('bad-call', `${fn}: argument ${i + 1} is not ${what} in C memory`);
  return v;
}

/** Slot `k` of the struct p points at. */
export function slot(p: Ptr, k: number): Ptr {
  return { t: 'p', s: p.s, b: p.b, i: p.i + k };
}

/** A key naming a C object (region and slot), for the model's tables. */
export function cKey(p: Ptr): string {
  return `${p.b}:${p.i}`;
}

export function loadInt(ctx: NativeCtx, fn: string, p: Ptr, field: string): bigint {
  const v = ctx.load(p);
  if (typeof v !== 'bigint') fault('uninitialized', `${fn}: ${field} is not set`);
  return v;
}

/** A NUL-terminated C string (at most 4096 characters). */
export function readString(ctx: NativeCtx, fn: string, v: Value | undefined): string {
  if (v === undefined || !isPtr(v)) fault('bad-call', `${fn}: expected a string`);
  if (v.s === 'null') return '';
  if (v.s !== 'c') fault('bad-call', `${fn}: the string is not in C memory`);
  let out = '';
  for (let k = 0; k < 4096; k++) {
    const c = ctx.load(slot(v, k));
    if (typeof c !== 'bigint') fault('uninitialized', `${fn}: the string has an uninitialized character`);
    if (c === 0n) return out;
    out += String.fromCharCode(Number(BigInt.asUintN(8, c)));
  }
  fault('out-of-bounds', `${fn}: string longer than 4096 characters`);
}

/** printf-style formatting of the few conversions device names use (%d %i %u %x %s %%). */
export function formatName(ctx: NativeCtx, fn: string, fmt: string, args: Value[]): string {
  let k = 0;
  return fmt.replace(/%(%|[lhz]*[diuxs])/g, (_, conv: string) => {
    if (conv === '%') return '%';
    const a = args[k++];
    if (a === undefined) fault('bad-call', `${fn}: format '${fmt}' needs more arguments`);
    const c = conv[conv.length - 1];
    if (c === 's') return readString(ctx, fn, a);
    if (typeof a !== 'bigint') fault('bad-call', `${fn}: %${conv} argument is not an integer`);
    const wide = conv.includes('l') || conv.includes('z');
    const v = c === 'd' || c === 'i' ? BigInt.asIntN(wide ? 64 : 32, a) : BigInt.asUintN(wide ? 64 : 32, a);
    return c === 'x' ? v.toString(16) : v.toString();
  });
}
