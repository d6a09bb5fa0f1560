// The rest of what a kernel tree's driver (lib/test_hmm.c) calls beyond kernel/'s API
// (kernel/include/linux/driver_misc.h): freeing and allocating pages in its forms, mm
// references, the jiffies counter and the task `current` stands for. What the model cannot do
// yet stops the run at the call with the reason, instead of pretending. memcpy_from_page /
// memcpy_to_page copy a page's bytes (user-memory.ts) to and from a byte buffer in C memory;
// kmap / kunmap (a window of the page's bytes) and copy_to_user / copy_from_user are C over
// them (driver_misc.h); the natives here only remember which window belongs to which page.

import { SimFault, type NativeTable } from '../../c/native';
import { SCHAR } from '../../c/c-bytes';
import { isPtr, objPtr, type Ptr, type Value } from '../../c/value';
import { readPageByte, writePageBytes } from '../user-memory';
import { touchPage as touch } from '../dirty';
import type { MmModel } from '../state';
import { driverState } from './driver-state';
import { legacyNatives } from './legacy';
import { pageNatives } from './page';
import { argInt, argMm, argPage, argVma, bool, fault } from './util';

function notModelled(fn: string, why: string): never {
  throw new SimFault('unsupported', `${fn}: ${why}`);
}

const PAGE_SIZE = 4096;

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
    vm_insert_page() {
      notModelled('vm_insert_page', 'mapping a driver\'s pages into a user vma (the driver\'s mmap) is not modelled');
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
      const q: Ptr = { ...to };
      for (let k = 0; k < len; k++) {
        q.i = to.i + k;
        ctx.store(q, SCHAR[readPageByte(page, off + k)]);
      }
    },
    memcpy_to_page(ctx, args) {
      // void memcpy_to_page(struct page *page, size_t offset, const char *from, size_t len)
      const page = argPage(m, 'memcpy_to_page', args, 0);
      const from = byteBuffer('memcpy_to_page', args[2]);
      const { off, len } = pageRange('memcpy_to_page', args[1], args[3]);
      const q: Ptr = { ...from };
      for (let k = 0; k < len; k++) {
        q.i = from.i + k;
        const b = ctx.load(q);
        if (typeof b !== 'bigint') fault('uninitialized', `memcpy_to_page: byte ${k} of the source is not an initialized byte`);
        writePageBytes(page, off + k, 1, BigInt.asUintN(8, b));
      }
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
