// Expressions typed while stopped (watch, hover, the debug console, breakpoint conditions,
// logpoints) must never change the run: a watch `get_page(page)` would raise the refcount at
// every stop, invisibly to the state panel, and step back would silently drop the change (the
// history replays statements, not evaluations). An expression whose code cannot write (no store,
// call, allocation or builtin) runs as it is; any other runs against a snapshot, and when the state
// hash differs afterwards the state is put back and the expression refused, saying what it changed.

import { Op, type Insn } from '../c/ir';
import type { MmModel, PageState } from '../mm/state';
import { canonical } from './snapshot';

/** Could running `code` change the interpreter's or the model's state? */
export function mayChangeState(code: Insn[]): boolean {
  for (const insn of code) {
    switch (insn.op) {
      case Op.STORE:
      case Op.MSTORE:
      case Op.CALL:
      case Op.CALLI:
      case Op.ALLOCL:
      case Op.ZEROAGG:
      case Op.BUILTIN:
        return true;
    }
  }
  return false;
}

/** The functions an expression calls (kernel functions of the model), in order, once each. */
export function calledFunctions(code: Insn[]): string[] {
  const out: string[] = [];
  for (const insn of code) {
    if (insn.op === Op.CALL && typeof insn.b === 'string' && !out.includes(insn.b)) out.push(insn.b);
  }
  return out;
}

const PAGE_FIELDS: { key: keyof PageState; name: string }[] = [
  { key: 'refcount', name: 'refcount' },
  { key: 'mapcount', name: 'mapcount' },
  { key: 'pins', name: 'pin count' },
  { key: 'locked', name: 'PG_locked' },
  { key: 'lru', name: 'LRU state' },
  { key: 'dirty', name: 'PG_dirty' },
  { key: 'freed', name: 'freed state' },
];

function hex(n: number): string {
  return `0x${n.toString(16)}`;
}

/** What changed between two model states, in the model's words (at most a few items). */
export function describeModelChange(before: MmModel, after: MmModel): string {
  const out: string[] = [];
  for (const key of Object.keys(after.pages)) {
    const a = after.pages[Number(key)];
    const b = before.pages[Number(key)];
    if (!b) {
      out.push(`allocates page pfn ${hex(a.pfn)}`);
      continue;
    }
    for (const f of PAGE_FIELDS) {
      if (a[f.key] === b[f.key]) continue;
      const verb = typeof a[f.key] === 'number' ? ((a[f.key] as number) > (b[f.key] as number) ? 'raises' : 'lowers') : 'changes';
      out.push(`${verb} the ${f.name} of pfn ${hex(a.pfn)} (${String(b[f.key])} -> ${String(a[f.key])})`);
    }
  }
  if (canonical(before.tables) !== canonical(after.tables)) out.push('changes page-table entries');
  if (canonical(before.held) !== canonical(after.held)) out.push('takes or releases a spinlock');
  if (canonical(before.tlbs) !== canonical(after.tlbs)) out.push('changes a TLB');
  if (out.length === 0) return 'changes the program\'s memory';
  return out.length > 3 ? `${out.slice(0, 3).join(', ')} and more` : out.join(', ');
}

/** How an expression is being evaluated: the refusal message says what the user can do. */
export type EvalPurpose = 'watch' | 'hover' | 'repl' | 'condition' | 'log' | string;

/** Thrown (as a plain Error with a user message) when an expression would change the run. */
export class SideEffectError extends Error {
  constructor(text: string, change: string, calls: string[], purpose: EvalPurpose | undefined) {
    const via = calls.length ? ` (${calls.join(', ')})` : '';
    const where =
      purpose === 'repl'
        ? 'not evaluated: a change made from the debug console would not be replayed by step back or reverse continue'
        : purpose === 'condition' || purpose === 'log'
          ? 'not evaluated in a breakpoint condition or logpoint'
          : `not evaluated in ${purpose === 'hover' ? 'hover' : 'watch'}`;
    super(`'${text.trim()}' has side effects on the model${via}: it ${change}; ${where}`);
    this.name = 'SideEffectError';
  }
}
