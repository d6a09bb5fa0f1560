// Per-function code generation state: the instruction list, locals and their block scopes,
// labels for goto, and break/continue targets.

import { Op, type Insn, type LocalInfo } from './ir';
import type { CType } from './types';
import { dict } from './dict';

export class Emitter {
  code: Insn[] = [];
  locals: LocalInfo[] = [];
  scopes: Record<string, number>[] = [dict()];
  labels: Record<string, number> = dict();
  gotos: { insn: Insn; label: string; node: unknown }[] = [];
  breaks: Insn[][] = [];
  continues: Insn[][] = [];
  /** Location index of the statement being compiled (for per-statement call info). */
  curStmt = -1;
  /** Types of expressions already worked out (typeOfUnevaluated), by syntax node id. */
  typeCache = new Map<number, CType>();
  /** A statement failed to compile (already reported): the function is not emitted. */
  failed = false;
  /** The function being compiled (for __func__); '' for file-scope initializers. */
  fnName = '';

  /** Compiling a file-scope (static storage) initializer rather than a function body. */
  get atFileScope(): boolean {
    return this.fnName === '';
  }
  /** Names of locals whose address is taken somewhere in the function. */
  addressTaken: Set<string>;

  constructor(addressTaken: Set<string>) {
    this.addressTaken = addressTaken;
  }

  emit(op: Op, a = 0, b?: unknown, loc = -1): Insn {
    const insn: Insn = { op, a, b, loc };
    this.code.push(insn);
    return insn;
  }

  here(): number {
    return this.code.length;
  }

  patch(insn: Insn, target = this.here()): void {
    insn.a = target;
  }

  /** A `static` local: visible by name in this scope, stored as file-scope global `g`. */
  declareStatic(name: string, g: number): void {
    this.scopes[this.scopes.length - 1][name] = -g - 1;
  }

  lookup(name: string): number | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const idx = this.scopes[i][name];
      if (idx !== undefined) return idx;
    }
    return undefined;
  }

  declare(name: string, type: CType, mem: boolean, declLine: number): number {
    const idx = this.locals.length;
    this.locals.push({ name, type, mem, declLine, scopeEnd: Number.MAX_SAFE_INTEGER });
    this.scopes[this.scopes.length - 1][name] = idx;
    return idx;
  }

  temp(type: CType): number {
    const idx = this.locals.length;
    this.locals.push({ name: `$t${idx}`, type, mem: false, temp: true, declLine: 0, scopeEnd: 0 });
    return idx;
  }

  pushScope(): void {
    this.scopes.push(dict());
  }

  popScope(endLine: number): void {
    const s = this.scopes.pop()!;
    for (const idx of Object.values(s)) if (idx >= 0) this.locals[idx].scopeEnd = endLine;
  }
}
