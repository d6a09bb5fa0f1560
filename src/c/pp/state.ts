// The preprocessor's state as plain data: options and limits, the file table, the macro table
// (a Map: `constructor` and `__proto__` are ordinary C names), expansion records (the origin
// chain of every token produced by a macro), the conditional stack of each open file, and the
// diagnostics. Every other file of the pass is functions over this record.

import { newHideSets, type HideSets } from './hideset';
import type { Lexed } from './lexer';
import type { Token } from './tokens';

export interface MacroDef {
  name: string;
  fn: boolean;
  params: string[];
  variadic: boolean;
  /** Replacement list; `##` operators have Kind.Paste. */
  body: Token[];
  /** Per body token: the parameter index it names, or -1. */
  param: number[];
  /** Where the name is spelled in its #define (file -1: predefined / command line). */
  file: number;
  line: number;
  col: number;
  /** Dynamic built-in (__LINE__, __FILE__, …). */
  builtin?: string;
}

/** One macro expansion: the invocation (the macro name token as spelled) and the definition;
 *  `parent` is the expansion the invocation itself came from (-1: the name was in a file's
 *  text); `root*` is the outermost invocation, always a position in a file's text. */
export interface Expansion {
  macro: string;
  file: number;
  line: number;
  col: number;
  defFile: number;
  defLine: number;
  defCol: number;
  parent: number;
  rootFile: number;
  rootLine: number;
  rootCol: number;
}

export interface Related {
  message: string;
  file: string;
  line: number;
  col: number;
}

export interface PPDiagnostic {
  severity: 'error' | 'warning';
  message: string;
  file: string;
  line: number;
  col: number;
  related?: Related[];
}

export interface Limits {
  maxIncludeDepth: number;
  /** Tokens in the output. */
  maxOutputTokens: number;
  /** Macro expansions in total. */
  maxExpansions: number;
  /** Tokens created by substitution in total (bounds argument pre-expansion bombs too). */
  maxWork: number;
  /** Nesting of argument pre-expansion (bounds the JS stack). */
  maxNesting: number;
  maxDiagnostics: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxIncludeDepth: 200,
  maxOutputTokens: 4_000_000,
  maxExpansions: 2_000_000,
  maxWork: 40_000_000,
  maxNesting: 400,
  maxDiagnostics: 500,
};

/** Lexed files kept between preprocess() runs (pass the same object to each run): a file whose
 *  text is unchanged is not lexed again, and its include guard is remembered. File ids are the
 *  cache's, so they stay stable across runs. */
export interface PPCache {
  files: string[];
  fileIds: Map<string, number>;
  lexed: Map<number, { text: string; lexed: Lexed }>;
  guards: Map<number, string | null>;
}

export function newCache(): PPCache {
  return { files: [], fileIds: new Map(), lexed: new Map(), guards: new Map() };
}

export interface PreprocessOptions {
  /** The reader callback: the text of a file, or undefined/null when there is none. */
  readFile(path: string): string | undefined | null;
  /** Directories searched for `<…>` and, after the includer's directory, for `"…"`. */
  includeDirs?: readonly string[];
  /** Directories searched for `"…"` only, after the includer's directory (gcc -iquote). */
  quoteDirs?: readonly string[];
  /** Full override of include resolution: the path to read, or null when not found. */
  resolve?(name: string, angle: boolean, includer: string): string | null;
  /** Predefined macros: name → replacement text (`'FOO(x)': 'x'` defines a function-like one). */
  predefines?: Readonly<Record<string, string | number>>;
  /** Kconfig: CONFIG_X = y → CONFIG_X 1, m → CONFIG_X_MODULE 1, n → nothing, other → its value. */
  kconfig?: Readonly<Record<string, string | number | boolean>>;
  /** Text preprocessed before the main file (like gcc -include), as file `<prelude>`. */
  prelude?: string;
  /** Names __has_attribute / __has_builtin answer 1 for (defaults: common GNU ones). */
  attributes?: readonly string[];
  builtins?: readonly string[];
  /** __DATE__ / __TIME__ (fixed for determinism). */
  date?: string;
  time?: string;
  /** Included files' tokens on the #include's output line ('inline', default: main-file tokens
   *  keep their line numbers) or on lines of their own ('lines'). */
  includedLayout?: 'inline' | 'lines';
  limits?: Partial<Limits>;
  /** Reuse lexed files across runs (see PPCache). */
  cache?: PPCache;
}

export interface Cond {
  /** Some group of this #if chain has been taken. */
  taken: boolean;
  /** The current group is being processed. */
  active: boolean;
  sawElse: boolean;
  line: number;
  col: number;
  directive: string;
}

export interface FileCtx {
  file: number;
  tokens: Token[];
  pos: number;
  conds: Cond[];
  /** #line: presumed line = physical line + lineDelta; presumed name. */
  lineDelta: number;
  presumed: string;
}

export interface PPState {
  opts: PreprocessOptions;
  limits: Limits;
  files: string[];
  fileIds: Map<string, number>;
  /** Texts read through the reader callback, by path (null: could not be read). */
  texts: Map<string, string | null>;
  lexed: Map<number, Lexed>;
  macros: Map<string, MacroDef>;
  hs: HideSets;
  expansions: Expansion[];
  diags: PPDiagnostic[];
  counter: number;
  once: Set<number>;
  /** Include guard macro of a file (null: the file has none), computed once per file. */
  guards: Map<number, string | null>;
  pushed: Map<string, (MacroDef | undefined)[]>;
  stack: FileCtx[];
  work: number;
  expansionCount: number;
  nesting: number;
  attributes: Set<string>;
  builtins: Set<string>;
  mainFile: number;
  /** Line of the main file's #include being read (its output goes on that line), 0: none. */
  includeLine: number;
}

export function newState(opts: PreprocessOptions, attributes: Set<string>, builtins: Set<string>): PPState {
  return {
    opts,
    limits: { ...DEFAULT_LIMITS, ...(opts.limits ?? {}) },
    files: opts.cache ? opts.cache.files : [],
    fileIds: opts.cache ? opts.cache.fileIds : new Map(),
    texts: new Map(),
    lexed: new Map(),
    macros: new Map(),
    hs: newHideSets(),
    expansions: [],
    diags: [],
    counter: 0,
    once: new Set(),
    guards: opts.cache ? opts.cache.guards : new Map(),
    pushed: new Map(),
    stack: [],
    work: 0,
    expansionCount: 0,
    nesting: 0,
    attributes,
    builtins,
    mainFile: -1,
    includeLine: 0,
  };
}

/** Thrown when a limit is hit: preprocessing stops with the diagnostic already recorded. */
export class PPAbort extends Error {}

export function fileName(st: PPState, file: number): string {
  return file >= 0 ? st.files[file] : '<command line>';
}

/** The position a user sees for a token: the outermost invocation for tokens from macros. */
export function userPos(st: PPState, t: Token): { file: number; line: number; col: number } {
  if (t.exp >= 0) {
    const e = st.expansions[t.exp];
    return { file: e.rootFile, line: e.rootLine, col: e.rootCol };
  }
  return { file: t.file, line: t.line, col: t.col };
}

export function report(st: PPState, severity: 'error' | 'warning', message: string, t: Token, related: Related[] = []): void {
  if (st.diags.length >= st.limits.maxDiagnostics) return;
  const p = userPos(st, t);
  const rel = related.slice();
  if (t.exp >= 0 && (t.file !== p.file || t.line !== p.line || t.col !== p.col) && t.file >= 0) {
    rel.push({ message: `in expansion of macro '${st.expansions[t.exp].macro}'`, file: fileName(st, t.file), line: t.line, col: t.col });
  }
  const d: PPDiagnostic = { severity, message, file: fileName(st, p.file), line: p.line, col: p.col };
  if (rel.length > 0) d.related = rel;
  st.diags.push(d);
}

export function definedAt(st: PPState, m: MacroDef): Related[] {
  if (m.file < 0) return [];
  return [{ message: `macro '${m.name}' defined here`, file: fileName(st, m.file), line: m.line, col: m.col }];
}

/** Count substitution work; past the limit preprocessing stops with a diagnostic at `t`. */
export function charge(st: PPState, n: number, t: Token): void {
  st.work += n;
  if (st.work > st.limits.maxWork) {
    report(st, 'error', `macro expansion too large (more than ${st.limits.maxWork} tokens produced); preprocessing stopped`, t);
    throw new PPAbort();
  }
}
