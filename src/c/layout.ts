// Struct and union layout as gcc does it on x86-64 (the System V ABI), bit-fields included
// (issue 8 item 4): members at their natural alignment; a bit-field goes at the next free bit
// unless it would cross a boundary of its declared type's alignment, then it starts at that
// boundary; `:0` moves to the next boundary of its type; unnamed bit-fields do not align the
// struct; `packed` drops all alignment (bit-fields then abut), `aligned(n)` raises it.
//
// In interpreter memory a struct is slots: one per scalar member, and one per run of adjacent
// bit-fields — that slot holds the run's bytes as one integer and each bit-field is a bit range
// of it. A union whose members are all integers (arrays and structs of integers, bit-fields) is
// one such cell for all its bytes, so writing one member and reading another reads the bytes,
// little-endian, as on x86-64.

import type { CType, FieldDef, StructDef } from './types';
import { alignOf, sizeOf, slotsOf } from './types';

export interface MemberDecl {
  name: string;
  type: CType;
  /** Bit-field width (0 for `int :0`). */
  width?: number;
  /** `__attribute__((aligned(n)))` on the member. */
  align?: number;
  /** `__attribute__((packed))` on the member: no alignment of its own. */
  packed?: boolean;
}

export interface LayoutAttrs {
  packed?: boolean;
  align?: number;
}

/** Only integers all the way down: such a union can be one cell. */
export function integerOnly(t: CType): boolean {
  switch (t.k) {
    case 'int':
      return true;
    case 'array':
      return t.n > 0 && integerOnly(t.of);
    case 'struct':
      return t.def.complete && t.def.fields.length > 0 && t.def.fields.every((f) => integerOnly(f.type));
    default:
      return false;
  }
}

export function layoutStruct(def: StructDef, members: MemberDecl[], attrs: LayoutAttrs = {}): void {
  if (def.union) layoutUnion(def, members, attrs);
  else layoutRecord(def, members, attrs);
  def.complete = true;
}

function memberAlign(m: MemberDecl, attrs: LayoutAttrs): number {
  const natural = attrs.packed || m.packed ? 1 : alignOf(m.type);
  return Math.max(natural, m.align ?? 1);
}

function layoutRecord(def: StructDef, members: MemberDecl[], attrs: LayoutAttrs): void {
  const fields: FieldDef[] = [];
  let bit = 0;
  let slot = 0;
  let align = 1;
  /** The cell of the bit-field run in progress: its slot and first byte. */
  let run: { slot: number; byte: number } | undefined;
  for (const m of members) {
    if (m.width === undefined) {
      run = undefined;
      const a = memberAlign(m, attrs);
      align = Math.max(align, a);
      const offset = Math.ceil(bit / 8 / a) * a;
      fields.push({ name: m.name, type: m.type, slot, offset });
      bit = (offset + sizeOf(m.type)) * 8;
      slot += slotsOf(m.type);
      continue;
    }
    const unitBits = sizeOf(m.type) * 8;
    const a = alignOf(m.type);
    if (m.width === 0) {
      // `:0` ends the unit in progress: the next bit-field starts at a boundary of its type.
      bit = Math.ceil(bit / (a * 8)) * a * 8;
      run = undefined;
      continue;
    }
    if (!attrs.packed && Math.floor(bit / (a * 8)) !== Math.floor((bit + m.width - 1) / (a * 8))) {
      bit = Math.ceil(bit / (a * 8)) * a * 8;
    }
    if (m.name) align = Math.max(align, attrs.packed ? 1 : a, m.align ?? 1);
    void unitBits;
    if (!run) {
      run = { slot, byte: Math.floor(bit / 8) };
      slot++;
    }
    if (m.name) fields.push({ name: m.name, type: m.type, slot: run.slot, offset: run.byte, cellBit: bit - run.byte * 8, width: m.width });
    bit += m.width;
  }
  align = Math.max(align, attrs.align ?? 1);
  def.fields = fields;
  def.slots = Math.max(1, slot);
  def.size = Math.ceil(Math.ceil(bit / 8) / align) * align;
  def.align = align;
  def.cell = false;
}

function layoutUnion(def: StructDef, members: MemberDecl[], attrs: LayoutAttrs): void {
  let size = 0;
  let align = 1;
  let slots = 1;
  const cell = members.length > 0 && members.every((m) => integerOnly(m.type));
  def.fields = [];
  for (const m of members) {
    const a = m.width !== undefined ? alignOf(m.type) : memberAlign(m, attrs);
    if (m.width === 0 || (m.width !== undefined && !m.name)) continue;
    align = Math.max(align, attrs.packed ? Math.max(1, m.align ?? 1) : a);
    size = Math.max(size, m.width !== undefined ? Math.ceil(m.width / 8) : sizeOf(m.type));
    slots = Math.max(slots, slotsOf(m.type));
    const f: FieldDef = { name: m.name, type: m.type, slot: 0, offset: 0 };
    if (cell) f.cellBit = 0;
    if (m.width !== undefined) {
      if (!cell) throw new Error(`bit-field '${m.name}' in a union with non-integer members`);
      f.width = m.width;
    }
    def.fields.push(f);
  }
  align = Math.max(align, attrs.align ?? 1);
  def.cell = cell;
  def.slots = cell ? 1 : slots;
  def.size = Math.ceil(size / align) * align;
  def.align = align;
}

/** The bit range of a field inside its slot's cell, if it is one (see FieldDef.cellBit). */
export function cellRange(f: FieldDef): { pos: number; width: number } | undefined {
  if (f.cellBit === undefined) return undefined;
  return { pos: f.cellBit, width: f.width ?? sizeOf(f.type) * 8 };
}
