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
//
// A tmpfs file (open("/tmp", O_TMPFILE), kernel/fs/tmpfs_file.c; natives in shmem-file.ts) is
// such an object as well, with an i_size, alive while a descriptor or a mapping refers to it.
// mmap of its descriptor adds a map entry: MAP_SHARED maps its pages (a shmem VMA, as above),
// MAP_PRIVATE is a file VMA (not anonymous, not shared) whose read faults map the page-cache
// page read-only and whose write faults copy it into an anonymous page (do_cow_fault). A fault
// at or beyond i_size is SIGBUS (shmem_vma_beyond_eof).

import type { NativeTable } from '../../c/native';
import { pagePtr } from '../../c/value';
import { VM_SHARED, type MmModel, type PageState, type ShmemState, type VmaState } from '../state';
import { allocSystemPage } from './cpu';
import { putRef } from './page';
import { argNum, argVma, bool, fault, hexn } from './util';
import { shmemFileNatives } from './shmem-file';
import { meminfoNatives } from './meminfo';

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

/** Does `v` map a file object (vma->vm_file): shared anonymous memory or a tmpfs file mapping? */
export function isFileVma(v: VmaState): boolean {
  return isShmemVma(v) || !v.anonymous;
}

/**
 * mmap of a tmpfs file's descriptor at [start, end), file page `pgoff` at `start`: the range of
 * process `pid` maps object `obj` (its VMA is made by the caller).
 */
export function shmemMapFile(m: MmModel, pid: number, start: number, end: number, obj: number, pgoff: number): void {
  const s = state(m);
  trimMaps(s, pid, start, end);
  s.maps.push({ pid, start, end, obj, base: start - pgoff * PAGE });
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
  return !!mm && !mm.dying && mm.vmas.some((v) => isFileVma(v) && v.start < end && start < v.end);
}

/**
 * After an munmap, an exit or a tmpfs file's last close: the objects no process maps any more
 * (and, for a file, no descriptor refers to) are released (their pages'
 * page-cache reference dropped: a page nothing else holds is freed), with their stale maps.
 */
export function shmemRelease(m: MmModel): void {
  const s = m.shmem;
  if (!s) return;
  s.maps = s.maps.filter((e) => mapped(m, e.pid, e.start, e.end));
  const live = new Set(s.maps.map((e) => e.obj));
  for (const [id, o] of Object.entries(s.objs)) {
    if (live.has(Number(id)) || o.open) continue;
    for (const index of Object.keys(o.pages)) shmemDropPage(m, Number(id), Number(index), 'shmem_evict_inode');
    delete s.objs[Number(id)];
  }
}

/**
 * The page at `index` of object `obj` (the page cache's page, no reference taken), allocated
 * zeroed when absent and `create` (shmem_alloc_and_add_folio: the page cache's reference, on
 * the LRU); undefined for a hole without `create`.
 */
export function shmemGetPage(m: MmModel, obj: number, index: number, create: boolean): PageState | undefined {
  const o = state(m).objs[obj];
  const have = o.pages[index];
  if (have !== undefined && m.pages[have] && !m.pages[have].freed) return m.pages[have];
  if (!create) return undefined;
  const page = allocSystemPage(m);
  page.refcount = 1;
  page.extraRefs = 1;
  page.mapping = 'file';
  page.index = index;
  page.uptodate = true;
  page.lru = 'lru';
  o.pages[index] = page.pfn;
  return page;
}

/** Drop page `index` from object `obj`'s page cache (truncation, eviction): freed if unheld. */
export function shmemDropPage(m: MmModel, obj: number, index: number, why: string): void {
  const o = state(m).objs[obj];
  const pfn = o.pages[index];
  delete o.pages[index];
  const page = pfn === undefined ? undefined : m.pages[pfn];
  if (!page || page.freed) return;
  page.extraRefs--;
  page.mapping = 'none';
  putRef(m, page, why);
}

export function shmemState(m: MmModel): ShmemState {
  return state(m);
}

export function shmemNatives(m: MmModel): NativeTable {
  return {
    ...shmemFileNatives(m),
    ...meminfoNatives(m),
    vma_is_shmem(ctx, args) {
      return bool(isShmemVma(argVma(m, 'vma_is_shmem', args, 0).vma));
    },
    shmem_vma_get_folio(ctx, args) {
      // (vma, addr): the folio at addr's page offset in the VMA's object, found or allocated,
      // with a reference for the caller (the pte it maps); NULL when out of memory.
      const { mm, vma } = argVma(m, 'shmem_vma_get_folio', args, 0);
      const addr = argNum('shmem_vma_get_folio', args, 1);
      const s = state(m);
      let e = s.maps.find((x) => x.pid === mm.pid && x.start <= addr && addr < x.end);
      if (!isShmemVma(vma) && !(e && !vma.anonymous)) fault('bad-call', `shmem_vma_get_folio: the vma ${hexn(vma.start)}-${hexn(vma.end)} maps no shmem object`);
      // A shared anonymous VMA a scenario declared (no mmap made it): an object of its own.
      if (!e) {
        if (s.maps.some((x) => x.pid === mm.pid && x.start < vma.end && vma.start < x.end)) {
          fault('unsupported', `shmem_vma_get_folio: ${hexn(addr)} of pid ${mm.pid} is in a shared anonymous mapping that moved (mremap of shmem is not modelled)`);
        }
        shmemMap(m, mm.pid, vma.start, vma.end);
        e = s.maps[s.maps.length - 1];
      }
      const index = Math.floor((addr - e.base) / PAGE);
      const page = shmemGetPage(m, e.obj, index, true)!;
      page.refcount++;
      return pagePtr(page.pfn);
    },
    vma_has_file(ctx, args) {
      // bool vma_has_file(vma): vma->vm_file != NULL, a mapping of a model object (shmem, tmpfs).
      const { mm, vma } = argVma(m, 'vma_has_file', args, 0);
      if (isShmemVma(vma)) return 1n;
      return bool(!vma.anonymous && !!m.shmem?.maps.some((x) => x.pid === mm.pid && x.start < vma.end && vma.start < x.end));
    },
    shmem_vma_beyond_eof(ctx, args) {
      // bool shmem_vma_beyond_eof(vma, addr): addr's page offset is at or past the file's
      // i_size rounded up (shmem_get_folio's -EINVAL, the fault's SIGBUS). Shared anonymous
      // memory has the size of its mapping.
      const { mm } = argVma(m, 'shmem_vma_beyond_eof', args, 0);
      const addr = argNum('shmem_vma_beyond_eof', args, 1);
      const e = m.shmem?.maps.find((x) => x.pid === mm.pid && x.start <= addr && addr < x.end);
      if (!e) return 0n;
      const o = m.shmem!.objs[e.obj];
      if (o.size === undefined) return 0n;
      return bool(Math.floor((addr - e.base) / PAGE) >= Math.ceil(o.size / PAGE));
    },
  };
}
