// Loading a set of kernel-C files into a Program: read and parse every file and the headers it
// includes, compile them against the built-in prelude, and report every problem found as a
// diagnostic with file, line and column. One bad function does not hide the others.

import { RUNTIME_NATIVE_NAMES } from './runtime-natives';
import type { Diagnostic } from '../sim/types';
import { FileCompiler } from './compile';
import { Op, type Program } from './ir';
import { releaseMacroTrees, setMacroParser } from './macro-body';
import { getParser, type ParsedFile, type WasmBytes } from './parse';
import { PRELUDE, PRELUDE_DECLS } from './prelude';
import { staticProgName, Unit } from './unit';
import { clearCompiledMemory, compileKey, lookupCompiled, readRecords, rememberCompiled } from './compile-cache';
import { dict } from './dict';
import { parseUnit, preprocessUnit, type PreprocessedUnit, type UnitConfig } from './tu-load';
import { stageOfFunction } from './stage-table';

export type { UnitConfig } from './tu-load';

/** Standard headers whose contents (printf, fixed-width types, limits, bool) are built in. */
const STD_HEADERS = new Set(['stdio.h', 'stdlib.h', 'stdint.h', 'stdbool.h', 'stddef.h', 'limits.h', 'string.h', 'inttypes.h']);

export interface SourceReader {
  /** Read a file; reject if it does not exist. */
  read(path: string): Promise<string>;
}

export interface LoadOptions {
  reader: SourceReader;
  /** Directories searched by #include (kernel/include of the project). */
  includeDirs: string[];
  /** Names the model implements; calls to other body-less functions are load errors. */
  nativeNames?: Set<string>;
  wasm?: WasmBytes;
  /** How a kernel tree's files are preprocessed (tree-units.ts); other files: defaultUnitConfig. */
  units?: Record<string, UnitConfig>;
}

export interface LoadResult {
  program?: Program;
  diagnostics: Diagnostic[];
}

/** Forget every compiled program this process holds (benchmarks measure a recompile with warm
 *  parser caches); a store below the memory (compile-cache.ts) keeps its entries. */
export function clearProgramCache(): void {
  clearCompiledMemory();
}

/** How a file outside any kernel tree is preprocessed: plain C includes (the includer's folder,
 *  then the include path), mmstep's built-in macros and prototypes before the file (each
 *  yielding to the file's own definition or declaration of its name, see tu-load.ts), the C
 *  library's headers built in. */
export function defaultUnitConfig(includeDirs: string[]): UnitConfig {
  return {
    quoteDirs: [],
    includeDirs,
    ownHeaderRoots: [],
    kconfig: {},
    predefines: {},
    localFirst: true,
    prelude: PRELUDE + PRELUDE_DECLS,
    builtinHeaders: [...STD_HEADERS],
  };
}

export async function loadProgram(files: string[], opts: LoadOptions): Promise<LoadResult> {
  const diagnostics: Diagnostic[] = [];
  const plain = defaultUnitConfig(opts.includeDirs);
  // A header listed among the sources is read where a unit includes it; one no unit includes
  // is compiled on its own (its declarations, its inline functions).
  const headers = files.filter((f) => f.endsWith('.h'));
  const order = [...files.filter((f) => !f.endsWith('.h')), ...headers];

  // A program is immutable once compiled: the same texts give the same program, so a restart or
  // a batch of scenarios over the same sources compiles once (compile-cache.ts).
  const key = compileKey([opts.includeDirs.join('\0'), [...(opts.nativeNames ?? [])].sort().join(','), ...order.flatMap((f) => [f, JSON.stringify(opts.units?.[f] ?? plain)])]);
  const hit = await lookupCompiled(key, (p) => (p.startsWith('<builtin>/') ? Promise.resolve('') : opts.reader.read(p)));
  // Expressions compiled later (watch, conditions) parse macro bodies: the parser is needed
  // after a hit too (loadScenario starts its initialisation early, so this mostly overlaps).
  const parser = await getParser(opts.wasm);
  setMacroParser(parser);
  if (hit) return { program: hit.program, diagnostics: [...hit.diagnostics] };

  // 1. Every file is its own translation unit through the preprocessor (tu-load.ts).
  const units: PreprocessedUnit[] = [];
  for (const f of order) {
    if (units.some((x) => x.file === f)) continue;
    if (f.endsWith('.h') && units.some((x) => x.reads.some(([p, t]) => p === f && t !== null))) continue;
    const r = await preprocessUnit(f, opts.units?.[f] ?? plain, opts.reader);
    units.push(r);
  }
  for (const r of units) for (const d of r.diagnostics) diagnostics.push(d);

  // 2. Parse.
  const parsed = new Map<string, ParsedFile>();
  for (const r of units) {
    const pf = parseUnit(parser, r);
    if (!pf) continue;
    parsed.set(r.file, pf);
    for (const d of pf.diagnostics) diagnostics.push(d);
  }

  const u = new Unit();
  const fc = new FileCompiler(u);
  for (const r of units) {
    const pf = parsed.get(r.file);
    if (pf) fc.compileFile(pf);
  }
  fc.compileBodies();
  for (const d of u.diagnostics) diagnostics.push(d);
  // Stages: the `/* mmstep-stage: */` markers; unmodified kernel files carry none, their stages
  // come from a table.
  const stages: Record<string, string> = dict();
  for (const r of units) Object.assign(stages, r.stages);
  for (const f of u.functions) {
    if (f.stage) continue;
    const marked = stages[`${f.file}:${f.line}`];
    if (marked) f.stage = marked;
    else if (opts.units?.[f.file]) f.stage = stageOfFunction(f.name.split('@')[0]);
  }

  disambiguateStatics(u, fc.plainStatics());

  // Link: every called name needs a body or a native.
  const natives: Program['natives'] = dict();
  for (const [name, t] of Object.entries(u.fnTypes)) if (!u.fnDefined[name]) natives[name] = t;
  if (opts.nativeNames) {
    const reported = new Set<string>();
    for (const f of u.functions) {
      for (const insn of f.code) {
        if (insn.op !== Op.CALL) continue;
        const name = insn.b as string;
        if (u.fnDefined[name] || opts.nativeNames.has(name) || RUNTIME_NATIVE_NAMES.has(name) || reported.has(name)) continue;
        reported.add(name);
        const loc = u.locs[insn.loc];
        diagnostics.push({
          file: loc?.file ?? f.file,
          line: loc?.line ?? f.line,
          column: loc?.column ?? 1,
          severity: 'error',
          message: `'${name}' is declared but has no C definition, and the simulator does not model it`,
        });
      }
    }
  }

  for (const pf of parsed.values()) pf.tree.delete();
  releaseMacroTrees();
  const stmtLines: Record<string, number[]> = dict();
  for (const [file, set] of Object.entries(u.stmtLines)) stmtLines[file] = [...set].sort((a, b) => a - b);
  const macros = macroTable(units);
  const program: Program = {
    symbols: {
      typedefs: u.typedefs,
      unions: u.unions,
      enumConsts: u.enumConsts,
      macros,
      fnTypes: u.fnTypes,
      fnDefined: u.fnDefined,
    },
    functions: u.functions,
    fnIndex: u.fnIndex,
    natives,
    globals: u.globals,
    globalIndex: u.globalIndex,
    initialRegions: u.regions,
    structs: u.structs,
    locs: u.locs,
    stmtInfo: u.stmtInfo,
    stmtLines,
    expansions: u.stmtExpansions,
    files: unitFiles(units),
  };
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const reads = errors.length ? undefined : readRecords(units.flatMap((r) => r.reads));
  if (reads) rememberCompiled({ key, reads, program, diagnostics });
  return { program: errors.length ? undefined : program, diagnostics };
}

/**
 * Statics of two units that share a C name are shown as `name@file.c`, each of them: the one
 * that kept the plain name while compiling (the first) is renamed too, so no frame, breakpoint
 * or watch shows a bare `helper` that is one of several. A name only one unit uses stays plain.
 */
function disambiguateStatics(u: Unit, plain: { fns: Set<string>; vars: Set<string> }): void {
  const base = (n: string): string => n.slice(0, n.indexOf('@') < 0 ? n.length : n.indexOf('@'));
  const renamedFns = new Set<string>();
  for (const f of u.functions) if (f.name.includes('@')) renamedFns.add(base(f.name));
  const fnTo: Record<string, string> = dict();
  for (const f of u.functions) {
    if (!plain.fns.has(f.name) || !renamedFns.has(f.name)) continue;
    fnTo[f.name] = staticProgName(f.name, f.file, (n) => u.fnIndex[n] !== undefined || !!u.fnDefined[n]);
  }
  for (const [from, to] of Object.entries(fnTo)) {
    const i = u.fnIndex[from];
    u.functions[i].name = to;
    delete u.fnIndex[from];
    u.fnIndex[to] = i;
    delete u.fnDefined[from];
    u.fnDefined[to] = true;
    u.fnTypes[to] = u.fnTypes[from];
  }
  if (Object.keys(fnTo).length) {
    // No external function has the plain name (it would have moved the static aside): every
    // reference to it is to the static.
    for (const f of u.functions) {
      for (const insn of f.code) {
        if (insn.op === Op.CALL && typeof insn.b === 'string' && fnTo[insn.b]) insn.b = fnTo[insn.b];
        const b = insn.b as { t?: string; name?: string } | undefined;
        if (insn.op === Op.PUSH && b && typeof b === 'object' && b.t === 'f' && b.name && fnTo[b.name]) insn.b = { ...b, name: fnTo[b.name] };
      }
    }
  }
  const renamedVars = new Set<string>();
  for (const g of u.globals) if (g.name.includes('@')) renamedVars.add(base(g.name));
  u.globals.forEach((g, i) => {
    if (!plain.vars.has(g.name) || !renamedVars.has(g.name) || u.globalIndex[g.name] !== i) return;
    const file = g.file.slice(g.file.lastIndexOf('/') + 1);
    let to = `${g.name}@${file}`;
    for (let k = 2; u.globalIndex[to] !== undefined; k++) to = `${g.name}@${file}#${k}`;
    delete u.globalIndex[g.name];
    u.globalIndex[to] = i;
    const r = u.regions[g.region];
    if (r) r.name = to;
    g.name = to;
  });
}

/** The files the program's units read (sources and headers), each once, in reading order. */
function unitFiles(units: PreprocessedUnit[]): string[] {
  const out = new Set<string>();
  for (const r of units) for (const [p, t] of r.reads) if (t !== null && !p.startsWith('<')) out.add(p);
  return [...out];
}

/**
 * The macros a watch expression or breakpoint condition may use (src/c/expression.ts): every
 * unit's macros at its end, as text; a name two units define differently keeps the first unit's.
 */
function macroTable(units: PreprocessedUnit[]): Program['symbols']['macros'] {
  const out: Program['symbols']['macros'] = dict();
  for (const r of units) {
    if (!r.pp) continue;
    for (const m of r.pp.macros.values()) {
      if (m.builtin || m.name in out) continue;
      const body = m.body.map((t, i) => (i > 0 && t.space ? ' ' : '') + t.text).join('');
      const params = m.fn ? m.params : undefined;
      out[m.name] = { name: m.name, body, file: m.file >= 0 ? r.pp.files[m.file] : '', line: m.line, ...(params ? { params } : {}), ...(m.variadic ? { variadic: true } : {}) };
    }
  }
  return out;
}

export { Machine } from './machine';
export type { MachineState, ThreadState, Frame, StepOutcome, FaultInfo } from './machine';
export { printfNatives, formatC, readCString } from './printf';
