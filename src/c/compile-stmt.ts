// Statements and function bodies. Each statement begins with a STMT instruction (the step
// boundary and the line a breakpoint binds to); loop conditions and for-updates get their own
// STMT so stepping through a loop shows the loop header each time round, as gdb does.

import { Emitter } from './emitter';
import { isIteratorUse } from './parse';
import { directive, selectBranch } from './preproc';
import { compileExpr, compileLValue, convert, expandFnMacro, setInitListHook, storeLV, stringBytesOf, typeOfUnevaluated, withExpansion, type Cx } from './compile-expr';
import { parseMacroText } from './macro-body';
import { applyDeclarator, resolveTypeSpec } from './compile-types';
import { constEval } from './const-eval';
import { Op, type FnCode, type Insn } from './ir';
import type { Node } from './parse';
import { findField, isAggregate, isInt, promote, T, type CType, type FnType } from './types';
import { CompileError, type Unit } from './unit';

function named(node: Node | null): Node[] {
  return (node?.namedChildren ?? []).filter((c): c is Node => !!c && c.type !== 'comment');
}

/** Names whose address is taken with `&` (they must live in memory). */
function addressTakenNames(body: Node): Set<string> {
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

function stageMarker(def: Node): string | undefined {
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

/** A step boundary for `node`. */
function stmt(cx: Cx, node: Node, until?: Node): number {
  const L = until ? cx.u.locSpan(node, until) : cx.u.loc(node);
  cx.e.curStmt = L;
  cx.e.emit(Op.STMT, 0, undefined, L);
  if (!cx.u.expansions.length) cx.u.noteStmtLine(node.startPosition.row + 1);
  return L;
}

function compileBlock(cx: Cx, block: Node, fn: FnType, scope = true): void {
  if (scope) cx.e.pushScope();
  const stmts = named(block);
  for (let i = 0; i < stmts.length; i++) {
    const s = stmts[i];
    if (s.type === 'expression_statement' && isIteratorUse(s, cx.u.loopMacros) && i + 1 < stmts.length) {
      iteratorLoop(cx, s, stmts[++i], fn);
      continue;
    }
    guardStmt(cx, s, () => compileStmt(cx, s, fn));
  }
  if (scope) cx.e.popScope(block.endPosition.row + 1);
}

/** Compile one statement; an error in it is reported and the function's compilation goes on. */
function guardStmt(cx: Cx, s: Node, f: () => void): void {
  if (!cx.u.expansions.length) {
    try {
      f();
    } catch (err) {
      if (!(err instanceof CompileError)) throw err;
      cx.u.error(err.node, err.message);
      cx.e.failed = true;
    }
    return;
  }
  f();
}

/** `list_for_each_entry(pos, head, member) body`: the macro's for loop around `body`. */
function iteratorLoop(cx: Cx, use: Node, body: Node, fn: FnType): void {
  const call = named(use)[0];
  const name = call.childForFieldName('function')!.text;
  const u = cx.u;
  expandFnMacro(cx, call, name, (head) => {
    if (!STATEMENT_NODES.has(head.type)) throw new CompileError(use, `iterator macro '${name}' does not expand to a loop`);
    const outer = u.iteratorHole;
    u.iteratorHole = { body, depth: 1 };
    try {
      compileStmt(cx, head, fn);
      if (u.iteratorHole) throw new CompileError(use, `iterator macro '${name}' has no place for its body`);
    } finally {
      u.iteratorHole = outer;
    }
  });
}

const STATEMENT_NODES = new Set([
  'for_statement',
  'while_statement',
  'do_statement',
  'if_statement',
  'compound_statement',
  'switch_statement',
  'return_statement',
  'goto_statement',
  'break_statement',
  'continue_statement',
  'expression_statement',
  'declaration',
]);

function loop(cx: Cx, f: (breaks: Insn[], continues: Insn[]) => void): void {
  const breaks: Insn[] = [];
  const continues: Insn[] = [];
  cx.e.breaks.push(breaks);
  cx.e.continues.push(continues);
  try {
    f(breaks, continues);
  } finally {
    cx.e.breaks.pop();
    cx.e.continues.pop();
  }
}

function cond(cx: Cx, node: Node): void {
  const inner = node.type === 'parenthesized_expression' ? named(node)[0] : node;
  const t = compileExpr(cx, inner);
  convert(cx, t, T.bool, inner, cx.u.loc(inner));
}

export function compileStmt(cx: Cx, s: Node, fn: FnType): void {
  const { u, e } = cx;
  switch (s.type) {
    case 'compound_statement':
      return compileBlock(cx, s, fn);
    case 'declaration':
      return declaration(cx, s);
    case 'expression_statement': {
      const ex = named(s)[0];
      if (!ex) {
        // The empty statement that ends an iterator macro's body is where the loop body goes.
        const hole = u.iteratorHole;
        if (hole && u.expansions.length) {
          u.iteratorHole = undefined;
          const saved = u.expansions.splice(0, hole.depth);
          try {
            compileStmt(cx, hole.body, fn);
          } finally {
            u.expansions.unshift(...saved);
          }
        }
        return;
      }
      const callee = ex.type === 'call_expression' ? ex.childForFieldName('function') : null;
      const m = callee?.type === 'identifier' && e.lookup(callee.text) === undefined && !(callee.text in u.globalIndex) ? u.macros[callee.text] : undefined;
      if (m?.params) {
        // A macro used as a statement may expand to a statement (do { } while (0)) or to an
        // expression whose value is dropped.
        const L = stmt(cx, s);
        return expandFnMacro(cx, ex, m.name, (body) => {
          if (STATEMENT_NODES.has(body.type)) return compileStmt(cx, body, fn);
          const t = compileExpr(cx, body);
          if (t.k !== 'void') e.emit(Op.POP, 0, undefined, L);
        });
      }
      const L = stmt(cx, s);
      const t = compileExpr(cx, ex);
      if (t.k !== 'void') e.emit(Op.POP, 0, undefined, L);
      return;
    }
    case 'if_statement': {
      stmt(cx, s, s.childForFieldName('condition')!);
      cond(cx, s.childForFieldName('condition')!);
      const jz = e.emit(Op.JZ, 0, undefined, -1);
      compileStmt(cx, s.childForFieldName('consequence')!, fn);
      const alt = s.childForFieldName('alternative');
      if (alt) {
        const jend = e.emit(Op.JMP, 0, undefined, -1);
        e.patch(jz);
        const altStmt = alt.type === 'else_clause' ? named(alt)[0] : alt;
        if (altStmt) compileStmt(cx, altStmt, fn);
        e.patch(jend);
      } else e.patch(jz);
      return;
    }
    case 'while_statement':
      return loop(cx, (breaks, continues) => {
        const top = e.here();
        stmt(cx, s, s.childForFieldName('condition')!);
        cond(cx, s.childForFieldName('condition')!);
        breaks.push(e.emit(Op.JZ, 0, undefined, -1));
        compileStmt(cx, s.childForFieldName('body')!, fn);
        e.emit(Op.JMP, top, undefined, -1);
        for (const c of continues) c.a = top;
        for (const b of breaks) e.patch(b);
      });
    case 'do_statement':
      return loop(cx, (breaks, continues) => {
        const top = e.here();
        compileStmt(cx, s.childForFieldName('body')!, fn);
        const contAt = e.here();
        stmt(cx, s.childForFieldName('condition')!);
        cond(cx, s.childForFieldName('condition')!);
        e.emit(Op.JNZ, top, undefined, -1);
        for (const c of continues) c.a = contAt;
        for (const b of breaks) e.patch(b);
      });
    case 'for_statement':
      return forLoop(cx, s, fn);
    case 'return_statement': {
      const L = stmt(cx, s);
      const v = named(s)[0];
      if (v) {
        const t = compileExpr(cx, v);
        if (fn.ret.k === 'void') {
          if (t.k !== 'void') throw new CompileError(v, 'return with a value in a void function');
          e.emit(Op.RET, 0, undefined, L);
        } else {
          convert(cx, t, fn.ret, v, L);
          e.emit(Op.RET, 1, undefined, L);
        }
      } else e.emit(Op.RET, 0, undefined, L);
      return;
    }
    case 'break_statement':
    case 'continue_statement': {
      // A jump to the innermost loop (or switch, for break), patched when it is closed.
      const L = stmt(cx, s);
      const isBreak = s.type === 'break_statement';
      const lists = isBreak ? e.breaks : e.continues;
      const list = lists[lists.length - 1];
      if (!list) throw new CompileError(s, isBreak ? "'break' outside a loop or switch" : "'continue' outside a loop");
      list.push(e.emit(Op.JMP, 0, undefined, L));
      return;
    }
    case 'goto_statement': {
      const L = stmt(cx, s);
      const label = s.childForFieldName('label')!.text;
      e.gotos.push({ insn: e.emit(Op.JMP, 0, undefined, L), label, node: s });
      return;
    }
    case 'labeled_statement': {
      const label = s.childForFieldName('label')!.text;
      if (label in e.labels) throw new CompileError(s, `duplicate label '${label}'`);
      e.labels[label] = e.here();
      const inner = named(s).filter((c) => c.type !== 'statement_identifier');
      for (const i of inner) compileStmt(cx, i, fn);
      return;
    }
    case 'switch_statement':
      return switchStmt(cx, s, fn);
    case 'preproc_def':
    case 'preproc_function_def':
    case 'preproc_call':
      directive(u, s);
      return;
    case 'preproc_ifdef':
    case 'preproc_if':
    case 'preproc_elif':
    case 'preproc_elifdef':
      for (const x of selectBranch(u, s)) compileStmt(cx, x, fn);
      return;
    case 'type_definition':
    case 'struct_specifier':
      throw new CompileError(s, 'declare types at file scope');
    case ';':
    case 'empty_statement':
      return;
    case 'case_statement':
      throw new CompileError(s, "'case' outside a switch");
    default:
      throw new CompileError(s, `unsupported statement '${s.text.slice(0, 40)}' (${s.type})`);
  }
}


function forLoop(cx: Cx, s: Node, fn: FnType): void {
  const { e } = cx;
  e.pushScope();
  loop(cx, (breaks, continues) => {
    const init = s.childForFieldName('initializer');
    if (init) {
      if (init.type === 'declaration') declaration(cx, init);
      else {
        const L = stmt(cx, init);
        const t = compileExpr(cx, init);
        if (t.k !== 'void') e.emit(Op.POP, 0, undefined, L);
      }
    }
    const top = e.here();
    const c = s.childForFieldName('condition');
    if (c) {
      stmt(cx, c);
      cond(cx, c);
      breaks.push(e.emit(Op.JZ, 0, undefined, -1));
    }
    compileStmt(cx, s.childForFieldName('body')!, fn);
    const contAt = e.here();
    const upd = s.childForFieldName('update');
    if (upd) {
      const L = stmt(cx, upd);
      const t = compileExpr(cx, upd);
      if (t.k !== 'void') e.emit(Op.POP, 0, undefined, L);
    }
    e.emit(Op.JMP, top, undefined, -1);
    for (const x of continues) x.a = contAt;
    for (const b of breaks) e.patch(b);
  });
  e.popScope(s.endPosition.row + 1);
}

function switchStmt(cx: Cx, s: Node, fn: FnType): void {
  const { u, e } = cx;
  const L = stmt(cx, s, s.childForFieldName('condition')!);
  const condNode = named(s.childForFieldName('condition')!)[0] ?? s.childForFieldName('condition')!;
  const t = compileExpr(cx, condNode);
  if (!isInt(t)) throw new CompileError(condNode, 'switch on a non-integer');
  const pt = promote(t);
  convert(cx, t, pt, condNode, L);
  const table: { values: bigint[]; targets: number[]; dflt: number; type: CType } = { values: [], targets: [], dflt: -1, type: pt };
  const sw = e.emit(Op.SWITCH, 0, table, L);
  loop(cx, (breaks) => {
    // `continue` inside a switch belongs to the enclosing loop.
    const cont = e.continues.pop()!;
    const outerCont = e.continues[e.continues.length - 1];
    if (outerCont) e.continues.push(outerCont);
    else e.continues.push(cont);
    const body = s.childForFieldName('body')!;
    e.pushScope();
    for (const c of named(body)) {
      if (c.type === 'case_statement') {
        const v = c.childForFieldName('value');
        if (v) {
          const raw = constEval(u, v);
          const val = pt.signed ? BigInt.asIntN(pt.bits, raw) : BigInt.asUintN(pt.bits, raw);
          if (table.values.some((x) => x === val)) throw new CompileError(v, `duplicate case value ${val}`);
          table.values.push(val);
          table.targets.push(e.here());
        } else table.dflt = e.here();
        for (const inner of named(c)) if (!v || inner.id !== v.id) compileStmt(cx, inner, fn);
      } else compileStmt(cx, c, fn);
    }
    e.popScope(body.endPosition.row + 1);
    e.continues.pop();
    e.continues.push(cont);
    for (const b of breaks) e.patch(b);
    if (table.dflt < 0) table.dflt = e.here();
  });
  void sw;
}

function declaration(cx: Cx, d: Node): void {
  const { u, e } = cx;
  const isStatic = d.children.some((c) => c?.type === 'storage_class_specifier' && c.text === 'static');
  const isExtern = d.children.some((c) => c?.type === 'storage_class_specifier' && c.text === 'extern');
  const base = resolveTypeSpec(u, d.childForFieldName('type')!);
  if (isExtern) {
    // `extern int x;` in a block names the file-scope object.
    for (const decl of d.childrenForFieldName('declarator')) {
      if (!decl) continue;
      const r = applyDeclarator(u, decl, base);
      if (r.type.k === 'fn') {
        u.fnTypes[r.name] ??= r.type;
        continue;
      }
      const g = u.globalIndex[r.name];
      if (g === undefined) throw new CompileError(decl, `extern '${r.name}' names no file-scope variable`);
      e.declareStatic(r.name, g);
    }
    return;
  }
  if (isStatic) {
    // A static local is a file-scope object visible only in this block, initialized once.
    for (const decl of d.childrenForFieldName('declarator')) {
      if (!decl) continue;
      const r = applyDeclarator(u, decl, base);
      const g = u.defineStatic(`${e.fnName}.${r.name}`, r.type, d, decl.type === 'init_declarator' ? decl.childForFieldName('value') : null);
      e.declareStatic(r.name, g);
    }
    return;
  }
  for (const decl of d.childrenForFieldName('declarator')) {
    if (!decl) continue;
    const r = applyDeclarator(u, decl, base);
    if (r.type.k === 'fn') {
      u.fnTypes[r.name] ??= r.type;
      continue;
    }
    const init = decl.type === 'init_declarator' ? decl.childForFieldName('value') : null;
    let type = r.type;
    if (type.k === 'array' && type.n === 0 && init?.type === 'initializer_list') {
      type = { ...type, n: named(init).length };
    }
    if (type.k === 'array' && type.n === 0 && init && (init.type === 'string_literal' || init.type === 'concatenated_string')) {
      type = { ...type, n: stringBytes(cx, init).length };
    }
    const mem = isAggregate(type) || e.addressTaken.has(r.name);
    const line = d.startPosition.row + 1;
    const L = u.loc(decl);
    const idx = e.declare(r.name, type, mem, line);
    if (mem) e.emit(Op.ALLOCL, idx, { type, init: false }, L);
    if (!init) continue;
    stmt(cx, decl);
    if (type.k === 'array' && (init.type === 'string_literal' || init.type === 'concatenated_string')) {
      // char buf[] = "text": copy the bytes (and the NUL) into the array.
      e.emit(Op.LVAR, idx, undefined, L);
      e.emit(Op.ZEROAGG, 0, type, L);
      storeString(cx, init, type, 0, L);
      e.emit(Op.POP, 0, undefined, L);
    } else if (init.type === 'initializer_list') {
      if (!mem) throw new CompileError(init, 'brace initializer for a scalar');
      e.emit(Op.LVAR, idx, undefined, L);
      e.emit(Op.ZEROAGG, 0, type, L);
      initList(cx, init, type, idx, []);
      e.emit(Op.POP, 0, undefined, L);
    } else {
      const lv = mem ? (e.emit(Op.LVAR, idx, undefined, L), { kind: 'ptr' as const, type }) : { kind: 'var' as const, idx, type };
      const t = compileExpr(cx, init);
      convert(cx, t, type, init, L);
      storeLV(cx, lv, L);
      e.emit(Op.POP, 0, undefined, L);
    }
  }
}

/**
 * Brace initializers: `{ 0 }`, `{ 1, 2 }`, `{ .f = fn, .vma = vma }`, nested. The aggregate is
 * zeroed first; each element is stored through a path of (slot offset, type).
 */
export function initList(cx: Cx, list: Node, type: CType, idx: number, path: { slot: number }[]): void {
  const { e } = cx;
  let pos = 0;
  for (const item of named(list)) {
    let target: { slot: number; type: CType };
    let first: { slot: number; type: CType };
    let valueNode = item;
    if (item.type === 'initializer_pair') {
      // A designator chain such as `[1].b = 9` walks into nested members.
      const chain = item.childrenForFieldName('designator').filter((d): d is Node => !!d);
      valueNode = item.childForFieldName('value')!;
      first = designate(cx, chain[0], type);
      target = { ...first };
      for (const d of chain.slice(1)) {
        const next = designate(cx, d, target.type);
        target = { slot: target.slot + next.slot, type: next.type };
      }
    } else {
      target = elementAt(cx, item, type, pos);
      first = target;
    }
    const slot = path.reduce((a, p) => a + p.slot, 0) + target.slot;
    if (target.type.k === 'array' && (valueNode.type === 'string_literal' || valueNode.type === 'concatenated_string')) {
      // A char array member initialized from a string.
      storeString(cx, valueNode, target.type, slot, cx.u.loc(valueNode));
    } else if (valueNode.type === 'initializer_list') {
      initList(cx, valueNode, target.type, idx, [...path, { slot: target.slot }]);
    } else {
      const L = cx.u.loc(valueNode);
      e.emit(Op.DUP, 0, undefined, L);
      e.emit(Op.PUSH, 0, BigInt(slot), L);
      e.emit(Op.PADD, 1, undefined, L);
      const t = compileExpr(cx, valueNode);
      convert(cx, t, target.type, valueNode, L);
      e.emit(Op.STORE, 0, target.type, L);
      e.emit(Op.POP, 0, undefined, L);
    }
    pos = nextPos(type, first);
  }
}

function designate(cx: Cx, des: Node, type: CType): { slot: number; type: CType } {
  if (des.type === 'field_designator') {
    if (type.k !== 'struct') throw new CompileError(des, 'field designator for a non-struct');
    const f = findField(type.def, named(des)[0]!.text);
    if (!f) throw new CompileError(des, `no member '${named(des)[0]!.text}' in struct ${type.def.tag}`);
    return { slot: f.slot, type: f.type };
  }
  if (des.type === 'subscript_designator') {
    if (type.k !== 'array') throw new CompileError(des, 'index designator for a non-array');
    const i = Number(constEval(cx.u, named(des)[0]!));
    return { slot: i * slotCount(type.of), type: type.of };
  }
  throw new CompileError(des, 'unsupported designator');
}

function slotCount(t: CType): number {
  return t.k === 'struct' ? t.def.slots : t.k === 'array' ? t.n * slotCount(t.of) : 1;
}

/** The element at linear position `pos` (a slot offset) for a positional initializer. */
function elementAt(cx: Cx, item: Node, type: CType, pos: number): { slot: number; type: CType } {
  if (type.k === 'array') {
    const size = slotCount(type.of);
    if (pos / size >= type.n) throw new CompileError(item, 'too many initializers');
    return { slot: pos, type: type.of };
  }
  if (type.k === 'struct') {
    const f = type.def.fields.find((x) => x.slot >= pos);
    if (!f) throw new CompileError(item, 'too many initializers');
    return { slot: f.slot, type: f.type };
  }
  if (pos > 0) throw new CompileError(item, 'too many initializers for a scalar');
  return { slot: 0, type };
}

function nextPos(type: CType, target: { slot: number; type: CType }): number {
  return target.slot + (type.k === 'struct' || type.k === 'array' ? slotCount(target.type) : 1);
}

setInitListHook((cx, list, type) => initList(cx, list, type, -1, []));

/** The bytes of a string literal (with its terminating NUL). */
export function stringBytes(cx: Cx, node: Node): number[] {
  return stringBytesOf(cx, node);
}

/**
 * Store a string literal's bytes into a char array at `baseSlot` of the object whose address is
 * on the stack (the address stays there). Bytes past the array (the NUL of an exact fit) are
 * dropped, as C does; a longer string is an error.
 */
export function storeString(cx: Cx, node: Node, type: CType, baseSlot: number, L: number): void {
  if (type.k !== 'array') throw new CompileError(node, 'a string initializes only a char array');
  const bytes = stringBytesOf(cx, node);
  if (bytes.length > type.n + 1) throw new CompileError(node, 'initializer string is longer than the array');
  const e = cx.e;
  bytes.slice(0, type.n).forEach((b, k) => {
    e.emit(Op.DUP, 0, undefined, L);
    e.emit(Op.PUSH, 0, BigInt(baseSlot + k), L);
    e.emit(Op.PADD, 1, undefined, L);
    e.emit(Op.PUSH, 0, BigInt.asIntN(8, BigInt(b)), L);
    e.emit(Op.STORE, 0, type.of, L);
    e.emit(Op.POP, 0, undefined, L);
  });
}

export { withExpansion, compileLValue };
