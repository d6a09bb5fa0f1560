// Reuse of a state view's rows from one stop to the next. A 512-page view has ~2,000 rows (ptes,
// pages, migration slots) and a step changes a handful: a row whose inputs (the pte value and
// its PTL holder; the page's fields; the slot's raw value) are what they were at the previous
// build is the same object as then, so building costs a comparison per row and changedKeys
// (view.ts) sees at once, by identity, which rows did not change.
//
// The rows handed out are frozen: they are shared between views, so no consumer may change one.
// Holds no BigInt beyond the values it compares.

import type { MigrateSlotView, PageView, PteView } from '../protocol/state';
import type { PageState } from './state';

interface PteRow {
  value: bigint;
  holder: string | undefined;
  populated: boolean;
  view: PteView;
}

/** The fields of a page its row shows (the holder and waiters are compared by name). */
interface PageFields {
  zone: PageState['zone'];
  owner: string | undefined;
  freed: boolean;
  refcount: number;
  mapcount: number;
  locked: boolean;
  lru: PageState['lru'];
  pins: number;
  dirty: boolean;
  anon: boolean;
  anonExclusive: boolean;
  content: string;
  compound: boolean;
}

interface PageRow {
  fields: PageFields;
  lockHolder: string | undefined;
  waiters: string[];
  view: PageView;
}

interface SlotRow {
  value: bigint;
  view: MigrateSlotView;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function samePage(p: PageState, f: PageFields): boolean {
  return (
    p.refcount === f.refcount &&
    p.mapcount === f.mapcount &&
    p.locked === f.locked &&
    p.lru === f.lru &&
    p.content === f.content &&
    p.freed === f.freed &&
    p.pins === f.pins &&
    p.dirty === f.dirty &&
    p.anon === f.anon &&
    p.anonExclusive === f.anonExclusive &&
    p.compound === f.compound &&
    p.zone === f.zone &&
    p.owner === f.owner
  );
}

function fieldsOf(p: PageState): PageFields {
  const { zone, owner, freed, refcount, mapcount, locked, lru, pins, dirty, anon, anonExclusive, content, compound } = p;
  return { zone, owner, freed, refcount, mapcount, locked, lru, pins, dirty, anon, anonExclusive, content, compound };
}

export class ViewCache {
  private ptes = new Map<number, Map<number, PteRow>>();
  private pages = new Map<number, PageRow>();
  private slots = new Map<string, SlotRow[]>();

  /** The row of pte (pid, addr): the previous one if value, holder and populated are unchanged. */
  pte(pid: number, addr: number, value: bigint, holder: string | undefined, populated: boolean, build: () => PteView): PteView {
    let byAddr = this.ptes.get(pid);
    if (!byAddr) this.ptes.set(pid, (byAddr = new Map()));
    const row = byAddr.get(addr);
    if (row && row.value === value && row.holder === holder && row.populated === populated) return row.view;
    const view = Object.freeze(build());
    byAddr.set(addr, { value, holder, populated, view });
    return view;
  }

  /** The row of page `p`: the previous one if no field it shows changed (holder and waiters by name). */
  page(p: PageState, lockHolder: string | undefined, waiters: string[], build: () => PageView): PageView {
    const row = this.pages.get(p.pfn);
    if (row && row.lockHolder === lockHolder && sameList(row.waiters, waiters) && samePage(p, row.fields)) return row.view;
    const view = Object.freeze(build());
    this.pages.set(p.pfn, { fields: fieldsOf(p), lockHolder, waiters: [...waiters], view });
    return view;
  }

  /** The slot `index` of migration array `name` holding `value`: the previous row if unchanged. */
  slot(name: string, index: number, value: bigint, build: () => MigrateSlotView): MigrateSlotView {
    let rows = this.slots.get(name);
    if (!rows) this.slots.set(name, (rows = []));
    const row = rows[index];
    if (row && row.value === value) return row.view;
    const view = Object.freeze(build());
    rows[index] = { value, view };
    return view;
  }
}
