// Readable values for the Variables view, hovers and the CLI, formatted by C type: pte_t decoded
// (`migration(W) -> pfn 0x102`), hmm_pfn_t and migrate pfns (the elements of the src/dst arrays
// of a struct migrate_vma) decoded into pfn and flags — never because of a variable's name —,
// pointers shown as what they point at (`&pfns[2] (frame of hmm_test_migrate)`, a model object
// described by the model), scalar pointers expandable to their pointee, structs and arrays
// expandable. Integer base (kernel habits, see formatInt): signed types and
// size_t-like counts in decimal; other unsigned integers (unsigned long, u64, u32) in hex when
// they read as an address, pfn, flags or mask — a value of 0x10000 or more, or one whose name
// says so (addr, start, end, pfn, flags, mask, ...: a display base only, never a decoding) —,
// small counts and indexes in decimal; DAP's `format.hex` turns every integer to hex.

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
import { describeCPtr, migrateArrayRegions, regionOwner, type ViewFrame } from './pointees';
import type { VariableInfo } from './types';

/** A node of the Variables tree: something whose children can be listed on demand. */
export type VarNode =
  /** An object in C memory; `mem` when it is a value held outside it (an evaluated struct). */
  | { k: 'cmem'; ptr: Ptr; type: CType; name: string; mem?: Regions; view?: ViewFrame }
  /** A scalar pointer's target (`int *p` expands to `*p`). */
  | { k: 'deref'; ptr: Ptr; type: CType; name: string; view?: ViewFrame }
  | { k: 'page'; pfn: number }
  | { k: 'list'; items: VariableInfo[] };

/** How values are shown: the handle table, and the context of this request. */
export interface Handles {
  add(node: VarNode): number;
  /** DAP ValueFormat `hex`: every integer in hex. */
  hex?: boolean;
  /** The frame the values are looked at from (its own locals need no "frame of"). */
  view?: ViewFrame;
  /** The scenario's name of a thread ("main"), as the threads list and the panel say it. */
  threadName?: (tid: number) => string;
  /** Regions holding migrate pfns (src/dst arrays of a struct migrate_vma); computed on demand. */
  migrateRegions?: Set<number>;
}

/** DAP's ValueFormat: what the client asked for. */
export interface ValueFormat {
  hex?: boolean;
}

/** How an integer slot is to be read. */
export interface IntFormat {
  hex?: boolean;
  /** The slot is an element of a migration array: MIGRATE_PFN_* flags over a pfn. */
  migratePfn?: boolean;
}

const PTE_TYPES = new Set(['pte_t', 'pmd_t', 'pud_t', 'pgd_t', 'p4d_t']);
/** Typedefs the kernel reads in hex: addresses, flags, protection bits, encoded entries. */
const HEX_TYPES = new Set(['swp_entry_t', 'phys_addr_t', 'dma_addr_t', 'resource_size_t', 'gfp_t', 'vm_flags_t', 'pteval_t', 'pmdval_t', 'pgprot_t', 'uintptr_t']);
/** Typedefs that count or index: always decimal. */
const DEC_TYPES = new Set(['size_t', 'ssize_t', 'pgoff_t', 'loff_t', 'atomic_t', 'atomic_long_t', 'pid_t', 'nodemask_t']);
/** Names that make an unsigned long a hex quantity (base only; nothing is decoded by name). */
const HEX_NAMES = /addr|start|end|flags|pfn|mask|next|entry|pte|pmd|val$/i;

function hex(v: bigint, bits = 64): string {
  return '0x' + BigInt.asUintN(bits, v).toString(16);
}

function hmmPfnType(t: CType): boolean {
  return t.k === 'int' && t.name === 'hmm_pfn_t';
}

export function formatInt(v: bigint, t: CType, name = '', f: IntFormat = {}): string {
  if (t.k !== 'int') return String(v);
  if (t.name === 'pte_t') return `${formatPte(v)}  (${hex(v)})`;
  if (PTE_TYPES.has(t.name)) return v === 0n ? 'none (0x0)' : `${hex(v)}`;
  if (t.bool) return v ? 'true' : 'false';
  if (hmmPfnType(t)) return slotText(v, 'hmm');
  if (f.migratePfn && t.bits === 64 && !t.signed) return slotText(v, 'migrate');
  if (f.hex) return hex(v, t.bits);
  if (t.bits === 8 && t.name === 'char') return `${v} '${v >= 32n && v < 127n ? String.fromCharCode(Number(v)) : '\\' + v.toString(8)}'`;
  if (HEX_TYPES.has(t.name)) return hex(v, t.bits);
  if (DEC_TYPES.has(t.name) || t.signed) return String(v);
  // unsigned long, u64, u32: an address, a pfn, flags or a mask in hex; a small count in decimal.
  if (v >= 0x10000n || HEX_NAMES.test(name)) return hex(v, t.bits);
  return String(v);
}

/** A pfn slot: `pfn 0x102 [MIGRATE|LOCKED]  (0x...)`; `kind` is its encoding (hmm_pfn_t or migrate pfn). */
export function slotText(v: bigint, kind: 'hmm' | 'migrate' | string): string {
  if (v === 0n) return '0 (empty)';
  const d = kind === 'hmm' || /pfns/.test(kind) ? decodeHmmPfn(v) : decodeMigratePfn(v);
  const pfn = d.pfn !== undefined ? `pfn ${hex(BigInt(d.pfn))} ` : '';
  return `${pfn}[${d.flags.join('|')}]  (${hex(v)})`;
}

/** The scenario's thread names in model descriptions ("held by thread 1" → "held by main"). */
function namedThreads(text: string, threadName?: (tid: number) => string): string {
  if (!threadName) return text;
  return text.replace(/\b(held by|locked by|isolated by) thread (\d+)\b/g, (_, verb: string, n: string) => `${verb} ${threadName(Number(n))}`);
}

export function formatPtr(model: ModelMemory, m: Machine, p: Ptr, pointee?: CType, h?: Partial<Handles>): string {
  switch (p.s) {
    case 'null':
      return 'NULL';
    case 'c':
      return describeCPtr(m, p, pointee, h?.view, h?.threadName);
    default:
      return namedThreads(model.describe(p), h?.threadName);
  }
}

export function formatValue(model: ModelMemory, m: Machine, v: Value, t: CType, name = '', h?: Partial<Handles>, f: IntFormat = {}): string {
  if (typeof v === 'bigint') {
    if (t.k === 'ptr') return v === 0n ? 'NULL' : hex(v);
    return formatInt(v, t, name, { hex: h?.hex, ...f });
  }
  switch (v.t) {
    case 'u':
      return '<uninitialized>';
    case 'f':
      return `${v.name}()`;
    case 'p':
      return formatPtr(model, m, v, t.k === 'ptr' ? t.to : undefined, h);
    case 'a':
      return t.k === 'array' ? `[${t.n}]` : `{${typeName(t)}}`;
  }
}

function migrateRegions(h: Handles, m: Machine): Set<number> {
  if (!h.migrateRegions) h.migrateRegions = migrateArrayRegions(m);
  return h.migrateRegions;
}

/** Is `where` (the slot a value was read from) an element of a migration array? */
export function isMigrateSlot(h: Handles, m: Machine, where: Ptr | undefined, t: CType): boolean {
  return !!where && where.s === 'c' && t.k === 'int' && t.bits === 64 && !t.signed && migrateRegions(h, m).has(where.b);
}

/** One variable: its display value and, for aggregates, pointers and model pointers, a child handle. */
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
  const value = formatValue(model, m, v, t, name, h, { migratePfn: !mem && isMigrateSlot(h, m, where, t) });
  const view = h.view ? { view: h.view } : {};
  let ref = 0;
  if ((t.k === 'struct' || t.k === 'array') && where) ref = h.add({ k: 'cmem', ptr: where, type: t, name, ...(mem ? { mem } : {}), ...view });
  else if ((t.k === 'struct' || t.k === 'array') && typeof v === 'object' && v.t === 'a' && v.slots.length) {
    // A struct or array value (an evaluated `*p` or `h.f`): its members are read from its slots.
    ref = h.add({ k: 'cmem', ptr: { t: 'p', s: 'c', b: 0, i: 0 }, type: t, name, mem: { 0: { name, cells: v.slots } }, ...view });
  } else if (typeof v === 'object' && v.t === 'p') {
    if (v.s === 'page') ref = h.add({ k: 'page', pfn: v.b });
    else if (v.s === 'c' && t.k === 'ptr' && m.state.mem[v.b] && !m.state.mem[v.b].freed) ref = pointerRef(h, m, v, t.to, name);
  }
  return { name, value, type: typeName(t), ref };
}

/**
 * The children of a pointer into C memory: a struct's or array's members (as debuggers show
 * `p->x` under `p`), a scalar's value as the one child `*p`, a `void *` by what it points at.
 */
function pointerRef(h: Handles, m: Machine, p: Ptr, to: CType, name: string): number {
  const view = h.view ? { view: h.view } : {};
  if (to.k === 'struct' || to.k === 'array') return h.add({ k: 'cmem', ptr: p, type: to, name, ...view });
  if (to.k === 'int' || to.k === 'ptr') return h.add({ k: 'deref', ptr: p, type: to, name, ...view });
  if (to.k === 'void' && p.i === 0 && p.bo === undefined) {
    const o = regionOwner(m, p.b);
    if (o?.type && o.type.k !== 'fn') return h.add({ k: o.type.k === 'struct' || o.type.k === 'array' ? 'cmem' : 'deref', ptr: p, type: o.type, name, ...view });
  }
  return 0;
}

/** Children of a node of the Variables tree. */
export function children(h: Handles, model: ModelMemory, m: Machine, mm: MmModel, node: VarNode): VariableInfo[] {
  switch (node.k) {
    case 'list':
      return node.items;
    case 'page':
      return pageFields(mm, node.pfn, h.threadName);
    case 'deref': {
      const hv: Handles = node.view ? { ...h, view: node.view } : h;
      const out = [element(hv, model, m, m.state.mem, `*${node.name}`, node.ptr, node.type)];
      // Into an array: the whole array too, so the neighbours of the element are one click away.
      const o = regionOwner(m, node.ptr.b);
      if (o?.type?.k === 'array' && node.ptr.bo === undefined) {
        const each = Math.max(1, slotsOf(o.type.of));
        const base: Ptr = { t: 'p', s: 'c', b: node.ptr.b, i: 0 };
        const row = variable(hv, model, m, o.name, { t: 'a', slots: [] }, o.type, base);
        row.value = `element ${Math.floor(node.ptr.i / each)} of ${typeName(o.type)}${o.fn !== undefined ? ` (frame of ${o.fn})` : ''}`;
        out.push(row);
      }
      return out;
    }
    case 'cmem': {
      const hv: Handles = node.view ? { ...h, view: node.view } : h;
      const t = node.type;
      const mem = node.mem ?? m.state.mem;
      const out: VariableInfo[] = [];
      if (t.k === 'struct') {
        for (const f of t.def.fields) out.push(member(hv, model, m, mem, node.ptr, t.def, f));
      } else if (t.k === 'array') {
        const n = Math.min(t.n, 512);
        for (let i = 0; i < n; i++) {
          // Inside an integer cell (`u.b` of a union held in one cell) elements are bit offsets.
          const at: Ptr = node.ptr.bo !== undefined ? { ...node.ptr, bo: node.ptr.bo + i * sizeOf(t.of) * 8 } : { ...node.ptr, i: node.ptr.i + i * slotsOf(t.of) };
          out.push(element(hv, model, m, mem, `[${i}]`, at, t.of));
        }
      }
      return out;
    }
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

export function pageFields(mm: MmModel, pfn: number, threadName: (tid: number) => string = (tid) => `thread ${tid}`): VariableInfo[] {
  const p = mm.pages[pfn];
  if (!p) return [{ name: 'pfn', value: `0x${pfn.toString(16)} (no such frame)`, ref: 0 }];
  const f = (name: string, value: string | number | boolean): VariableInfo => ({ name, value: String(value), ref: 0 });
  return [
    f('pfn', '0x' + p.pfn.toString(16)),
    f('zone', p.zone + (p.owner ? ` (${p.owner})` : '')),
    f('refcount', p.refcount),
    f('mapcount', p.mapcount),
    f('PG_locked', p.locked ? `yes (${p.lockOwner === undefined ? 'unknown holder' : threadName(p.lockOwner)})` : 'no'),
    f('lru', p.lru),
    f('pins', p.pins),
    f('PG_dirty', p.dirty),
    f('anon', p.anon + (p.anonExclusive ? ' (exclusive)' : '')),
    f('mapping', p.mapping),
    f('content', p.content),
    f('freed', p.freed),
  ];
}
