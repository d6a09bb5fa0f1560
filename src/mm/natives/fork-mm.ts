// fork's copy of an address space (dup_mmap / copy_page_range), shared by the scenarios'
// fork_mm native and the user programs' fork() (src/mm/process.ts): the VMAs, and every pte as
// the kernel copies it (kernel-semantics §1.3(7)) — private anonymous pages shared
// write-protected in both processes (COW), a possibly pinned exclusive page copied at once,
// device-private entries write-protected, writable migration entries made readable, and for
// fork() device-exclusive entries first made present again (copy_nonpresent_pte); a shared
// anonymous (shmem) VMA's ptes are not copied, the child maps the same object. Apart from
// vmops.ts so that each file holds one concern.

import { hugeLeavesIn } from '../huge';
import { copyPageData } from '../page-bytes';
import { NULL } from '../../c/value';
import { pteTableFor, readEntryRaw, writeEntryRaw } from '../pgtable';
import { decodePte, mkDevicePrivatePte, mkMigrationPte, mkPresentPte, ptePresent, _PAGE_DIRTY, _PAGE_RW, _PAGE_SWP_SOFT_DIRTY, _PAGE_SWP_UFFD_WP } from '../pte';
import { allocId, VM_SHARED, VM_WRITE, ZERO_PFN, type MmModel, type MmState, type PageTable } from '../state';
import { allocSystemPage, flushTlbAddr } from './cpu';
import { invalidateMirrors, MMU_NOTIFY_PROTECTION_VMA } from './device';
import { fault, hexn } from './util';
import { cacheFlushRange } from '../cache';
import { newMm } from '../build';
import { populatedPtes } from '../sparse-walk';
import { isShmemVma, shmemFork } from './shmem';

/** Each populated non-none pte of [start, end) of pid (read again: f may change later ones). */
function eachPte(m: MmModel, pid: number, start: number, end: number, f: (t: PageTable, i: number, addr: number, v: bigint) => void): void {
  for (const s of populatedPtes(m, pid, start, end)) {
    const v = readEntryRaw(s.table!, s.index);
    if (v !== 0n) f(s.table!, s.index, s.addr, v);
  }
}

/**
 * dup_mmap: a new process (the next pid) whose address space copies `parent`'s — its VMAs, and
 * every pte as fork copies it: private anonymous pages shared write-protected in both (COW),
 * a possibly pinned exclusive page copied at once, device-private entries write-protected,
 * writable migration entries made readable; device mirrors of the parent are notified. The
 * caller holds (or needs no) mmap lock. fork_mm and the user programs' fork() share it; `who`
 * names the caller in a fault. With `restoreExclusive` (fork()), a device-exclusive entry is
 * first made present again and then copied as a present pte, as copy_nonpresent_pte does
 * (try_restore_exclusive_pte; the caller made sure no such page is locked: exclusiveLocked).
 */
export function dupMm(m: MmModel, parent: MmState, who = 'fork_mm', restoreExclusive = false): MmState {
  // copy_huge_pmd / copy_hugetlb_page_range are not modelled: refuse before anything changes
  const huge = hugeLeavesIn(m, parent.pid, 0, Infinity);
  if (huge.length) fault('unsupported', `${who}: fork of a process with huge pages mapped (pid ${parent.pid} at 0x${huge[0].addr.toString(16)}: copy_huge_pmd / copy_hugetlb_page_range) is not modelled yet`);
  // flush_cache_dup_mm: the parent's ptes are about to be write-protected
  cacheFlushRange(m, parent.pid, 0, Infinity);
  const pid = Math.max(...Object.keys(m.mms).map(Number)) + 1;
  const child = newMm(m, pid, `${parent.name}-child`);
  for (const v of parent.vmas) {
    const vo = allocId(m);
    m.objs[vo] = { kind: 'vma', pid, start: v.start };
    child.vmas.push({ ...v, obj: vo });
    // copy_page_range skips a shared VMA without an anon_vma (shmem): the child faults its
    // pages in from the object they live in; nothing of the parent changes, no notifier runs.
    if (isShmemVma(v)) continue;
    invalidateMirrors(m, parent.pid, v.start, v.end, MMU_NOTIFY_PROTECTION_VMA, NULL);
    const cow = (v.flags & VM_SHARED) === 0;
    eachPte(m, parent.pid, v.start, v.end, (t, i, addr, orig) => {
      let val = orig;
      let d = decodePte(val);
      if (d.kind === 'device-exclusive' && restoreExclusive && m.pages[d.pfn!]) {
        val = restoredExclusivePte(d.pfn!, orig, v.flags);
        writeEntryRaw(m, t, i, val);
        d = decodePte(val);
      }
      const ct = pteTableFor(m, pid, addr, true)!;
      const key = `${parent.pid}:${addr}`;
      if (m.written[key] !== undefined) m.written[`${pid}:${addr}`] = m.written[key];
      if (d.kind === 'present') {
        if (d.pfn === ZERO_PFN || !m.pages[d.pfn!]) {
          writeEntryRaw(m, ct, i, val);
          return;
        }
        const page = m.pages[d.pfn!];
        if (page.anon && page.anonExclusive && page.pins > 0) {
          // A possibly-pinned exclusive page is copied for the child right away.
          const np = allocSystemPage(m);
          np.content = page.content;
          copyPageData(np, page);
          np.mapping = 'anon';
          np.anon = true;
          np.index = page.index;
          np.mapcount = 1;
          np.anonExclusive = true;
          np.lru = 'lru';
          writeEntryRaw(m, ct, i, (val & ~(0xffffffffffn << 12n)) | (BigInt(np.pfn) << 12n));
          child.rssAnon++;
          return;
        }
        let nv = val;
        if (cow) nv &= ~_PAGE_RW;
        if (cow && nv !== val) writeEntryRaw(m, t, i, nv);
        writeEntryRaw(m, ct, i, nv & ~_PAGE_DIRTY);
        page.refcount++;
        page.mapcount++;
        page.anonExclusive = false;
        if (page.anon) child.rssAnon++;
        return;
      }
      if (d.kind === 'device-private') {
        const page = m.pages[d.pfn!];
        const soft = { softDirty: (val & _PAGE_SWP_SOFT_DIRTY) !== 0n };
        const nv = cow ? mkDevicePrivatePte(d.pfn!, false, soft) | (val & _PAGE_SWP_UFFD_WP) : val;
        if (nv !== val) writeEntryRaw(m, t, i, nv);
        writeEntryRaw(m, ct, i, nv);
        page.refcount++;
        page.mapcount++;
        page.anonExclusive = false;
        child.rssAnon++;
        return;
      }
      if (d.kind === 'migration') {
        // A writable migration entry becomes readable in both (COW after migration).
        const extra = { softDirty: (val & _PAGE_SWP_SOFT_DIRTY) !== 0n, uffdWp: (val & _PAGE_SWP_UFFD_WP) !== 0n };
        const nv = cow && d.mode !== 'read' ? mkMigrationPte(d.pfn!, 'read', extra) : val;
        if (nv !== val) writeEntryRaw(m, t, i, nv);
        writeEntryRaw(m, ct, i, nv);
        return;
      }
      fault('unsupported', `${who}: copying a ${d.kind} entry at ${hexn(addr)} is not modelled`);
    });
    if (cow) flushTlbAddr(m, parent.pid, v.start, v.end);
  }
  shmemFork(m, parent.pid, pid);
  return child;
}

/**
 * restore_exclusive_pte: the present pte a device-exclusive entry of pfn stood for — soft-dirty
 * and uffd-wp kept; writable and dirty in a VM_WRITE mapping unless uffd-wp protected.
 */
function restoredExclusivePte(pfn: number, entry: bigint, vmFlags: number): bigint {
  const uffdWp = (entry & _PAGE_SWP_UFFD_WP) !== 0n;
  const w = !uffdWp && (vmFlags & VM_WRITE) !== 0;
  return mkPresentPte(pfn, { softDirty: (entry & _PAGE_SWP_SOFT_DIRTY) !== 0n, uffdWp, write: w, dirty: w });
}

/** A page behind a device-exclusive entry of `mm` that is locked (fork waits for its lock first), if any. */
export function exclusiveLocked(m: MmModel, mm: MmState): number | undefined {
  for (const v of mm.vmas) {
    for (const s of populatedPtes(m, mm.pid, v.start, v.end)) {
      const val = readEntryRaw(s.table!, s.index);
      if (val === 0n || ptePresent(val)) continue;
      const d = decodePte(val);
      if (d.kind === 'device-exclusive' && m.pages[d.pfn!]?.locked) return d.pfn;
    }
  }
  return undefined;
}
