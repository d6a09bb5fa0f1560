// A function definition: its parameters and locals, the body's statements, the implicit return
// at the closing brace (itself a step, so the final locals can be seen), gotos resolved, and the
// `mmstep-stage` marker that names the migration stage the function implements.

import { Emitter } from './emitter';
import { typeOfUnevaluated, type Cx } from './compile-expr';
import { compileBlock, stmt } from './compile-stmt';
import { Op, type FnCode } from './ir';
import { parseMacroText } from './macro-body';
import type { Node } from './parse';
import { isAggregate, type FnType } from './types';
import { CompileError, type Unit } from './unit';

/** Names whose address is taken with `&` (they must live in memory). */
export function addressTakenNames(body: Node): Set<string> {
  const out = new Set<string>();
  const visit = (n: Node): void => {
    if (n.type === 'pointer_expression' && n.childForFieldName('operator')?.text === '&') {
      let a: Node | null = n.childForFieldName('argument');
      while (a) {
        if (a.type === 'identifier') {
          out.add(a.text);
          break;
        }
        if (a.type === 'parenthesized_expression') a = a.namedChildren[0];
        else if (a.type === 'field_expression' && a.childForFieldName('operator')?.text === '.') a = a.childForFieldName('argument');
        else if (a.type === 'subscript_expression') a = a.childForFieldName('argument');
        else break;
      }
    }
    // Macro arguments may take addresses too (e.g. pte_offset_map_lock(..., &ptl)); a call's
    // arguments are visited like any other subtree.
    for (const c of n.namedChildren) if (c) visit(c);
  };
  visit(body);
  return out;
}

export function stageMarker(def: Node): string | undefined {
  let p = def.previousSibling;
  while (p && p.type === 'comment') {
    const m = /mmstep-stage:\s*([^*\n]+?)\s*(\*\/)?$/.exec(p.text);
    if (m) return m[1].trim();
    p = p.previousSibling;
  }
  return undefined;
}

export function compileFunction(u: Unit, def: Node, name: string, type: FnType, paramNames: string[]): FnCode | undefined {
  const body = def.childForFieldName('body')!;
  const e = new Emitter(addressTakenNames(body));
  e.fnName = name;
  const cx: Cx = { u, e };
  u.typeofHook = (text, node) => {
    const expr = parseMacroText(text);
    if (!expr) throw new CompileError(node, `cannot read typeof(${text})`);
    return typeOfUnevaluated(cx, expr);
  };
  const fnLoc = u.loc(def.childForFieldName('declarator')!);
  type.params.forEach((t, i) => {
    const pname = paramNames[i] || `$arg${i}`;
    const mem = isAggregate(t) || e.addressTaken.has(pname);
    const idx = e.declare(pname, t, mem, def.startPosition.row + 1);
    if (mem) e.emit(Op.ALLOCL, idx, { type: t, init: true }, fnLoc);
  });
  compileBlock(cx, body, type, false);
  // The closing brace is a step too: it shows the function's final locals before returning.
  const close = body.lastChild!;
  stmt(cx, close);
  // Falling off the end: main returns 0 (C99); other non-void functions return an
  // indeterminate value, which faults if the caller uses it.
  e.emit(Op.RET, type.ret.k === 'void' ? 0 : name === 'main' ? 3 : 2, undefined, u.loc(close));
  if (e.failed) return undefined;
  for (const g of e.gotos) {
    const target = e.labels[g.label];
    if (target === undefined) throw new CompileError(g.node as Node, `label '${g.label}' used but not defined`);
    g.insn.a = target;
  }
  return {
    name,
    type,
    file: u.file,
    line: def.startPosition.row + 1,
    endLine: def.endPosition.row + 1,
    params: type.params.length,
    locals: e.locals,
    code: e.code,
    stage: stageMarker(def),
  };
}

