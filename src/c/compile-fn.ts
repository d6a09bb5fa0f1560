// A function definition: its parameters and locals, the body's statements, the implicit return
// at the closing brace (itself a step, so the final locals can be seen), gotos resolved, and the
// `mmstep-stage` marker that names the migration stage the function implements.

import { noteFnType } from './compile-stmt-expr';
import { Emitter } from './emitter';
import { typeOfUnevaluated, type Cx } from './compile-expr';
import { compileBlock, stmt } from './compile-stmt';
import { Op, type FnCode } from './ir';
import { macroBody, parseMacroText } from './macro-body';
import type { Node } from './parse';
import { isAggregate, type FnType } from './types';
import { CompileError, type Unit } from './unit';

/** The variable an `&` operand names: `x`, `(x)`, `x.f`, `x[i]` all take the address of x. */
function addressRoot(arg: Node | null): Node | undefined {
  let a = arg;
  while (a) {
    if (a.type === 'identifier') return a;
    if (a.type === 'parenthesized_expression') a = a.namedChildren[0];
    else if (a.type === 'field_expression' && a.childForFieldName('operator')?.text === '.') a = a.childForFieldName('argument');
    else if (a.type === 'subscript_expression') a = a.childForFieldName('argument');
    else return undefined;
  }
  return undefined;
}

/**
 * Names whose address is taken with `&` (they must live in memory) — in the function body and
 * in the bodies of the macros it uses: `#define ADDR(v) (&(v))` takes the address of the
 * variable passed as `v`, `#define PX (&x)` that of `x`.
 */
export function addressTakenNames(body: Node, u?: Unit): Set<string> {
  const out = new Set<string>();
  const seenMacros = new Set<string>();
  /** `bind`: inside a macro body, the macro's parameters and the argument each stands for. */
  const visit = (n: Node, bind: Map<string, Node | undefined> | undefined, depth: number): void => {
    if (n.type === 'pointer_expression' && n.childForFieldName('operator')?.text === '&') {
      const root = addressRoot(n.childForFieldName('argument'));
      if (root) mark(root, bind);
    }
    if (u && depth < 8) {
      const callee = n.type === 'call_expression' ? n.childForFieldName('function') : null;
      const m = callee?.type === 'identifier' ? u.macros[callee.text] : n.type === 'identifier' && !bind?.has(n.text) ? u.macros[n.text] : undefined;
      if (m && (m.params ? n.type === 'call_expression' : true) && m.body.includes('&')) {
        const args = n.type === 'call_expression' ? (n.childForFieldName('arguments')?.namedChildren ?? []).filter((c): c is Node => !!c && c.type !== 'comment') : [];
        const mb = macroBody(u, m);
        if (mb) {
          // An object-like macro is the same text wherever it is used: look inside it once.
          if (m.params || !seenMacros.has(m.name)) {
            seenMacros.add(m.name);
            const inner = new Map<string, Node | undefined>();
            (m.params ?? []).forEach((p, i) => inner.set(p, args[i] ? resolve(args[i], bind) : undefined));
            visit(mb, inner, depth + 1);
          }
        } else {
          // A body that is only text (pasting, stringification): every variable passed may be it.
          for (const a of args) {
            const root = addressRoot(a);
            if (root) mark(root, bind);
          }
        }
      }
    }
    // Macro arguments may take addresses too (e.g. pte_offset_map_lock(..., &ptl)); a call's
    // arguments are visited like any other subtree.
    for (const c of n.namedChildren) if (c) visit(c, bind, depth);
  };
  /** Inside a macro body, a parameter stands for the caller's argument. */
  const resolve = (arg: Node, bind: Map<string, Node | undefined> | undefined): Node => {
    const root = addressRoot(arg);
    if (root && bind?.has(root.text)) return bind.get(root.text) ?? arg;
    return arg;
  };
  const mark = (root: Node, bind: Map<string, Node | undefined> | undefined): void => {
    if (bind?.has(root.text)) {
      const arg = bind.get(root.text);
      const r = arg ? addressRoot(arg) : undefined;
      if (r) out.add(r.text);
      return;
    }
    out.add(root.text);
  };
  visit(body, undefined, 0);
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
  const e = new Emitter(addressTakenNames(body, u));
  e.fnName = name;
  noteFnType(e, type);
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
    file: u.fileOf(def),
    line: u.lineOf(def),
    endLine: u.endLineOf(def),
    params: type.params.length,
    locals: e.locals,
    code: e.code,
    stage: stageMarker(def),
  };
}

