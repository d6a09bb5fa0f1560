// Compile-time tables shared by every file of a program: typedefs, struct tags, enum constants,
// macros, globals and function signatures. Also CompileError, which carries the position of the
// construct that could not be compiled.

import type { Diagnostic, RelatedInfo } from '../sim/types';
import { STMT_EXPANSION_CHAINS, type FnCode, type GlobalInfo, type MacroExpansionStep, type Program, type StmtExpansions } from './ir';
import type { SourceLoc } from './native';
import type { Node } from './parse';
import { sizeOf, slotOffsets, T, type CType, type FnType, type StructDef } from './types';
import type { Value } from './value';
import { dict } from './dict';

/**
 * Where a node of a preprocessed translation unit (tu-load.ts) is in the user's files: the
 * parser sees the expanded text, diagnostics and locations must name the file, line and column
 * the editor shows (a macro's output maps to its invocation).
 */
export interface PosMapper {
  start(node: Node): { file: string; line: number; column: number };
  end(node: Node): { line: number; column: number };
  /** The macro expansions the node's first token came out of, innermost first (none when it
   *  is spelled in the source). */
  chain(node: Node): MacroExpansionStep[];
  /** The chains of every macro invoked in a statement's own text (Program.expansions). */
  expansionsIn?(node: Node): MacroExpansionStep[][];
}

export class CompileError extends Error {
  constructor(
    public readonly node: Node,
    message: string,
  ) {
    super(message);
  }
}

export interface MacroDef {
  name: string;
  params?: string[];
  variadic?: boolean;
  body: string;
  file: string;
  line: number;
  /** Parsed body, compiled at each use site. */
  node?: Node;
  /** The body is a statement (do { } while (0)) rather than an expression. */
  stmt?: boolean;
  /** The body could not be parsed as C (token pasting, stringification, partial syntax). */
  bad?: boolean;
  /** Why the body cannot be used, when it parsed but is refused (nesting too deep). */
  refused?: string;
}

/** Kernel typedefs every file sees without including anything. */
export const BUILTIN_TYPEDEFS: Record<string, CType> = {
  u8: T.uchar,
  u16: T.ushort,
  u32: T.uint,
  u64: T.ulong,
  s8: T.schar,
  s16: T.short,
  s32: T.int,
  s64: T.long,
  __u8: T.uchar,
  __u16: T.ushort,
  __u32: T.uint,
  __u64: T.ulong,
  uint8_t: T.uchar,
  uint16_t: T.ushort,
  uint32_t: T.uint,
  uint64_t: T.ulong,
  int8_t: T.schar,
  int16_t: T.short,
  int32_t: T.int,
  int64_t: T.long,
  size_t: { ...T.ulong, name: 'size_t' },
  ssize_t: { ...T.long, name: 'ssize_t' },
  uintptr_t: { ...T.ulong, name: 'uintptr_t' },
  intptr_t: { ...T.long, name: 'intptr_t' },
  ptrdiff_t: { ...T.long, name: 'ptrdiff_t' },
  bool: T.bool,
  _Bool: T.bool,
  gfp_t: { ...T.uint, name: 'gfp_t' },
  pgoff_t: { ...T.ulong, name: 'pgoff_t' },
  vm_flags_t: { ...T.ulong, name: 'vm_flags_t' },
  vm_fault_t: { ...T.uint, name: 'vm_fault_t' },
};

export class Unit {
  // Every table keyed by a C name has no prototype (see dict.ts): `toString` is a C name too.
  typedefs: Record<string, CType> = dict(BUILTIN_TYPEDEFS);
  structs: Record<string, StructDef> = dict();
  unions: Record<string, StructDef> = dict();
  enumConsts: Record<string, bigint> = dict();
  macros: Record<string, MacroDef> = dict();
  functions: FnCode[] = [];
  fnIndex: Record<string, number> = dict();
  fnTypes: Record<string, FnType> = dict();
  fnDefined: Record<string, boolean> = dict();
  globals: GlobalInfo[] = [];
  globalIndex: Record<string, number> = dict();
  regions: Record<number, { name: string; cells: Value[]; ro: boolean; layout?: number[]; size?: number }> = {};
  nextRegion = 1;
  locs: SourceLoc[] = [];
  stmtInfo: Program['stmtInfo'] = {};
  stmtLines: Record<string, Set<number>> = dict();
  /** Program.expansions being built: file → "line:column" → chain. */
  stmtExpansions: Program['expansions'] = dict();
  private readonly stmtExpansionKeys: StmtExpansionKeys = new Map();
  diagnostics: Diagnostic[] = [];
  /** typeof(expr) in a declaration: the type of `expr` in the function being compiled. */
  typeofHook?: (exprText: string, node: Node) => CType;
  /** The file being compiled (for locations). */
  file = '';
  /** Macro expansions done for the declaration being compiled (see countExpansion). */
  expansionCount = 0;
  /** Stack of macro expansions in progress: use-site locations and argument bindings. */
  expansions: { loc: number; args: Record<string, { node: Node; exp: number }>; name: string }[] = [];

  /** Set while compiling a preprocessed unit (see PosMapper); undefined for kernel/'s files. */
  mapper?: PosMapper;
  /** The preprocessed unit's `static` functions whose program name differs from their C name
   *  (another file defines the same name): C name → program name. */
  statics?: Record<string, string>;

  /** The program's name for a function the current unit calls by `name`. */
  fnName(name: string): string {
    return this.statics?.[name] ?? name;
  }

  error(node: Node, message: string, extra: RelatedInfo[] = []): void {
    if (this.mapper) {
      const s = this.mapper.start(node);
      const e = this.mapper.end(node);
      const related = [...extra, ...macroNotes(this.mapper.chain(node))];
      this.diagnostics.push({ file: s.file, line: s.line, column: s.column, endLine: e.line, endColumn: e.column, severity: 'error', message, ...(related.length ? { related } : {}) });
      return;
    }
    this.diagnostics.push({
      file: this.file,
      line: node.startPosition.row + 1,
      column: node.startPosition.column + 1,
      endLine: node.endPosition.row + 1,
      endColumn: node.endPosition.column + 1,
      severity: 'error',
      message,
      ...(extra.length ? { related: extra } : {}),
    });
  }

  /** Location index for a node; inside a macro expansion, the macro's use site. */
  loc(node: Node): number {
    return this.locSpan(node, node);
  }

  /** Set by the file compiler: defines a static local as a hidden global; returns its index. */
  defineStatic: (name: string, type: CType, decl: Node, init: Node | null) => number = () => {
    throw new Error('static locals need a file compiler');
  };

  /** A location from the start of `from` to the end of `to` (e.g. `if (cond)`). */
  locSpan(from: Node, to: Node): number {
    if (this.expansions.length) return this.expansions[0].loc;
    if (this.mapper) {
      const s = this.mapper.start(from);
      const e = this.mapper.end(to);
      const sameLine = e.line > s.line || (e.line === s.line && e.column >= s.column);
      this.locs.push({ file: s.file, line: s.line, column: s.column, endLine: sameLine ? e.line : s.line, endColumn: sameLine ? e.column : s.column });
      return this.locs.length - 1;
    }
    this.locs.push({
      file: this.file,
      line: from.startPosition.row + 1,
      column: from.startPosition.column + 1,
      endLine: to.endPosition.row + 1,
      endColumn: to.endPosition.column + 1,
    });
    return this.locs.length - 1;
  }

  allocRegion(name: string, cells: Value[], ro = false, type?: CType): number {
    const id = this.nextRegion++;
    this.regions[id] = { name, cells, ro, ...(type ? { layout: slotOffsets(type), size: sizeOf(type) } : { layout: cells.map((_, i) => i), size: cells.length }) };
    return id;
  }

  noteStmtLine(line: number, node?: Node): void {
    if (this.mapper && node) {
      const s = this.mapper.start(node);
      (this.stmtLines[s.file] ??= new Set()).add(s.line);
      const chains = this.mapper.expansionsIn ? this.mapper.expansionsIn(node) : [this.mapper.chain(node)];
      if (chains.length && chains[0].length) addStmtExpansions(this.stmtExpansionKeys, ((this.stmtExpansions[s.file] ??= dict())[`${s.line}:${s.column}`] ??= { chains: [], more: 0 }), chains);
      return;
    }
    (this.stmtLines[this.file] ??= new Set()).add(line);
  }

  /** File and first/last line of a node as the editor shows them (function and global lines). */
  lineOf(node: Node): number {
    return this.mapper ? this.mapper.start(node).line : node.startPosition.row + 1;
  }

  endLineOf(node: Node): number {
    return this.mapper ? this.mapper.end(node).line : node.endPosition.row + 1;
  }

  fileOf(node: Node): string {
    return this.mapper ? this.mapper.start(node).file : this.file;
  }
}

/** Where each macro of an expansion chain is defined (innermost first), for a diagnostic in
 *  code the macros produced; predefined macros (no file) are left out, each place once. */
export function macroNotes(chain: MacroExpansionStep[]): RelatedInfo[] {
  const out: RelatedInfo[] = [];
  for (const s of chain) {
    if (!s.definition.file) continue;
    if (out.some((r) => r.file === s.definition.file && r.line === s.definition.line && r.column === s.definition.column)) continue;
    out.push({ file: s.definition.file, line: s.definition.line, column: s.definition.column, message: `macro '${s.macro}' defined here` });
    if (out.length >= 8) break;
  }
  return out;
}

/**
 * Macros that each use the next twice (`#define A B+B`, `#define B C+C`, ...) expand to 2^n
 * copies: a few lines that would keep the compiler busy for hours. One declaration may expand
 * at most this many macros (the most any file of kernel/ or the corpus needs is under 100).
 */
export const MAX_EXPANSIONS = 20_000;

/** Raised at the expansion that crossed MAX_EXPANSIONS; not re-wrapped by each enclosing one. */
export class ExpansionLimit extends CompileError {}

export function countExpansion(u: Unit, use: Node): void {
  if (++u.expansionCount > MAX_EXPANSIONS) {
    throw new ExpansionLimit(use, `macro expansion too large (more than ${MAX_EXPANSIONS} expansions in one declaration)`);
  }
}

/** The chains of a statement's entry seen so far, by their text (chainKeys) and by every outer
 *  part of them: a chain already said by a longer one is not added again. Kept by the Unit
 *  while it compiles, not by the program. */
export type StmtExpansionKeys = Map<StmtExpansions, { whole: Map<string, number>; parts: Set<string>; dropped: Set<string> }>;

function chainKeys(chain: MacroExpansionStep[]): string[] {
  const keys: string[] = [];
  let k = '';
  for (let i = chain.length - 1; i >= 0; i--) {
    const s = chain[i];
    k = `${s.macro}@${s.invocation.file}:${s.invocation.line}:${s.invocation.column}<${k}`;
    keys.push(k);
  }
  return keys.reverse();
}

/** Merges a statement's chains into the entry of its key (statements of one invocation share
 *  it): deduplicated, a longer chain taking the place of its outer part, at most
 *  STMT_EXPANSION_CHAINS kept. */
function addStmtExpansions(entryKeys: StmtExpansionKeys, entry: StmtExpansions, chains: MacroExpansionStep[][]): void {
  let keys = entryKeys.get(entry);
  if (!keys) entryKeys.set(entry, (keys = { whole: new Map(), parts: new Set(), dropped: new Set() }));
  for (const chain of chains) {
    const ks = chainKeys(chain);
    if (keys.parts.has(ks[0])) continue;
    let slot = -1;
    for (let j = 1; j < ks.length && slot < 0; j++) {
      const at = keys.whole.get(ks[j]);
      if (at !== undefined) {
        slot = at;
        keys.whole.delete(ks[j]);
      }
    }
    if (slot < 0 && entry.chains.length >= STMT_EXPANSION_CHAINS) {
      // Left out; one that only lengthens a chain left out before is not one more.
      if (!ks.slice(1).some((k) => keys.dropped.delete(k))) entry.more++;
      keys.dropped.add(ks[0]);
      for (const k of ks) keys.parts.add(k);
      continue;
    }
    if (slot < 0) {
      slot = entry.chains.length;
      entry.chains.push(chain);
    } else entry.chains[slot] = chain;
    keys.whole.set(ks[0], slot);
    for (const k of ks) keys.parts.add(k);
  }
}

/**
 * The program name of a static `name` of file `file` when the plain name is taken:
 * `name@file.c`, then `name@file.c#2`, … (two units' statics both stay reachable).
 */
export function staticProgName(name: string, file: string, taken: (n: string) => boolean): string {
  const base = `${name}@${file.slice(file.lastIndexOf('/') + 1)}`;
  let n = base;
  for (let i = 2; taken(n); i++) n = `${base}#${i}`;
  return n;
}
