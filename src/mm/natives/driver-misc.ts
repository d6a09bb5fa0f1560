// The rest of what a kernel tree's driver (lib/test_hmm.c) calls beyond kernel/'s API
// (kernel/include/linux/driver_misc.h): freeing and allocating pages in its forms, mm
// references, the jiffies counter and the task `current` stands for. What the model cannot do
// yet stops the run at the call with the reason, instead of pretending. vm_insert_page maps a
// driver's own page into a user vma (its ->mmap, file-mmap.ts) as mm/memory.c insert_page
// does. memcpy_from_page / memcpy_to_page copy a page's bytes (user-memory.ts) to and from a
// byte buffer in C memory; kmap / kunmap (a window of the page's bytes) and copy_to_user /
// copy_from_user are C over them (driver_misc.h); the natives here only remember which window
// belongs to which page.

import { SimFault, type NativeTable } from '../../c/native';
import { byteRunReader, byteRunWriter, SCHAR } from '../../c/c-bytes';
import { isPtr, objPtr, type Ptr, type Value } from '../../c/value';
import { readPageSpan, writePageSpan } from '../page-bytes';
import { touchPage as touch } from '../dirty';
import type { MmModel } from '../state';
import { driverState } from './driver-state';
import { legacyNatives } from './legacy';
import { pageNatives } from './page';
import { argInt, argMm, argNum, argPage, argVma, bool, fault, hexn, pageName } from './util';
import { blocked } from '../../c/native';
import { pteTableFor, readEntryRaw, writeEntryRaw } from '../pgtable';
import { vmPageProt } from '../memory';
import { NO_TID, tableIndex, ZERO_PFN } from '../state';
import { spinKey } from './pgtable';
import { VM_MIXEDMAP, VM_PFNMAP } from './file-mmap';

function notModelled(fn: string, why: string): never {
  throw new SimFault('unsupported', `${fn}: ${why}`);
}

const PAGE_SIZE = 4096;
const EFAULT = 14n;
const EBUSY = 16n;
const EINVAL = 22n;

/** A pointer to a byte buffer in C memory (one slot per byte: a char / u8 array). */
function byteBuffer(fn: string, v: Value | undefined): Ptr {
  if (v === undefined || !isPtr(v) || v.s === 'null') fault('null-deref', `${fn}: NULL buffer`);
  if (v.s !== 'c') fault('unsupported', `${fn}: the buffer is not C memory (${v.s === 'u' ? 'a user address: use copy_to_user / copy_from_user' : v.s})`);
  return v;
}

/** offset and len inside one page. */
function pageRange(fn: string, o: Value | undefined, l: Value | undefined): { off: number; len: number } {
  const off = typeof o === 'bigint' ? Number(BigInt.asUintN(64, o)) : NaN;
  const len = typeof l === 'bigint' ? Number(BigInt.asUintN(64, l)) : NaN;
  if (!(off >= 0 && len >= 0 && off + len <= PAGE_SIZE)) fault('bad-call', `${fn}: offset ${o} + length ${l} is not inside one page`);
  return { off, len };
}

export function driverMiscNatives(m: MmModel): NativeTable {
  const pages = pageNatives(m);
  const legacy = legacyNatives(m);
  return {
    __free_page(ctx, args) {
      // __free_pages(page, 0): drop the allocation's reference; the page is freed at zero.
      argPage(m, '__free_page', args, 0);
      return pages.put_page(ctx, args);
    },
    alloc_page_vma(ctx, args) {
      argInt('alloc_page_vma', args, 0);
      argVma(m, 'alloc_page_vma', args, 1);
      return legacy.alloc_page(ctx, [args[0]]);
    },
    vm_insert_page(ctx, args) {
      // int vm_insert_page(vma, addr, page): a driver's own page at addr (its ->mmap).
      const { mm, vma } = argVma(m, 'vm_insert_page', args, 0);
      const addr = argNum('vm_insert_page', args, 1);
      const page = argPage(m, 'vm_insert_page', args, 2);
      if (addr < vma.start || addr >= vma.end) return -EFAULT;
      if (!(vma.flags & VM_MIXEDMAP)) {
        if (vma.flags & VM_PFNMAP) fault('bug-on', `vm_insert_page: the vma ${hexn(vma.start)}-${hexn(vma.end)} is VM_PFNMAP`);
        vma.flags |= VM_MIXEDMAP;
      }
      // validate_page_before_insert: a page somebody holds, not anonymous.
      if (page.refcount === 0 || page.anon) return -EINVAL;
      if (page.pfn === ZERO_PFN) notModelled('vm_insert_page', 'inserting the shared zero page is not modelled');
      if (page.zone === 'device-private') fault('bad-call', `vm_insert_page: ${pageName(page)} is device-private memory, which no present pte can map`);
      // get_locked_pte: the pte table (allocated), under its PTL.
      const va = addr - (addr % PAGE_SIZE);
      const t = pteTableFor(m, mm.pid, va, true);
      if (!t) fault('model', `vm_insert_page: no page table for ${hexn(va)}`);
      const ptl = m.objs[t.ptl];
      if (ptl && ptl.kind === 'spinlock' && ptl.holder !== NO_TID) {
        if (ptl.holder === ctx.tid) fault('deadlock', `vm_insert_page: the caller holds the page-table lock of ${hexn(va)}`);
        return blocked(spinKey(t.ptl), 'vm_insert_page: page-table lock');
      }
      const i = tableIndex(1, va);
      if (readEntryRaw(t, i) !== 0n) return -EBUSY;
      // insert_page_into_pte_locked: a reference and a file rmap for the pte, mk_pte with
      // vm_page_prot (read-only unless the mapping is shared and writable).
      page.refcount++;
      page.mapcount++;
      writeEntryRaw(m, t, i, (BigInt(page.pfn) << 12n) | vmPageProt(vma.flags));
      return 0n;
    },
    kmap_window_set(ctx, args) {
      // void kmap_window_set(struct page *page, char *win): kmap's window, until kunmap.
      const page = argPage(m, 'kmap_window_set', args, 0);
      const win = byteBuffer('kmap_window_set', args[1]);
      const d = driverState(m);
      d.kmaps ??= {};
      if (d.kmaps[page.pfn] !== undefined) fault('unsupported', `kmap: pfn ${page.pfn} is already mapped (a nested kmap of one page is not modelled)`);
      d.kmaps[page.pfn] = win;
    },
    kmap_window_take(ctx, args) {
      // char *kmap_window_take(struct page *page): the window kmap made, forgotten.
      const page = argPage(m, 'kunmap', args, 0);
      const d = driverState(m);
      const win = d.kmaps?.[page.pfn];
      if (win === undefined) fault('bad-call', `kunmap: pfn ${page.pfn} was not mapped by kmap`);
      delete d.kmaps![page.pfn];
      return win;
    },
    memcpy_from_page(ctx, args) {
      // void memcpy_from_page(char *to, struct page *page, size_t offset, size_t len)
      const to = byteBuffer('memcpy_from_page', args[0]);
      const page = argPage(m, 'memcpy_from_page', args, 1);
      const { off, len } = pageRange('memcpy_from_page', args[2], args[3]);
      const run = ctx.byteRun?.(to, len);
      if (run && !run.r.ro) {
        // A char buffer: the page's words straight into its byte slots.
        readPageSpan(page, off, len, byteRunWriter(run), 0);
        return;
      }
      const q: Ptr = { ...to };
      readPageSpan(page, off, len, (k, b) => {
        q.i = to.i + k;
        ctx.store(q, SCHAR[b]);
      }, 0);
    },
    memcpy_to_page(ctx, args) {
      // void memcpy_to_page(struct page *page, size_t offset, const char *from, size_t len)
      const page = argPage(m, 'memcpy_to_page', args, 0);
      const from = byteBuffer('memcpy_to_page', args[2]);
      const { off, len } = pageRange('memcpy_to_page', args[1], args[3]);
      const run = ctx.byteRun?.(from, len);
      let get: (k: number) => number;
      if (run) get = byteRunReader(run, len, 'memcpy_to_page');
      else {
        // Slot by slot, every byte checked before the page changes.
        const q: Ptr = { ...from };
        const bytes: number[] = [];
        for (let k = 0; k < len; k++) {
          q.i = from.i + k;
          const b = ctx.load(q);
          if (typeof b !== 'bigint') fault('uninitialized', `memcpy_to_page: byte ${k} of the source is not an initialized byte`);
          bytes.push(Number(BigInt.asUintN(8, b)));
        }
        get = (k) => bytes[k];
      }
      writePageSpan(page, off, len, get, 0);
      touch(m, page.pfn);
    },
    mmget_not_zero(ctx, args) {
      // mm_users is not counted: a process of the model is alive until it is torn down.
      return bool(!argMm(m, 'mmget_not_zero', args, 0).dying);
    },
    mmput(ctx, args) {
      argMm(m, 'mmput', args, 0);
    },
    get_jiffies_64() {
      // No wall clock: time advances one tick per read, so timeouts end after finite work.
      return BigInt(++driverState(m).jiffies);
    },
    current_task_mm() {
      const d = driverState(m);
      if (d.currentPid !== undefined && m.mms[d.currentPid]) return objPtr(m.mms[d.currentPid].obj);
      const pids = Object.keys(m.mms);
      if (pids.length === 1) return objPtr(m.mms[Number(pids[0])].obj);
      fault('unsupported', `current->mm: the model has ${pids.length} processes and no current task was set (mmstep_set_current_mm)`);
    },
    set_current_task_mm(ctx, args) {
      driverState(m).currentPid = argMm(m, 'set_current_task_mm', args, 0).pid;
    },
  };
}
