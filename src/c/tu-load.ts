// A translation unit through the real preprocessor (issue 8): a kernel tree's unmodified file is
// preprocessed (src/c/pp) against mmstep's compatibility headers, the expanded text is parsed by
// tree-sitter, and the compiler sees a ParsedFile whose mapper takes every node back through the
// origin map to the file, line and column the editor shows (code from a macro: its invocation).
// The preprocessor reads synchronously, the source reader is asynchronous: the unit is
// preprocessed again until every file it asked for has been read (once each).

import type { Parser } from 'web-tree-sitter';
import type { Diagnostic } from '../sim/types';
import type { Node, ParsedFile } from './parse';
import { parseText } from './parse';
import { dirname, join } from './paths';
import { expansionChain, newCache, preprocess, tokenAt, tokenAtOffset, userPosition, type OriginMap, type PPCache } from './pp';
import type { MacroExpansionStep } from './ir';
import { macroNotes, type PosMapper } from './unit';

/** How one unit is preprocessed (the include rule of kernel/compat/README.md). */
export interface UnitConfig {
  /** Searched for `"…"` of the unit's own files (the tree's): compat <v>/mm first. */
  quoteDirs: string[];
  /** Searched for `<…>`, and for `"…"` after quoteDirs. */
  includeDirs: string[];
  /** Headers under these folders (mmstep's kernel/) look in their own folder first for `"…"`. */
  ownHeaderRoots: string[];
  kconfig: Record<string, string>;
  predefines: Record<string, string>;
}

export interface AsyncReader {
  read(path: string): Promise<string>;
}

export interface LoadedUnit {
  parsed?: ParsedFile;
  diagnostics: Diagnostic[];
  /** The expanded text (for the program cache's key). */
  text: string;
}

/** Re-runs of the preprocessor while new files turn up; a deeper include chain is reported. */
const MAX_ROUNDS = 64;

const caches = new Map<string, PPCache>();

function under(file: string, roots: string[]): boolean {
  return roots.some((r) => file.startsWith(r.endsWith('/') ? r : r + '/'));
}

/** Candidate paths of `#include name` from `includer`, in search order. */
export function includeCandidates(cfg: UnitConfig, name: string, angle: boolean, includer: string): string[] {
  if (name.startsWith('/')) return [name];
  const dirs: string[] = [];
  if (!angle) {
    if (under(includer, cfg.ownHeaderRoots)) dirs.push(dirname(includer));
    dirs.push(...cfg.quoteDirs);
  }
  dirs.push(...cfg.includeDirs);
  return dirs.map((d) => join(d, name));
}

export async function loadUnit(parser: Parser, file: string, cfg: UnitConfig, reader: AsyncReader): Promise<LoadedUnit> {
  const texts = new Map<string, string | null>();
  const key = JSON.stringify([cfg.quoteDirs, cfg.includeDirs, cfg.ownHeaderRoots]);
  let cache = caches.get(key);
  if (!cache) {
    cache = newCache();
    caches.set(key, cache);
    if (caches.size > 4) caches.delete(caches.keys().next().value as string);
  }
  const fetch = async (paths: Iterable<string>): Promise<void> => {
    for (const p of paths) {
      if (texts.has(p)) continue;
      try {
        texts.set(p, await reader.read(p));
      } catch {
        texts.set(p, null);
      }
    }
  };
  await fetch([file]);
  const main = texts.get(file);
  if (main == null) return { diagnostics: [{ file, line: 1, column: 1, severity: 'error', message: `cannot read C source '${file}'` }], text: '' };
  let result: ReturnType<typeof preprocess> | undefined;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const wanted = new Set<string>();
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
      cache,
    });
    if (!wanted.size) break;
    await fetch(wanted);
  }
  const pp = result!;
  const diagnostics: Diagnostic[] = pp.diagnostics.map((d) => ({
    file: d.file || file,
    line: d.line,
    column: d.col,
    severity: d.severity,
    message: d.message,
    ...(d.related?.length ? { related: d.related.map((r) => ({ file: r.file, line: r.line, column: r.col, message: r.message })) } : {}),
  }));
  if (pp.aborted) return { diagnostics, text: pp.text };
  const mapper = originMapper(pp.map, file);
  const parsed = parseText(parser, file, pp.text);
  parsed.mapper = mapper;
  // parseText reports positions in the expanded text: map them to the user's files.
  parsed.diagnostics = parsed.diagnostics.map((d) => mapDiagnostic(pp.map, file, d));
  for (const d of parsed.diagnostics) diagnostics.push(d);
  return { parsed, diagnostics, text: pp.text };
}

function mapDiagnostic(map: OriginMap, file: string, d: Diagnostic): Diagnostic {
  const s = mapRowCol(map, file, d.line - 1, d.column - 1);
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
  };
}
