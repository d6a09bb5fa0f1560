// The "Macro expansion" scope of a frame stopped on a statement that a macro produced (a
// kernel tree's `pr_warn_once(...)`, `VM_BUG_ON(...)`, a do { } while (0) helper): the chain
// of expansions from the compiled program's Program.expansions, one row per macro, innermost
// first as gcc's "in expansion of macro" notes list them — the last row is the invocation the
// editor shows. Each row is the invocation as spelled (`pr_warn_once("...")`, read from the file
// that spells it) and where and how the macro is #defined (`include/linux/printk.h:38: #define …`). Variables references of this scope are
// MACRO_REF_BASE + frame id: stateless, and never equal to the simulation's own references.

import type { DebugProtocol } from '@vscode/debugprotocol';
import type { MacroExpansionStep } from '../c/ir';
import type { FileAccess, FrameInfo, SimulationApi } from '../sim/types';

export const MACRO_SCOPE = 'Macro expansion';

/** Above every reference the simulation hands out (it counts from 1 at each stop). */
export const MACRO_REF_BASE = 0x40000000;

/** The compiled program a Simulation carries (SimulationApi does not promise it). */
interface WithExpansions {
  program?: { expansions?: Record<string, Record<string, MacroExpansionStep[]>> };
}

/** The frame of `frameId` among the current stacks. */
export function frameById(sim: SimulationApi, frameId: number): FrameInfo | undefined {
  for (const t of sim.threads()) {
    const f = sim.stack(t.id).find((x) => x.id === frameId);
    if (f) return f;
  }
  return undefined;
}

/** The expansion chain of the statement a frame is at (innermost first), or undefined. */
export function chainOf(sim: SimulationApi, frame: FrameInfo | undefined): MacroExpansionStep[] | undefined {
  if (!frame || frame.native || !frame.file) return undefined;
  const chain = (sim as unknown as WithExpansions).program?.expansions?.[frame.file]?.[`${frame.line}:${frame.column}`];
  return chain && chain.length ? chain : undefined;
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
 * The scope's rows: the invocation as spelled, = `file:line: #define …` (where the macro is
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
