// get_user_pages and what kernel trees' built-in test drivers need around it (issue 12:
// hmm-tests' hmm_gup_test through the tree's own mm/gup_test.c): the page lookup of GUP
// (gup_try_grab, also behind kernel/mm/gup.c's pin_user_page for scenarios), the pin checks
// gup_test verifies (page_maybe_dma_pinned, is_longterm_pinnable_page), dump_page, ktime_get
// on the model's clock, kunmap_local's page lookup, and debugfs files as entries of the device registry under
// /sys/kernel/debug/<name> (kernel/compat/common/include/linux/debugfs.h).
//
// The lookup is the model's page-table walk of follow_page_pte: a present pte (writable for a
// write) gives the page and takes a reference, plus a pin for FOLL_PIN (the model counts pins
// in page.pins beside the refcount; Linux adds GUP_PIN_COUNTING_BIAS to the refcount of a
// small folio instead). Anything else is "fault it in" (1) for the C caller, which runs the
// fault path and asks again. FOLL_LONGTERM refuses device-coherent memory (is_pinnable_page:
// not longterm pinnable) and hands the caller a plain reference to migrate it out with (2).

import type { NativeCtx, NativeTable } from '../../c/native';
import { NULL, pagePtr, type Value } from '../../c/value';
import { pteTableFor, readEntryRaw } from '../pgtable';
import { decodePte, ptePresent, _PAGE_RW } from '../pte';
import { type MmModel, type MmState, tableIndex, VM_READ, VM_WRITE } from '../state';
import { touchPage } from '../dirty';
import { argC, driverState, readString, slot } from './driver-state';
import { argInt, argMm, argNum, argPage, fault, pageDown, pageName } from './util';

const EFAULT = 14n;
const EEXIST = -17n;
/** debugfs files get dev_t numbers of major 0 (unnamed, as debugfs inodes in Linux). */
const DEBUGFS_PREFIX = '/sys/kernel/debug/';

/**
 * GUP of one page of `mm` at `addr`: 0 with the page referenced (and pinned for `pin`), 1 if it
 * must be faulted in first, 2 for a longterm grab of device-coherent memory (referenced only,
 * for the caller to migrate it; with `refused` false not even that), -EFAULT when no vma
 * allows the access.
 */
export function gupGrab(m: MmModel, ctx: NativeCtx, mm: MmState, addr: number, write: boolean, pin: boolean, longterm: boolean, out: Value | undefined, refused = true): bigint {
  const v = mm.vmas.find((x) => addr >= x.start && addr < x.end);
  if (!v || (v.flags & VM_READ) === 0 || (write && (v.flags & VM_WRITE) === 0)) return -EFAULT;
  const t = pteTableFor(m, mm.pid, addr);
  const pte = t ? readEntryRaw(t, tableIndex(1, addr)) : 0n;
  if (!ptePresent(pte) || (write && (pte & _PAGE_RW) === 0n)) return 1n;
  const d = decodePte(pte);
  const page = m.pages[d.pfn!];
  if (!page) return -EFAULT;
  const coherent = longterm && page.zone === 'device-coherent';
  if (coherent && !refused) return 2n;
  if (pin && !coherent) page.pins++;
  page.refcount++;
  touchPage(m, page.pfn);
  if (out && typeof out === 'object' && out.t === 'p' && out.s !== 'null') ctx.store(out, pagePtr(page.pfn));
  return coherent ? 2n : 0n;
}

export function gupNatives(m: MmModel): NativeTable {
  return {
    gup_try_grab(ctx, args) {
      // int gup_try_grab(mm, addr, write, pin, longterm, struct page **pagep)
      const mm = argMm(m, 'gup_try_grab', args, 0);
      const addr = pageDown(argNum('gup_try_grab', args, 1));
      return gupGrab(m, ctx, mm, addr, argInt('gup_try_grab', args, 2) !== 0n, argInt('gup_try_grab', args, 3) !== 0n, argInt('gup_try_grab', args, 4) !== 0n, args[5]);
    },
    page_maybe_dma_pinned(ctx, args) {
      // bool page_maybe_dma_pinned(struct page *page): pinned by FOLL_PIN (exact in the model)
      return argPage(m, 'page_maybe_dma_pinned', args, 0).pins > 0 ? 1n : 0n;
    },
    is_longterm_pinnable_page(ctx, args) {
      // bool is_longterm_pinnable_page(struct page *page): not device-coherent memory (the
      // model has no CMA or ZONE_MOVABLE); the zero page is pinnable, as in Linux.
      return argPage(m, 'is_longterm_pinnable_page', args, 0).zone === 'device-coherent' ? 0n : 1n;
    },
    dump_page(ctx, args) {
      // void dump_page(struct page *page, const char *reason): a description in the run's warnings
      const page = argPage(m, 'dump_page', args, 0);
      const reason = args[1] && typeof args[1] === 'object' && args[1].t === 'p' && args[1].s !== 'null' ? readString(ctx, 'dump_page', args[1]) : '';
      ctx.warn(`dump_page: ${pageName(page)} refcount:${page.refcount} mapcount:${page.mapcount} pins:${page.pins} zone:${page.zone}${reason ? ` (${reason})` : ''}`);
    },
    ktime_get() {
      // ktime_t ktime_get(void): the model's clock in ns; each read moves it on by 1 ns, as
      // clock_gettime does (user-time.ts), so two reads are ordered.
      m.clockNs = (m.clockNs ?? 0) + 1;
      return BigInt(m.clockNs);
    },
    kmap_window_page(ctx, args) {
      // struct page *kmap_window_page(const void *win): the page whose kmap window win is
      // (kunmap_local takes the address, kunmap the page: compat linux/highmem.h).
      const win = args[0];
      const kmaps = driverState(m).kmaps ?? {};
      for (const [pfn, w] of Object.entries(kmaps)) {
        if (w && win && typeof w === 'object' && typeof win === 'object' && w.t === 'p' && win.t === 'p' && w.s === win.s && w.b === win.b && w.i === win.i) return pagePtr(Number(pfn));
      }
      fault('bad-call', 'kunmap_local: the address is not a kmap_local_page mapping');
    },
    mmstep_debugfs_register(ctx, args) {
      // int mmstep_debugfs_register(const char *name, struct cdev *cdev)
      const name = readString(ctx, 'mmstep_debugfs_register', args[0]);
      const cdev = argC('mmstep_debugfs_register', args, 1, 'struct cdev');
      if (!name || name.includes('/')) fault('bad-call', `debugfs_create_file: "${name}" needs a parent directory, which the model does not have`);
      const d = driverState(m);
      const path = DEBUGFS_PREFIX + name;
      if (d.devices.some((e) => e.name === path)) return EEXIST;
      const minor = d.devices.filter((e) => e.name.startsWith(DEBUGFS_PREFIX)).length;
      d.devices.push({ devt: minor, name: path, cdev, fops: ctx.load(slot(cdev, 1)) });
      return 0n;
    },
    mmstep_debugfs_unregister(ctx, args) {
      const cdev = argC('mmstep_debugfs_unregister', args, 0, 'struct cdev');
      const d = driverState(m);
      const i = d.devices.findIndex((e) => e.name.startsWith(DEBUGFS_PREFIX) && e.cdev !== NULL && typeof e.cdev === 'object' && e.cdev.t === 'p' && e.cdev.b === cdev.b && e.cdev.i === cdev.i);
      if (i >= 0) d.devices.splice(i, 1);
    },
  };
}
