// ModelMemory for the interpreter: how C reaches model objects through pointers. Field reads on
// `struct vm_area_struct` / `struct mm_struct` / `struct page` pointers, `*ptep` reads and writes
// of page-table entries (any level), bounds for pointer arithmetic on pte pointers, the freed
// check and readable descriptions for the debugger.

import type { ModelMemory } from '../c/native';
import { SimFault } from '../c/native';
import { NULL, objPtr, type Ptr, type Value } from '../c/value';
import { MEMORY_DEVICE_COHERENT, MEMORY_DEVICE_PRIVATE } from './natives/device';
import { readEntryRaw, writeEntryRaw } from './pgtable';
import { formatPte, _PAGE_PRESENT, _PAGE_RW, _PAGE_USER, _PAGE_ACCESSED } from './pte';
import { entryAddr, MmModel, NO_TID, PTRS_PER_TABLE, VM_SHARED, VM_WRITE, vmaFlagNames } from './state';
import { hexn, levelName, markFlux, pageSummary, pfnOfEntry } from './natives/util';
import { journaledCall } from './undo-membrane';
import { createUserMemory } from './user-memory';

function fault(kind: ConstructorParameters<typeof SimFault>[0], msg: string): never {
  throw new SimFault(kind, msg);
}

/** vma->vm_page_prot: private writable mappings start read-only (write comes from the fault). */
export function vmPageProt(flags: number): bigint {
  let prot = _PAGE_PRESENT | _PAGE_USER | _PAGE_ACCESSED;
  if (flags & VM_SHARED && flags & VM_WRITE) prot |= _PAGE_RW;
  return prot;
}

/** page->pgmap: the driver's C struct dev_pagemap if memremap_pages mapped one, else the
 *  model's pgmap object. */
function devicePgmapPtr(m: MmModel, id: number): Value {
  const o = m.objs[id];
  return o && o.kind === 'pgmap' && o.cpgmap ? o.cpgmap : objPtr(id);
}

export function createModelMemory(m: MmModel): ModelMemory {
  const table = (p: Ptr, what: string) => {
    const t = p.s === 'pt' ? m.tables[p.b] : undefined;
    if (!t) fault('bad-call', `${what}: not a page-table entry pointer`);
    if (!Number.isInteger(p.i) || p.i < 0 || p.i >= PTRS_PER_TABLE) {
      fault('out-of-bounds', `${what}: ${levelName(t.level)}[${p.i}] is outside its table (0..${PTRS_PER_TABLE - 1})`);
    }
    return t;
  };

  const mem: ModelMemory = {
    readField(p: Ptr, struct: string, field: string): Value {
      if (p.s === 'null') fault('null-deref', `NULL pointer dereference reading ${struct}.${field}`);
      if (p.s === 'page') {
        const page = m.pages[p.b];
        if (!page) fault('model', `no struct page for pfn ${hexn(p.b)}`);
        // A free ZONE_DEVICE page's struct page stays the driver's until memunmap_pages: a
        // kernel tree's driver keeps its free list in zone_device_data (lib/test_hmm.c).
        if (page.freed && !(page.pgmap >= 0 && (field === 'zone_device_data' || field === 'pgmap'))) {
          fault('use-after-free', `reading ${field} of freed page pfn ${hexn(page.pfn)}`);
        }
        if (field === 'index') return BigInt(page.index);
        if (field === 'zone_device_data') return page.zoneDeviceData ?? NULL;
        // Kernel trees' files read these directly (compat struct page); pgmap as page_pgmap(),
        // or the driver's own struct dev_pagemap when memremap_pages mapped it (driver-devmem.ts);
        // mapping only as NULL or not: an anon_vma / address_space is not a model object.
        if (field === 'pgmap') return page.pgmap >= 0 ? devicePgmapPtr(m, page.pgmap) : NULL;
        if (field === 'mapping' && page.mapping === 'none') return NULL;
        // Non-NULL: a pointer to no model object (dereferencing it faults as "no model object").
        if (field === 'mapping') return { t: 'p', s: 'obj', b: -1 - page.pfn, i: 0 };
        fault('unsupported', `struct page field '${field}' is not modelled; use the accessor (page_count, PageLocked, page_mapping, ...)`);
      }
      if (p.s !== 'obj') fault('bad-call', `${struct}.${field}: pointer does not point at a model object`);
      const o = m.objs[p.b];
      if (!o) fault('model', `no model object ${p.b}`);
      if (o.kind === 'vma') {
        const mm = m.mms[o.pid];
        const vma = mm.vmas.find((v) => v.obj === p.b)!;
        switch (field) {
          case 'vm_mm':
            return objPtr(mm.obj);
          case 'vm_start':
            return BigInt(vma.start);
          case 'vm_end':
            return BigInt(vma.end);
          case 'vm_flags':
            return BigInt(vma.flags);
          case 'vm_page_prot':
            return vmPageProt(vma.flags);
        }
        fault('unsupported', `struct vm_area_struct field '${field}' is not modelled (vm_mm, vm_start, vm_end, vm_flags, vm_page_prot are)`);
      }
      if (o.kind === 'pgmap') {
        switch (field) {
          case 'type':
            return o.type === 'device-private' ? MEMORY_DEVICE_PRIVATE : MEMORY_DEVICE_COHERENT;
          case 'owner':
            return o.owner;
          case 'ops':
            return o.ops;
          case 'first_pfn':
            return BigInt(o.firstPfn);
          case 'nr_pages':
            return BigInt(o.npages);
        }
        fault('unsupported', `struct dev_pagemap field '${field}' is not modelled (type, owner, ops, first_pfn, nr_pages are)`);
      }
      if (o.kind === 'mm') {
        const mm = m.mms[o.pid];
        switch (field) {
          case 'map_count':
            return BigInt(mm.vmas.length);
        }
        fault('unsupported', `struct mm_struct field '${field}' is not modelled (map_count is; walk with pgd_offset)`);
      }
      fault('unsupported', `spinlock_t has no readable fields (${field})`);
    },

    writeField(p: Ptr, struct: string, field: string, v: Value): void {
      if (p.s === 'null') fault('null-deref', `NULL pointer dereference writing ${struct}.${field}`);
      if (p.s === 'page' && field === 'zone_device_data') {
        const page = m.pages[p.b];
        if (!page) fault('model', `no struct page for pfn ${hexn(p.b)}`);
        if (page.freed && page.pgmap < 0) fault('use-after-free', `writing zone_device_data of freed page pfn ${hexn(p.b)}`);
        page.zoneDeviceData = v;
        return;
      }
      fault('unsupported', `${struct}.${field} of a model object is read-only from C; use the kernel API`);
    },

    readEntry(p: Ptr): Value {
      const t = table(p, 'reading an entry');
      return readEntryRaw(t, p.i);
    },

    writeEntry(p: Ptr, v: Value): void {
      const t = table(p, 'writing an entry');
      if (typeof v !== 'bigint') fault('bad-call', `writing a non-integer value into ${levelName(t.level)}[${p.i}]`);
      const old = readEntryRaw(t, p.i);
      const nv = BigInt.asUintN(64, v);
      writeEntryRaw(m, t, p.i, nv);
      // A plain `*ptep = pte` under the table's PTL is an update in progress, like set_pte_at.
      const ptl = t.level === 1 ? m.objs[t.ptl] : undefined;
      if (ptl && ptl.kind === 'spinlock' && ptl.holder !== NO_TID) {
        markFlux(m, ptl.holder, pfnOfEntry(old));
        markFlux(m, ptl.holder, pfnOfEntry(nv));
      }
    },

    tableSize(id: number): number {
      return m.tables[id] ? PTRS_PER_TABLE : 0;
    },

    user: createUserMemory(m),

    isFreed(p: Ptr): boolean {
      // A free device page is still the driver's struct (see readField): its fields decide.
      if (p.s === 'page') return (m.pages[p.b]?.freed ?? false) && m.pages[p.b].pgmap < 0;
      return false;
    },

    describe(p: Ptr): string {
      switch (p.s) {
        case 'null':
          return 'NULL';
        case 'u':
          return `user address ${p.i < 0 ? '-' : ''}0x${Math.abs(p.i).toString(16)}`;
        case 'page': {
          const page = m.pages[p.b];
          return page ? pageSummary(page) : `page pfn ${hexn(p.b)} (does not exist)`;
        }
        case 'pt': {
          const t = m.tables[p.b];
          if (!t) return `entry ${p.i} of unknown table ${p.b}`;
          const name = `${levelName(t.level)}[${p.i}] of table ${t.id}`;
          if (p.i < 0 || p.i >= PTRS_PER_TABLE) return `${name} (out of bounds)`;
          const at = `pid ${t.pid} ${hexn(entryAddr(t, p.i))}`;
          const v = readEntryRaw(t, p.i);
          return t.level === 1 ? `${name} (${at}): ${formatPte(v)}` : `${name} (${at}): ${v === 0n ? 'none' : 'table'}`;
        }
        case 'obj': {
          const o = m.objs[p.b];
          if (!o) return `object ${p.b} (unknown)`;
          if (o.kind === 'mm') return `mm_struct of pid ${o.pid} (${m.mms[o.pid].name})`;
          if (o.kind === 'vma') {
            const v = m.mms[o.pid].vmas.find((x) => x.obj === p.b)!;
            return `vma ${hexn(v.start)}-${hexn(v.end)} [${vmaFlagNames(v.flags).join(' ')}${v.anonymous ? ' anon' : ' file'}] of pid ${o.pid}`;
          }
          if (o.kind === 'pgmap') return `dev_pagemap ${o.name} (${o.type}, ${o.free.length}/${o.npages} pages free)`;
          if (o.kind === 'xarray') return `xarray (${Object.keys(o.entries).length} entries)`;
          if (o.kind === 'notifier') return `mmu_interval_notifier pid ${o.pid} ${hexn(o.start)}-${hexn(o.end)} seq ${o.seq}`;
          return `${o.name}${o.holder === NO_TID ? ' (unlocked)' : ` (held by thread ${o.holder})`}`;
        }
        default:
          return `pointer ${p.s}:${p.b}+${p.i}`;
      }
    },
  };
  // Writes run behind the undo journal's write barrier while the history records (undo-membrane.ts).
  const { writeField, writeEntry } = mem;
  mem.writeField = (p, struct, field, v) => journaledCall(m, () => writeField(p, struct, field, v));
  mem.writeEntry = (p, v) => journaledCall(m, () => writeEntry(p, v));
  return mem;
}
