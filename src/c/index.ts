// Loading a set of kernel-C files into a Program: read and parse every file and the headers it
// includes, compile them against the built-in prelude, and report every problem found as a
// diagnostic with file, line and column. One bad function does not hide the others.

import type { Diagnostic } from '../sim/types';
import { FileCompiler } from './compile';
import { Op, type Program } from './ir';
import { releaseMacroTrees, setMacroParser } from './macro-body';
import { ITERATOR_NAMES } from './iterators';
import { getParser, parseText, type ParsedFile, type WasmBytes } from './parse';
import { dirname, join, resolvePath } from './paths';
import { PRELUDE, PRELUDE_DECLS, PRELUDE_FILE } from './prelude';
import { CompileError, Unit } from './unit';
import { fnv64 } from './hash';
import { dict } from './dict';
import { loadUnit, type UnitConfig } from './tu-load';
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
  /** Files compiled as preprocessed translation units (a kernel tree's files, tu-load.ts). */
  units?: Record<string, UnitConfig>;
}

export interface LoadResult {
  program?: Program;
  diagnostics: Diagnostic[];
}

const CACHE_SIZE = 8;
const programCache = new Map<string, { program: Program; diagnostics: Diagnostic[] }>();

/** Forget every compiled program (benchmarks measure a recompile with warm parser caches). */
export function clearProgramCache(): void {
  programCache.clear();
}

function cacheKey(files: string[], opts: LoadOptions, texts: Map<string, string>): string {
  const parts = [files.join('\0'), opts.includeDirs.join('\0'), [...(opts.nativeNames ?? [])].sort().join(',')];
  for (const [f, t] of texts) parts.push(f, t);
  return fnv64(parts.join('\u0001'));
}

export async function loadProgram(files: string[], opts: LoadOptions): Promise<LoadResult> {
  const parser = await getParser(opts.wasm);
  setMacroParser(parser);
  const parsed = new Map<string, ParsedFile>();
  const texts = new Map<string, string>();
  const resolved = new Map<string, string>(); // `${from}\0${path}` → file
  const diagnostics: Diagnostic[] = [];

  // 1. Read every file and, transitively, the headers it includes.
  const readAll = async (file: string): Promise<boolean> => {
    if (texts.has(file)) return true;
    let text: string;
    try {
      text = await opts.reader.read(file);
    } catch {
      return false;
    }
    texts.set(file, text);
    for (const m of text.matchAll(/^[ \t]*#[ \t]*include[ \t]*([<"])([^>"\n]+)[>"]/gm)) {
      const system = m[1] === '<';
      const rel = m[2].trim();
      const candidates = [...(system ? [] : [resolvePath(dirname(file), rel)]), ...opts.includeDirs.map((d) => join(d, rel))];
      for (const c of candidates) {
        if (await readAll(c)) {
          resolved.set(`${file}\0${rel}`, c);
          break;
        }
      }
    }
    return true;
  };
  const unitParsed = new Map<string, ParsedFile>();
  const unitTexts: string[] = [];
  const unitDiags: Diagnostic[] = [];
  for (const f of files) {
    const cfg = opts.units?.[f];
    if (cfg) {
      if (unitParsed.has(f)) continue;
      const r = await loadUnit(parser, f, cfg, opts.reader);
      for (const d of r.diagnostics) unitDiags.push(d);
      unitTexts.push(f, JSON.stringify(cfg), r.text);
      if (r.parsed) unitParsed.set(f, r.parsed);
      continue;
    }
    if (!(await readAll(f))) {
      diagnostics.push({ file: f, line: 1, column: 1, severity: 'error', message: `cannot read C source '${f}'` });
    }
  }

  // A program is immutable once compiled: the same texts give the same program, so a restart or
  // a batch of scenarios over the same sources compiles once.
  const key = cacheKey(files, opts, texts) + (unitTexts.length ? fnv64(unitTexts.join('\u0001')) : '');
  const hit = programCache.get(key);
  if (hit) {
    programCache.delete(key);
    programCache.set(key, hit);
    return { program: hit.program, diagnostics: [...diagnostics, ...hit.diagnostics] };
  }
  for (const d of unitDiags) diagnostics.push(d);

  // 2. Macros that change how the text must be parsed: empty ones used as annotations, and
  //    function-like ones that expand to a loop head (used like list_for_each_entry).
  const annotations = new Set<string>();
  const loopMacros = new Set(ITERATOR_NAMES);
  const all = [...texts.values()].join('\n').replace(/\\\r?\n/g, ' ');
  for (const m of all.matchAll(/^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)[ \t]*(\/\*.*?\*\/[ \t]*)?$/gm)) annotations.add(m[1]);
  const fnMacroNames = new Set<string>();
  const fnMacros = [...all.matchAll(/^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)\(([^)]*)\)[ \t]*(.*)$/gm)];
  for (const m of fnMacros) fnMacroNames.add(m[1]);
  for (const m of (PRELUDE + PRELUDE_DECLS).matchAll(/^#define ([A-Za-z_]\w*)\(/gm)) fnMacroNames.add(m[1]);
  for (let changed = true; changed; ) {
    changed = false;
    for (const m of fnMacros) {
      const head = m[3].trim().split(/[\s(]/)[0];
      if (!loopMacros.has(m[1]) && (head === 'for' || head === 'while' || loopMacros.has(head))) {
        loopMacros.add(m[1]);
        changed = true;
      }
    }
  }

  // 3. Parse.
  for (const [file, text] of texts) {
    const pf = parseText(parser, file, text, annotations, loopMacros, fnMacroNames);
    parsed.set(file, pf);
    for (const d of pf.diagnostics) diagnostics.push(d);
  }
  for (const [file, pf] of unitParsed) parsed.set(file, pf);

  const u = new Unit();
  u.loopMacros = loopMacros;
  const compiled = new Set<string>();
  const fc: FileCompiler = new FileCompiler(u, (from, rel, system, node) => {
    const target = resolved.get(`${from}\0${rel}`);
    // The C library headers a test program includes: their few declarations are built in.
    if (!target && system && STD_HEADERS.has(rel)) return;
    if (!target) {
      const where = system ? opts.includeDirs.join(', ') : [dirname(from), ...opts.includeDirs].join(', ');
      throw new CompileError(node, `cannot find include file '${rel}' (searched ${where})`);
    }
    if (compiled.has(target)) return;
    compiled.add(target);
    fc.compileFile(parsed.get(target)!);
  });
  for (const [name, text] of [[PRELUDE_FILE, PRELUDE + PRELUDE_DECLS]]) {
    const pf = parseText(parser, name, text);
    fc.compileFile(pf);
    pf.tree.delete();
  }
  for (const f of files) {
    const pf = parsed.get(f);
    if (!pf || compiled.has(f)) continue;
    compiled.add(f);
    fc.compileFile(pf);
  }
  fc.compileBodies();
  for (const d of u.diagnostics) diagnostics.push(d);
  // Unmodified kernel files carry no mmstep-stage comments: their stages come from a table.
  if (unitParsed.size) {
    for (const f of u.functions) if (!f.stage && unitParsed.has(f.file)) f.stage = stageOfFunction(f.name.split("@")[0]);
  }

  // Link: every called name needs a body or a native.
  const natives: Program['natives'] = dict();
  for (const [name, t] of Object.entries(u.fnTypes)) if (!u.fnDefined[name]) natives[name] = t;
  if (opts.nativeNames) {
    const reported = new Set<string>();
    for (const f of u.functions) {
      for (const insn of f.code) {
        if (insn.op !== Op.CALL) continue;
        const name = insn.b as string;
        if (u.fnDefined[name] || opts.nativeNames.has(name) || reported.has(name)) continue;
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
  const macros: Program['symbols']['macros'] = dict();
  for (const [k, m] of Object.entries(u.macros)) {
    macros[k] = { name: m.name, body: m.body, file: m.file, line: m.line, ...(m.params ? { params: m.params } : {}), ...(m.variadic ? { variadic: true } : {}) };
  }
  const program: Program = {
    symbols: {
      typedefs: u.typedefs,
      unions: u.unions,
      enumConsts: u.enumConsts,
      macros,
      fnTypes: u.fnTypes,
      fnDefined: u.fnDefined,
      loopMacros: [...u.loopMacros],
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
    files: [...parsed.keys()],
  };
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (!errors.length) {
    programCache.set(key, { program, diagnostics });
    while (programCache.size > CACHE_SIZE) programCache.delete(programCache.keys().next().value as string);
  }
  return { program: errors.length ? undefined : program, diagnostics };
}

export { Machine } from './machine';
export type { MachineState, ThreadState, Frame, StepOutcome, FaultInfo } from './machine';
export { printfNatives, formatC, readCString } from './printf';
