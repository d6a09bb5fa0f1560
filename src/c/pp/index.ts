// The preprocessor pass's public entry: preprocess() runs translation phases 1–4 on one
// translation unit and returns the expanded text for tree-sitter, the origin map that takes
// any output position back to (file, line, column) and its expansion chain, and diagnostics.
// Files come only through the reader callback; nothing here touches the file system.

import { DEFAULT_ATTRIBUTES, DEFAULT_BUILTINS, installBuiltins } from './builtins';
import { closeFile, fileSource, openFile } from './directives';
import { expandNext } from './expand';
import { lexInto } from './include';
import { applyKconfig } from './kconfig';
import { predefine } from './macros';
import { emit, finish, newEmitter, type OriginMap } from './output';
import { fileName, newState, PPAbort, type MacroDef, type PPDiagnostic, type PreprocessOptions } from './state';

export { KCONFIG_MACROS } from './kconfig';
export { expansionChain, originAt, originOf, tokenAt, tokenAtOffset, userPosition, type ExpansionStep, type Origin, type SourcePos } from './origin';
export type { OriginMap } from './output';
export type { Expansion, Limits, MacroDef, PPDiagnostic, PreprocessOptions } from './state';
export { DEFAULT_LIMITS, newCache, type PPCache } from './state';

export interface PreprocessResult {
  /** The expanded translation unit (no directives, no comments). */
  text: string;
  map: OriginMap;
  diagnostics: PPDiagnostic[];
  /** True when a limit stopped preprocessing (the text is cut short). */
  aborted: boolean;
  /** The file table: map.file[] indexes this (with a cache, it also lists files of other runs). */
  files: string[];
  /** The files this run read, in the order they were first read. */
  included: string[];
  /** The macro table at the end of the unit. */
  macros: Map<string, MacroDef>;
  /** Macro expansions done and tokens produced by substitution (what the limits count). */
  stats: { expansions: number; work: number };
}

/**
 * Preprocess the translation unit `path`. `text` is its content (read through
 * `opts.readFile` when omitted).
 */
export function preprocess(path: string, text: string | undefined, opts: PreprocessOptions): PreprocessResult {
  const st = newState(opts, new Set(opts.attributes ?? DEFAULT_ATTRIBUTES), new Set(opts.builtins ?? DEFAULT_BUILTINS));
  const e = newEmitter(opts.includedLayout ?? 'inline');
  let aborted = false;
  try {
    installBuiltins(st);
    for (const [name, value] of Object.entries(opts.predefines ?? {})) predefine(st, name, value);
    if (opts.kconfig) applyKconfig(st, opts.kconfig);
    let main = text;
    if (main === undefined) {
      try {
        main = opts.readFile(path) ?? undefined;
      } catch {
        main = undefined;
      }
    }
    if (main === undefined) {
      st.diags.push({ severity: 'error', message: `cannot read ${path}`, file: path, line: 1, col: 1 });
    } else {
      const tokens = lexInto(st, path, main);
      st.mainFile = st.fileIds.get(path)!;
      openFile(st, st.mainFile, tokens);
      if (opts.prelude) {
        const pre = lexInto(st, '<prelude>', opts.prelude);
        openFile(st, st.fileIds.get('<prelude>')!, pre);
      }
      const src = fileSource(st);
      const mode = { inIf: false, parent: -1 };
      for (;;) {
        const t = expandNext(st, src, mode);
        if (t !== null) {
          emit(st, e, t);
          continue;
        }
        const ctx = st.stack.pop();
        if (!ctx) break;
        closeFile(st, ctx);
        if (st.stack.length === 0) break;
      }
    }
  } catch (err) {
    aborted = true;
    if (!(err instanceof PPAbort)) {
      const top = st.stack[st.stack.length - 1];
      const t = top?.tokens[Math.min(top.pos, top.tokens.length - 1)];
      st.diags.push({
        severity: 'error',
        message: `internal preprocessor error: ${err instanceof Error ? err.message : String(err)}`,
        file: top ? fileName(st, top.file) : path,
        line: t?.line ?? 1,
        col: t?.col ?? 1,
      });
    }
  }
  const { text: out, map } = finish(st, e);
  return { text: out, map, diagnostics: st.diags, aborted, files: st.files.slice(), included: [...st.lexed.keys()].map((id) => st.files[id]), macros: st.macros, stats: { expansions: st.expansionCount, work: st.work } };
}
