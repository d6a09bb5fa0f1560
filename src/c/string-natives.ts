// memset, memcpy, memmove, memcmp and memchr as natives of the interpreter (issue 8 item 4): a kernel tree's file clears
// its arrays with memset (`memset(args->src, 0, sizeof(*args->src) * nr_pages)`), and C memory
// is a region of typed slots, not bytes, so a byte-wise C version cannot run. The natives work
// slot by slot over the byte layout of the region: the range must start and end on slot
// boundaries; memset fills a slot wider than a byte only with 0 (a non-zero byte pattern in a
// wider scalar would need its signedness, which a slot does not record). A user address on
// either side (value.ts Space 'u') goes to user-string.ts: bytes behind the page tables.

import { SimFault, type NativeImpl, type NativeTable } from './native';
import { slotAtByte, type Region, type Regions } from './memory';
import { NULL, ptrEq, type Value } from './value';
import { bytePtr, spellBytes, view } from './c-bytes';
import { noteCell } from './undo-sink';
import type { UserMemory } from './native';
import { anyUser, userMemcmp, userMemcpy, userMemset } from './user-string';

interface Span {
  r: Region;
  first: number;
  end: number;
}

function span(mem: Regions, v: Value, n: bigint, who: string): Span | undefined {
  if (n === 0n) return undefined;
  if (typeof v !== 'object' || v.t !== 'p' || v.s === 'null') throw new SimFault('null-deref', `${who}: NULL pointer`);
  if (v.s !== 'c') throw new SimFault('undefined-behaviour', `${who}: the pointer is not to C memory (a model object cannot be overwritten byte-wise)`);
  const r = mem[v.b];
  if (!r || r.freed) throw new SimFault('use-after-free', `${who}: the object was freed${r?.heap?.freedAt ? ` at ${r.heap.freedAt}` : ''}`);
  if (r.untyped) throw new SimFault('unsupported', `${who}: '${r.name}' is used before it has a type (assign the allocation to a typed pointer first)`);
  if (!r.layout || r.size === undefined) throw new SimFault('undefined-behaviour', `${who}: '${r.name}' has no byte layout`);
  const start = v.i === r.layout.length ? r.size : r.layout[v.i];
  if (start === undefined) throw new SimFault('out-of-bounds', `${who}: pointer outside '${r.name}'`);
  const stop = BigInt(start) + n;
  if (n < 0n || stop > BigInt(r.size)) throw new SimFault('out-of-bounds', `${who}: ${n} bytes from byte ${start} run past the end of '${r.name}' (${r.size} bytes)`);
  const end = slotAtByte(r, Number(stop));
  if (end === undefined) throw new SimFault('undefined-behaviour', `${who}: ${n} bytes end in the middle of a field of '${r.name}'`);
  return { r, first: v.i, end };
}

function width(r: Region, i: number): number {
  const next = i + 1 < r.layout!.length ? r.layout![i + 1] : r.size!;
  return next - r.layout![i];
}

/**
 * `typeBytes(p)`: an untyped allocation p points into (a vmalloc'd bounce buffer behind a
 * void *) gets the layout of a char array: memcpy moves bytes, so bytes are what it holds.
 */
export function stringNatives(getMem: () => Regions, getUser: () => UserMemory | undefined = () => undefined, typeBytes: (p: Value) => void = () => undefined): NativeTable {
  const memset: NativeImpl = (_ctx, args) => {
    if (anyUser(args[0])) return userMemset(getUser(), _ctx, args[0] as never, Number(BigInt.asUintN(8, args[1] as bigint)), Number(BigInt.asUintN(64, args[2] as bigint)));
    const s = span(getMem(), args[0], BigInt.asUintN(64, args[2] as bigint), 'memset');
    if (!s) return args[0];
    const c = BigInt.asUintN(8, args[1] as bigint);
    if (s.r.ro) throw new SimFault('undefined-behaviour', `memset: '${s.r.name}' is read-only`);
    for (let i = s.first; i < s.end; i++) {
      if (c !== 0n && width(s.r, i) !== 1) throw new SimFault('undefined-behaviour', `memset: a non-zero byte (${c}) over a ${width(s.r, i)}-byte field of '${s.r.name}' is not modelled`);
      const old = s.r.cells[i];
      noteCell(s.r.cells, i);
      s.r.cells[i] = c === 0n && typeof old === 'object' && old !== null && (old as { t?: string }).t === 'p' ? NULL : c;
    }
    return args[0];
  };
  const memcpy: NativeImpl = (_ctx, args) => {
    const n = BigInt.asUintN(64, args[2] as bigint);
    if (n > 0n) {
      typeBytes(args[0]);
      typeBytes(args[1]);
    }
    if (anyUser(args[0], args[1])) return userMemcpy(getUser(), _ctx, getMem(), args[0], args[1], Number(n), 'memcpy');
    const d = span(getMem(), args[0], n, 'memcpy');
    const s = span(getMem(), args[1], n, 'memcpy');
    if (!d || !s) return args[0];
    if (d.r.ro) throw new SimFault('undefined-behaviour', `memcpy: '${d.r.name}' is read-only`);
    if (d.end - d.first !== s.end - s.first) throw new SimFault('undefined-behaviour', 'memcpy: source and destination fields do not line up');
    const copy = s.r.cells.slice(s.first, s.end);
    for (let k = 0; k < copy.length; k++) {
      noteCell(d.r.cells, d.first + k);
      d.r.cells[d.first + k] = copy[k];
    }
    return args[0];
  };
  // Slots are copied as a whole, so an overlapping move is the same copy.
  const memmove: NativeImpl = (ctx, args) => {
    void ctx;
    return memcpy(ctx, args);
  };
  const memcmp: NativeImpl = (_ctx, args) => {
    const n = Number(BigInt.asUintN(64, args[2] as bigint));
    if (anyUser(args[0], args[1])) return userMemcmp(getUser(), _ctx, getMem(), args[0], args[1], n);
    if (n === 0) return 0n;
    const a = spellBytes(getMem(), args[0], n, 'memcmp');
    const b = spellBytes(getMem(), args[1], n, 'memcmp');
    for (let k = 0; k < n; k++) {
      const x = a[k];
      const y = b[k];
      if (typeof x === 'number' && typeof y === 'number') {
        if (x !== y) return x < y ? -1n : 1n;
      } else if (typeof x === 'number' || typeof y === 'number' || !ptrEqual(x, y)) {
        throw new SimFault('undefined-behaviour', 'memcmp: comparing the bytes of a pointer with something else is not modelled');
      }
    }
    return 0n;
  };
  const memchr: NativeImpl = (_ctx, args) => {
    const n = Number(BigInt.asUintN(64, args[2] as bigint));
    const c = Number(BigInt.asUintN(8, args[1] as bigint));
    if (n === 0) return NULL;
    const s = view(getMem(), args[0], 'memchr');
    for (let k = 0; k < n; k++) if (s.get(k) === c) return bytePtr(args[0], k);
    return NULL;
  };
  return { memset, memcpy, memmove, memcmp, memchr, __builtin_memset: memset, __builtin_memcpy: memcpy, __builtin_memmove: memmove, __builtin_memcmp: memcmp };
}

function ptrEqual(a: Value, b: Value): boolean {
  return typeof a === 'object' && typeof b === 'object' && a.t === 'p' && b.t === 'p' && ptrEq(a, b);
}

export const STRING_NATIVE_NAMES = ['memset', 'memcpy', 'memmove', 'memcmp', 'memchr', '__builtin_memset', '__builtin_memcpy', '__builtin_memmove', '__builtin_memcmp'];
