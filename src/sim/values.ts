// Readable values for the Variables view, hovers and the CLI: integers in the base a kernel
// developer expects (hex for addresses, flags and pfns), pte_t decoded (`migration(W) -> pfn
// 0x102`), pointers to model objects described by the model, migration arrays decoded slot by
// slot, structs and arrays expandable.

import type { Machine } from '../c/machine';
import { memberInfo } from '../c/bitcell';
import { loadC, loadMember, memberAddr, type Regions } from '../c/memory';
import type { ModelMemory } from '../c/native';
import type { CType, FieldDef, StructDef } from '../c/types';
import { sizeOf, slotsOf, typeName } from '../c/types';
import type { Ptr, Value } from '../c/value';
import { decodeHmmPfn, decodeMigratePfn } from '../mm/migrate-pfn';
import { formatPte } from '../mm/pte';
import type { MmModel } from '../mm/state';
import type { VariableInfo } from './types';

/** A node of the Variables tree: something whose children can be listed on demand. */
export type VarNode =
  /** An object in C memory; `mem` when it is a value held outside it (an evaluated struct). */
  | { k: 'cmem'; ptr: Ptr; type: CType; name: string; mem?: Regions }
  | { k: 'page'; pfn: number }
  | { k: 'list'; items: VariableInfo[] };

export interface Handles {
  add(node: VarNode): number;
}

const PTE_TYPES = new Set(['pte_t', 'pmd_t', 'pud_t', 'pgd_t']);

function hex(v: bigint): string {
  return '0x' + BigInt.asUintN(64, v).toString(16);
}

export function formatInt(v: bigint, t: CType, name = ''): string {
  if (t.k !== 'int') return String(v);
  if (t.name === 'pte_t') return `${formatPte(v)}  (${hex(v)})`;
  if (PTE_TYPES.has(t.name)) return v === 0n ? 'none (0x0)' : `${hex(v)}`;
  if (t.name === 'swp_entry_t') return hex(v);
  if (t.bool) return v ? 'true' : 'false';
  if (t.bits === 8 && t.name === 'char') return `${v} '${v >= 32n && v < 127n ? String.fromCharCode(Number(v)) : '\\' + v.toString(8)}'`;
  if (/pfns?$|^src$|^dst$|mpfn/.test(name) && t.bits === 64) return slotText(v, name);
  if (!t.signed && (v >= 0x10000n || /addr|start|end|flags|pfn|mask/.test(name))) return `${hex(v)}`;
  return String(v);
}

/** A migration array slot: `0x102 [MIGRATE, LOCKED]`. */
export function slotText(v: bigint, arrayName: string): string {
  if (v === 0n) return '0 (empty)';
  const d = /pfns/.test(arrayName) ? decodeHmmPfn(v) : decodeMigratePfn(v);
  const pfn = d.pfn !== undefined ? `pfn ${hex(BigInt(d.pfn))} ` : '';
  return `${pfn}[${d.flags.join('|')}]  (${hex(v)})`;
}

export function formatPtr(model: ModelMemory, m: Machine, p: Ptr): string {
  switch (p.s) {
    case 'null':
      return 'NULL';
    case 'c': {
      const r = m.state.mem[p.b];
      if (!r) return `<invalid ${p.b}>`;
      const name = r.freed ? `${r.name} (out of scope)` : r.name;
      return p.i === 0 ? `&${name}` : `&${name}[+${p.i}]`;
    }
    default:
      return model.describe(p);
  }
}

export function formatValue(model: ModelMemory, m: Machine, v: Value, t: CType, name = ''): string {
  if (typeof v === 'bigint') {
    if (t.k === 'ptr') return v === 0n ? 'NULL' : hex(v);
    return formatInt(v, t, name);
  }
  switch (v.t) {
    case 'u':
      return '<uninitialized>';
    case 'f':
      return `${v.name}()`;
    case 'p':
      return formatPtr(model, m, v);
    case 'a':
      return t.k === 'array' ? `[${t.n}]` : `{${typeName(t)}}`;
  }
}

/** One variable: its display value and, for aggregates and model pointers, a child handle. */
export function variable(
  h: Handles,
  model: ModelMemory,
  m: Machine,
  name: string,
  v: Value,
  t: CType,
  where?: Ptr,
  mem?: Regions,
): VariableInfo {
  const value = formatValue(model, m, v, t, name);
  let ref = 0;
  if ((t.k === 'struct' || t.k === 'array') && where) ref = h.add({ k: 'cmem', ptr: where, type: t, name, ...(mem ? { mem } : {}) });
  else if ((t.k === 'struct' || t.k === 'array') && typeof v === 'object' && v.t === 'a' && v.slots.length) {
    // A struct or array value (an evaluated `*p` or `h.f`): its members are read from its slots.
    ref = h.add({ k: 'cmem', ptr: { t: 'p', s: 'c', b: 0, i: 0 }, type: t, name, mem: { 0: { name, cells: v.slots } } });
  } else if (typeof v === 'object' && v.t === 'p') {
    if (v.s === 'page') ref = h.add({ k: 'page', pfn: v.b });
    else if (v.s === 'c' && t.k === 'ptr' && (t.to.k === 'struct' || t.to.k === 'array') && m.state.mem[v.b] && !m.state.mem[v.b].freed) {
      ref = h.add({ k: 'cmem', ptr: v, type: t.to, name });
    }
  }
  return { name, value, type: typeName(t), ref };
}

/** Children of a node of the Variables tree. */
export function children(h: Handles, model: ModelMemory, m: Machine, mm: MmModel, node: VarNode): VariableInfo[] {
  switch (node.k) {
    case 'list':
      return node.items;
    case 'page':
      return pageFields(mm, node.pfn);
    case 'cmem': {
      const t = node.type;
      const mem = node.mem ?? m.state.mem;
      const out: VariableInfo[] = [];
      if (t.k === 'struct') {
        for (const f of t.def.fields) out.push(member(h, model, m, mem, node.ptr, t.def, f));
      } else if (t.k === 'array') {
        const n = Math.min(t.n, 512);
        for (let i = 0; i < n; i++) {
          // Inside an integer cell (`u.b` of a union held in one cell) elements are bit offsets.
          const at: Ptr = node.ptr.bo !== undefined ? { ...node.ptr, bo: node.ptr.bo + i * sizeOf(t.of) * 8 } : { ...node.ptr, i: node.ptr.i + i * slotsOf(t.of) };
          const v = element(h, model, m, mem, `[${i}]`, at, t.of);
          if (/pfns|src|dst/.test(node.name) && t.of.k === 'int') v.value = elementSlot(mem, at, t.of, node.name);
          out.push(v);
        }
      }
      return out;
    }
  }
}

function elementSlot(mem: Regions, at: Ptr, t: CType, arrayName: string): string {
  try {
    const v = loadC(mem, at, t);
    return typeof v === 'bigint' ? slotText(BigInt.asUintN(64, v), arrayName) : '<uninitialized>';
  } catch {
    return '<uninitialized>';
  }
}

/** The row name of an anonymous struct or union member (`<anonymous union>`), as gdb shows it. */
export function isAnonymousMember(name: string): boolean {
  return name === '' || name.startsWith('<anonymous');
}

/** A member, read as C reads `s.f`: a bit-field or a member of an integer cell gets its own bits. */
function member(h: Handles, model: ModelMemory, m: Machine, mem: Regions, at: Ptr, def: StructDef, f: FieldDef): VariableInfo {
  const info = memberInfo(def, f);
  let v: Value;
  let where: Ptr | undefined;
  try {
    where = f.width === undefined ? memberAddr(model, at, info) : undefined;
    v = f.type.k === 'array' ? { t: 'a', slots: [] } : loadMember(mem, model, at, info);
  } catch {
    v = { t: 'u' };
  }
  // An anonymous struct or union member has no name of its own: say what it is, as gdb does.
  const name = f.name || (f.type.k === 'struct' ? `<anonymous ${f.type.def.union ? 'union' : 'struct'}>` : '<anonymous>');
  return variable(h, model, m, name, v, f.type, where, mem === m.state.mem ? undefined : mem);
}

function element(h: Handles, model: ModelMemory, m: Machine, mem: Regions, name: string, at: Ptr, t: CType): VariableInfo {
  let v: Value;
  try {
    v = t.k === 'array' ? { t: 'a', slots: [] } : loadC(mem, at, t);
  } catch {
    v = { t: 'u' };
  }
  return variable(h, model, m, name, v, t, at, mem === m.state.mem ? undefined : mem);
}

export function pageFields(mm: MmModel, pfn: number): VariableInfo[] {
  const p = mm.pages[pfn];
  if (!p) return [{ name: 'pfn', value: `0x${pfn.toString(16)} (no such frame)`, ref: 0 }];
  const f = (name: string, value: string | number | boolean): VariableInfo => ({ name, value: String(value), ref: 0 });
  return [
    f('pfn', '0x' + p.pfn.toString(16)),
    f('zone', p.zone + (p.owner ? ` (${p.owner})` : '')),
    f('refcount', p.refcount),
    f('mapcount', p.mapcount),
    f('PG_locked', p.locked ? `yes (thread ${p.lockOwner})` : 'no'),
    f('lru', p.lru),
    f('pins', p.pins),
    f('PG_dirty', p.dirty),
    f('anon', p.anon + (p.anonExclusive ? ' (exclusive)' : '')),
    f('mapping', p.mapping),
    f('content', p.content),
    f('freed', p.freed),
  ];
}
