// setVariable / setExpression on the model's PTEs and TLB entries (issue 10): which pte or TLB
// entry a row of the Variables view is (the Page table and TLB scopes and their rows, noted as
// the adapter answers them, as data-breakpoints.ts does for pages and C values), and the
// state keys the panel uses as setExpression targets: pte:<pid>:<addr>[:<field>] and
// tlb:<cpu>:<pid>:<addr>[:<field>]. The change itself is src/sim/set-model.ts (an edit of the run).

import type { DebugProtocol } from '@vscode/debugprotocol';
import { PTE_EDIT_FIELDS, TLB_EDIT_FIELDS } from '../protocol/edits';
import { setPte, setTlb } from '../sim/set-model';
import type { ScopeInfo, SimulationApi, VariableInfo } from '../sim/types';
import { realSim } from './data-breakpoints';

type RowMeaning =
  | { k: 'ptes' }
  | { k: 'pte'; pid: number; addr: number }
  | { k: 'tlbs' }
  | { k: 'tlb'; cpu: number; pid: number; addr: number };

const NUM = '(0x[0-9a-f]{1,13}|\\d{1,15})';
const PTE_ROW = new RegExp(`^pid ${NUM} ${NUM}$`, 'i');
const TLB_ROW = new RegExp(`^cpu ${NUM} pid ${NUM} ${NUM}$`, 'i');
const PTE_KEY = new RegExp(`^pte:${NUM}:${NUM}(?::([\\w-]+))?$`, 'i');
const TLB_KEY = new RegExp(`^tlb:${NUM}:${NUM}:${NUM}(?::([\\w-]+))?$`, 'i');
/** Rows noted at most (the handles of one stop; older ones are overwritten by number). */
const MAX_ROWS = 100_000;

export class ModelEdits {
  private refs = new Map<number, RowMeaning>();

  reset(): void {
    this.refs.clear();
  }

  private note(ref: number, m: RowMeaning): void {
    if (this.refs.size >= MAX_ROWS) this.refs.clear();
    this.refs.set(ref, m);
  }

  /** The scopes the adapter answered. */
  noteScopes(scopes: ScopeInfo[]): void {
    for (const sc of scopes) {
      if (sc.name === 'Page table') this.note(sc.ref, { k: 'ptes' });
      else if (sc.name === 'TLB') this.note(sc.ref, { k: 'tlbs' });
    }
  }

  /** The rows the adapter answered for `ref`: a pte's or TLB entry's own reference gets its meaning. */
  noteVariables(ref: number, vars: VariableInfo[]): void {
    const parent = this.refs.get(ref);
    if (!parent || (parent.k !== 'ptes' && parent.k !== 'tlbs')) return;
    for (const v of vars) {
      if (!v.ref) continue;
      const m = parent.k === 'ptes' ? PTE_ROW.exec(v.name) : TLB_ROW.exec(v.name);
      if (!m) continue;
      if (parent.k === 'ptes') this.note(v.ref, { k: 'pte', pid: Number(m[1]), addr: Number(m[2]) });
      else this.note(v.ref, { k: 'tlb', cpu: Number(m[1]), pid: Number(m[2]), addr: Number(m[3]) });
    }
  }

  /** setVariable on a row of the Page table or TLB scope (or a field of one); undefined when the row is none of these. */
  setVariable(simApi: SimulationApi | undefined, args: DebugProtocol.SetVariableArguments): DebugProtocol.SetVariableResponse['body'] | undefined {
    const r = this.refs.get(args.variablesReference);
    const sim = realSim(simApi);
    if (!r || !sim || !sim.hasVariables(args.variablesReference)) return undefined;
    switch (r.k) {
      case 'ptes': {
        const m = PTE_ROW.exec(args.name);
        if (!m) throw new Error(`mmstep: no pte row '${args.name.slice(0, 60)}' (rows are 'pid <pid> <address>')`);
        return { value: setPte(sim, Number(m[1]), Number(m[2]), 'value', args.value), variablesReference: 0 };
      }
      case 'pte':
        if (!PTE_EDIT_FIELDS.includes(args.name)) return undefined;
        return { value: fieldValue(setPte(sim, r.pid, r.addr, args.name, args.value), args.name, args.value), variablesReference: 0 };
      case 'tlbs': {
        const m = TLB_ROW.exec(args.name);
        if (!m) throw new Error(`mmstep: no TLB row '${args.name.slice(0, 60)}' (rows are 'cpu <cpu> pid <pid> <address>')`);
        return { value: setTlb(sim, Number(m[1]), Number(m[2]), Number(m[3]), 'entry', args.value), variablesReference: 0 };
      }
      case 'tlb':
        if (![...TLB_EDIT_FIELDS, 'stale'].includes(args.name)) return undefined;
        return { value: fieldValue(setTlb(sim, r.cpu, r.pid, r.addr, args.name, args.value), args.name, args.value), variablesReference: 0 };
    }
  }

  /** setExpression on a state key (pte:<pid>:<addr>[:<field>], tlb:<cpu>:<pid>:<addr>[:<field>]); undefined for any other expression. */
  setExpression(simApi: SimulationApi | undefined, args: DebugProtocol.SetExpressionArguments): DebugProtocol.SetExpressionResponse['body'] | undefined {
    const text = args.expression.trim();
    const pte = PTE_KEY.exec(text);
    const tlb = pte ? undefined : TLB_KEY.exec(text);
    if (!pte && !tlb) return undefined;
    const sim = realSim(simApi);
    if (!sim) throw new Error('mmstep: no scenario is loaded');
    if (pte) return { value: setPte(sim, Number(pte[1]), Number(pte[2]), pte[3] ?? 'value', args.value) };
    return { value: setTlb(sim, Number(tlb![1]), Number(tlb![2]), Number(tlb![3]), tlb![4] ?? 'entry', args.value) };
  }
}

/** A field row shows the field, not the whole entry: the value as set, normalised where it is a flag. */
function fieldValue(whole: string, field: string, text: string): string {
  const s = text.trim().toLowerCase();
  if (['1', 'true', 'yes'].includes(s)) return 'true';
  if (['0', 'false', 'no'].includes(s)) return 'false';
  return field === 'value' || field === 'entry' ? whole : text.trim();
}
