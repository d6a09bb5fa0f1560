// The rest of what a kernel tree's driver (lib/test_hmm.c) calls beyond kernel/'s API
// (kernel/include/linux/driver_misc.h): freeing and allocating pages in its forms, mm
// references, the jiffies counter and the task `current` stands for. What the model cannot do
// yet stops the run at the call with the reason, instead of pretending: page contents as bytes
// in C memory (kmap, memcpy_from_page) and user copies (copy_to_user / copy_from_user, which
// need the user address space of issue 12 item 1).

import { SimFault, type NativeTable } from '../../c/native';
import { objPtr } from '../../c/value';
import type { MmModel } from '../state';
import { driverState } from './driver-state';
import { legacyNatives } from './legacy';
import { pageNatives } from './page';
import { argInt, argMm, argPage, argVma, bool, fault } from './util';

function notModelled(fn: string, why: string): never {
  throw new SimFault('unsupported', `${fn}: ${why}`);
}

const BYTES = 'page contents are one value per page in the model, not bytes that C memory can map or copy';
const USER = 'user-space copies need user virtual addresses (issue 12 item 1), which this build does not have yet';

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
    kmap(ctx, args) {
      argPage(m, 'kmap', args, 0);
      notModelled('kmap', BYTES);
    },
    kunmap(ctx, args) {
      argPage(m, 'kunmap', args, 0);
      notModelled('kunmap', BYTES);
    },
    memcpy_from_page(ctx, args) {
      argPage(m, 'memcpy_from_page', args, 1);
      notModelled('memcpy_from_page', BYTES);
    },
    memcpy_to_page(ctx, args) {
      argPage(m, 'memcpy_to_page', args, 0);
      notModelled('memcpy_to_page', BYTES);
    },
    copy_to_user() {
      notModelled('copy_to_user', USER);
    },
    copy_from_user() {
      notModelled('copy_from_user', USER);
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
