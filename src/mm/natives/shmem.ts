// Shared anonymous memory (issue 12 item 1: hmm-tests' anon_write_child_shared). On Linux an
// mmap(MAP_SHARED | MAP_ANONYMOUS) is shmem: shmem_zero_setup gives the VMA a file of its own
// on /dev/zero, so the mapping is not vma_is_anonymous, its pages live in that file's page
// cache by page offset, and every process mapping the file — the parent and its children after
// fork — maps the very same pages. A fault finds the page there or allocates it (shmem_fault:
// a read fault too gets a real page, not the zero page); the pte maps it writable in a VM_WRITE
// mapping and COW never applies; madvise(MADV_DONTNEED) drops the ptes but not the pages; when
// no process maps the file any more, its pages are truncated and freed.
//
// Here: MmModel.shmem holds one object per such mmap (page offset → pfn) and which range of
// which process maps it (`maps`, kept beside the VMAs so that splitting a VMA — mprotect,
// a partial munmap — needs no change there). The page cache's reference to each page is the
// page's `extraRefs` (a reference the mappings do not account for); the rmap is a file one
// (mapping 'file', not anon: migrate_vma_pages refuses to move it to device memory, as for
// any page that is not anonymous). The C fault path (kernel/mm/memory.c: do_shared_fault) calls
// shmem_vma_get_folio; fork copies the `maps` of the parent (shmemFork) and no ptes of a shmem
// VMA, as copy_page_range skips a shared VMA without an anon_vma: the child faults them in.

import type { NativeTable } from '../../c/native';
import { pagePtr } from '../../c/value';
import { VM_SHARED, type MmModel, type ShmemState, type VmaState } from '../state';
import { allocSystemPage } from './cpu';
import { putRef } from './page';
import { argNum, argVma, bool, fault, hexn } from './util';

const PAGE = 4096;

function state(m: MmModel): ShmemState {
  return (m.shmem ??= { objs: {}, maps: [], next: 1 });
}

/** Is `v` a shared anonymous mapping (vma_is_shmem: a VMA shmem_zero_setup set up)? */
export function isShmemVma(v: VmaState): boolean {
  return v.anonymous && (v.flags & VM_SHARED) !== 0;
}

/** mmap of [start, end) MAP_SHARED | MAP_ANONYMOUS in process `pid`: a new object maps there. */
export function shmemMap(m: MmModel, pid: number, start: number, end: number): number {
  const s = state(m);
  const obj = s.next++;
  s.objs[obj] = { pages: {}, npages: (end - start) / PAGE };
  // What mapped there before is unmapped by now (MAP_FIXED): the new object is what maps it.
  trimMaps(s, pid, start, end);
  s.maps.push({ pid, start, end, obj, base: start });
  return obj;
}

/** Remove [start, end) of process `pid` from the maps (an entry cut in two keeps both sides). */
function trimMaps(s: ShmemState, pid: number, start: number, end: number): void {
  const out: ShmemState['maps'] = [];
  for (const e of s.maps) {
    if (e.pid !== pid || e.end <= start || end <= e.start) {
      out.push(e);
      continue;
    }
    if (e.start < start) out.push({ ...e, end: start });
    if (end < e.end) out.push({ ...e, start: end });
  }
  s.maps = out;
}

/** fork: the child maps the parent's objects at the same addresses. */
export function shmemFork(m: MmModel, parentPid: number, childPid: number): void {
  const s = m.shmem;
  if (!s) return;
  for (const e of s.maps.filter((x) => x.pid === parentPid)) s.maps.push({ ...e, pid: childPid });
}

/** Does some shared anonymous VMA of process `pid` still map part of [start, end)? */
function mapped(m: MmModel, pid: number, start: number, end: number): boolean {
  const mm = m.mms[pid];
  return !!mm && !mm.dying && mm.vmas.some((v) => isShmemVma(v) && v.start < end && start < v.end);
}

/**
 * After an munmap or an exit: the objects no process maps any more are released (their pages'
 * page-cache reference dropped: a page nothing else holds is freed), with their stale maps.
 */
export function shmemRelease(m: MmModel): void {
  const s = m.shmem;
  if (!s) return;
  s.maps = s.maps.filter((e) => mapped(m, e.pid, e.start, e.end));
  const live = new Set(s.maps.map((e) => e.obj));
  for (const [id, o] of Object.entries(s.objs)) {
    if (live.has(Number(id))) continue;
    for (const pfn of Object.values(o.pages)) {
      const page = m.pages[pfn];
      if (!page || page.freed) continue;
      page.extraRefs--;
      page.mapping = 'none';
      putRef(m, page, 'shmem_evict_inode');
    }
    delete s.objs[Number(id)];
  }
}

export function shmemNatives(m: MmModel): NativeTable {
  return {
    vma_is_shmem(ctx, args) {
      return bool(isShmemVma(argVma(m, 'vma_is_shmem', args, 0).vma));
    },
    shmem_vma_get_folio(ctx, args) {
      // (vma, addr): the folio at addr's page offset in the VMA's object, found or allocated,
      // with a reference for the caller (the pte it maps); NULL when out of memory.
      const { mm, vma } = argVma(m, 'shmem_vma_get_folio', args, 0);
      const addr = argNum('shmem_vma_get_folio', args, 1);
      if (!isShmemVma(vma)) fault('bad-call', `shmem_vma_get_folio: the vma ${hexn(vma.start)}-${hexn(vma.end)} is not shared anonymous memory`);
      const s = state(m);
      let e = s.maps.find((x) => x.pid === mm.pid && x.start <= addr && addr < x.end);
      // A shared anonymous VMA a scenario declared (no mmap made it): an object of its own.
      if (!e) {
        if (s.maps.some((x) => x.pid === mm.pid && x.start < vma.end && vma.start < x.end)) {
          fault('unsupported', `shmem_vma_get_folio: ${hexn(addr)} of pid ${mm.pid} is in a shared anonymous mapping that moved (mremap of shmem is not modelled)`);
        }
        shmemMap(m, mm.pid, vma.start, vma.end);
        e = s.maps[s.maps.length - 1];
      }
      const o = s.objs[e.obj];
      const index = Math.floor((addr - e.base) / PAGE);
      const have = o.pages[index];
      if (have !== undefined && m.pages[have] && !m.pages[have].freed) {
        m.pages[have].refcount++;
        return pagePtr(have);
      }
      // shmem_alloc_and_add_folio: a zeroed page in the page cache (its reference) and on the LRU.
      const page = allocSystemPage(m);
      page.refcount = 2;
      page.extraRefs = 1;
      page.mapping = 'file';
      page.index = index;
      page.uptodate = true;
      page.lru = 'lru';
      o.pages[index] = page.pfn;
      return pagePtr(page.pfn);
    },
  };
}
