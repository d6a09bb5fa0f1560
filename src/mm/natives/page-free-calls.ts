// A device page's last reference runs its driver's C page_free (issue 12: lib/test_hmm.c's
// dmirror_devmem_free frees the backing system page of a device-private page and puts the
// device page back on the driver's own free list). Linux calls pgmap->ops->page_free from
// free_zone_device_folio, inside the put_page that dropped the last reference.
//
// Why deferred to the end of the native: the reference can be dropped deep inside any native
// (put_page, a zap in munmap, migrate_device_finalize's natives), which cannot call C in the
// middle. So putRef queues the page (device.ts devicePageFree, for pgmaps whose ops->page_free
// is a C function), and every native is wrapped: when it returns with pages queued, its value
// is kept in the model and the wrapper answers with an upcall of page_free(page) for each in
// turn (the machine runs the C as a frame above the call and calls the native again), then
// gives the kept value. The C runs before the native's caller goes on, in the same thread,
// as in Linux; only its place inside the native differs. The queue and the kept value are plain
// data on the model, so snapshots, the undo journal and time travel carry them.
//
// Natives the C of page_free itself calls (spin_lock, __free_page, …) are told apart from the
// re-call by the native's name and arguments, and they see an empty queue (the pages of the
// outer call are held with its value), so nothing nests.

import { upcall, type NativeImpl } from '../../c/native';
import { pagePtr, type Value } from '../../c/value';
import type { MmModel } from '../state';

declare module '../state' {
  interface MmModel {
    /** Device pages whose last reference went, waiting for their driver's C page_free. */
    pageFrees?: number[];
    /** Per thread: a native that returned with page_free calls to make, its value and the queue. */
    pageFreeCalls?: Record<number, { key: string; value: Value | undefined; pfns: number[]; at?: number }>;
  }
  interface PageState {
    /** Its driver's page_free is running on it: natives may look at the freed page. */
    freeing?: boolean;
  }
  interface PgmapObj {
    /** The C function ops->page_free points at (a tree driver's dev_pagemap_ops). */
    pageFree?: string;
  }
}

/** Queue `pfn` for its pgmap's C page_free. */
export function queuePageFree(m: MmModel, pfn: number): void {
  (m.pageFrees ??= []).push(pfn);
}

function callKey(name: string, args: Value[]): string {
  let k = name;
  for (const a of args) k += typeof a === 'bigint' ? `,${a}` : typeof a === 'object' ? `,${a.t}${'s' in a ? a.s : ''}${'b' in a ? a.b : ''}:${'i' in a ? a.i : ''}${'name' in a ? a.name : ''}` : ',?';
  return k;
}

/** A plain value (or none): the native is done, not waiting, trapping or calling C. */
function done(v: unknown): boolean {
  return v === undefined || typeof v === 'bigint' || (typeof v === 'object' && v !== null && ((v as { t: string }).t === 'p' || (v as { t: string }).t === 'f' || (v as { t: string }).t === 'u'));
}

/** `impl` (native `name`) with the page_free calls of the pages it freed made before it returns. */
export function withPageFrees(m: MmModel, name: string, impl: NativeImpl): NativeImpl {
  return (ctx, args) => {
    const held = m.pageFreeCalls?.[ctx.tid];
    let call: { key: string; value: Value | undefined; pfns: number[]; at?: number };
    if (held !== undefined && held.key === callKey(name, args)) {
      call = held;
    } else {
      const r = impl(ctx, args);
      if (m.pageFrees === undefined || m.pageFrees.length === 0 || !done(r)) return r;
      if (held !== undefined) return r; // inside another native's page_free: its own frees wait for it
      call = { key: callKey(name, args), value: r as Value | undefined, pfns: m.pageFrees };
      m.pageFrees = [];
      (m.pageFreeCalls ??= {})[ctx.tid] = call;
    }
    if (call.at !== undefined) {
      delete m.pages[call.at].freeing;
      delete call.at;
    }
    const pfn = call.pfns.shift();
    if (pfn === undefined) {
      delete m.pageFreeCalls![ctx.tid];
      return call.value;
    }
    const pg = m.objs[m.pages[pfn]?.pgmap ?? -1];
    const fn = pg?.kind === 'pgmap' ? pg.pageFree : undefined;
    if (fn === undefined) return withPageFrees(m, name, impl)(ctx, args);
    call.at = pfn;
    m.pages[pfn].freeing = true;
    return upcall(fn, [pagePtr(pfn)]);
  };
}
