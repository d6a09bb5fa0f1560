// The "Macro expansion" scope of a frame stopped on a statement that uses macros (a kernel
// tree's `pr_warn_once(...)`, `VM_BUG_ON(...)`, a `PAGE_SIZE` or `MIGRATE_PFN_VALID` inside an
// expression): the statement's chains from the compiled program's Program.expansions, one row
// per macro spelled in the statement (its outermost invocations, in source order), each opening
// onto the macros its expansion used, innermost first as gcc's "in expansion of macro" notes
// list them. Each row is the invocation as spelled (`pr_warn_once("...")`, read from the file
// that spells it) and where and how the macro is #defined (`include/linux/printk.h:38: #define …`);
// a last row says how many chains were left out past the bound. Variables references of this
// scope are MACRO_REF_BASE + frame id * MACRO_GROUPS + group (0: the scope): stateless, and
// never equal to the simulation's own references.

import type { DebugProtocol } from '@vscode/debugprotocol';
import { STMT_EXPANSION_CHAINS, type MacroExpansionStep, type StmtExpansions } from '../c/ir';
import type { FileAccess, FrameInfo, SimulationApi } from '../sim/types';

export const MACRO_SCOPE = 'Macro expansion';

/** Above every reference the simulation hands out (it counts from 1 at each stop). */
export const MACRO_REF_BASE = 0x40000000;

/** References per frame: the scope and one per outermost invocation (at most the chains kept). */
export const MACRO_GROUPS = STMT_EXPANSION_CHAINS + 1;

/** The compiled program a Simulation carries (SimulationApi does not promise it). */
interface WithExpansions {
  program?: { expansions?: Record<string, Record<string, StmtExpansions>> };
}

/** The frame of `frameId` among the current stacks. */
export function frameById(sim: SimulationApi, frameId: number): FrameInfo | undefined {
  for (const t of sim.threads()) {
    const f = sim.stack(t.id).find((x) => x.id === frameId);
    if (f) return f;
  }
  return undefined;
}

/** The macro expansions of the statement a frame is at, or undefined when it uses none. */
export function expansionsOf(sim: SimulationApi, frame: FrameInfo | undefined): StmtExpansions | undefined {
  if (!frame || frame.native || !frame.file) return undefined;
  const e = (sim as unknown as WithExpansions).program?.expansions?.[frame.file]?.[`${frame.line}:${frame.column}`];
  return e && e.chains.length ? e : undefined;
}

/** The reference of a frame's scope (group 0) or of one of its outermost invocations. */
export function macroRef(frameId: number, group = 0): number {
  return MACRO_REF_BASE + frameId * MACRO_GROUPS + group;
}

/** A reference of this scope: its frame and group. */
export function parseMacroRef(ref: number): { frameId: number; group: number } {
  const n = ref - MACRO_REF_BASE;
  return { frameId: Math.floor(n / MACRO_GROUPS), group: n % MACRO_GROUPS };
}

function sameStep(a: MacroExpansionStep, b: MacroExpansionStep): boolean {
  return a.macro === b.macro && a.invocation.file === b.invocation.file && a.invocation.line === b.invocation.line && a.invocation.column === b.invocation.column;
}

/** A statement's chains grouped by their outermost invocation (source order): that step, and
 *  the other steps of its chains innermost first, each once. */
export function groupsOf(e: StmtExpansions): { outer: MacroExpansionStep; inner: MacroExpansionStep[] }[] {
  const groups: { outer: MacroExpansionStep; inner: MacroExpansionStep[] }[] = [];
  for (const chain of e.chains) {
    const outer = chain[chain.length - 1];
    let g = groups.find((x) => sameStep(x.outer, outer));
    if (!g) groups.push((g = { outer, inner: [] }));
    for (const s of chain.slice(0, -1)) if (!g.inner.some((x) => sameStep(x, s))) g.inner.push(s);
  }
  return groups;
}

/** Longest invocation text shown; longer ones end in an ellipsis. */
const MAX_TEXT = 120;

/**
 * The invocation as spelled at (line, column) of `text`: the macro's name and, for a
 * function-like use, its parenthesised arguments (across lines, whitespace collapsed, strings and
 * character constants skipped when matching parentheses).
 */
export function invocationText(text: string, line: number, column: number, name: string): string {
  const lines = text.split('\n');
  let i = 0;
  for (let l = 1; l < line && l <= lines.length; l++) i += lines[l - 1].length + 1;
  i += column - 1;
  if (text.slice(i, i + name.length) !== name) return name;
  let j = i + name.length;
  while (j < text.length && /\s/.test(text[j])) j++;
  if (text[j] !== '(') return name;
  let depth = 0;
  let k = j;
  for (; k < text.length && k < j + 4000; k++) {
    const c = text[k];
    if (c === '"' || c === "'") {
      for (k++; k < text.length && text[k] !== c; k++) if (text[k] === '\\') k++;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) break;
  }
  if (depth !== 0 && k >= text.length) return name;
  const spelled = (name + text.slice(j, k + 1)).replace(/\\\n/g, ' ').replace(/\s+/g, ' ');
  return spelled.length > MAX_TEXT ? spelled.slice(0, MAX_TEXT - 1) + '…' : spelled;
}

/** A path as a kernel developer names a header: from its `include/` on, else the file's name. */
export function shortPath(p: string): string {
  const parts = p.split('/');
  const inc = parts.lastIndexOf('include');
  if (inc >= 0 && inc < parts.length - 1) return parts.slice(inc).join('/');
  const mm = parts.lastIndexOf('mm');
  if (mm >= 0 && mm < parts.length - 1) return parts.slice(mm).join('/');
  return parts[parts.length - 1];
}

/** Reads (once per file) the sources invocations are spelled in. */
export class SourceTexts {
  private readonly texts = new Map<string, Promise<string | undefined>>();
  constructor(private readonly files: FileAccess) {}

  get(file: string): Promise<string | undefined> {
    let t = this.texts.get(file);
    if (!t) {
      t = this.files.readText(file).catch(() => undefined);
      this.texts.set(file, t);
    }
    return t;
  }

  /** A new load may have new file contents. */
  clear(): void {
    this.texts.clear();
  }
}

/** The `#define` at `line` of `text` as one line (continuations joined, spaces collapsed). */
export function definitionText(text: string, line: number): string | undefined {
  const lines = text.split('\n');
  if (line < 1 || line > lines.length) return undefined;
  let out = '';
  for (let l = line - 1; l < lines.length && l < line + 200; l++) {
    const t = lines[l].replace(/\r$/, '');
    if (!t.endsWith('\\')) {
      out += t;
      break;
    }
    out += t.slice(0, -1) + ' ';
  }
  out = out.replace(/\s+/g, ' ').trim();
  if (!/^#\s*define\b/.test(out)) return undefined;
  return out.length > MAX_TEXT ? out.slice(0, MAX_TEXT - 1) + '…' : out;
}

/**
 * One row per macro: the invocation as spelled, = `file:line: #define …` (where the macro is
 * defined and its text, as grep would print it); the full paths are in the row's type.
 */
export async function macroVariables(chain: MacroExpansionStep[], texts: SourceTexts): Promise<DebugProtocol.Variable[]> {
  const out: DebugProtocol.Variable[] = [];
  for (const step of chain) {
    const src = await texts.get(step.invocation.file);
    const name = src !== undefined ? invocationText(src, step.invocation.line, step.invocation.column, step.macro) : step.macro;
    let value = 'predefined';
    if (step.definition.file) {
      const defSrc = await texts.get(step.definition.file);
      const def = defSrc !== undefined ? definitionText(defSrc, step.definition.line) : undefined;
      value = `${shortPath(step.definition.file)}:${step.definition.line}${def ? `: ${def}` : ''}`;
    }
    out.push({
      name,
      value,
      type: `#define ${step.macro}${step.definition.file ? ` at ${step.definition.file}:${step.definition.line}:${step.definition.column}` : ' (predefined)'}; expanded at ${step.invocation.file}:${step.invocation.line}:${step.invocation.column}`,
      variablesReference: 0,
    });
  }
  return out;
}

/**
 * The rows of reference `ref` for statement expansions `e` of frame `frameId`: the scope (group
 * 0) lists the outermost invocations, each opening (when it used other macros) onto them; a
 * last row counts the chains left out.
 */
export async function macroRows(e: StmtExpansions, frameId: number, group: number, texts: SourceTexts): Promise<DebugProtocol.Variable[]> {
  const groups = groupsOf(e);
  if (group > 0) return group <= groups.length ? macroVariables(groups[group - 1].inner, texts) : [];
  const rows = await macroVariables(groups.map((g) => g.outer), texts);
  rows.forEach((r, i) => {
    if (groups[i].inner.length) r.variablesReference = macroRef(frameId, i + 1);
  });
  if (e.more > 0) {
    rows.push({ name: `… ${e.more} more`, value: `expansions not listed (at most ${STMT_EXPANSION_CHAINS} are kept per statement)`, variablesReference: 0 });
  }
  return rows;
}

/** The row of macro `name` used by the statement (the outermost such use), with the reference
 *  that opens onto its group, for a hover; undefined when the statement does not use it. */
export async function macroHoverRow(e: StmtExpansions, frameId: number, name: string, texts: SourceTexts): Promise<{ row: DebugProtocol.Variable; ref: number } | undefined> {
  const groups = groupsOf(e);
  for (let g = 0; g < groups.length; g++) {
    const step = groups[g].outer.macro === name ? groups[g].outer : groups[g].inner.find((s) => s.macro === name);
    if (!step) continue;
    const row = (await macroVariables([step], texts))[0];
    return { row, ref: groups[g].inner.length ? macroRef(frameId, g + 1) : macroRef(frameId) };
  }
  return undefined;
}
