// File-scope compilation of a preprocessed translation unit (tu-load.ts: no directive is left):
// typedefs, struct/enum declarations, globals and functions, in the unit's own scope. Global initializers are compiled into a
// hidden init function run once when a machine starts. Errors are collected per declaration so
// that one bad construct does not hide the others.

import { staticAssert } from './static-assert';
import { compileFunction, initList, storeString, stringBytes } from './compile-stmt';
import { impliedLength } from './compile-decl';
import { compileExpr, convert, type Cx } from './compile-expr';
import { applyDeclarator, resolveTypeSpec } from './compile-types';
import { Emitter } from './emitter';
import { Op, type FnCode } from './ir';
import type { Node, ParsedFile } from './parse';
import { isAggregate, sizeOf, slotsOf, T, type CType, type FnType } from './types';
import { BUILTIN_TYPEDEFS, CompileError, staticProgName, type PosMapper, type Unit } from './unit';
import type { RelatedInfo } from '../sim/types';
import { NULL, type Value } from './value';
import { dict } from './dict';
import { nestingMessage, nodeDeeperThan } from './nesting';
import { isStackOverflow, MAX_STATIC_SLOTS, tooDeepForCompiler } from './limits';

export const INIT_FN = '$init';

export interface PendingFn {
  file: string;
  node: Node;
  name: string;
  type: FnType;
  params: string[];
  /** The macros in force where the function is defined (later #undef/#define do not apply). */
  macros: Unit['macros'];
  /** Set for a preprocessed translation unit (tu-load.ts). */
  mapper?: PosMapper;
  /** A preprocessed unit's own tag, typedef, enum and declaration tables. */
  scope?: UnitScope;
}

/** The tables a preprocessed translation unit has to itself: its headers declare everything it
 *  uses, and another unit's (kernel/'s) struct page or a prototype of another kernel version
 *  must not be what it sees. Definitions stay shared (external linkage). */
export interface UnitScope {
  structs: Unit['structs'];
  unions: Unit['unions'];
  typedefs: Unit['typedefs'];
  enumConsts: Unit['enumConsts'];
  fnTypes: Unit['fnTypes'];
  /** Its static functions renamed in the program (see Unit.statics). */
  statics?: Record<string, string>;
  /** Its file-scope names: its own static variables over the program's external ones (the
   *  prototype). */
  globalIndex?: Unit['globalIndex'];
  /** The global initializers' code it emitted ([start, end) of the init function). */
  initCode?: [number, number];
}

function swapScope(u: Unit, s: UnitScope): UnitScope {
  const prev: UnitScope = { structs: u.structs, unions: u.unions, typedefs: u.typedefs, enumConsts: u.enumConsts, fnTypes: u.fnTypes, statics: u.statics, globalIndex: u.globalIndex };
  u.statics = s.statics;
  if (s.globalIndex) u.globalIndex = s.globalIndex;
  u.structs = s.structs;
  u.unions = s.unions;
  u.typedefs = s.typedefs;
  u.enumConsts = s.enumConsts;
  u.fnTypes = s.fnTypes;
  return prev;
}

/** What a unit declared that the program's tables lack (for natives, the debugger's types). */
function mergeScope(into: UnitScope, from: UnitScope): void {
  for (const k of ['structs', 'unions', 'typedefs', 'enumConsts', 'fnTypes'] as const) {
    const dst = into[k] as Record<string, unknown>;
    for (const [name, v] of Object.entries(from[k])) if (!(name in dst)) dst[name] = v;
  }
}

function named(node: Node | null): Node[] {
  return (node?.namedChildren ?? []).filter((c): c is Node => !!c && c.type !== 'comment');
}

export function zeroCells(t: CType): Value[] {
  switch (t.k) {
    case 'ptr':
      return [NULL];
    case 'array': {
      const one = zeroCells(t.of);
      const out: Value[] = [];
      for (let i = 0; i < t.n; i++) for (const v of one) out.push(v);
      return out;
    }
    case 'struct': {
      if (t.def.cell) return [0n];
      const out: Value[] = new Array(t.def.slots).fill(0n);
      for (const f of t.def.fields) zeroCells(f.type).forEach((v, i) => (out[f.slot + i] = v));
      return out;
    }
    default:
      return [0n];
  }
}

export class FileCompiler {
  pending: PendingFn[] = [];
  /** The preprocessed unit being compiled, if any. */
  private scope?: UnitScope;
  /** Where each defined function is (file:line as the editor shows it). */
  private origins: Record<string, string> = dict();
  initEmitter = new Emitter(new Set());

  constructor(private readonly u: Unit) {
    this.shared = u.globalIndex;
    u.defineStatic = (name, type0, decl, init) => {
      const idx = u.globals.length;
      let type = type0;
      if (type.k === 'array' && type.n === 0 && init?.type === 'initializer_list') type = { ...type, n: impliedLength(u, init) };
      checkStaticSize(decl, name, type);
      const region = u.allocRegion(name, zeroCells(type), false, type);
      u.globals.push({ name, type, region, file: u.file, line: decl.startPosition.row + 1 });
      if (init) {
        const saved = u.expansions;
        u.expansions = [];
        try {
          this.globalInit(idx, init, type);
        } finally {
          u.expansions = saved;
        }
      }
      return idx;
    };
  }

  compileFile(pf: ParsedFile): void {
    const prevFile = this.u.file;
    const prevMapper = this.u.mapper;
    const prevMacros = this.u.macros;
    // Every .c file is a preprocessed translation unit (tu-load.ts).
    if (!pf.mapper) throw new Error(`internal: ${pf.file} was not preprocessed as a translation unit`);
    this.u.file = pf.file;
    this.u.mapper = pf.mapper;
    // A preprocessed unit's macros are already expanded: other files' macros must not apply.
    this.u.macros = dict();
    const scope: UnitScope = {
      structs: dict(),
      unions: dict(),
      typedefs: dict(BUILTIN_TYPEDEFS),
      enumConsts: dict(),
      fnTypes: dict(),
      statics: dict(),
      globalIndex: Object.create(this.shared) as Unit['globalIndex'],
    };
    const prevScope = swapScope(this.u, scope);
    this.scope = scope;
    const initStart = this.initEmitter.code.length;
    try {
      this.items(named(pf.tree.rootNode));
    } finally {
      scope.initCode = [initStart, this.initEmitter.code.length];
      swapScope(this.u, prevScope);
      mergeScope(prevScope, scope);
      this.scope = undefined;
      this.u.file = prevFile;
      this.u.mapper = prevMapper;
      this.u.macros = prevMacros;
    }
  }

  private guard(node: Node, f: () => void): void {
    try {
      f();
    } catch (err) {
      if (err instanceof LinkError) this.u.error(err.node, err.message, err.related);
      else if (err instanceof CompileError) this.u.error(err.node, err.message);
      else if (isStackOverflow(err)) this.u.error(node, tooDeepForCompiler());
      else throw err;
    }
  }

  private items(nodes: Node[]): void {
    for (const n of nodes) {
      this.guard(n, () => {
        // Refused before any recursive walk: the compiler's recursion follows the tree's depth.
        const deep = nodeDeeperThan(n);
        if (deep) throw new CompileError(deep, nestingMessage());
        this.u.expansionCount = 0;
        this.item(n);
      });
    }
  }

  private item(n: Node): void {
    const u = this.u;
    switch (n.type) {
      case 'preproc_include':
      case 'preproc_def':
      case 'preproc_function_def':
      case 'preproc_call':
      case 'preproc_ifdef':
      case 'preproc_if':
        // The preprocessor left a '#' at the start of a line: a macro's output (C11 6.10.3.4).
        throw new CompileError(n, `stray '#' in program: a directive produced by a macro expansion is not a directive`);
      case 'type_definition': {
        const base = resolveTypeSpec(u, n.childForFieldName('type')!);
        for (const d of n.childrenForFieldName('declarator')) {
          if (!d) continue;
          const r = applyDeclarator(u, d, base);
          u.typedefs[r.name] = aliasName(r.type, r.name);
        }
        return;
      }
      case 'declaration':
        return this.declaration(n);
      case 'function_definition':
        return this.functionDef(n);
      case 'struct_specifier':
      case 'union_specifier':
      case 'enum_specifier':
        resolveTypeSpec(u, n);
        return;
      case 'expression_statement':
        if (!named(n).length || staticAssert(u, n)) return;
        throw new CompileError(n, `unsupported at file scope: '${n.text.slice(0, 40)}'`);
      case 'ERROR':
        return; // reported by the parser
      default:
        throw new CompileError(n, `unsupported at file scope: ${n.type}`);
    }
  }

  private declaration(n: Node): void {
    const u = this.u;
    const isExtern = n.children.some((c) => c?.type === 'storage_class_specifier' && c.text === 'extern');
    const isStatic = n.children.some((c) => c?.type === 'storage_class_specifier' && c.text === 'static');
    const base = resolveTypeSpec(u, n.childForFieldName('type')!);
    for (const d of n.childrenForFieldName('declarator')) {
      if (!d) continue;
      const r = applyDeclarator(u, d, base);
      if (r.type.k === 'fn') {
        this.declareFn(d, r.name, r.type);
        continue;
      }
      this.unitGlobal(n, d, r.name, r.type, isStatic, isExtern);
    }
  }

  /** The program's external names (a unit's scope sees them through its own table). */
  private readonly shared: Unit['globalIndex'];
  /** Program names of units' static variables in `shared` (they yield to an external one). */
  private staticVars: Record<string, { scope: UnitScope; idx: number }> = dict();
  /** Where each external variable with an initializer is defined. */
  private varDefs: Record<string, { file: string; line: number; column: number }> = dict();

  /** A file-scope variable of a preprocessed unit: a static one is the unit's own (named
   *  `name@file.c` in the program when another unit has the name), an external one is shared,
   *  and two definitions with initializers are a link error naming both. */
  private unitGlobal(n: Node, d: Node, name: string, type0: CType, isStatic: boolean, isExtern: boolean): void {
    const u = this.u;
    const own = this.scope!.globalIndex!;
    const init = d.type === 'init_declarator' ? d.childForFieldName('value') : null;
    let idx: number | undefined = Object.prototype.hasOwnProperty.call(own, name) ? own[name] : undefined;
    if (idx === undefined && !isStatic) {
      const held = this.staticVars[name];
      if (held) this.moveStaticVar(name, held);
      idx = this.shared[name];
    }
    if (idx !== undefined && (isExtern || !init)) return; // a declaration or tentative definition again
    if (idx !== undefined && init && !isStatic) {
      const at = u.mapper!.start(n);
      const first = this.varDefs[name];
      if (first) {
        throw new LinkError(n, `redefinition of '${name}' (first defined at ${first.file}:${first.line}:${first.column})`, [{ ...first, message: `'${name}' first defined here` }]);
      }
      this.varDefs[name] = at;
    }
    let type = type0;
    if (type.k === 'array' && type.n === 0 && init?.type === 'initializer_list') type = { ...type, n: impliedLength(u, init) };
    if (type.k === 'array' && type.n === 0 && init && (init.type === 'string_literal' || init.type === 'concatenated_string')) {
      type = { ...type, n: stringBytes({ u, e: this.initEmitter }, init).length };
    }
    if (idx === undefined) {
      idx = u.globals.length;
      let progName = name;
      if (isStatic && this.shared[name] !== undefined) progName = staticProgName(name, u.file, (p) => this.shared[p] !== undefined);
      checkStaticSize(d, name, type);
      const region = u.allocRegion(progName, zeroCells(type), false, type);
      u.globals.push({ name: progName, type, region, file: u.fileOf(n), line: u.lineOf(n) });
      this.shared[progName] = idx;
      if (isStatic) {
        own[name] = idx;
        if (progName === name) this.staticVars[name] = { scope: this.scope!, idx };
      }
      if (init && !isStatic) this.varDefs[name] ??= u.mapper!.start(n);
    }
    if (init) this.globalInit(idx, init, type);
  }

  /** An external variable named like another unit's static: the static moves aside. */
  private moveStaticVar(name: string, held: { scope: UnitScope; idx: number }): void {
    const g = this.u.globals[held.idx];
    const to = staticProgName(name, g.file, (p) => this.shared[p] !== undefined);
    g.name = to;
    this.shared[to] = held.idx;
    delete this.shared[name];
    delete this.staticVars[name];
    const r = this.u.regions[g.region];
    if (r) r.name = to;
  }

  private globalInit(idx: number, init: Node, type: CType): void {
    const u = this.u;
    const e = this.initEmitter;
    const cx: Cx = { u, e };
    const L = u.loc(init);
    e.emit(Op.GADDR, u.globals[idx].region, undefined, L);
    if (type.k === 'array' && (init.type === 'string_literal' || init.type === 'concatenated_string')) {
      storeString(cx, init, type, 0, L);
      e.emit(Op.POP, 0, undefined, L);
    } else if (init.type === 'initializer_list') {
      if (!isAggregate(type)) throw new CompileError(init, 'brace initializer for a scalar');
      // initList works on a pointer on the stack.
      initList(cx, init, type, -1, []);
      e.emit(Op.POP, 0, undefined, L);
    } else {
      const t = compileExpr(cx, init);
      convert(cx, t, type, init, L);
      e.emit(Op.STORE, 0, type, L);
      e.emit(Op.POP, 0, undefined, L);
    }
  }

  private declareFn(node: Node, name: string, type: FnType): void {
    const u = this.u;
    const prev = u.fnTypes[name];
    if (prev && prev.params.length !== type.params.length && !prev.variadic) {
      throw new CompileError(node, `conflicting declaration of '${name}' (${prev.params.length} vs ${type.params.length} parameters)`);
    }
    u.fnTypes[name] = prev ?? type;
  }

  private functionDef(n: Node): void {
    const u = this.u;
    const base = resolveTypeSpec(u, n.childForFieldName('type')!);
    const r = applyDeclarator(u, n.childForFieldName('declarator'), base);
    if (r.type.k !== 'fn') throw new CompileError(n, 'function definition without a function type');
    // The same header's inline function, read again by a preprocessed unit, is the same function.
    const origin = `${u.fileOf(n)}:${u.lineOf(n)}`;
    const isStatic = n.children.some((c) => c?.type === 'storage_class_specifier' && c.text === 'static');
    if (u.fnDefined[r.name] && this.origins[r.name] === origin) {
      // This unit includes the header too: the static inline function is its own as well.
      if (isStatic && this.scope) (this.alsoIn[r.name] ??= new Set()).add(this.scope);
      u.fnTypes[r.name] ??= r.type;
      return;
    }
    let progName = r.name;
    const ownStatic = this.scope && (this.scope.statics![r.name] !== undefined || this.unitStatics[r.name]?.scope === this.scope);
    if (u.fnDefined[r.name] || ownStatic) {
      const held = this.unitStatics[r.name];
      const first = this.fnPos[ownStatic ? (this.scope!.statics![r.name] ?? r.name) : r.name];
      const where = first ? `${first.file}:${first.line}:${first.column}` : (this.origins[r.name] ?? 'an earlier file');
      const redefinition = (): never => {
        throw new LinkError(n, `redefinition of '${r.name}' (first defined at ${where})`, first ? [{ ...first, message: `'${r.name}' first defined here` }] : []);
      };
      // Internal linkage: a preprocessed unit's static function is its own (issue 8 item 3).
      if (ownStatic) redefinition();
      else if (isStatic && this.scope) progName = this.staticName(r.name, origin);
      else if (held) this.renameStatic(r.name, held);
      else redefinition();
    }
    u.fnDefined[progName] = true;
    u.fnTypes[r.name] = r.type;
    if (progName !== r.name) {
      this.scope!.statics![r.name] = progName;
      u.fnTypes[progName] = r.type;
    }
    this.origins[progName] = origin;
    this.fnPos[progName] = u.mapper ? u.mapper.start(n) : { file: u.file, line: n.startPosition.row + 1, column: n.startPosition.column + 1 };
    const pending: PendingFn = { file: u.file, node: n, name: progName, type: r.type, params: r.paramNames ?? [], macros: dict(u.macros), mapper: u.mapper, scope: this.scope };
    if (isStatic && this.scope && progName === r.name) this.unitStatics[r.name] = pending;
    this.pending.push(pending);
  }

  /** Where each function is defined (file, line, column as the editor shows them). */
  private fnPos: Record<string, { file: string; line: number; column: number }> = dict();

  /** Static functions of preprocessed units that hold their C name in the program. */
  private unitStatics: Record<string, PendingFn> = dict();

  /** A call from one unit to another unit's static function is an undefined reference: the
   *  static holds the plain name only because no external function has it. */
  private checkStaticRefs(code: FnCode, scope: UnitScope): void {
    const reported = new Set<string>();
    for (const insn of code.code) {
      const b = insn.b as { t?: string; name?: string } | string | undefined;
      const name = insn.op === Op.CALL && typeof b === 'string' ? b : insn.op === Op.PUSH && b && typeof b === 'object' && b.t === 'f' ? b.name : undefined;
      if (!name || reported.has(name)) continue;
      const held = this.unitStatics[name];
      if (!held || held.scope === scope || this.alsoIn[name]?.has(scope)) continue;
      // A header's static inline function is the same text wherever it is included: a unit that
      // declares it without including that header (kernel/'s file beside a tree's) still gets it.
      const at = this.fnPos[name];
      if (at && at.file !== held.file) continue;
      reported.add(name);
      const loc = this.u.locs[insn.loc];
      this.u.diagnostics.push({
        file: loc?.file ?? code.file,
        line: loc?.line ?? code.line,
        column: loc?.column ?? 1,
        severity: 'error',
        message: `undefined reference to '${name}': the only definition is static in ${at ? at.file : 'another file'}`,
        ...(at ? { related: [{ ...at, message: `static '${name}' defined here` }] } : {}),
      });
    }
  }

  /** Other units that define a header's static (inline) function compiled once. */
  private alsoIn: Record<string, Set<UnitScope>> = dict();

  /** The units' static functions and variables that kept their plain C name. */
  plainStatics(): { fns: Set<string>; vars: Set<string> } {
    return { fns: new Set(Object.keys(this.unitStatics)), vars: new Set(Object.keys(this.staticVars)) };
  }

  private staticName(name: string, origin: string): string {
    return staticProgName(name, origin.slice(0, origin.lastIndexOf(':')), (n) => !!this.u.fnDefined[n]);
  }

  /** A later definition of `name` elsewhere: the unit's static that held the name moves aside. */
  private renameStatic(name: string, held: PendingFn): void {
    const to = this.staticName(name, this.origins[name]);
    delete this.unitStatics[name];
    held.name = to;
    held.scope!.statics![name] = to;
    // Its unit's file-scope initializers (an ops table naming it) already took its address.
    const [from, end] = held.scope!.initCode ?? [0, 0];
    for (let i = from; i < end; i++) {
      const b = this.initEmitter.code[i].b as { t?: string; name?: string } | undefined;
      if (this.initEmitter.code[i].op === Op.PUSH && b && b.t === 'f' && b.name === name) this.initEmitter.code[i].b = { t: 'f', name: to };
    }
    this.u.fnDefined[to] = true;
    this.u.fnTypes[to] = held.type;
    this.origins[to] = this.origins[name];
    this.fnPos[to] = this.fnPos[name];
  }

  /** Compile every function body, after all files' declarations are known. */
  compileBodies(): void {
    const u = this.u;
    const finalMacros = u.macros;
    for (const p of this.pending) {
      u.file = p.file;
      u.macros = p.macros;
      u.mapper = p.mapper;
      u.expansionCount = 0;
      const prevScope = p.scope ? swapScope(u, p.scope) : undefined;
      try {
        const code = compileFunction(u, p.node, p.name, p.type, p.params);
        if (!code) continue;
        u.fnIndex[p.name] = u.functions.length;
        u.functions.push(code);
        if (p.scope) this.checkStaticRefs(code, p.scope);
      } catch (err) {
        if (err instanceof CompileError) u.error(err.node, err.message);
        else if (isStackOverflow(err)) u.error(p.node, tooDeepForCompiler());
        else throw err;
      } finally {
        if (prevScope) swapScope(u, prevScope);
      }
    }
    u.macros = finalMacros;
    u.mapper = undefined;
    const e = this.initEmitter;
    e.emit(Op.RET, 0, undefined, -1);
    const init: FnCode = {
      name: INIT_FN,
      type: { k: 'fn', ret: T.void, params: [], variadic: false },
      file: '<init>',
      line: 0,
      endLine: 0,
      params: 0,
      locals: e.locals,
      code: e.code,
    };
    u.fnIndex[INIT_FN] = u.functions.length;
    u.functions.push(init);
  }
}

/** Two definitions of one external name: the error names the first place as related. */
class LinkError extends CompileError {
  constructor(
    node: Node,
    message: string,
    readonly related: RelatedInfo[],
  ) {
    super(node, message);
  }
}

/** A file-scope or static object is allocated while compiling: refuse one too big first. */
function checkStaticSize(node: Node, name: string, type: CType): void {
  const slots = slotsOf(type);
  if (slots > MAX_STATIC_SLOTS) {
    throw new CompileError(node, `'${name}' is too big for the interpreter (${sizeOf(type)} bytes; at most ${MAX_STATIC_SLOTS} scalars per object)`);
  }
}

function aliasName(t: CType, name: string): CType {
  if (t.k === 'int' || t.k === 'ptr' || t.k === 'struct') return { ...t, name } as CType;
  return t;
}
