// Kernel macros and calls that need the interpreter itself rather than the model: the
// assertion family (BUG_ON, VM_BUG_ON, WARN_ON ...), which report the condition's source text,
// and schedule()/cond_resched(), which hand the CPU to another simulated thread.

import { Op } from './ir';
import type { Node } from './parse';
import { T, type CType } from './types';
import { CompileError } from './unit';
import { compileExpr, convert, type Cx } from './compile-expr';

export const INTRINSICS = new Set([
  'BUG_ON',
  'VM_BUG_ON',
  'VM_BUG_ON_PAGE',
  'VM_BUG_ON_FOLIO',
  'BUG',
  'WARN_ON',
  'WARN_ON_ONCE',
  'VM_WARN_ON',
  'VM_WARN_ON_ONCE',
  'VM_WARN_ON_FOLIO',
  'WARN',
  'WARN_ONCE',
  'schedule',
  'cond_resched',
]);

export type BuiltinKind = 'bug' | 'warn' | 'yield';

export interface BuiltinInfo {
  kind: BuiltinKind;
  /** e.g. `BUG_ON(!PageLocked(page))` */
  text: string;
  once?: boolean;
}

export function compileIntrinsic(cx: Cx, name: string, node: Node, args: Node[], L: number): CType {
  const { e } = cx;
  const text = node.text.replace(/\s+/g, ' ');
  const cond = (): void => {
    if (!args.length) throw new CompileError(node, `${name} needs a condition`);
    convert(cx, compileExpr(cx, args[0]), T.bool, args[0], L);
  };
  switch (name) {
    case 'BUG':
      e.emit(Op.PUSH, 0, 1n, L);
      e.emit(Op.BUILTIN, 0, { kind: 'bug', text } satisfies BuiltinInfo, L);
      return T.void;
    case 'BUG_ON':
    case 'VM_BUG_ON':
    case 'VM_BUG_ON_PAGE':
    case 'VM_BUG_ON_FOLIO':
      cond();
      e.emit(Op.BUILTIN, 0, { kind: 'bug', text } satisfies BuiltinInfo, L);
      return T.void;
    case 'WARN_ON':
    case 'WARN_ON_ONCE':
    case 'VM_WARN_ON':
    case 'VM_WARN_ON_ONCE':
    case 'VM_WARN_ON_FOLIO':
    case 'WARN':
    case 'WARN_ONCE':
      cond();
      e.emit(Op.BUILTIN, 1, { kind: 'warn', text, once: name.endsWith('ONCE') } satisfies BuiltinInfo, L);
      return T.int;
    case 'schedule':
    case 'cond_resched':
      if (args.length) throw new CompileError(node, `${name}() takes no arguments`);
      e.emit(Op.BUILTIN, 0, { kind: 'yield', text } satisfies BuiltinInfo, L);
      return T.void;
  }
  throw new CompileError(node, `unknown intrinsic ${name}`);
}
