// Kernel macros and calls that need the interpreter itself rather than the model: the
// assertion family (BUG_ON, VM_BUG_ON, WARN_ON ...), which report the condition's source text,
// and schedule()/cond_resched(), which hand the CPU to another simulated thread.

import { Op } from './ir';
import { constEval } from './const-eval';
import type { Node } from './parse';
import { T, type CType } from './types';
import { CompileError } from './unit';
import { compileExpr, convert, fieldNameOf, typeOfUnevaluated, type Cx } from './compile-expr';
import { findField, ptrTo, type StructType } from './types';
import { namedType } from './compile-types';
import { typeofText } from './typeof-names';

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
  'container_of',
  'list_entry',
  'list_first_entry',
  '__mmstep_container_of',
  '__builtin_expect',
  '__builtin_constant_p',
  '__builtin_unreachable',
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
    case '__builtin_expect': {
      // The hint is dropped; the value is the first operand, as a long.
      if (args.length !== 2) throw new CompileError(node, '__builtin_expect takes 2 arguments');
      convert(cx, compileExpr(cx, args[0]), T.long, args[0], L);
      return T.long;
    }
    case '__builtin_constant_p': {
      // 1 for an integer constant expression, as gcc folds it even at -O0; 0 otherwise.
      if (args.length !== 1) throw new CompileError(node, '__builtin_constant_p takes 1 argument');
      let constant = true;
      try {
        constEval(cx.u, args[0]);
      } catch {
        constant = false;
      }
      e.emit(Op.PUSH, 0, constant ? 1n : 0n, L);
      return T.int;
    }
    case '__builtin_unreachable':
      e.emit(Op.PUSH, 0, 1n, L);
      e.emit(Op.BUILTIN, 0, { kind: 'bug', text: '__builtin_unreachable() reached' } satisfies BuiltinInfo, L);
      return T.void;
    case 'container_of':
    case 'list_entry':
    case 'list_first_entry':
    case '__mmstep_container_of':
      return containerOf(cx, name, node, args, L);
  }
  throw new CompileError(node, `unknown intrinsic ${name}`);
}

/**
 * container_of(ptr, type, member): step back from a pointer to `member` to the struct that
 * contains it. The type is a struct tag or typedef name (the sanitizer blanked `struct`), or,
 * for the iterator macros, the type a sample cursor variable points to.
 */
function containerOf(cx: Cx, name: string, node: Node, args: Node[], L: number): CType {
  const { u, e } = cx;
  if (args.length !== 3) throw new CompileError(node, `${name} takes 3 arguments`);
  let st: StructType;
  if (name === '__mmstep_container_of') {
    const t = typeOfUnevaluated(cx, args[1]);
    if (t.k !== 'ptr' || t.to.k !== 'struct') throw new CompileError(args[1], 'the list cursor must be a pointer to a struct');
    st = t.to;
  } else {
    const tn = fieldNameOf(cx, args[1].text.trim());
    const named = u.typedefs[tn] ?? (typeofText(tn) !== undefined ? namedType(u, tn) : undefined);
    const def = u.structs[tn] ?? (named?.k === 'struct' ? named.def : undefined);
    if (!def) throw new CompileError(args[1], `${name}: unknown struct '${tn}'`);
    st = { k: 'struct', def };
  }
  const member = fieldNameOf(cx, args[2].text.trim());
  const f = findField(st.def, member);
  if (!f) throw new CompileError(args[2], `struct ${st.def.tag} has no member '${member}'`);
  const pt = compileExpr(cx, args[0]);
  if (pt.k !== 'ptr') throw new CompileError(args[0], `${name} needs a pointer`);
  if (name === 'list_first_entry') {
    // list_first_entry(head, type, member) == container_of(head->next, type, member)
    const head = pt.to;
    if (head.k !== 'struct') throw new CompileError(args[0], 'list_first_entry needs a struct list_head pointer');
    const next = findField(head.def, 'next');
    if (!next) throw new CompileError(args[0], 'list head has no next member');
    e.emit(Op.MLOAD, next.slot, { struct: head.def.tag, field: 'next', slot: next.slot, type: next.type }, L);
  }
  e.emit(Op.PUSH, 0, BigInt(-f.slot), L);
  e.emit(Op.PADD, 1, undefined, L);
  return ptrTo(st);
}
