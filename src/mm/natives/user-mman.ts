// The memory-management system calls of a user program (issue 12): mmap, munmap, mprotect and
// madvise as natives, with the standard C prototypes and x86-64 Linux UAPI constants, acting on
// the process the calling thread runs as (current->mm, MmModel.tasks). They are built on the
// address-space operations the scenarios use (vmops.ts: mmap_mm, munmap_mm, mprotect_mm,
// madvise_mm), so zapping, TLB flushes and device-mirror notifications are the same code.
// A failing call returns MAP_FAILED / -1 as libc does; errno is not modelled.
// MAP_SHARED | MAP_ANONYMOUS memory is shmem (shmem.ts): the pages every process mapping it
// shares, also after fork; an munmap releases an object no process maps any more.
//
// mmap of a descriptor maps a tmpfs file (O_TMPFILE on /tmp, shmem-file.ts): MAP_SHARED its
// page-cache pages (writable with PROT_WRITE when the file is open O_RDWR, else EACCES, as
// do_mmap checks), MAP_PRIVATE a file VMA whose write faults copy (kernel/mm/memory.c
// do_cow_fault). Any other file is mapped by its f_op->mmap (file-mmap.ts: the vma is made
// here, then the driver's C ->mmap runs, lib/test_hmm.c's vm_insert_page of its own pages);
// a file without one (/dev/null, /proc/meminfo) fails with ENODEV, /dev/zero is anonymous
// memory (mmap_zero). MAP_HUGETLB maps huge pages of the hugetlb pool (user-huge.ts): with
// no pool (nr_hugepages = 0) or too few free pages it fails with ENOMEM, as Linux does.
//
// madvise advice and what the model does (the model is a kernel without swap or KSM):
//   MADV_DONTNEED, MADV_FREE        as the kernel (madvise_mm: zap / lazy free).
//   MADV_NORMAL/RANDOM/SEQUENTIAL   0, no page-table effect: the kernel only records a
//                                   readahead hint in vm_flags, which anonymous memory ignores.
//   MADV_WILLNEED                   0, no effect: for anonymous memory the kernel only reads
//                                   swapped-out pages back, and the model has no swap.
//   MADV_HUGEPAGE/NOHUGEPAGE        VM_(NO)HUGEPAGE on the range (user-huge.ts): write or
//                                   read faults there map a transparent huge page.
//   MADV_COLLAPSE                   a fault: collapsing is not modelled yet.
//   anything else                   a fault naming the advice (not modelled), or -1 if unknown.

import { hugetlbPlacement, madviseHugepage, makeHugetlbVma } from './user-huge';
import type { NativeCtx, NativeTable } from '../../c/native';
import { SimFault } from '../../c/native';
import { objPtr, type Ptr, type Value } from '../../c/value';
import { VM_SHARED, type MmModel, type MmState } from '../state';
import { taskPid } from '../user-memory';
import { vmopsNatives } from './vmops';
import { shmemMap, shmemMapFile, shmemRelease, shmemState } from './shmem';
import { shmemFileObj } from './shmem-file';
import { callMmap, DEV_ZERO_RDEV, endMmap, fileMmapNatives, fileVmFlags, openFile, pendingMmap } from './file-mmap';

export const PROT_READ = 0x1n;
export const PROT_WRITE = 0x2n;
export const PROT_EXEC = 0x4n;
export const MAP_SHARED = 0x01n;
export const MAP_PRIVATE = 0x02n;
export const MAP_SHARED_VALIDATE = 0x03n;
export const MAP_FIXED = 0x10n;
export const MAP_ANONYMOUS = 0x20n;
export const MAP_NORESERVE = 0x4000n;
export const MAP_HUGETLB = 0x40000n;
/** MAP_HUGE_SHIFT: the huge page size's log2 in bits 26-31 (with MAP_HUGETLB). */
const MAP_HUGE_MASK = 0x3fn << 26n;
export const MAP_FIXED_NOREPLACE = 0x100000n;
export const MADV_NORMAL = 0n;
export const MADV_RANDOM = 1n;
export const MADV_SEQUENTIAL = 2n;
export const MADV_WILLNEED = 3n;
export const MADV_DONTNEED = 4n;
export const MADV_FREE = 8n;
export const MADV_HUGEPAGE = 14n;
export const MADV_NOHUGEPAGE = 15n;
export const MADV_COLLAPSE = 25n;

const PAGE = 4096;
/** Where top-down mmap placement starts (below the stack, as x86-64 without randomisation). */
export const MMAP_BASE = 0x7ffff7fff000;
/** The lowest address mmap hands out without MAP_FIXED (vm.mmap_min_addr). */
const MMAP_MIN = 0x10000;

const MADV_NAMES: Record<string, string> = {
  9: 'MADV_REMOVE',
  10: 'MADV_DONTFORK',
  11: 'MADV_DOFORK',
  12: 'MADV_MERGEABLE',
  13: 'MADV_UNMERGEABLE',
  16: 'MADV_DONTDUMP',
  17: 'MADV_DODUMP',
  18: 'MADV_WIPEONFORK',
  19: 'MADV_KEEPONFORK',
  20: 'MADV_COLD',
  21: 'MADV_PAGEOUT',
  22: 'MADV_POPULATE_READ',
  23: 'MADV_POPULATE_WRITE',
  24: 'MADV_DONTNEED_LOCKED',
};

export const MAP_FAILED: Ptr = Object.freeze({ t: 'p', s: 'u', b: 0, i: -1 }) as Ptr;

export function userPtr(addr: number): Ptr {
  return { t: 'p', s: 'u', b: 0, i: addr };
}

/** A user address argument (a pointer or an integer) as a number. */
export function userAddr(fn: string, v: Value, i: number): number {
  if (typeof v === 'bigint') return Number(BigInt.asIntN(64, v));
  if (typeof v === 'object' && v.t === 'p' && (v.s === 'u' || v.s === 'null')) return v.i;
  throw new SimFault('bad-call', `${fn}: argument ${i + 1} is not a user address`);
}

function num(fn: string, v: Value, i: number): bigint {
  if (typeof v !== 'bigint') throw new SimFault('bad-call', `${fn}: argument ${i + 1} must be an integer`);
  return v;
}

export function currentMm(m: MmModel, ctx: NativeCtx): MmState {
  return m.mms[taskPid(m, ctx.tid)];
}

/** get_unmapped_area, top down: the highest gap of `len` bytes below MMAP_BASE. */
export function unmappedArea(mm: MmState, len: number, below = MMAP_BASE): number | undefined {
  let top = below;
  const vmas = [...mm.vmas].sort((a, b) => b.start - a.start);
  for (const v of vmas) {
    if (v.start >= top) {
      top = Math.min(top, v.start);
      continue;
    }
    if (v.end <= top - len) return top - len;
    top = v.start;
  }
  return top - len >= MMAP_MIN ? top - len : undefined;
}

function free(mm: MmState, start: number, end: number): boolean {
  return !mm.vmas.some((v) => v.start < end && start < v.end);
}

export function userMmanNatives(m: MmModel): NativeTable {
  const vm = vmopsNatives(m);
  return {
    ...fileMmapNatives(m),
    current_mm(ctx) {
      // struct mm_struct *current_mm(void): current->mm of the calling thread's process.
      return objPtr(currentMm(m, ctx).obj);
    },
    mmap(ctx, args) {
      // void *mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset)
      const hint = userAddr('mmap', args[0], 0);
      const length = BigInt.asUintN(64, num('mmap', args[1], 1));
      const prot = num('mmap', args[2], 2);
      const flags = BigInt.asUintN(32, num('mmap', args[3], 3));
      const fd = BigInt.asIntN(32, num('mmap', args[4], 4));
      const mm = currentMm(m, ctx);
      // A file's ->mmap has returned: the mapping is made, or unmap_region takes back what
      // the driver mapped and the vma goes (mmap_region's unmap_and_free_file_vma).
      const call = pendingMmap(m, ctx);
      if (call) {
        if (call.ret === 0) {
          endMmap(m, ctx);
          return userPtr(call.start);
        }
        const r = vm.munmap_mm(ctx, [objPtr(mm.obj), BigInt(call.start), BigInt(call.end - call.start)]);
        if (typeof r !== 'bigint') return r as never; // a notifier upcall or a wait: called again
        endMmap(m, ctx);
        return MAP_FAILED;
      }
      const type = flags & 0x3n;
      if (length === 0n || (type !== MAP_SHARED && type !== MAP_PRIVATE && type !== MAP_SHARED_VALIDATE)) return MAP_FAILED;
      const known = 0x3n | MAP_FIXED | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE | MAP_HUGETLB | MAP_HUGE_MASK;
      if (flags & ~known) throw new SimFault('unsupported', `mmap: flags 0x${(flags & ~known).toString(16)} are not modelled`);
      if (prot & ~0x7n) return MAP_FAILED;
      if (flags & MAP_HUGETLB) {
        // hugetlb_file_setup: a private mapping of the pool's pages (user-huge.ts)
        const fixedAt = flags & (MAP_FIXED | MAP_FIXED_NOREPLACE) ? hint : undefined;
        const at = hugetlbPlacement(m, flags, Number(length), (flags & MAP_ANONYMOUS) !== 0n, type !== MAP_PRIVATE, (flags & MAP_NORESERVE) !== 0n, fixedAt, (l) => unmappedArea(mm, l));
        if ('errno' in at) return MAP_FAILED;
        if (!free(mm, at.start, at.start + at.len)) {
          if (fixedAt === undefined || flags & MAP_FIXED_NOREPLACE) return MAP_FAILED;
          const r = vm.munmap_mm(ctx, [objPtr(mm.obj), BigInt(at.start), BigInt(at.len)]);
          if (r !== 0n) return typeof r === 'bigint' ? MAP_FAILED : (r as never);
        }
        const r = vm.mmap_mm(ctx, [objPtr(mm.obj), BigInt(at.start), BigInt(at.len), prot, 0n]);
        if (typeof r !== 'bigint') return r as never;
        if (r < 0n) return MAP_FAILED;
        makeHugetlbVma(m, mm.vmas.find((v) => v.start === at.start)!, at.resv);
        return userPtr(at.start);
      }
      let fileObj: number | undefined;
      let pgoff = 0;
      /** A file mapped by its ->mmap, and the vm_flags do_mmap gives the vma. */
      let byOp: { file: Ptr; vmFlags: number } | undefined;
      let anonymous = (flags & MAP_ANONYMOUS) !== 0n;
      if (!anonymous) {
        const file = m.files?.tables[mm.pid]?.[Number(fd)];
        if (!file) return MAP_FAILED; // -EBADF
        const off = BigInt.asIntN(64, num('mmap', args[5], 5));
        if (off < 0n || off % BigInt(PAGE)) return MAP_FAILED; // -EINVAL
        fileObj = shmemFileObj(m, file);
        if (fileObj !== undefined) {
          pgoff = Number(off) / PAGE;
          // do_mmap: the file must be open for reading; a shared writable mapping for writing too.
          const acc = (shmemState(m).objs[fileObj].flags ?? 0) & 3;
          if (acc === 1 || (type !== MAP_PRIVATE && prot & PROT_WRITE && acc !== 2)) return MAP_FAILED; // -EACCES
        } else {
          const of = openFile(ctx, file);
          if (of.rdev === DEV_ZERO_RDEV) {
            // mmap_zero: a private mapping is anonymous memory, a shared one shmem.
            if (of.accmode === 1) return MAP_FAILED; // -EACCES
            anonymous = true;
          } else {
            if (!of.mmap) return MAP_FAILED; // -ENODEV: the file has no ->mmap
            const vmFlags = fileVmFlags(prot, type !== MAP_PRIVATE, of.accmode);
            if (vmFlags === 'EACCES') return MAP_FAILED;
            byOp = { file, vmFlags };
          }
        }
      }
      const len = Math.ceil(Number(length) / PAGE) * PAGE;
      const fixed = (flags & (MAP_FIXED | MAP_FIXED_NOREPLACE)) !== 0n;
      let start: number | undefined;
      if (fixed) {
        if (hint % PAGE || hint <= 0) return MAP_FAILED;
        start = hint;
        if (!free(mm, start, start + len)) {
          if (flags & MAP_FIXED_NOREPLACE) return MAP_FAILED;
          // MAP_FIXED replaces whatever was there.
          const r = vm.munmap_mm(ctx, [objPtr(mm.obj), BigInt(start), BigInt(len)]);
          if (r !== 0n) return r as never;
          shmemRelease(m);
        }
      } else {
        const h = hint - (((hint % PAGE) + PAGE) % PAGE);
        start = h >= MMAP_MIN && h + len <= MMAP_BASE && free(mm, h, h + len) ? h : unmappedArea(mm, len);
        if (start === undefined) return MAP_FAILED;
      }
      if (byOp) {
        // mmap_region: a file vma (not anonymous, shared as do_mmap said), then call_mmap.
        const r = vm.mmap_mm(ctx, [objPtr(mm.obj), BigInt(start), BigInt(len), prot, (byOp.vmFlags & VM_SHARED ? 1n : 0n) | 2n]);
        if (typeof r !== 'bigint') return r as never;
        if (r < 0n) return MAP_FAILED;
        return callMmap(m, ctx, mm, start, start + len, byOp.vmFlags, byOp.file);
      }
      const shared = type === MAP_PRIVATE ? 0n : 1n;
      // bit 1: a file-backed VMA (a private file mapping; a shared one is a shmem VMA).
      const fileBacked = fileObj !== undefined && !shared ? 2n : 0n;
      const r = vm.mmap_mm(ctx, [objPtr(mm.obj), BigInt(start), BigInt(len), prot, shared | fileBacked]);
      if (typeof r !== 'bigint') return r as never;
      if (r < 0n) return MAP_FAILED;
      if (fileObj !== undefined) shmemMapFile(m, mm.pid, start, start + len, fileObj, pgoff);
      // shmem_zero_setup: shared anonymous memory is an object of its own (shmem.ts).
      else if (shared && anonymous) shmemMap(m, mm.pid, start, start + len);
      return userPtr(start);
    },
    munmap(ctx, args) {
      // int munmap(void *addr, size_t length)
      const addr = userAddr('munmap', args[0], 0);
      const length = Number(BigInt.asUintN(64, num('munmap', args[1], 1)));
      if (addr % PAGE || addr <= 0 || length === 0) return -1n;
      const mm = currentMm(m, ctx);
      const r = vm.munmap_mm(ctx, [objPtr(mm.obj), BigInt(addr), BigInt(length)]);
      if (r === 0n) shmemRelease(m);
      return typeof r === 'bigint' ? (r < 0n ? -1n : 0n) : r;
    },
    mprotect(ctx, args) {
      // int mprotect(void *addr, size_t len, int prot)
      const addr = userAddr('mprotect', args[0], 0);
      const length = Number(BigInt.asUintN(64, num('mprotect', args[1], 1)));
      const prot = num('mprotect', args[2], 2);
      if (addr % PAGE || addr <= 0 || prot & ~0x7n) return -1n;
      if (length === 0) return 0n;
      const mm = currentMm(m, ctx);
      const r = vm.mprotect_mm(ctx, [objPtr(mm.obj), BigInt(addr), BigInt(length), prot]);
      return typeof r === 'bigint' ? (r < 0n ? -1n : 0n) : r;
    },
    madvise(ctx, args) {
      // int madvise(void *addr, size_t length, int advice)
      const addr = userAddr('madvise', args[0], 0);
      const length = Number(BigInt.asUintN(64, num('madvise', args[1], 1)));
      const advice = BigInt.asIntN(32, num('madvise', args[2], 2));
      if (addr % PAGE || addr <= 0) return -1n;
      const mm = currentMm(m, ctx);
      const end = addr + Math.ceil(length / PAGE) * PAGE;
      switch (advice) {
        case MADV_DONTNEED:
        case MADV_FREE: {
          if (length === 0) return 0n;
          const r = vm.madvise_mm(ctx, [objPtr(mm.obj), BigInt(addr), BigInt(length), advice]);
          return typeof r === 'bigint' ? (r < 0n ? -1n : 0n) : r;
        }
        case MADV_NORMAL:
        case MADV_RANDOM:
        case MADV_SEQUENTIAL:
        case MADV_WILLNEED:
          // -ENOMEM when part of the range is unmapped, as madvise_walk_vmas says.
          for (let a = addr; a < end; ) {
            const v = mm.vmas.find((x) => a >= x.start && a < x.end);
            if (!v) return -1n;
            a = v.end;
          }
          return 0n;
        case MADV_HUGEPAGE:
        case MADV_NOHUGEPAGE:
          // hugepage_madvise: where faults may map a transparent huge page (user-huge.ts)
          return madviseHugepage(m, ctx, mm, addr, end, advice);
        case MADV_COLLAPSE:
          throw new SimFault('unsupported', 'madvise: MADV_COLLAPSE (collapsing ptes into a transparent huge page) is not modelled yet');
        default: {
          const name = MADV_NAMES[String(advice)];
          if (name) throw new SimFault('unsupported', `madvise: ${name} is not modelled`);
          return -1n;
        }
      }
    },
  };
}
