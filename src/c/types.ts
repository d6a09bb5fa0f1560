// C types of the kernel-C subset: integer widths (LP64: char 8, short 16, int 32, long and
// pointers 64), pointers, arrays, structs/unions and functions. Aggregates are laid out twice:
// in "slots" (one per scalar, the unit of interpreter memory) and in bytes (for sizeof).

export interface IntType {
  k: 'int';
  bits: 8 | 16 | 32 | 64;
  signed: boolean;
  /** Spelling used for display: `unsigned long`, or the typedef name (`pte_t`). */
  name: string;
  bool?: boolean;
}
export interface VoidType {
  k: 'void';
  name: 'void';
}
export interface PtrType {
  k: 'ptr';
  to: CType;
  name?: string;
}
export interface ArrayType {
  k: 'array';
  of: CType;
  n: number;
  name?: string;
}
export interface FieldDef {
  name: string;
  type: CType;
  /** First slot of the field inside the aggregate. */
  slot: number;
  /** Byte offset of the field's slot (0 for every member of a union). */
  offset: number;
  /**
   * The field is bits of an integer cell (a bit-field, or a member of a union held in one
   * cell): its first bit, counted from the start of the slot.
   */
  cellBit?: number;
  /** A bit-field's width in bits. */
  width?: number;
}
export interface StructDef {
  tag: string;
  union: boolean;
  complete: boolean;
  fields: FieldDef[];
  slots: number;
  size: number;
  align: number;
  /**
   * A union of integers only: one slot holds all its bytes as one little-endian integer, so a
   * member reads the bytes another one wrote (layout.ts).
   */
  cell?: boolean;
}
export interface StructType {
  k: 'struct';
  def: StructDef;
  name?: string;
}
export interface FnType {
  k: 'fn';
  ret: CType;
  params: CType[];
  variadic: boolean;
  name?: string;
}

export type CType = IntType | VoidType | PtrType | ArrayType | StructType | FnType;

function int(bits: 8 | 16 | 32 | 64, signed: boolean, name: string): IntType {
  return { k: 'int', bits, signed, name };
}

export const T = {
  void: { k: 'void', name: 'void' } as VoidType,
  bool: { k: 'int', bits: 8, signed: false, name: 'bool', bool: true } as IntType,
  char: int(8, true, 'char'),
  schar: int(8, true, 'signed char'),
  uchar: int(8, false, 'unsigned char'),
  short: int(16, true, 'short'),
  ushort: int(16, false, 'unsigned short'),
  int: int(32, true, 'int'),
  uint: int(32, false, 'unsigned int'),
  long: int(64, true, 'long'),
  ulong: int(64, false, 'unsigned long'),
  llong: int(64, true, 'long long'),
  ullong: int(64, false, 'unsigned long long'),
};

export function ptrTo(to: CType): PtrType {
  return { k: 'ptr', to };
}

export function isInt(t: CType): t is IntType {
  return t.k === 'int';
}
export function isPtr(t: CType): t is PtrType {
  return t.k === 'ptr';
}
export function isScalar(t: CType): boolean {
  return t.k === 'int' || t.k === 'ptr';
}
export function isAggregate(t: CType): t is StructType | ArrayType {
  return t.k === 'struct' || t.k === 'array';
}

/** Number of scalar slots an object of type t occupies in interpreter memory. */
export function slotsOf(t: CType): number {
  switch (t.k) {
    case 'struct':
      return t.def.slots;
    case 'array':
      return t.n * slotsOf(t.of);
    case 'void':
    case 'fn':
      return 1;
    default:
      return 1;
  }
}

export function sizeOf(t: CType): number {
  switch (t.k) {
    case 'int':
      return t.bits / 8;
    case 'ptr':
      return 8;
    case 'array':
      return t.n * sizeOf(t.of);
    case 'struct':
      return t.def.size;
    case 'void':
      return 1; // GNU C: sizeof(void) == 1
    case 'fn':
      return 1;
  }
}

export function alignOf(t: CType): number {
  switch (t.k) {
    case 'int':
      return t.bits / 8;
    case 'ptr':
      return 8;
    case 'array':
      return alignOf(t.of);
    case 'struct':
      return t.def.align;
    default:
      return 1;
  }
}

export { layoutStruct } from './layout';

/** A member by name, looking through anonymous struct/union members (offsets accumulated). */
export function findField(def: StructDef, name: string): FieldDef | undefined {
  const direct = def.fields.find((f) => f.name === name);
  if (direct) return direct;
  for (const f of def.fields) {
    if (f.name !== '' || f.type.k !== 'struct') continue;
    const inner = findField(f.type.def, name);
    if (!inner) continue;
    if (f.type.def.cell) {
      // An anonymous union held in one cell: the member is bits of that cell.
      return { name, type: inner.type, slot: f.slot, offset: f.offset, cellBit: inner.cellBit ?? 0, ...(inner.width ? { width: inner.width } : {}) };
    }
    if (def.cell) {
      // An anonymous struct inside a union held in one cell: bits at the member's position.
      return { name, type: inner.type, slot: f.slot, offset: f.offset, cellBit: inner.offset * 8 + (inner.cellBit ?? 0), ...(inner.width ? { width: inner.width } : {}) };
    }
    return { ...inner, name, slot: f.slot + inner.slot, offset: f.offset + inner.offset };
  }
  return undefined;
}

/** Integer promotion: anything narrower than int becomes int. */
export function promote(t: IntType): IntType {
  return t.bits < 32 ? T.int : t;
}

/** The usual arithmetic conversions for two integer operands. */
export function commonType(a: IntType, b: IntType): IntType {
  const pa = promote(a);
  const pb = promote(b);
  if (pa.bits === pb.bits) {
    if (pa.signed === pb.signed) return strip(pa);
    return strip(pa.signed ? pb : pa);
  }
  const wide = pa.bits > pb.bits ? pa : pb;
  const narrow = pa.bits > pb.bits ? pb : pa;
  // The wider type can represent every value of the narrower one (64 vs 32), so its
  // signedness wins.
  void narrow;
  return strip(wide);
}

/** Drop typedef names and bool-ness, keeping width and signedness. */
function strip(t: IntType): IntType {
  if (t.bits === 32) return t.signed ? T.int : T.uint;
  if (t.bits === 64) return t.signed ? T.long : T.ulong;
  return t;
}

export function typeName(t: CType): string {
  if (t.name) return t.name;
  switch (t.k) {
    case 'ptr':
      return t.to.k === 'fn' ? `${typeName(t.to.ret)} (*)(...)` : `${typeName(t.to)} *`;
    case 'array':
      return `${typeName(t.of)}[${t.n}]`;
    case 'struct':
      return `${t.def.union ? 'union' : 'struct'} ${t.def.tag}`;
    case 'fn':
      return `${typeName(t.ret)} (${t.params.map(typeName).join(', ')})`;
    default:
      return 'void';
  }
}

/** Compatible enough for assignment without a diagnostic (the subset is lenient, like gcc). */
export function sameType(a: CType, b: CType): boolean {
  if (a.k !== b.k) return false;
  switch (a.k) {
    case 'int':
      return a.bits === (b as IntType).bits && a.signed === (b as IntType).signed;
    case 'ptr':
      return true;
    case 'struct':
      return a.def === (b as StructType).def;
    case 'array':
      return sameType(a.of, (b as ArrayType).of);
    default:
      return true;
  }
}

/** Byte offset of every slot of an object of type t (for byte-wise pointer arithmetic). */
export function slotOffsets(t: CType, base = 0, out: number[] = []): number[] {
  switch (t.k) {
    case 'struct':
      if (t.def.cell) out.push(base);
      else if (t.def.union) {
        // Members overlap: slot k of the union is slot k of its largest member.
        let best: number[] = [];
        for (const f of t.def.fields) {
          const o = slotOffsets(f.type, base);
          if (o.length > best.length) best = o;
        }
        for (const o of best) out.push(o);
        for (let k = best.length; k < t.def.slots; k++) out.push(base);
      } else {
        // Adjacent bit-fields share one slot (their cell): it is listed once.
        let next = 0;
        for (const f of t.def.fields) {
          if (f.slot < next) continue;
          if (f.width !== undefined) out.push(base + f.offset);
          else slotOffsets(f.type, base + f.offset, out);
          next = f.slot + (f.width !== undefined ? 1 : slotsOf(f.type));
        }
      }
      return out;
    case 'array': {
      const size = sizeOf(t.of);
      for (let i = 0; i < t.n; i++) slotOffsets(t.of, base + i * size, out);
      return out;
    }
    default:
      out.push(base);
      return out;
  }
}
