// One scalar behind a pointer a user program passes to a system call (pthread_create's
// `pthread_t *`, pthread_join's `void **retval`, nanosleep's `struct timespec *`): the pointer
// is either C memory (a local whose address is taken: the interpreter's cells, one per scalar)
// or user memory (malloc, mmap: bytes of a page reached through the process's page tables,
// which may have to fault in first — the UserTrap the native returns, after which the machine
// calls it again). Why its own file: the process, thread and time natives all need it.

import { SimFault, type NativeCtx, type UserTrap } from '../../c/native';
import type { Ptr, Value } from '../../c/value';
import type { MmModel } from '../state';
import { translate } from '../user-memory';
import { readPageBytes, writePageBytes } from '../page-bytes';

const PAGE = 4096;

export function isNullArg(v: Value | undefined): boolean {
  return v === undefined || v === 0n || (typeof v === 'object' && v.t === 'p' && v.s === 'null');
}

export function ptrArg(fn: string, v: Value | undefined, i: number): Ptr {
  if (typeof v !== 'object' || v.t !== 'p' || v.s === 'null') throw new SimFault('bad-call', `${fn}: argument ${i + 1} is not a valid pointer`);
  return v;
}

/** The page offset of `addr` for a `size`-byte access that must not cross a page. */
function offsetIn(fn: string, addr: number, size: number): number {
  const off = ((addr % PAGE) + PAGE) % PAGE;
  if (off + size > PAGE) throw new SimFault('unsupported', `${fn}: a ${size}-byte value at 0x${addr.toString(16)} across a page boundary`);
  return off;
}

/**
 * Is the user page behind `p` (slot `k`, `size` bytes each) writable now? A fault to take
 * first is returned. C memory needs nothing. Lets a native check before it changes anything,
 * so that its retry after the fault does not do it twice.
 */
export function probeWord(m: MmModel, ctx: NativeCtx, fn: string, p: Ptr, k: number, size: number, write: boolean): UserTrap | undefined {
  if (p.s !== 'u') return undefined;
  const addr = p.i + k * size;
  offsetIn(fn, addr, size);
  const r = translate(m, ctx.tid, ctx.cpu, addr, write);
  return 't' in r ? r : undefined;
}

/** *(p + k) = v for a `size`-byte scalar (a user pointer or NULL becomes its address). */
export function storeWord(m: MmModel, ctx: NativeCtx, fn: string, p: Ptr, k: number, size: number, v: Value): UserTrap | undefined {
  if (p.s !== 'u') {
    ctx.store(k ? { ...p, i: p.i + k } : p, v);
    return undefined;
  }
  let n: bigint;
  if (typeof v === 'bigint') n = v;
  else if (v.t === 'p' && (v.s === 'u' || v.s === 'null')) n = BigInt(v.i);
  else throw new SimFault('unsupported', `${fn}: storing a pointer to kernel or C memory into user memory at 0x${(p.i + k * size).toString(16)} is not modelled`);
  const addr = p.i + k * size;
  const off = offsetIn(fn, addr, size);
  const r = translate(m, ctx.tid, ctx.cpu, addr, true);
  if ('t' in r) return r;
  writePageBytes(r.page!, off, size, BigInt.asUintN(size * 8, n));
  return undefined;
}

/** *(p + k) as a signed integer of `size` bytes, or the fault to take first. */
export function loadWord(m: MmModel, ctx: NativeCtx, fn: string, p: Ptr, k: number, size: number): bigint | UserTrap {
  if (p.s !== 'u') {
    const v = ctx.load(k ? { ...p, i: p.i + k } : p);
    if (typeof v !== 'bigint') throw new SimFault('bad-call', `${fn}: the value at argument's slot ${k} is not an integer`);
    return BigInt.asIntN(size * 8, v);
  }
  const addr = p.i + k * size;
  const off = offsetIn(fn, addr, size);
  const r = translate(m, ctx.tid, ctx.cpu, addr, false);
  if ('t' in r) return r;
  return BigInt.asIntN(size * 8, r.zero ? 0n : readPageBytes(r.page, off, size));
}
