// C expressions typed by the user while stopped — watch, hover, the debug console, breakpoint
// conditions and logpoints — compiled against one frame of the running program: its visible
// locals, the file-scope variables, types, enums and macros, and the kernel functions of the
// model. Calls to C functions are refused (they would need frames of their own).

import { compileExpr, type Cx } from './compile-expr';
import { Emitter } from './emitter';
import { Op, type FnCode, type Insn, type Program } from './ir';
import { parseMacroTextWhy } from './macro-body';
import { isStackOverflow, tooDeepForCompiler } from './limits';
import { CompileError, Unit } from './unit';
import type { CType } from './types';
import { dict, own } from './dict';

export interface CompiledExpression {
  code: Insn[];
  type: CType;
  /** Locals the code may use (the frame's, plus compiler temporaries). */
  nlocals: number;
}

/** Names a frame sees at `line`: its parameters and the locals in scope there. */
function visibleLocals(fn: FnCode, line: number): Record<string, number> {
  const scope: Record<string, number> = dict();
  fn.locals.forEach((l, idx) => {
    if (l.temp) return;
    if (idx < fn.params || (line >= l.declLine && line <= l.scopeEnd)) scope[l.name] = idx;
  });
  return scope;
}

function unitFor(program: Program): Unit {
  const u = new Unit();
  const s = program.symbols;
  // Copied into prototype-less tables: a program that crossed a structured clone or JSON has
  // lost its null prototypes, and `toString` must not be found in them.
  u.typedefs = dict(s.typedefs);
  u.structs = dict(program.structs);
  u.unions = dict(s.unions);
  u.enumConsts = dict(s.enumConsts);
  for (const [k, m] of Object.entries(s.macros)) u.macros[k] = { ...m };
  u.fnTypes = dict(s.fnTypes);
  u.fnDefined = dict(s.fnDefined);
  u.globals = program.globals;
  u.globalIndex = dict(program.globalIndex);
  u.file = '<expression>';
  // Regions allocated while compiling (string literals) would not exist at run time.
  u.nextRegion = Number.MAX_SAFE_INTEGER / 2;
  return u;
}

export function compileExpression(program: Program, fnIndex: number, line: number, text: string): CompiledExpression | { error: string } {
  const parsed = parseMacroTextWhy(text);
  if (parsed.refused) return { error: `cannot read '${text.length > 60 ? text.slice(0, 60) + '...' : text}': ${parsed.refused}` };
  const node = parsed.node;
  if (!node || /^(declaration|.*_statement)$/.test(node.type)) return { error: `cannot read '${text}' as a C expression` };
  const fn = program.functions[fnIndex];
  const u = unitFor(program);
  // A static variable of this frame's file that another file also has is `name@file.c` in the
  // program: here it is the plain name, as the C code spells it.
  const file = fn.file.slice(fn.file.lastIndexOf('/') + 1);
  for (const [k, idx] of Object.entries(program.globalIndex)) {
    const at = k.indexOf('@');
    if (at > 0 && k.slice(at + 1).replace(/#\d+$/, '') === file) u.globalIndex[k.slice(0, at)] = idx;
  }
  const e = new Emitter(new Set());
  e.fnName = fn.name;
  e.locals = fn.locals.slice();
  e.scopes = [visibleLocals(fn, line)];
  const cx: Cx = { u, e };
  let type: CType;
  try {
    type = compileExpr(cx, node);
  } catch (err) {
    if (err instanceof CompileError) return { error: err.message };
    if (isStackOverflow(err)) return { error: tooDeepForCompiler() };
    throw err;
  }
  if (u.diagnostics.length) return { error: u.diagnostics[0].message };
  for (const insn of e.code) {
    const name = insn.op === Op.CALL ? (insn.b as string) : undefined;
    if (insn.op === Op.CALLI || (name !== undefined && own(program.fnIndex, name) !== undefined)) {
      return { error: `'${text}' calls a C function; only the model's kernel functions (page_count, pte_present, ...) can be called here` };
    }
  }
  if (Object.keys(u.regions).length) return { error: 'string literals are not supported in expressions here' };
  e.emit(Op.RET, type.k === 'void' ? 0 : 1, undefined, -1);
  return { code: e.code, type, nlocals: e.locals.length };
}
