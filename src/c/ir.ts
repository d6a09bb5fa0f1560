// The compiled form of kernel C: a small stack machine whose code is static data and whose
// execution state (threads, frames, pc, operand stacks, memory regions) is plain data too.
// Each C statement starts with a STMT instruction: that is where a step stops.

import type { SourceLoc } from './native';
import type { CType, FnType, StructDef } from './types';
import type { Value } from './value';

export const enum Op {
  STMT,
  PUSH,
  POP,
  DUP,
  LVAR,
  SVAR,
  GADDR,
  LOAD,
  STORE,
  MLOAD,
  MSTORE,
  MADDR,
  PADD,
  PDIFF,
  BIN,
  CMP,
  PCMP,
  NEG,
  NOT,
  BNOT,
  CONV,
  TOBOOL,
  PTR2INT,
  INT2PTR,
  JMP,
  JZ,
  JNZ,
  CALL,
  CALLI,
  RET,
  ALLOCL,
  BUILTIN,
  SWITCH,
  ZEROAGG,
  AGGGET,
  /** A void * converted to `T *` (b = T): a fresh allocation gets its type (heap.ts). */
  PTYPE,
}

export interface Insn {
  op: Op;
  /** Integer operand: variable index, jump target, argc, slot offset... */
  a: number;
  /** Other operand: a value, a type, a field description, a name... */
  b?: unknown;
  /** Index into Program.locs (the expression or statement this instruction belongs to). */
  loc: number;
}

/** Binary operators with their C spelling. */
export type BinOp = '+' | '-' | '*' | '/' | '%' | '<<' | '>>' | '&' | '|' | '^';
export type CmpOp = '<' | '>' | '<=' | '>=' | '==' | '!=';

export interface MemberInfo {
  struct: string;
  field: string;
  slot: number;
  type: CType;
  /** The member is bits of the cell at `slot` (a bit-field, a member of an integer union). */
  bits?: { pos: number; width: number; signed: boolean };
  /** First bit of the member from the start of its struct (reached through a pointer into a cell). */
  abs?: number;
  /** A bit-field's width. */
  bitfield?: number;
}

export interface LocalInfo {
  name: string;
  type: CType;
  /** Lives in a memory region (address taken, array or struct): vars[idx] holds a Ptr to it. */
  mem: boolean;
  /** Hidden compiler temporary. */
  temp?: boolean;
  /** Declared at this loc (for scoping in the Variables view: visible after this line). */
  declLine: number;
  /** Statement range (first line..last line) of the enclosing block. */
  scopeEnd: number;
}

export interface FnCode {
  name: string;
  type: FnType;
  file: string;
  line: number;
  endLine: number;
  params: number;
  locals: LocalInfo[];
  code: Insn[];
  /** `/* mmstep-stage: NAME *\/` marker found above the definition. */
  stage?: string;
}

export interface GlobalInfo {
  name: string;
  type: CType;
  region: number;
  file: string;
  line: number;
}

export interface StmtInfo {
  /** Natives called directly in this statement (for function breakpoints on natives). */
  natives?: string[];
}

/** The names a program declares, kept to compile expressions later (watch, conditions). */
export interface ProgramSymbols {
  typedefs: Record<string, CType>;
  unions: Record<string, StructDef>;
  enumConsts: Record<string, bigint>;
  /** Macro definitions as text (bodies are parsed again when used). */
  macros: Record<string, { name: string; params?: string[]; variadic?: boolean; body: string; file: string; line: number }>;
  fnTypes: Record<string, FnType>;
  fnDefined: Record<string, boolean>;
}

/** One macro expansion a statement's code came out of (see Program.expansions). */
export interface MacroExpansionStep {
  /** The macro's name. */
  macro: string;
  /** Where the macro's name was spelled for this expansion (1-based line and column). */
  invocation: { file: string; line: number; column: number };
  /** The #define's macro name; file '' for a predefined macro (`__FILE__`, a kconfig symbol). */
  definition: { file: string; line: number; column: number };
}

/** Most chains kept for one statement (Program.expansions). */
export const STMT_EXPANSION_CHAINS = 32;

/** The macro expansions of one statement (see Program.expansions). */
export interface StmtExpansions {
  /** Each chain innermost first; in source order of the invocations. */
  chains: MacroExpansionStep[][];
  /** Chains left out past STMT_EXPANSION_CHAINS. */
  more: number;
}

export interface Program {
  symbols: ProgramSymbols;
  functions: FnCode[];
  fnIndex: Record<string, number>;
  /** Functions declared without a body: resolved against the NativeTable. */
  natives: Record<string, FnType>;
  globals: GlobalInfo[];
  globalIndex: Record<string, number>;
  /** Initial content of the global regions (globals and string literals), by region id. */
  initialRegions: Record<number, { name: string; cells: Value[]; ro: boolean; layout?: number[]; size?: number }>;
  structs: Record<string, StructDef>;
  locs: SourceLoc[];
  stmtInfo: Record<number, StmtInfo>;
  /** Every line that starts a statement, per file (for breakpoint verification). */
  stmtLines: Record<string, number[]>;
  /**
   * The macros a statement uses, for the debugger to show: `expansions[file]["line:column"]`
   * is keyed by the statement's location as the editor shows it (the outermost invocation for
   * code a macro produced) and holds every expansion whose invocation lies in the statement's
   * own text — a macro that produced the statement, and every macro used inside its expressions
   * (`PAGE_SIZE`, `unlikely(...)`, `MIGRATE_PFN_VALID`), not those of the statements nested in it
   * (an if's body, a statement expression's block), which have their own keys. Each chain is
   * innermost expansion first, outermost (the one spelled in `file`) last; chains are in source
   * order of their invocations, and one that is the outer part of another is left out (the
   * longer one says it). Statements of one invocation share its key and their chains are
   * merged. At most STMT_EXPANSION_CHAINS chains are kept; `more` counts the others. A
   * statement that uses no macro has no entry. Only preprocessed translation units (src/c/pp)
   * have entries.
   */
  expansions: Record<string, Record<string, StmtExpansions>>;
  files: string[];
}
