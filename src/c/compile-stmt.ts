// Statements. Each statement begins with a STMT instruction (the step boundary and the line a
// breakpoint binds to); loop conditions and for-updates get their own STMT so stepping through a
// loop shows the loop header each time round, as gdb does. Declarations are in compile-decl.ts,
// function definitions in compile-fn.ts.

import { staticAssert } from './static-assert';
import { caseRangeHigh } from './attributes';
import { parseMacroText } from './macro-body';
import { setStatementCompiler } from './compile-stmt-expr';
import { compileExpr, compileLValue, convert, expandFnMacro, withExpansion, type Cx } from './compile-expr';
import { declaration } from './compile-decl';
import { constEval } from './const-eval';
import { Op, type Insn } from './ir';
import type { Node } from './parse';
import { isInt, promote, T, type CType, type FnType } from './types';
import { CompileError } from './unit';

function named(node: Node | null): Node[] {
  return (node?.namedChildren ?? []).filter((c): c is Node => !!c && c.type !== 'comment');
}




/** A step boundary for `node`. */
export function stmt(cx: Cx, node: Node, until?: Node): number {
  const L = until ? cx.u.locSpan(node, until) : cx.u.loc(node);
  cx.e.curStmt = L;
  cx.e.emit(Op.STMT, 0, undefined, L);
  if (!cx.u.expansions.length) cx.u.noteStmtLine(node.startPosition.row + 1, node);
  return L;
}

export function compileBlock(cx: Cx, block: Node, fn: FnType, scope = true): void {
  if (scope) cx.e.pushScope();
  const stmts = named(block);
  for (let i = 0; i < stmts.length; i++) {
    const s = stmts[i];
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

setStatementCompiler((cx, s, fn) => guardStmt(cx, s, () => compileStmt(cx, s, fn)));

export function compileStmt(cx: Cx, s: Node, fn: FnType): void {
  const { u, e } = cx;
  switch (s.type) {
    case 'compound_statement':
      return compileBlock(cx, s, fn);
    case 'declaration':
      return declaration(cx, s);
    case 'expression_statement': {
      const ex = named(s)[0];
      if (ex && staticAssert(u, s)) return;
      if (!ex) return;
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
    case 'preproc_include':
    case 'preproc_ifdef':
    case 'preproc_if':
      // Every unit is preprocessed (tu-load.ts): a '#' left at the start of a line came out of a
      // macro expansion (C11 6.10.3.4), as at file scope (compile.ts).
      throw new CompileError(s, `stray '#' in program: a directive produced by a macro expansion is not a directive`);
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
    // Every way round a loop passes a statement boundary, so a step always ends and the step
    // budget, pause and breakpoints see a runaway `for (;;) { }` or `for (i = 0;;);`. A loop
    // with a condition, an update or any statement in its body has one already; otherwise the
    // loop header is the boundary.
    if (!c && !e.code.slice(top).some((i) => i.op === Op.STMT)) stmt(cx, s, s.children.find((x) => x?.type === ')') ?? s);
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
  const table: { values: bigint[]; targets: number[]; dflt: number; type: CType; ranges?: { lo: bigint; hi: bigint; target: number }[] } = { values: [], targets: [], dflt: -1, type: pt };
  const norm = (raw: bigint): bigint => (pt.signed ? BigInt.asIntN(pt.bits, raw) : BigInt.asUintN(pt.bits, raw));
  const taken = (lo: bigint, hi: bigint): boolean => table.values.some((x) => x >= lo && x <= hi) || (table.ranges ?? []).some((r) => r.lo <= hi && lo <= r.hi);
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
        const hiText = v ? caseRangeHigh(v) : undefined;
        if (v && hiText !== undefined) {
          // GNU `case LO ... HI:`
          const hiNode = parseMacroText(hiText);
          if (!hiNode) throw new CompileError(v, `cannot read the case range's upper bound '${hiText}'`);
          const lo = norm(constEval(u, v));
          let hi: bigint;
          try {
            hi = norm(constEval(u, hiNode));
          } catch (err) {
            // The bound was read from text: report it at the case label.
            throw err instanceof CompileError ? new CompileError(v, `case range upper bound: ${err.message}`) : err;
          }
          if (hi < lo) throw new CompileError(v, `empty case range ${lo} ... ${hi}`);
          if (taken(lo, hi)) throw new CompileError(v, `case range ${lo} ... ${hi} overlaps another case`);
          (table.ranges ??= []).push({ lo, hi, target: e.here() });
        } else if (v) {
          const val = norm(constEval(u, v));
          if (taken(val, val)) throw new CompileError(v, `duplicate case value ${val}`);
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










export { withExpansion, compileLValue };
export { compileFunction } from './compile-fn';
export { initList, storeString, stringBytes } from './compile-decl';
