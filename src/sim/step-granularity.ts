// How fine a step is. A C debugger steps by source line: `next` runs until the thread rests on
// a statement of another line in the same frame (or returns to an outer one), so a `for` line
// is one stop per iteration, not one per clause. Statement granularity stops at every
// statement the interpreter has (each `for` clause, each statement of a line); the interpreter
// has nothing finer, so instruction granularity is the same as statement granularity. Also
// here: the statement that broke an invariant (where the debugger shows the violation).

/** DAP's SteppingGranularity; 'line' is the default. */
export type Granularity = 'line' | 'statement' | 'instruction';

export function granularityOf(g: unknown): Granularity {
  return g === 'statement' || g === 'instruction' ? g : 'line';
}

/** Where a line step started: the frame depth and the line, and the statements passed. */
export interface LineStart {
  depth: number;
  file: string;
  line: number;
  /** Statement locations passed at `depth` on the starting line (a one-line loop comes back). */
  seen: number[];
}

/**
 * Is a line step over (`over`) or in (`!over`) done when the thread rests on statement `loc`
 * (file, line) at frame `depth`? Another line or frame ends it, and so does coming back to a
 * statement of the starting line already passed (one iteration of a loop written on one line).
 */
export function lineStepDone(start: LineStart, depth: number, loc: number, file: string, line: number, over: boolean): boolean {
  if (depth < start.depth) return true;
  if (depth > start.depth) return !over;
  if (file !== start.file || line !== start.line) return true;
  if (start.seen.includes(loc)) return true;
  start.seen.push(loc);
  return false;
}

/** The statement that broke an invariant, while the thread still rests after it. */
export interface Culprit {
  tid: number;
  /** The machine's statement count right after it ran (the culprit is shown while unchanged). */
  steps: number;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The kernel functions it called, e.g. ['unlock_page']. */
  calls?: string[];
}

function baseName(p: string): string {
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return i >= 0 ? p.slice(i + 1) : p;
}

/** "broken by unlock_page() at hmm_migrate_v13.c:353:4" — for the exception message. */
export function culpritText(c: { file: string; line: number; column: number; calls?: readonly string[] }): string {
  const what = c.calls?.length ? c.calls.map((n) => `${n}()`).join(', ') : 'the statement';
  return `broken by ${what} at ${baseName(c.file)}:${c.line}:${c.column}`;
}
