// What a pointer into interpreter memory points at, in the words of the source: the object's
// owner (a local of some frame, a global, a heap object), the member or element path inside it
// (`&migrate.npages`, `&pfns[2]`), and whether that object is a migration array (the src/dst
// array a `struct migrate_vma` points to), so values are decoded by where and what they are,
// never by a variable's name.

import type { Machine } from '../c/machine';
import type { CType } from '../c/types';
import { findField, slotsOf } from '../c/types';
import type { Ptr, Value } from '../c/value';

/** The object a region holds. */
export interface RegionOwner {
  name: string;
  /** Its C type, when known (locals and globals). */
  type?: CType;
  /** A local: the thread and frame index (0 = outermost) it belongs to, and the function. */
  tid?: number;
  frameIndex?: number;
  fn?: string;
}

/** The frame a value is looked at from (pointers to its own locals need no frame label). */
export interface ViewFrame {
  tid: number;
  index: number;
}

/** The owner of region `b`: a local of a live frame, a global, or the region's own name. */
export function regionOwner(m: Machine, b: number): RegionOwner | undefined {
  const r = m.state.mem[b];
  if (!r) return undefined;
  for (const t of m.state.threads) {
    for (let fi = 0; fi < t.frames.length; fi++) {
      const fr = t.frames[fi];
      if (!fr.regions.includes(b)) continue;
      const fn = m.fn(fr.fn);
      const idx = fn.locals.findIndex((l, k) => l.mem && isRegionPtr(fr.vars[k], b));
      if (idx >= 0) return { name: fn.locals[idx].name, type: fn.locals[idx].type, tid: t.id, frameIndex: fi, fn: fn.name };
      return { name: r.name, tid: t.id, frameIndex: fi, fn: fn.name };
    }
  }
  const g = m.program.globals.find((x) => x.region === b);
  if (g) return { name: g.name, type: g.type };
  return { name: r.name };
}

function isRegionPtr(v: Value | undefined, b: number): boolean {
  return typeof v === 'object' && v.t === 'p' && v.s === 'c' && v.b === b && v.i === 0;
}

function sameShape(a: CType, b: CType): boolean {
  if (a === b) return true;
  if (a.k !== b.k) return false;
  // Each translation unit has its own definition of a struct: the same tag is the same type.
  if (a.k === 'struct' && b.k === 'struct') return a.def === b.def || (a.def.tag !== '' && a.def.tag === b.def.tag);
  if (a.k === 'int' && b.k === 'int') return a.bits === b.bits;
  if (a.k === 'ptr' && b.k === 'ptr') return true;
  return false;
}

/**
 * The member/element path to slot `slot` of an object of type `t` (`.vma`, `[2]`, `.u.lo`):
 * it stops at the outermost object of the pointed-to type `want` (a `struct x *` to the start
 * of a struct is the struct, not its first member), or at slot 0 when `want` says nothing
 * (void *). Undefined when the slot is inside no member it can name.
 */
export function pathTo(t: CType, slot: number, want?: CType): string | undefined {
  if (slot === 0 && (!want || want.k === 'void' || sameShape(t, want))) return '';
  if (t.k === 'array') {
    const each = Math.max(1, slotsOf(t.of));
    const i = Math.floor(slot / each);
    if (i < 0 || i >= t.n) return undefined;
    const rest = pathTo(t.of, slot - i * each, want);
    return rest === undefined ? `[${i}]` : `[${i}]${rest}`;
  }
  if (t.k === 'struct') {
    // Members of a union all start at slot 0: the one of the wanted type, else the first.
    const inside = t.def.fields.filter((f) => f.width === undefined && slot >= f.slot && slot < f.slot + Math.max(1, slotsOf(f.type)));
    const f = (want && inside.find((x) => x.slot === slot && sameShape(x.type, want))) ?? inside[0];
    if (!f) return slot === 0 ? '' : undefined;
    const rest = pathTo(f.type, slot - f.slot, want);
    const name = f.name ? `.${f.name}` : '';
    return rest === undefined ? name : `${name}${rest}`;
  }
  return slot === 0 ? '' : undefined;
}

/** `&pfns[2] (frame of hmm_test_migrate)`: a pointer into interpreter memory, as the source names it. */
export function describeCPtr(m: Machine, p: Ptr, pointee: CType | undefined, view?: ViewFrame, threadName?: (tid: number) => string): string {
  const r = m.state.mem[p.b];
  if (!r) return `<invalid ${p.b}>`;
  const o = regionOwner(m, p.b) ?? { name: r.name };
  let where: string;
  const path = o.type && p.bo === undefined ? pathTo(o.type, p.i, pointee) : undefined;
  if (path !== undefined) where = `&${o.name}${path}`;
  else if (p.i === 0 && p.bo === undefined) where = `&${o.name}`;
  else {
    // No type for the object (a heap block): count in elements of the pointed-to type.
    const each = pointee && pointee.k !== 'void' ? Math.max(1, slotsOf(pointee)) : 1;
    where = p.i % each === 0 ? `&${o.name}[${p.i / each}]` : `&${o.name}[+${p.i} slots]`;
  }
  if (r.freed) return `${where} (out of scope)`;
  if (o.fn !== undefined && (!view || view.tid !== o.tid || view.index !== o.frameIndex)) {
    const other = view && view.tid !== o.tid && o.tid !== undefined ? `, ${threadName ? threadName(o.tid) : `thread ${o.tid}`}` : '';
    where += ` (frame of ${o.fn}${other})`;
  }
  return where;
}

/**
 * Regions that are migration arrays: the arrays the `src` and `dst` members of every live
 * `struct migrate_vma` (a local, or one a local points to) point at. Their `unsigned long`
 * elements are migrate pfns (MIGRATE_PFN_* flags over a pfn).
 */
export function migrateArrayRegions(m: Machine): Set<number> {
  const out = new Set<number>();
  const seen = new Set<string>();
  const visit = (p: Value | undefined, t: CType): void => {
    if (typeof p !== 'object' || p.t !== 'p' || p.s !== 'c' || t.k !== 'struct' || t.def.tag !== 'migrate_vma') return;
    const key = `${p.b}:${p.i}`;
    if (seen.has(key)) return;
    seen.add(key);
    const r = m.state.mem[p.b];
    if (!r || r.freed) return;
    for (const name of ['src', 'dst']) {
      const f = findField(t.def, name);
      if (!f) continue;
      const v = r.cells[p.i + f.slot];
      if (typeof v === 'object' && v.t === 'p' && v.s === 'c') out.add(v.b);
    }
  };
  for (const t of m.state.threads) {
    for (const fr of t.frames) {
      const fn = m.fn(fr.fn);
      fn.locals.forEach((l, k) => {
        const v = fr.vars[k];
        if (l.type.k === 'struct' && l.mem) visit(v, l.type);
        else if (l.type.k === 'ptr' && l.type.to.k === 'struct') visit(v, l.type.to);
      });
    }
  }
  return out;
}
