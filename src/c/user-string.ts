// memset, memcpy / memmove and memcmp when a pointer is a user address (value.ts Space 'u'):
// the string natives (string-natives.ts) come here for those, so there is one memset, one
// memcpy. User memory is bytes behind the process's page tables (src/mm/user-memory.ts), so
// every page of the range is made accessible first (UserMemory.probe: the first page fault is
// returned as a UserTrap, the machine runs the kernel's fault path and calls the native
// again) and only then are bytes moved, so a retried call never does its work twice. C memory
// on the other side is typed slots: its bytes are spelled little-endian slot by slot
// (c-bytes.ts); copying into C memory writes each slot whole.
//
// Also the byte helpers copy_from_user / copy_to_user style natives can share.

import { SimFault, type NativeCtx, type UserMemory, type UserTrap } from './native';
import type { Regions } from './memory';
import { byteRun, byteRunReader, byteRunWriter, cPtr, SCHAR, slotWidth, spellBytes } from './c-bytes';
import { noteCell } from './undo-sink';
import { ptrToInt } from './memory';
import type { Ptr, Value } from './value';

type Um = UserMemory;

function isU(v: Value): v is Ptr {
  return typeof v === 'object' && v.t === 'p' && v.s === 'u';
}

export function anyUser(...vs: Value[]): boolean {
  return vs.some(isU);
}

function need(u: Um | undefined): Um {
  if (!u) throw new SimFault('unsupported', 'a user address is used, but this run has no user processes');
  return u;
}

/** n bytes of user memory at addr (every page faulted in first). */
export function readUserBytes(u: Um, ctx: NativeCtx, addr: number, n: number): number[] | UserTrap {
  const out: number[] = new Array(n);
  const t = u.readSpan(ctx.tid, ctx.cpu, addr, n, (k, b) => {
    out[k] = b;
  });
  return t ?? out;
}

/** Write bytes to user memory at addr; the whole range is faulted in first. */
export function writeUserBytes(u: Um, ctx: NativeCtx, addr: number, bytes: number[]): UserTrap | undefined {
  return u.writeSpan(ctx.tid, ctx.cpu, addr, bytes.length, (k) => bytes[k]);
}

/** The bytes of n bytes of C memory (pointer slots as their fake addresses). */
function cBytes(mem: Regions, v: Value, n: number, who: string): number[] {
  const run = byteRun(mem, v, n);
  if (run) {
    const get = byteRunReader(run, n, who);
    const out: number[] = new Array(n);
    for (let k = 0; k < n; k++) out[k] = get(k);
    return out;
  }
  const raw = spellBytes(mem, v, n, who);
  const out: number[] = [];
  for (let k = 0; k < raw.length; ) {
    const x = raw[k];
    if (typeof x === 'number') {
      out.push(x);
      k++;
      continue;
    }
    // A pointer slot is 8 entries of the same value.
    if (typeof x !== 'object' || x.t !== 'p') throw new SimFault('unsupported', `${who}: a function pointer copied to user memory is not modelled`);
    const a = ptrToInt(x);
    for (let j = 0; j < 8 && k < raw.length; j++, k++) out.push(Number((a >> BigInt(8 * j)) & 0xffn));
  }
  return out;
}

/** Store bytes into C memory from p, slot by slot (each slot's bytes as one integer). */
function storeCBytes(mem: Regions, v: Value, bytes: number[], who: string): void {
  const { r, p } = cPtr(mem, v, who);
  if (r.ro) throw new SimFault('undefined-behaviour', `${who}: '${r.name}' is read-only`);
  const run = byteRun(mem, v, bytes.length);
  if (run) {
    const put = byteRunWriter(run);
    for (let k = 0; k < bytes.length; k++) put(k, bytes[k]);
    return;
  }
  let k = 0;
  for (let i = p.i; k < bytes.length; i++) {
    if (i >= r.cells.length) throw new SimFault('out-of-bounds', `${who}: ${bytes.length} bytes run past the end of '${r.name}'`);
    const w = slotWidth(r, i);
    if (k + w > bytes.length) throw new SimFault('undefined-behaviour', `${who}: ${bytes.length} bytes end in the middle of a field of '${r.name}'`);
    noteCell(r.cells, i);
    if (w === 1) r.cells[i] = SCHAR[bytes[k] & 0xff];
    else {
      let x = 0n;
      for (let j = w - 1; j >= 0; j--) x = (x << 8n) | BigInt(bytes[k + j]);
      r.cells[i] = x;
    }
    k += w;
  }
}

export function userMemset(u0: Um | undefined, ctx: NativeCtx, dst: Ptr, c: number, n: number): Value | UserTrap {
  const u = need(u0);
  return writeUserBytes(u, ctx, dst.i, new Array<number>(n).fill(c & 0xff)) ?? dst;
}

export function userMemcpy(u0: Um | undefined, ctx: NativeCtx, mem: Regions, dst: Value, src: Value, n: number, who: string): Value | UserTrap {
  const u = need(u0);
  if (n === 0) return dst;
  // Fault the destination in before the source is spelled out: each page fault calls the native
  // again, and spelling a 4 MiB C buffer once per faulting page was quadratic.
  if (isU(dst)) {
    const t = u.probe(ctx.tid, ctx.cpu, dst.i, n, true);
    if (t) return t;
  }
  const run = isU(dst) && !isU(src) ? byteRun(mem, src, n) : undefined;
  if (run) {
    // copy_to_user from a char buffer: its byte slots straight into the pages' words.
    return u.writeSpan(ctx.tid, ctx.cpu, (dst as Ptr).i, n, byteRunReader(run, n, who)) ?? dst;
  }
  let bytes: number[];
  if (isU(src)) {
    const b = readUserBytes(u, ctx, src.i, n);
    if (!Array.isArray(b)) return b;
    bytes = b;
  } else bytes = cBytes(mem, src, n, who);
  if (isU(dst)) {
    // Probed again: faulting the source in may have reclaimed or changed the destination's ptes.
    const t = u.probe(ctx.tid, ctx.cpu, dst.i, n, true);
    if (t) return t;
    return writeUserBytes(u, ctx, dst.i, bytes) ?? dst;
  }
  storeCBytes(mem, dst, bytes, who);
  return dst;
}

export function userMemcmp(u0: Um | undefined, ctx: NativeCtx, mem: Regions, a: Value, b: Value, n: number): bigint | UserTrap {
  const u = need(u0);
  if (n === 0) return 0n;
  const side = (v: Value): number[] | UserTrap => (isU(v) ? readUserBytes(u, ctx, v.i, n) : cBytes(mem, v, n, 'memcmp'));
  const x = side(a);
  if (!Array.isArray(x)) return x;
  const y = side(b);
  if (!Array.isArray(y)) return y;
  for (let k = 0; k < n; k++) if (x[k] !== y[k]) return x[k] < y[k] ? -1n : 1n;
  return 0n;
}
