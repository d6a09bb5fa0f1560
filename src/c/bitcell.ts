// Reading and writing bits of an integer cell (issue 8 item 4): bit-fields, and unions held in
// one cell (layout.ts). A cell is one slot whose value is its bytes as one unsigned integer,
// little-endian. A member of such a union, or anything reached through a pointer into it
// (`&u.w[1]`, `u.b + i`), is addressed by the slot plus a bit offset (Ptr.bo); loads and stores
// there cut the bits out or splice them in, and a struct read from inside a cell is unpacked
// into the slots of its ordinary layout (packed back when stored).

import type { MemberInfo } from './ir';
import { cellRange } from './layout';
import { SimFault } from './native';
import { sizeOf, slotOffsets, type CType, type FieldDef, type StructDef } from './types';
import type { Ptr, Value } from './value';
import { noteCell } from './undo-sink';

export interface Region {
  name: string;
  cells: Value[];
  layout?: number[];
  size?: number;
}

const mask = (bits: number): bigint => (1n << BigInt(bits)) - 1n;

/** The member access a field needs, static parts computed once at compile time. */
export function memberInfo(def: StructDef, f: FieldDef): MemberInfo {
  const info: MemberInfo = { struct: def.tag, field: f.name, slot: f.slot, type: f.type };
  const r = cellRange(f);
  const signed = f.type.k === 'int' && f.type.signed && !f.type.bool;
  if (r) info.bits = { pos: r.pos, width: r.width, signed };
  info.abs = f.offset * 8 + (f.cellBit ?? 0);
  if (f.width !== undefined) info.bitfield = f.width;
  return info;
}

/** The bits [pos, pos+width) of a cell value. */
export function readBits(cell: Value, pos: number, width: number, signed: boolean, what: string): bigint {
  if (typeof cell !== 'bigint') throw new SimFault('uninitialized', `${what}: read of uninitialized memory`);
  const v = (cell >> BigInt(pos)) & mask(width);
  return signed ? BigInt.asIntN(width, v) : v;
}

/** The cell value with bits [pos, pos+width) replaced by the low bits of v. */
export function writeBits(cell: Value, pos: number, width: number, v: bigint): bigint {
  const old = typeof cell === 'bigint' ? cell : 0n;
  const m = mask(width) << BigInt(pos);
  return (old & ~m) | ((BigInt.asUintN(width, v) << BigInt(pos)) & m);
}

interface Shape {
  off: number;
  bits: number;
  signed: boolean;
}

/** Where each slot of an integer-only object lies in its bytes (for pack/unpack). */
function shapes(t: CType, base = 0, out: Shape[] = []): Shape[] {
  switch (t.k) {
    case 'int':
      out.push({ off: base, bits: t.bits, signed: t.signed && !t.bool });
      return out;
    case 'array':
      for (let i = 0; i < t.n; i++) shapes(t.of, base + i * sizeOf(t.of), out);
      return out;
    case 'struct': {
      if (t.def.cell) {
        out.push({ off: base, bits: t.def.size * 8, signed: false });
        return out;
      }
      const offs = slotOffsets(t);
      let lastSlot = -1;
      for (const f of t.def.fields) {
        if (f.slot <= lastSlot) continue;
        if (f.width !== undefined) {
          const next = f.slot + 1 < offs.length ? offs[f.slot + 1] : t.def.size;
          out.push({ off: base + f.offset, bits: (next - f.offset) * 8, signed: false });
          lastSlot = f.slot;
          continue;
        }
        shapes(f.type, base + f.offset, out);
        lastSlot = f.slot + (f.type.k === 'struct' ? f.type.def.slots : f.type.k === 'array' ? slotOffsets(f.type).length : 1) - 1;
      }
      return out;
    }
    default:
      throw new SimFault('unsupported', `a ${t.k} inside an integer cell`);
  }
}

export function unpack(t: CType, v: bigint): Value[] {
  return shapes(t).map((s) => {
    const x = (v >> BigInt(s.off * 8)) & mask(s.bits);
    return s.signed ? BigInt.asIntN(s.bits, x) : x;
  });
}

export function pack(t: CType, slots: Value[]): bigint {
  let v = 0n;
  shapes(t).forEach((s, k) => {
    const x = slots[k];
    if (typeof x === 'bigint') v |= BigInt.asUintN(s.bits, x) << BigInt(s.off * 8);
  });
  return v;
}

function cellBits(r: Region, i: number): number {
  if (!r.layout || r.size === undefined) return Infinity;
  const next = i + 1 < r.layout.length ? r.layout[i + 1] : r.size;
  return (next - r.layout[i]) * 8;
}

function checkRange(r: Region, p: Ptr, width: number, what: string): number {
  const bo = p.bo ?? 0;
  if (p.i < 0 || p.i >= r.cells.length || bo < 0 || bo + width > cellBits(r, p.i)) {
    throw new SimFault('out-of-bounds', `${what} out of bounds of '${r.name}' (byte ${Math.floor(bo / 8)} of slot ${p.i})`);
  }
  return bo;
}

/** Load an object of type t at a pointer into a cell. */
export function loadInCell(r: Region, p: Ptr, t: CType, what: string, width?: number): Value {
  const w = width ?? sizeOf(t) * 8;
  const bo = checkRange(r, p, w, what);
  if (t.k === 'int') return readBits(r.cells[p.i], bo, w, t.signed && !t.bool, `${what} of '${r.name}'`);
  if (t.k === 'struct' || t.k === 'array') return { t: 'a', slots: unpack(t, readBits(r.cells[p.i], bo, w, false, `${what} of '${r.name}'`)) };
  throw new SimFault('unsupported', `${what}: a ${t.k} inside an integer union`);
}

/** Store v (already converted to t) at a pointer into a cell; returns the value as stored. */
export function storeInCell(r: Region, p: Ptr, t: CType, v: Value, what: string, width?: number): Value {
  const w = width ?? sizeOf(t) * 8;
  const bo = checkRange(r, p, w, what);
  let bits: bigint;
  if (typeof v === 'bigint') bits = v;
  else if (v.t === 'a') bits = pack(t, v.slots);
  else throw new SimFault('undefined-behaviour', `${what}: a ${v.t === 'p' ? 'pointer' : 'value'} stored into an integer union of '${r.name}'`);
  noteCell(r.cells, p.i);
  r.cells[p.i] = writeBits(r.cells[p.i], bo, w, bits);
  if (t.k !== 'int') return v;
  const x = BigInt.asUintN(w, bits);
  return t.signed && !t.bool ? BigInt.asIntN(w, x) : x;
}
