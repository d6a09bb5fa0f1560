// Frame-local memory operations of the stack machine: allocating a local that lives in memory
// (arrays, structs, locals whose address is taken), zeroing an aggregate for a brace
// initializer, and reading a member out of a struct value.

import { readBits } from './bitcell';
import { zeroCells } from './compile';
import type { Insn } from './ir';
import type { Frame, MachineState } from './machine-state';
import { asPtr, uninitCells, type Regions } from './memory';
import { SimFault } from './native';
import { sizeOf, slotOffsets, slotsOf, type CType } from './types';
import type { Value } from './value';
import { memoryFault, SLOT_BYTES } from './limits';
import { noteCell, noteWrite } from './undo-sink';

/** ALLOCL: give local `insn.a` its own region (a parameter's region starts with its value). */
export function allocLocal(state: MachineState, fr: Frame, insn: Insn, name: string, maxBytes: number): void {
  const info = insn.b as { type: CType; init: boolean; layout?: number[] };
  const { type, init } = info;
  const cur = fr.vars[insn.a];
  const again = !init && typeof cur === 'object' && cur.t === 'p' && cur.s === 'c' && fr.regions.includes(cur.b);
  // The budget is checked before anything is allocated: `char buf[1 << 30]` is a fault here.
  const slots = init ? (typeof cur === 'object' && cur.t === 'a' ? cur.slots.length : 1) : slotsOf(type);
  const used = state.memBytes ?? 0;
  const grow = (slots - (again ? state.mem[cur.b].cells.length : 0)) * SLOT_BYTES;
  if (used + grow > maxBytes) throw memoryFault(maxBytes, `'${name}'`, grow);
  state.memBytes = used + grow;
  let cells: Value[];
  if (init) cells = typeof cur === 'object' && cur.t === 'a' ? cur.slots.slice() : [cur];
  else cells = uninitCells(slots);
  const layout = (info.layout ??= slotOffsets(type)); // static per declaration: computed once
  if (again) {
    noteWrite(state.mem[cur.b], 'cells');
    state.mem[cur.b].cells = cells; // the same declaration again (loop body): a fresh object
    return;
  }
  const id = state.nextRegion++;
  noteWrite(state.mem, id);
  state.mem[id] = { name, cells, layout, size: sizeOf(type) };
  fr.regions.push(id);
  fr.vars[insn.a] = { t: 'p', s: 'c', b: id, i: 0 };
}

/** ZEROAGG: zero-fill the aggregate at the pointer (left on the stack by the caller). */
export function zeroAggregate(mem: Regions, at: Value, type: CType): void {
  const p = asPtr(at);
  const cells = zeroCells(type);
  const r = mem[p.b];
  for (let k = 0; k < cells.length; k++) {
    noteCell(r.cells, p.i + k);
    r.cells[p.i + k] = cells[k];
  }
}

/** AGGGET: the member at `slot` of a struct value (`f(x).end`). */
export function aggregateMember(agg: Value, slot: number, how: CType | { cell: { pos: number; width: number; signed: boolean }; type: CType }): Value {
  if (typeof agg !== 'object' || agg.t !== 'a') throw new SimFault('undefined-behaviour', 'member of a value that is not a struct');
  if ('cell' in how) return readBits(agg.slots[slot], how.cell.pos, how.cell.width, how.cell.signed, 'read of a member');
  const ft = how;
  const n = slotsOf(ft);
  if (ft.k === 'struct' || ft.k === 'array') return { t: 'a', slots: agg.slots.slice(slot, slot + n) };
  const v = agg.slots[slot];
  if (typeof v === 'object' && v.t === 'u') throw new SimFault('uninitialized', 'read of an uninitialized member');
  return v;
}
