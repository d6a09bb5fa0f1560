// malloc / calloc / free / posix_memalign / aligned_alloc of a user program (issue 12): memory
// carved from the process's own heap VMA, so a buffer is a user address a driver can be handed
// (`cmd.ptr = (uintptr_t)buffer->mirror`) and reached through the page tables like any other.
// Shaped like glibc where it shows: blocks are 16-byte aligned; requests of 128 KiB and more
// (M_MMAP_THRESHOLD) get a private anonymous mapping of their own (the pointer 16 bytes into
// it, after the chunk header) that free() unmaps; smaller ones come first fit from the heap,
// which grows like brk (its VMA's end moves up). Freed heap memory keeps its bytes (glibc's
// free-list words inside freed chunks are not modelled); calloc clears what it reuses. The
// allocator's state is plain data in the model (MmModel.uheap), so snapshots restore it.

import type { NativeCtx, NativeTable } from '../../c/native';
import { SimFault } from '../../c/native';
import { NULL, objPtr, type Value } from '../../c/value';
import type { MmModel, MmState, UserHeap } from '../state';
import { VM_READ, VM_WRITE, allocId } from '../state';
import { pteTableFor, readEntryRaw } from '../pgtable';
import { decodePte } from '../pte';
import { translate } from '../user-memory';
import { writePageBytes } from '../page-bytes';
import { currentMm, unmappedArea, userAddr, userPtr } from './user-mman';
import { vmopsNatives } from './vmops';

const PAGE = 4096;
/** glibc's default M_MMAP_THRESHOLD. */
export const MMAP_THRESHOLD = 128 * 1024;
/** Where the heap starts (after a small PIE program's data, as on x86-64 without ASLR). */
export const HEAP_START = 0x555555559000;
/** The heap's first extent (glibc asks brk for the request plus M_TOP_PAD, 128 KiB). */
export const HEAP_INITIAL = 132 * 1024;
const ENOMEM = 12n;
const EINVAL = 22n;

const round = (n: number, a: number): number => Math.ceil(n / a) * a;

/** The heap VMA of a fresh process: [HEAP_START, HEAP_START + 132 KiB), read-write, private. */
export function createUserHeap(m: MmModel, mm: MmState): UserHeap {
  // A process built with its heap VMA already there (userProcessModel) keeps that one.
  const had = mm.vmas.find((v) => v.start === HEAP_START && v.end === HEAP_START + HEAP_INITIAL);
  if (!had) {
    if (mm.vmas.some((v) => v.start < HEAP_START + HEAP_INITIAL && HEAP_START < v.end)) throw new SimFault('bad-call', `process ${mm.pid} has a mapping where the heap goes`);
    const obj = allocId(m);
    m.objs[obj] = { kind: 'vma', pid: mm.pid, start: HEAP_START };
    mm.vmas.push({ obj, start: HEAP_START, end: HEAP_START + HEAP_INITIAL, flags: VM_READ | VM_WRITE, anonymous: true });
    mm.vmas.sort((a, b) => a.start - b.start);
  }
  const heap: UserHeap = { start: HEAP_START, end: HEAP_START + HEAP_INITIAL, blocks: {}, free: [[HEAP_START, HEAP_INITIAL]] };
  (m.uheap ??= {})[mm.pid] = heap;
  return heap;
}

function heapOf(m: MmModel, mm: MmState, fn: string): UserHeap {
  const h = m.uheap?.[mm.pid];
  if (!h) throw new SimFault('unsupported', `${fn}: process ${mm.pid} has no heap (it runs no user program)`);
  return h;
}

/** brk: the heap VMA grows by whole pages, if nothing is mapped right above it. */
function growHeap(m: MmModel, mm: MmState, h: UserHeap, need: number): boolean {
  const by = round(need + 128 * 1024, PAGE);
  const vma = mm.vmas.find((v) => v.start === h.start);
  if (!vma || mm.vmas.some((v) => v !== vma && v.start < h.end + by && h.end < v.end)) return false;
  const last = h.free[h.free.length - 1];
  if (last && last[0] + last[1] === h.end) last[1] += by;
  else h.free.push([h.end, by]);
  h.end += by;
  vma.end = h.end;
  return true;
}

/** First fit of `size` bytes aligned to `align` in the heap; the address, or undefined. */
function carve(m: MmModel, mm: MmState, h: UserHeap, size: number, align: number): number | undefined {
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k < h.free.length; k++) {
      const [at, len] = h.free[k];
      const a = round(at, align);
      if (a + size > at + len) continue;
      const pieces: [number, number][] = [];
      if (a > at) pieces.push([at, a - at]);
      if (a + size < at + len) pieces.push([a + size, at + len - a - size]);
      h.free.splice(k, 1, ...pieces);
      h.blocks[a] = { size, mmapped: false };
      return a;
    }
    if (pass === 0 && !growHeap(m, mm, h, size + align)) return undefined;
  }
  return undefined;
}

/** Zero the bytes of [addr, addr + n) where a page is present (an absent anonymous page is zero). */
function zeroPresent(m: MmModel, mm: MmState, addr: number, n: number): void {
  for (let a = addr; a < addr + n; ) {
    const vpage = a - (a % PAGE);
    const stop = Math.min(addr + n, vpage + PAGE);
    const t = pteTableFor(m, mm.pid, vpage);
    const d = decodePte(t ? readEntryRaw(t, (vpage / PAGE) % 512) : 0n);
    if (d.kind === 'present' && d.pfn !== undefined && m.pages[d.pfn]?.data) {
      for (let b = a; b < stop; b++) writePageBytes(m.pages[d.pfn], b % PAGE, 1, 0n);
    } else if (d.kind !== 'none' && d.kind !== 'present') {
      throw new SimFault('unsupported', `calloc: reused heap memory at 0x${vpage.toString(16)} is a ${d.kind} entry`);
    }
    a = stop;
  }
}

export function userMallocNatives(m: MmModel): NativeTable {
  const vm = vmopsNatives(m);
  /** A block of `size` bytes aligned to `align`: its address, or undefined (ENOMEM). */
  const alloc = (ctx: NativeCtx, fn: string, size: number, align: number): number | undefined => {
    const mm = currentMm(m, ctx);
    const h = heapOf(m, mm, fn);
    const n = round(Math.max(size, 1), 16);
    if (n + align >= MMAP_THRESHOLD) {
      const len = round(n + align + 16, PAGE);
      const start = unmappedArea(mm, len);
      if (start === undefined) return undefined;
      const r = vm.mmap_mm(ctx, [objPtr(mm.obj), BigInt(start), BigInt(len), 3n, 0n]);
      if (typeof r !== 'bigint' || r < 0n) return undefined;
      const a = round(start + 16, align);
      h.blocks[a] = { size: len, mmapped: true };
      return a;
    }
    return carve(m, mm, h, n, align);
  };
  const sizeArg = (fn: string, v: Value, i: number): number => {
    if (typeof v !== 'bigint') throw new SimFault('bad-call', `${fn}: argument ${i + 1} must be a size`);
    return Number(BigInt.asUintN(64, v));
  };
  return {
    malloc(ctx, args) {
      const a = alloc(ctx, 'malloc', sizeArg('malloc', args[0], 0), 16);
      return a === undefined ? NULL : userPtr(a);
    },
    calloc(ctx, args) {
      const n = BigInt.asUintN(64, args[0] as bigint) * BigInt.asUintN(64, args[1] as bigint);
      if (n >= 1n << 47n) return NULL;
      const fresh = m.uheap?.[currentMm(m, ctx).pid]?.end;
      const a = alloc(ctx, 'calloc', Number(n), 16);
      if (a === undefined) return NULL;
      // Memory below the heap's old end may have been used before: clear it.
      if (fresh !== undefined && a < fresh && !m.uheap![currentMm(m, ctx).pid].blocks[a].mmapped) zeroPresent(m, currentMm(m, ctx), a, Number(n));
      return userPtr(a);
    },
    aligned_alloc(ctx, args) {
      const align = sizeArg('aligned_alloc', args[0], 0);
      if (align === 0 || align & (align - 1)) return NULL;
      const a = alloc(ctx, 'aligned_alloc', sizeArg('aligned_alloc', args[1], 1), Math.max(16, align));
      return a === undefined ? NULL : userPtr(a);
    },
    posix_memalign(ctx, args) {
      // int posix_memalign(void **memptr, size_t alignment, size_t size)
      const out = args[0];
      const align = sizeArg('posix_memalign', args[1], 1);
      if (align < 8 || align & (align - 1)) return EINVAL;
      if (typeof out !== 'object' || out.t !== 'p' || out.s === 'null') throw new SimFault('null-deref', 'posix_memalign: memptr is NULL');
      if (out.s === 'u') {
        // Fault *memptr in before anything is allocated: a retried call must not allocate twice.
        const r = translate(m, ctx.tid, ctx.cpu, out.i, true);
        if ('t' in r) return r;
      }
      const a = alloc(ctx, 'posix_memalign', sizeArg('posix_memalign', args[2], 2), Math.max(16, align));
      if (a === undefined) return ENOMEM;
      if (out.s === 'u') {
        const r = translate(m, ctx.tid, ctx.cpu, out.i, true);
        if ('t' in r) throw new SimFault('model', 'posix_memalign: *memptr went away');
        writePageBytes(r.page!, out.i % PAGE, 8, BigInt(a));
      } else ctx.store(out, userPtr(a));
      return 0n;
    },
    free(ctx, args) {
      const p = args[0];
      if (p === 0n || (typeof p === 'object' && p.t === 'p' && p.s === 'null')) return;
      const addr = userAddr('free', p, 0);
      const mm = currentMm(m, ctx);
      const h = heapOf(m, mm, 'free');
      const b = h.blocks[addr];
      if (!b) throw new SimFault('use-after-free', `free(): 0x${addr.toString(16)} is not an allocated block (double free or invalid pointer)`);
      if (b.mmapped) {
        const start = addr - (addr % PAGE);
        const r = vm.munmap_mm(ctx, [objPtr(mm.obj), BigInt(start), BigInt(b.size)]);
        if (typeof r !== 'bigint') return r;
        delete h.blocks[addr];
        return;
      }
      delete h.blocks[addr];
      h.free.push([addr, b.size]);
      h.free.sort((x, y) => x[0] - y[0]);
      // Coalesce neighbours.
      const merged: [number, number][] = [];
      for (const e of h.free) {
        const last = merged[merged.length - 1];
        if (last && last[0] + last[1] === e[0]) last[1] += e[1];
        else merged.push([e[0], e[1]]);
      }
      h.free = merged;
    },
  };
}
