// Device memory of a kernel tree's driver (lib/test_hmm.c's chunks): request_free_mem_region's
// free physical range and memremap_pages() on the driver's own struct dev_pagemap
// (kernel/include/linux/devmem_region.h). The pages become the model's ZONE_DEVICE pages, as
// memremap_device_pages() makes them for kernel/'s driver (device.ts): free (refcount 0, the
// rule since 6.2; 6.1's free device pages also wait for zone_device_page_init), in a pool the
// view shows; but the pgmap a page names is the driver's C struct (page->pgmap), so the driver
// finds its chunk from it with container_of, as in Linux.
//
// The struct is read by position (kernel/compat/common/include/linux/memremap.h): type, flags,
// vmemmap_shift, ops, owner, nr_range, range.start, range.end.

import type { NativeCtx, NativeTable } from '../../c/native';
import { NULL, isPtr, objPtr, type Ptr, type Value } from '../../c/value';
import { MAX_DEVICE_PAGES, pagesAsSize } from '../limits';
import { allocId, newPage, type MmModel, type PgmapObj } from '../state';
import { MEMORY_DEVICE_COHERENT, MEMORY_DEVICE_PRIVATE } from './device';
import { argC, cKey, driverState, loadInt, readString, slot } from './driver-state';
import { argNum, fault, hexn } from './util';

const PAGE = 4096;

/** The model pgmap memremap_pages made from the C struct p, or undefined. */
export function pgmapOfC(m: MmModel, p: Ptr): { id: number; pg: PgmapObj } | undefined {
  for (const [k, o] of Object.entries(m.objs)) {
    if (o.kind === 'pgmap' && o.cpgmap && isPtr(o.cpgmap) && o.cpgmap.s === 'c' && cKey(o.cpgmap) === cKey(p)) return { id: Number(k), pg: o };
  }
  return undefined;
}

function readPgmap(ctx: NativeCtx, fn: string, p: Ptr) {
  const field = (k: number, name: string) => loadInt(ctx, fn, slot(p, k), `pgmap->${name}`);
  return {
    type: field(0, 'type'),
    ops: ctx.load(slot(p, 3)),
    owner: ctx.load(slot(p, 4)),
    nrRange: field(5, 'nr_range'),
    start: Number(BigInt.asUintN(64, field(6, 'range.start'))),
    end: Number(BigInt.asUintN(64, field(7, 'range.end'))),
  };
}

export function driverDevmemNatives(m: MmModel): NativeTable {
  return {
    mem_region_request_free(ctx, args) {
      const size = argNum('mem_region_request_free', args, 0);
      const name = readString(ctx, 'mem_region_request_free', args[1]);
      const res: Value = args[2] ?? NULL;
      if (size === 0 || size % PAGE) fault('bad-call', `request_free_mem_region: size ${hexn(size)} is not a whole number of pages`);
      const d = driverState(m);
      const start = d.nextRegionPfn * PAGE;
      d.nextRegionPfn += size / PAGE;
      d.memRegions.push({ start, size, name, res });
      return BigInt(start);
    },
    mem_region_release(ctx, args) {
      const start = argNum('mem_region_release', args, 0);
      const size = argNum('mem_region_release', args, 1);
      const d = driverState(m);
      const i = d.memRegions.findIndex((r) => r.start === start && r.size === size);
      if (i < 0) fault('bad-call', `release_mem_region: no region ${hexn(start)} of ${hexn(size)} bytes is reserved`);
      const [r] = d.memRegions.splice(i, 1);
      return r.res;
    },
    memremap_pages(ctx, args) {
      const p = argC('memremap_pages', args, 0, 'struct dev_pagemap');
      const g = readPgmap(ctx, 'memremap_pages', p);
      if (g.type !== MEMORY_DEVICE_PRIVATE && g.type !== MEMORY_DEVICE_COHERENT) {
        fault('unsupported', `memremap_pages: pgmap type ${g.type} is not modelled (MEMORY_DEVICE_PRIVATE and MEMORY_DEVICE_COHERENT are)`);
      }
      if (g.nrRange !== 1n) fault('unsupported', `memremap_pages: nr_range ${g.nrRange} (the model maps one range)`);
      if (g.start % PAGE || (g.end + 1) % PAGE || g.end < g.start) fault('bad-call', `memremap_pages: range ${hexn(g.start)}-${hexn(g.end)} is not page aligned`);
      if (!isPtr(g.ops) || g.ops.s === 'null') fault('bad-call', 'memremap_pages: a device pagemap needs ops (page_free, migrate_to_ram)');
      if (pgmapOfC(m, p)) fault('bad-call', 'memremap_pages: this dev_pagemap is already mapped');
      const firstPfn = g.start / PAGE;
      const npages = (g.end + 1 - g.start) / PAGE;
      const private_ = g.type === MEMORY_DEVICE_PRIVATE;
      if (private_ && !driverState(m).memRegions.some((r) => g.start >= r.start && g.end < r.start + r.size)) {
        fault('bad-call', `memremap_pages: MEMORY_DEVICE_PRIVATE range ${hexn(g.start)}-${hexn(g.end)} was not reserved with request_free_mem_region`);
      }
      for (let k = 0; k < npages; k++) {
        if (m.pages[firstPfn + k]) fault('bad-call', `memremap_pages: pfn ${hexn(firstPfn + k)} already has a struct page`);
      }
      const pooled = Object.values(m.objs).reduce((n, o) => n + (o.kind === 'pgmap' ? o.npages : 0), 0);
      if (pooled + npages > MAX_DEVICE_PAGES) {
        fault('bad-call', `memremap_pages: ${npages.toLocaleString('en-US')} pages would make ${(pooled + npages).toLocaleString('en-US')} device pages, more than the limit of ${MAX_DEVICE_PAGES.toLocaleString('en-US')} (${pagesAsSize(MAX_DEVICE_PAGES)})`);
      }
      const id = allocId(m);
      const ndev = Object.values(m.objs).filter((o) => o.kind === 'pgmap').length;
      const zone = private_ ? 'device-private' : 'device-coherent';
      const pg: PgmapObj = { kind: 'pgmap', name: `dev${ndev}`, type: zone, owner: g.owner, ops: g.ops, firstPfn, npages, free: [], failNext: false, cpgmap: p };
      // ops->page_free (struct dev_pagemap_ops slot 1, compat linux/memremap.h): the driver's C
      // gets each page whose last reference goes (page-free-calls.ts).
      const pageFree = ctx.load(slot(g.ops, 1));
      if (typeof pageFree === 'object' && pageFree.t === 'f') pg.pageFree = pageFree.name;
      m.objs[id] = pg;
      for (let k = 0; k < npages; k++) {
        const pfn = firstPfn + k;
        m.pages[pfn] = newPage(pfn, { zone, owner: pg.name, freed: true, pgmap: id, pristine: true, inPool: true });
      }
      for (let k = npages - 1; k >= 0; k--) pg.free.push(firstPfn + k);
      return objPtr(id);
    },
    memunmap_pages(ctx, args) {
      const p = argC('memunmap_pages', args, 0, 'struct dev_pagemap');
      const found = pgmapOfC(m, p);
      if (!found) fault('bad-call', 'memunmap_pages: this dev_pagemap was not mapped by memremap_pages');
      const { id, pg } = found;
      for (let k = 0; k < pg.npages; k++) {
        const page = m.pages[pg.firstPfn + k];
        if (page && !page.freed) fault('bug-on', `memunmap_pages: device page pfn ${hexn(page.pfn)} is still in use (refcount ${page.refcount})`);
      }
      for (let k = 0; k < pg.npages; k++) delete m.pages[pg.firstPfn + k];
      delete m.objs[id];
    },
  };
}
