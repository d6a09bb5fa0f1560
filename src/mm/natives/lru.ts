// LRU natives: isolating a page from its LRU list for migration, putting it back, and draining
// the per-CPU LRU add batches. A page that was just faulted in sits in its CPU's add batch (not
// PG_lru yet, the batch holding one reference) until a drain moves it onto the LRU; isolation
// fails for it — the reason the migration code drains first.

import type { NativeTable } from '../../c/native';
import type { MmModel, PageState } from '../state';
import { getRef, putRef } from './page';
import { argPage, fault, mightSleep, pageName } from './util';

/** errno value, as the kernel returns it (negative). */
const EBUSY = 16n;

/**
 * Pages a CPU's LRU add batch holds (PAGEVEC_SIZE, include/linux/pagevec.h): 15 in 6.1 (and
 * still in 6.6), 31 in 6.12 and mainline, the model's default when no tree says otherwise.
 * The supported trees are 6.1 and 6.12 (docs/kernel-api.md); a version before 6.12 gets 15.
 */
export function lruBatchCapacity(m: MmModel): number {
  const k = m.x86Kernel;
  if (!k) return 31;
  return k.major > 6 || (k.major === 6 && k.minor >= 12) ? 31 : 15;
}

/**
 * Queue `page` on `cpu`'s add batch, as folio_add_lru does (it holds a reference until the
 * drain); a batch left with no space is moved onto the LRU at once, the last page with it —
 * both 6.1 and 6.12 drain when folio_batch_add returns no space left.
 */
export function addToBatch(m: MmModel, cpu: number, page: PageState, fn: string): void {
  const batch = m.lruBatch[cpu];
  if (!batch) fault('model', `${fn}: CPU ${cpu} does not exist (the model has ${m.cpus} CPU(s))`);
  page.lru = 'batch';
  page.batchCpu = cpu;
  page.refcount++;
  batch.push(page.pfn);
  if (batch.length >= lruBatchCapacity(m)) drainCpu(m, cpu, fn);
}

/** Move every page of `cpu`'s add batch onto the LRU, dropping the batch references. */
export function drainCpu(m: MmModel, cpu: number, fn: string): void {
  const batch = m.lruBatch[cpu];
  if (!batch) fault('model', `${fn}: CPU ${cpu} does not exist (the model has ${m.cpus} CPU(s))`);
  m.lruBatch[cpu] = [];
  for (const pfn of batch) {
    const page = m.pages[pfn];
    if (!page || page.freed) fault('model', `${fn}: the LRU batch of CPU ${cpu} holds freed pfn 0x${pfn.toString(16)}`);
    page.lru = 'lru';
    page.batchCpu = -1;
    putRef(m, page, fn);
  }
}

export function lruNatives(m: MmModel): NativeTable {
  return {
    isolate_lru_page(ctx, args) {
      // 2016 convention: 0 on success, -EBUSY when the page is not on an LRU list.
      const page = argPage(m, 'isolate_lru_page', args, 0);
      if (page.refcount <= 0) fault('bug-on', `isolate_lru_page: ${pageName(page)} has no reference held by the caller`);
      if (page.lru !== 'lru') return -EBUSY;
      page.lru = 'isolated';
      page.isolatedBy = ctx.tid;
      getRef(page, 'isolate_lru_page');
      return 0n;
    },
    putback_lru_page(ctx, args) {
      const page = argPage(m, 'putback_lru_page', args, 0);
      if (page.lru !== 'isolated') fault('model', `putback_lru_page: ${pageName(page)} is not isolated (it is ${describeLru(page)})`);
      checkIsolator(page, ctx.tid, 'putback_lru_page');
      delete page.isolatedBy;
      page.lru = 'lru';
      putRef(m, page, 'putback_lru_page');
    },
    lru_add_drain(ctx) {
      drainCpu(m, ctx.cpu, 'lru_add_drain');
    },
    lru_add_drain_all(ctx) {
      // Schedules work on every CPU and waits for it: may sleep.
      mightSleep(m, ctx, 'lru_add_drain_all');
      for (let cpu = 0; cpu < m.cpus; cpu++) drainCpu(m, cpu, 'lru_add_drain_all');
    },
  };
}

function describeLru(p: PageState): string {
  switch (p.lru) {
    case 'lru':
      return 'on the LRU';
    case 'batch':
      return `in CPU ${p.batchCpu}'s LRU add batch`;
    case 'isolated':
      return 'isolated';
    default:
      return 'not on any LRU';
  }
}

/** Only the isolator may put a page back: the isolation reference is its own. */
export function checkIsolator(page: PageState, tid: number, fn: string): void {
  if (page.isolatedBy !== undefined && page.isolatedBy !== tid) {
    const who = page.isolatedBy === 0 ? 'someone outside the simulation (reclaim, compaction)' : `thread ${page.isolatedBy}`;
    fault('model', `${fn}: ${pageName(page)} was isolated by ${who}, not by this thread: putting it back drops a reference this thread does not own`);
  }
}
