// Calls and macro expansion: direct calls, calls through function pointers, intrinsics, and
// function-like macros expanded on the syntax tree (arguments compiled where they were written)
// or, where C's textual pasting would mean something else, on text.

import { compileValue, typeOfUnevaluated, type Cx } from './compile-expr';
import { convert } from './compile-ops';
import { statementExpression } from './compile-stmt-expr';
import { compileIntrinsic, INTRINSICS } from './intrinsics';
import { namedType, typeofType } from './compile-types';
import { typeofText } from './typeof-names';
import { Op } from './ir';
import { macroBody } from './macro-body';
import { expandText, needsTextual, rawArgs } from './macro-text';
import type { Node } from './parse';
import { promote, isInt, type CType } from './types';
import { CompileError, countExpansion, ExpansionLimit } from './unit';
import { dict } from './dict';

export function args(node: Node): Node[] {
  return (node.childForFieldName('arguments')?.namedChildren ?? []).filter(
    (c): c is Node => !!c && c.type !== 'comment',
  );
}

/** Run `f` inside a macro expansion; errors are re-anchored at the use site. */
export function withExpansion<R>(cx: Cx, use: Node, name: string, bind: Record<string, Node>, f: () => R): R {
  const { u } = cx;
  if (u.expansions.length > 32) throw new ExpansionLimit(use, `macro expansions nested more than 32 deep at '${name}' (a macro that expands to itself?)`);
  countExpansion(u, use);
  const loc = u.loc(use);
  const exp = u.expansions.length;
  const argsBound: Record<string, { node: Node; exp: number }> = dict();
  for (const [k, v] of Object.entries(bind)) argsBound[k] = { node: v, exp };
  u.expansions.unshift({ loc, args: argsBound, name });
  try {
    return f();
  } catch (err) {
    if (err instanceof ExpansionLimit && u.expansions.length === exp + 1) throw new ExpansionLimit(use, err.message);
    if (err instanceof CompileError && u.expansions.length === exp + 1) {
      throw new CompileError(use, `in expansion of macro '${name}': ${err.message}`);
    }
    throw err;
  } finally {
    u.expansions.shift();
  }
}

/** A macro parameter bound at the innermost expansion: compile its argument outside it. */
export function macroArg(cx: Cx, name: string): { node: Node; exp: number } | undefined {
  const top = cx.u.expansions[0];
  return top?.args[name];
}

export function isTypeofCall(paren: Node): boolean {
  const inner = paren.namedChildren[0];
  const f = inner?.type === 'call_expression' ? inner.childForFieldName('function') : null;
  return !!f && (f.text === 'typeof' || f.text === '__typeof__') && args(inner!).length === 1;
}

/** A member name inside a macro body may be a macro parameter (`&pos->member`). */
export function fieldNameOf(cx: Cx, name: string): string {
  let depth = 0;
  let n = name;
  while (depth < cx.u.expansions.length) {
    const b = cx.u.expansions[depth].args[n];
    if (!b) break;
    n = b.node.text.trim();
    depth++;
  }
  return n;
}

export function compileInOuter<R>(cx: Cx, f: () => R): R {
  const saved = cx.u.expansions.shift()!;
  try {
    return f();
  } finally {
    cx.u.expansions.unshift(saved);
  }
}

export function expandFnMacro<R>(cx: Cx, node: Node, name: string, f: (body: Node) => R): R {
  const m = cx.u.macros[name];
  const a = args(node);
  const params = m.params ?? [];
  const given = rawArgs(node.childForFieldName('arguments')!).length;
  if (!m.variadic && given !== params.length)
    throw new CompileError(node, `macro '${name}' takes ${params.length} argument(s), ${given} given`);
  const argList = node.childForFieldName('arguments')!;
  if (needsTextual(m, a, argList, (n) => cx.e.lookup(n) === undefined && !!namedType(cx.u, n))) {
    const expanded = expandText(cx.u, m, argList);
    if (!expanded) throw new CompileError(node, `macro '${name}' does not expand to a C expression or statement here`);
    // Arguments are already inside the text: no parameter bindings in this expansion.
    return withExpansion(cx, node, name, {}, () => f(expanded));
  }
  const body = macroBody(cx.u, m);
  if (!body && m.refused) throw new CompileError(node, `macro '${name}': ${m.refused}`);
  if (!body) throw new CompileError(node, m.bad ? `macro '${name}' has a body that is not a C expression or statement (token pasting or stringification are not supported)` : `macro '${name}' expands to nothing`);
  const bind: Record<string, Node> = dict();
  params.forEach((p, i) => (bind[p] = a[i]));
  return withExpansion(cx, node, name, bind, () => f(body));
}

/** `(name)` where name is a type, not a variable, function or macro argument. */
function parenthesizedTypeName(cx: Cx, paren: Node): CType | undefined {
  const inner = paren.namedChildren.filter((c) => c && c.type !== 'comment');
  if (inner.length !== 1 || inner[0]!.type !== 'identifier') return undefined;
  const name = inner[0]!.text;
  if (cx.e.lookup(name) !== undefined || macroArg(cx, name) || name in cx.u.globalIndex || cx.u.fnTypes[name]) return undefined;
  const tt = typeofText(name);
  if (tt !== undefined) return typeofType(cx.u, tt, inner[0]!);
  return cx.u.typedefs[name];
}

export function call(cx: Cx, node: Node, L: number): CType {
  const { u, e } = cx;
  const fn = node.childForFieldName('function')!;
  const a = args(node);
  if (fn.type === 'parenthesized_expression' && isTypeofCall(fn)) {
    // `(typeof(x))(a)`: the grammar reads a typeof cast as a call; it is a cast of `a`.
    if (a.length !== 1) throw new CompileError(node, 'a typeof cast takes one operand');
    const to = typeOfUnevaluated(cx, args(fn.namedChildren[0]!)[0]);
    convert(cx, compileValue(cx, a[0]), to, a[0], L, true);
    return to;
  }
  const castTo = fn.type === 'parenthesized_expression' ? parenthesizedTypeName(cx, fn) : undefined;
  if (castTo) {
    // `(pte_t)(x)`, `(typeof(v))(x)`: the grammar reads a cast to a type name as a call.
    if (a.length !== 1) throw new CompileError(node, 'a cast takes one operand');
    // `(T)({ ... })`: the operand is a statement expression.
    const from = a[0].type === 'compound_statement' ? statementExpression(cx, a[0], compileValue) : compileValue(cx, a[0]);
    if (castTo.k === 'void') {
      if (from.k !== 'void') e.emit(Op.POP, 0, undefined, L);
      return castTo;
    }
    convert(cx, from, castTo, a[0], L, true);
    return castTo;
  }
  if (fn.type === 'identifier' && e.lookup(fn.text) === undefined && !macroArg(cx, fn.text) && !(fn.text in u.globalIndex)) {
    const name = fn.text;
    if (INTRINSICS.has(name) && !u.fnTypes[name]) return compileIntrinsic(cx, name, node, a, L);
    const m = u.macros[name];
    if (m?.params) {
      return expandFnMacro(cx, node, name, (body) => {
        if (m.stmt) throw new CompileError(node, `macro '${name}' is a statement; it cannot be used as a value`);
        return compileValue(cx, body);
      });
    }
    const ft = u.fnTypes[name];
    if (!ft) throw new CompileError(fn, `call to undeclared function '${name}'`);
    pushArgs(cx, ft, a, node, L);
    e.emit(Op.CALL, a.length, u.fnName(name), L);
    const info = (u.stmtInfo[e.curStmt] ??= {});
    (info.natives ??= []).push(name);
    return ft.ret;
  }
  const ct = compileValue(cx, fn);
  const ft = ct.k === 'ptr' && ct.to.k === 'fn' ? ct.to : ct.k === 'fn' ? ct : undefined;
  if (!ft) throw new CompileError(fn, 'called object is not a function or function pointer');
  pushArgs(cx, ft, a, node, L);
  // b: whether the pointer's type returns a value (the stack depth after the call, codegen-flow.ts).
  e.emit(Op.CALLI, a.length, ft.ret.k === 'void' ? 'void' : 'value', L);
  return ft.ret;
}

export function pushArgs(cx: Cx, ft: CType & { k: 'fn' }, a: Node[], node: Node, L: number): void {
  if (a.length < ft.params.length || (!ft.variadic && a.length > ft.params.length))
    throw new CompileError(node, `expected ${ft.params.length} argument(s), got ${a.length}`);
  a.forEach((arg, i) => {
    const t = compileValue(cx, arg);
    if (i < ft.params.length) convert(cx, t, ft.params[i], arg, L);
    else if (isInt(t)) convert(cx, t, promote(t), arg, L); // default argument promotions
  });
}

