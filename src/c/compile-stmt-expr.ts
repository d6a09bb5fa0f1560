// GNU statement expressions, `({ decl; stmt; expr; })` (issue 8 item 4): the kernel's macros
// (pr_*_once, min/max with typeof, wait_event) expand to them. The block's statements are
// compiled in a scope of their own, and the value of its last expression statement is the
// value of the whole (void when the block ends otherwise, as in GCC).

import type { FnType } from './types';
import { T, type CType } from './types';
import type { Node } from './parse';
import type { Emitter } from './emitter';
import type { Cx } from './compile-expr';
import { CompileError } from './unit';

/** The function each emitter compiles (a `return` inside the block needs its type). */
const fnTypes = new WeakMap<Emitter, FnType>();

export function noteFnType(e: Emitter, t: FnType): void {
  fnTypes.set(e, t);
}

type StmtCompiler = (cx: Cx, s: Node, fn: FnType) => void;
type ValueCompiler = (cx: Cx, n: Node) => CType;

let compileStmtFn: StmtCompiler | undefined;

/** compile-stmt.ts registers itself (it imports compile-expr.ts; no import cycle at load). */
export function setStatementCompiler(f: StmtCompiler): void {
  compileStmtFn = f;
}

function named(n: Node): Node[] {
  return n.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment');
}

/** `block` is the compound_statement inside the parentheses. */
export function statementExpression(cx: Cx, block: Node, compileValue: ValueCompiler): CType {
  const fn = fnTypes.get(cx.e);
  if (!fn || !compileStmtFn) throw new CompileError(block, 'a statement expression ({ ... }) is allowed only inside a function');
  const stmts = named(block);
  cx.e.pushScope();
  try {
    for (let i = 0; i < stmts.length - 1; i++) compileStmtFn(cx, stmts[i], fn);
    const last = stmts[stmts.length - 1];
    if (!last) return T.void;
    if (last.type === 'expression_statement' && named(last).length) return compileValue(cx, named(last)[0]);
    compileStmtFn(cx, last, fn);
    return T.void;
  } finally {
    cx.e.popScope(block.endPosition.row + 1);
  }
}
