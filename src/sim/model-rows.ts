// Rows of the Variables view's model scopes that can be set (issue 10): a pte of the Page table
// scope expands to its decoded fields (the ones setVariable takes, pte-fields.ts), and the TLB
// scope lists each CPU's cached translations with their pfn and write bit. Row names are what the
// adapter parses back (debug/model-edits.ts): `pid 1 0x7f0000000000`, `cpu 0 pid 1 0x7f0000000000`.

import { pteFieldRows } from '../mm/pte-fields';
import type { PteView, StateView } from '../protocol/state';
import type { VariableInfo } from './types';
import type { VarNode } from './values';

type Add = (node: VarNode) => number;

/** A Page table row: the pte as text, expandable to its fields (none when no table covers it). */
export function pteRow(add: Add, pid: number, e: PteView): VariableInfo {
  const ref = e.populated === false ? 0 : add({ k: 'list', items: pteFieldRows(BigInt(e.raw)).map((r) => ({ ...r, ref: 0 })) });
  return { name: `pid ${pid} ${e.addr}`, value: e.text, ref };
}

/** The TLB scope's rows (every CPU's entries), or undefined when no CPU caches a translation. */
export function tlbRows(add: Add, view: StateView): VariableInfo[] | undefined {
  const out: VariableInfo[] = [];
  for (const t of view.tlbs) {
    for (const e of t.entries) {
      const fields: VariableInfo[] = [
        { name: 'pfn', value: `0x${e.pfn.toString(16)}`, ref: 0 },
        { name: 'write', value: String(e.write), ref: 0 },
        { name: 'stale', value: String(e.stale), ref: 0 },
      ];
      out.push({ name: `cpu ${t.cpu} pid ${e.pid} ${e.addr}`, value: `pfn 0x${e.pfn.toString(16)}${e.write ? ' (write)' : ''}${e.stale ? ' [stale]' : ''}`, ref: add({ k: 'list', items: fields }) });
    }
  }
  return out.length ? out : undefined;
}
