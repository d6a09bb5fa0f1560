// A translation unit through the real preprocessor (issue 8): every .c file — kernel/'s, a
// program's, a kernel tree's unmodified file (against mmstep's compatibility headers) — is
// preprocessed (src/c/pp) on its own, the expanded text is parsed by tree-sitter, and the
// compiler sees a ParsedFile whose mapper takes every node back through the origin map to the
// file, line and column the editor shows (code from a macro: its invocation).
// The preprocessor reads synchronously, the source reader is asynchronous: the unit is
// preprocessed again until every file it asked for has been read (once each). A unit whose
// files all read the same as last time is not preprocessed again.

import type { Parser } from 'web-tree-sitter';
import type { Diagnostic } from '../sim/types';
import type { Node, ParsedFile } from './parse';
import { parseText } from './parse';
import { braceSwitchBodies } from './switch-braces';
import { dirname, join } from './paths';
import { expansionChain, newCache, preprocess, tokenAt, tokenAtOffset, userPosition, type OriginMap, type PPCache, type PreprocessResult } from './pp';
import type { MacroExpansionStep } from './ir';
import { macroNotes, type PosMapper } from './unit';

/** How one unit is preprocessed (the include rule of kernel/compat/README.md for a tree's file;
 *  the C rule — the includer's folder, then the include path — for every other file). */
export interface UnitConfig {
  /** Searched for `"…"` of the unit's own files (the tree's): compat <v>/mm first. */
  quoteDirs: string[];
  /** Searched for `<…>`, and for `"…"` after quoteDirs. */
  includeDirs: string[];
  /** Headers under these folders (mmstep's kernel/) look in their own folder first for `"…"`. */
  ownHeaderRoots: string[];
  kconfig: Record<string, string>;
  predefines: Record<string, string>;
  /** Every `"…"` looks in the includer's own folder first (plain C; kernel/'s files, programs). */
  localFirst?: boolean;
  /** A kernel tree's root: a `"…"` in a file of the tree outside its `mm/` looks in the
   *  includer's folder first (lib/test_hmm.c's "test_hmm_uapi.h"); `mm/`'s files keep the compat
   *  rule, which must not find the tree's own mm/internal.h, and look in their own folder only
   *  after it (mm/gup_test.c's "gup_test.h"). The tree is only read. */
  treeRoot?: string;
  /** Text preprocessed before the file (gcc -include): mmstep's built-in macros and prototypes. */
  prelude?: string;
  /** `<…>` headers whose few declarations are built in (the C library's): included as empty. */
  builtinHeaders?: string[];
}

export interface AsyncReader {
  read(path: string): Promise<string>;
}

/** A unit after the preprocessor: what tree-sitter parses, and what the program cache keys on. */
export interface PreprocessedUnit {
  file: string;
  /** Undefined when the file could not be read or preprocessing stopped. */
  pp?: PreprocessResult;
  diagnostics: Diagnostic[];
  /** Every path the unit read or probed, with its text (null: absent), in order. */
  reads: [string, string | null][];
  /** `/* mmstep-stage: NAME *\/` markers of the files read: "file:line" of the definition the
   *  marker stands above → NAME (the preprocessor drops comments, so they are found here). */
  stages: Record<string, string>;
}

/** Re-runs of the preprocessor while new files turn up; a deeper include chain is reported. */
const MAX_ROUNDS = 64;
/** Where a built-in C library header "is" (never read from disk). */
const BUILTIN_DIR = '<builtin>';

const caches = new Map<string, PPCache>();
/** The last result per unit (file + config): reused while every file it read reads the same. */
const memo = new Map<string, PreprocessedUnit>();
const MEMO_SIZE = 64;

function under(file: string, roots: string[]): boolean {
  return roots.some((r) => file.startsWith(r.endsWith('/') ? r : r + '/'));
}

/** A file of the tree (cfg.treeRoot) outside its mm/: its `"…"` includes are the tree's own. */
function treeLocal(cfg: UnitConfig, includer: string): boolean {
  return !!cfg.treeRoot && under(includer, [cfg.treeRoot]) && !under(includer, [join(cfg.treeRoot, 'mm')]);
}

/** Candidate paths of `#include name` from `includer`, in search order. */
export function includeCandidates(cfg: UnitConfig, name: string, angle: boolean, includer: string): string[] {
  // Plain C's `<…>` looks only in the include path, an absolute name included.
  if (name.startsWith('/')) return angle && cfg.localFirst ? [] : [name];
  if (angle && cfg.builtinHeaders?.includes(name)) return [join(BUILTIN_DIR, name)];
  const dirs: string[] = [];
  if (!angle) {
    if (cfg.localFirst || under(includer, cfg.ownHeaderRoots) || treeLocal(cfg, includer)) dirs.push(dirname(includer));
    dirs.push(...cfg.quoteDirs);
  }
  dirs.push(...cfg.includeDirs);
  // A tree's mm/ file: its own folder last, after compat's (mm/gup_test.c's "gup_test.h";
  // "internal.h" is compat's, found first).
  if (!angle && cfg.treeRoot && under(includer, [join(cfg.treeRoot, 'mm')])) dirs.push(dirname(includer));
  return dirs.map((d) => join(d, name));
}

async function readOrNull(reader: AsyncReader, p: string): Promise<string | null> {
  if (p.startsWith(BUILTIN_DIR + '/')) return '';
  try {
    return await reader.read(p);
  } catch {
    return null;
  }
}

/** Preprocess `file` as a translation unit, reading what it includes through `reader`. */
export async function preprocessUnit(file: string, cfg: UnitConfig, reader: AsyncReader): Promise<PreprocessedUnit> {
  const key = JSON.stringify([file, cfg]);
  const last = memo.get(key);
  if (last) {
    let same = true;
    for (const [p, t] of last.reads) {
      if ((await readOrNull(reader, p)) !== t) {
        same = false;
        break;
      }
    }
    if (same) return last;
  }
  const unit = await runPreprocessor(file, cfg, reader);
  memo.delete(key);
  memo.set(key, unit);
  while (memo.size > MEMO_SIZE) memo.delete(memo.keys().next().value as string);
  return unit;
}

async function runPreprocessor(file: string, cfg: UnitConfig, reader: AsyncReader): Promise<PreprocessedUnit> {
  const texts = new Map<string, string | null>();
  const cacheKey = JSON.stringify([cfg.quoteDirs, cfg.includeDirs, cfg.ownHeaderRoots, !!cfg.localFirst, cfg.treeRoot ?? '']);
  let cache = caches.get(cacheKey);
  if (!cache) {
    cache = newCache();
    caches.set(cacheKey, cache);
    if (caches.size > 4) caches.delete(caches.keys().next().value as string);
  }
  const fetch = async (paths: Iterable<string>): Promise<void> => {
    for (const p of paths) if (!texts.has(p)) texts.set(p, await readOrNull(reader, p));
  };
  await fetch([file]);
  const main = texts.get(file);
  if (main == null) return { file, diagnostics: [{ file, line: 1, column: 1, severity: 'error', message: `cannot read C source '${file}'` }], reads: [[file, null]], stages: {} };
  let result: PreprocessResult | undefined;
  let prelude = cfg.prelude;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const wanted = new Set<string>();
    if (cfg.prelude) prelude = yieldingPrelude(cfg.prelude, texts);
    result = preprocess(file, main, {
      readFile: (p) => {
        const t = texts.get(p);
        if (t === undefined) wanted.add(p);
        return t ?? null;
      },
      resolve: (name, angle, includer) => {
        for (const c of includeCandidates(cfg, name, angle, includer)) {
          const t = texts.get(c);
          if (t === undefined) {
            wanted.add(c);
            return null;
          }
          if (t !== null) return c;
        }
        return null;
      },
      kconfig: cfg.kconfig,
      predefines: cfg.predefines,
      ...(prelude ? { prelude } : {}),
      cache,
    });
    if (!wanted.size) {
      // A header read in the last round may declare a name the prelude defines.
      if (!cfg.prelude || yieldingPrelude(cfg.prelude, texts) === prelude) break;
      continue;
    }
    await fetch(wanted);
  }
  const pp = result!;
  const diagnostics: Diagnostic[] = [];
  for (const d of pp.diagnostics) {
    // A file's own definition of a built-in macro replaces it: that is no redefinition to warn of.
    if (d.severity === 'warning' && / redefined$/.test(d.message) && d.related?.some((r) => r.file === '<prelude>')) continue;
    diagnostics.push({
      file: d.file || file,
      line: d.line,
      column: d.col,
      severity: d.severity,
      message: notFound(cfg, d.message, d.file || file),
      ...(d.related?.length ? { related: d.related.map((r) => ({ file: r.file, line: r.line, column: r.col, message: r.message })) } : {}),
    });
  }
  const stages: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [p, t] of texts) if (t && t.includes('mmstep-stage')) stageMarkers(p, t, stages);
  return { file, ...(pp.aborted ? {} : { pp }), diagnostics, reads: [...texts], stages };
}

/** The preprocessor's `"x.h": file not found` in the words the rest of mmstep uses (the
 *  scenario loader explains a read its policy refused from them). */
function notFound(cfg: UnitConfig, message: string, includer: string): string {
  const m = /^(["<])(.*)[">]: file not found$/.exec(message);
  if (!m) return message;
  const dirs = includeCandidates(cfg, m[2], m[1] === '<', includer).map((c) => dirname(c));
  return `cannot find include file '${m[2]}' (searched ${dirs.join(', ') || 'no include path'})`;
}

const preludeNames = new Map<string, string[]>();
const yielded = new Map<string, string>();

/**
 * The built-in prelude without the macros whose names the unit's own files declare as
 * functions (`static unsigned long pgd_index(unsigned long addr)` in a program of its own):
 * gcc has no such macros, so the program's declaration must not be expanded as one.
 */
function yieldingPrelude(prelude: string, texts: Map<string, string | null>): string {
  let names = preludeNames.get(prelude);
  if (!names) {
    names = [...prelude.matchAll(/^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)\(/gm)].map((m) => m[1]);
    preludeNames.set(prelude, names);
  }
  const declared = new Set<string>();
  const decl = /^[ \t]*(?!(?:return|if|while|for|switch|case|do|else|goto|sizeof|typedef|define)\b)[A-Za-z_][\w \t*]*?\b([A-Za-z_]\w*)[ \t]*\(/gm;
  for (const t of texts.values()) {
    if (!t) continue;
    for (const n of names) {
      if (!t.includes(n)) continue;
      for (const m of t.matchAll(decl)) if (names.includes(m[1])) declared.add(m[1]);
      break;
    }
  }
  if (!declared.size) return prelude;
  const key = [...declared].sort().join(',') + '\0' + prelude;
  let out = yielded.get(key);
  if (out === undefined) {
    out = prelude
      .split('\n')
      .filter((l) => {
        const m = /^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)/.exec(l);
        return !m || !declared.has(m[1]);
      })
      .join('\n');
    yielded.set(key, out);
    if (yielded.size > 32) yielded.delete(yielded.keys().next().value as string);
  }
  return out;
}

/** The markers of one file: a marker comment names the definition that follows it (other
 *  comments and blank lines may stand between). */
function stageMarkers(file: string, text: string, out: Record<string, string>): void {
  const re = /\/\*\s*mmstep-stage:\s*([^*\n]+?)\s*\*\/|\/\/\s*mmstep-stage:\s*([^\n]+?)\s*$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let i = m.index + m[0].length;
    for (;;) {
      while (i < text.length && /\s/.test(text[i])) i++;
      if (text.startsWith('/*', i)) {
        const e = text.indexOf('*/', i + 2);
        i = e < 0 ? text.length : e + 2;
      } else if (text.startsWith('//', i)) {
        const e = text.indexOf('\n', i);
        i = e < 0 ? text.length : e;
      } else break;
    }
    if (i >= text.length) continue;
    let line = 1;
    for (let j = text.indexOf('\n'); j >= 0 && j < i; j = text.indexOf('\n', j + 1)) line++;
    out[`${file}:${line}`] = (m[1] ?? m[2]).trim();
  }
}

/** Parse a preprocessed unit; the ParsedFile's mapper and diagnostics name the user's files. */
export function parseUnit(parser: Parser, unit: PreprocessedUnit): ParsedFile | undefined {
  const pp = unit.pp;
  if (!pp) return undefined;
  // Brace-less switch bodies get braces in existing blanks (positions unchanged).
  const source = braceSwitchBodies(pp.text) ?? pp.text;
  let parsed = parseText(parser, unit.file, source);
  const text = unparenthesizeCalls(parsed, source);
  if (text !== undefined) {
    parsed.tree.delete();
    parsed = parseText(parser, unit.file, text);
  }
  parsed.mapper = originMapper(pp.map, unit.file);
  // parseText reports positions in the expanded text: map them to the user's files.
  parsed.diagnostics = parsed.diagnostics.map((d) => mapDiagnostic(pp.map, unit.file, d));
  return parsed;
}

/** `(f()) + x`, `(f()) - x`, … as a macro's parentheses around an argument produce them: the
 *  grammar, not knowing that `f` is no type name, reads a cast of `+x` to "function returning
 *  f". Such a cast whose type is not a typedef of the unit loses its parentheses (blanked: the
 *  positions stay), which cannot change a call's meaning. The text to parse again, or undefined. */
function unparenthesizeCalls(pf: ParsedFile, source: string): string | undefined {
  if (!/\(\s*[A-Za-z_]\w*\s*\(\s*\)\s*\)\s*[-+*&]/.test(pf.text)) return undefined;
  const typedefs = new Set<string>();
  const casts: Node[] = [];
  const todo: Node[] = [pf.tree.rootNode];
  while (todo.length) {
    const n = todo.pop()!;
    if (n.type === 'type_definition') {
      const ids: Node[] = [];
      for (const d of n.childrenForFieldName('declarator')) if (d) ids.push(d);
      while (ids.length) {
        const d = ids.pop()!;
        if (d.type === 'type_identifier') typedefs.add(d.text);
        for (const c of d.namedChildren) if (c) ids.push(c);
      }
    }
    if (n.type === 'cast_expression') {
      const t = n.childForFieldName('type');
      const v = n.childForFieldName('value');
      const base = t?.childForFieldName('type');
      const decl = t?.childForFieldName('declarator');
      if (base?.type === 'type_identifier' && decl?.type === 'abstract_function_declarator' && decl.namedChildren.every((c) => !c || c.namedChildCount === 0) && (v?.type === 'unary_expression' || v?.type === 'pointer_expression')) {
        casts.push(n);
      }
    }
    for (const c of n.children) if (c) todo.push(c);
  }
  // sanitize() keeps every position: blank the preprocessor's text, parse it (and sanitize) again.
  const chars = source.split('');
  let changed = false;
  for (const n of casts) {
    const t = n.childForFieldName('type')!;
    if (typedefs.has(t.childForFieldName('type')!.text)) continue;
    const open = n.child(0);
    const close = t.nextSibling;
    if (open?.type !== '(' || close?.type !== ')') continue;
    chars[open.startIndex] = ' ';
    chars[close.startIndex] = ' ';
    changed = true;
  }
  return changed ? chars.join('') : undefined;
}

function mapDiagnostic(map: OriginMap, file: string, d: Diagnostic): Diagnostic {
  let s = mapRowCol(map, file, d.line - 1, d.column - 1);
  // A syntax error spanning from the built-in prelude (before the file) is the file's: at the
  // error's end, or the file's start.
  if (s.file.startsWith('<')) {
    const e = d.endLine !== undefined ? mapRowCol(map, file, d.endLine - 1, Math.max(0, (d.endColumn ?? 1) - 2)) : undefined;
    s = e && !e.file.startsWith('<') ? e : { file, line: 1, column: 1 };
  }
  const i = tokenAt(map, d.line - 1, d.column - 1);
  const related = i < 0 ? [] : macroNotes(stepsOf(map, i));
  return { ...d, file: s.file, line: s.line, column: s.column, endLine: undefined, endColumn: undefined, ...(related.length ? { related } : {}) };
}

function stepsOf(map: OriginMap, i: number): MacroExpansionStep[] {
  return expansionChain(map, i).map((s) => ({
    macro: s.macro,
    invocation: { file: s.invocation.file, line: s.invocation.line, column: s.invocation.col },
    definition: { file: s.definition.file, line: s.definition.line, column: s.definition.col },
  }));
}

function mapRowCol(map: OriginMap, file: string, row: number, col: number): { file: string; line: number; column: number } {
  const i = tokenAt(map, row, col);
  if (i < 0) return { file, line: row + 1, column: col + 1 };
  const p = userPosition(map, i);
  if (!p.file) return { file, line: row + 1, column: col + 1 };
  return { file: p.file, line: p.line, column: p.col };
}

/** The end of token `i` as the editor shows it: after its spelling, or after the outermost
 *  invocation's macro name for code from a macro. */
function tokenEnd(map: OriginMap, i: number): { line: number; column: number } {
  let x = map.expansion[i];
  if (x >= 0) {
    while (map.expansions[x].parent >= 0) x = map.expansions[x].parent;
    const e = map.expansions[x];
    return { line: e.rootLine, column: e.rootCol + e.macro.length };
  }
  return { line: map.line[i], column: map.col[i] + map.outLen[i] };
}

export function originMapper(map: OriginMap, file: string): PosMapper {
  const steps = new Map<number, MacroExpansionStep>();
  return {
    start: (node: Node) => mapRowCol(map, file, node.startPosition.row, node.startPosition.column),
    end: (node: Node) => {
      const { row, column } = node.endPosition;
      const i = column > 0 ? tokenAt(map, row, column - 1) : tokenAtOffset(map, Math.max(0, node.endIndex - 1));
      if (i < 0) return { line: row + 1, column: column + 1 };
      return tokenEnd(map, i);
    },
    chain: (node: Node): MacroExpansionStep[] => {
      const i = tokenAt(map, node.startPosition.row, node.startPosition.column);
      return i < 0 ? [] : stepsOf(map, i);
    },
    expansionsIn: (node: Node): MacroExpansionStep[][] => expansionsIn(map, node, steps),
  };
}

/** Statements nested in a statement (an if's body, a for's initialiser, a case's statements):
 *  noted on their own, so their macros are not the outer statement's. */
function nestedStmt(n: Node): boolean {
  return n.type.endsWith('_statement') || n.type === 'else_clause' || n.type === 'declaration';
}

/** Output rows and columns compared as one number (columns stay below 2^21 here). */
function at(row: number, col: number): number {
  return row * 0x200000 + col;
}

function tokenPos(map: OriginMap, i: number): number {
  return at(map.outRow[i], map.outCol[i]);
}

/** The first token at or after output position (row, col). */
function firstFrom(map: OriginMap, row: number, col: number, from: number): number {
  const want = at(row, col);
  let i = tokenAt(map, row, col);
  if (i < from) i = from;
  while (i < map.count && tokenPos(map, i) < want) i++;
  return i;
}

/**
 * The expansion chains of the macros invoked in `node`'s own text (not in the statements nested
 * in it, nor in a statement expression's block), innermost first, in output order; a chain that
 * is the outer part of another is left out. Steps are shared between chains and statements.
 */
function expansionsIn(map: OriginMap, node: Node, steps: Map<number, MacroExpansionStep>): MacroExpansionStep[][] {
  const skip: Node[] = [];
  for (const c of node.namedChildren) {
    if (!c) continue;
    if (nestedStmt(c)) skip.push(c);
    else if (c.type === 'compound_statement') skip.push(c);
    else if (c.childCount) for (const b of c.descendantsOfType('compound_statement')) if (b) skip.push(b);
  }
  skip.sort((a, b) => a.startIndex - b.startIndex);
  const end = at(node.endPosition.row, node.endPosition.column);
  let i = firstFrom(map, node.startPosition.row, node.startPosition.column, 0);
  const leaves: number[] = [];
  const seen = new Set<number>();
  let k = 0;
  let last = -1;
  while (i < map.count && tokenPos(map, i) < end) {
    while (k < skip.length && at(skip[k].endPosition.row, skip[k].endPosition.column) <= tokenPos(map, i)) k++;
    if (k < skip.length && at(skip[k].startPosition.row, skip[k].startPosition.column) <= tokenPos(map, i)) {
      i = firstFrom(map, skip[k].endPosition.row, skip[k].endPosition.column, i);
      continue;
    }
    const x = map.expansion[i++];
    if (x < 0 || x === last || seen.has(x)) continue;
    last = x;
    seen.add(x);
    leaves.push(x);
  }
  if (!leaves.length) return [];
  const outer = new Set<number>();
  for (const x of leaves) for (let p = map.expansions[x].parent, n = 0; p >= 0 && !outer.has(p) && n < 10000; p = map.expansions[p].parent, n++) outer.add(p);
  const chains: MacroExpansionStep[][] = [];
  for (const x of leaves) {
    if (outer.has(x)) continue;
    const chain: MacroExpansionStep[] = [];
    for (let p = x; p >= 0 && chain.length < 10000; p = map.expansions[p].parent) chain.push(stepOf(map, p, steps));
    chains.push(chain);
  }
  return chains;
}

function stepOf(map: OriginMap, x: number, steps: Map<number, MacroExpansionStep>): MacroExpansionStep {
  let s = steps.get(x);
  if (!s) {
    const e = map.expansions[x];
    s = {
      macro: e.macro,
      invocation: { file: e.file >= 0 ? map.files[e.file] : '', line: e.line, column: e.col },
      definition: { file: e.defFile >= 0 ? map.files[e.defFile] : '', line: e.defLine, column: e.defCol },
    };
    steps.set(x, s);
  }
  return s;
}
