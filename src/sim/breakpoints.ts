// Line and function breakpoints. A line breakpoint binds to the first line at or after the
// requested one that starts a statement (as gdb does), and hits whenever a thread arrives at a
// statement on that line — if its C condition holds and its hit count matches; a logpoint
// prints its message (with {expressions} evaluated) instead of stopping. A function breakpoint
// hits on entry to a C function, or inside a native kernel function of that name (e.g.
// isolate_lru_page: native-frames.ts stops at its entry); a reverse continue, which replays
// without stopping in natives, stops before the statement that calls it.
//
// Hit counts belong to the run, not to the session: a breakpoint's arrivals are kept by their
// position in the run (`clock`), an arrival's count is one more than the arrivals before it,
// and running on from an earlier point (after step back) counts the arrivals after it again
// instead of adding to them. Going forwards they are counted from when the breakpoint was set
// (or its condition or hit condition changed), as gdb's ignore counts; a replay (reverse
// continue, step back) judges a hit condition with the count that arrival had going forwards,
// and adds the arrivals it passes that the live run did not count (the end of a step, those
// before the breakpoint was set: reverse continue replays from the start of the run, so there
// `== 3` is the third arrival of the run). Logpoints print in live runs only: a replay passes
// them silently (as gdb's reverse execution does), and so are condition errors, reported when
// the condition is evaluated live.

import { compileExpression } from '../c/expression';
import type { Program } from '../c/ir';
import type { SourceLoc } from '../c/native';
import { truthy, type Value } from '../c/value';
import type { BreakpointInfo, StopReason } from './types';
import { staticsNamed } from './fn-names';

function norm(p: string): string {
  return p.replace(/\\/g, '/');
}

export interface LineBreakpointRequest {
  line: number;
  condition?: string;
  hitCondition?: string;
  logMessage?: string;
}

interface LineBreakpoint {
  condition?: string;
  hitCondition?: string;
  logMessage?: string;
  /** Positions in the run (`clock`) of the arrivals counted, ascending. */
  arrivals: number[];
}

/** How many of the sorted `xs` are below `x`. */
function below(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Evaluates an expression in the stopping thread's top frame; throws with a message. */
export type Evaluator = (tid: number, text: string) => { value: Value; format(): string };

const HIT = /^\s*(==|>=|>|<=|<|%)?\s*(\d+)\s*$/;

function hitMatches(hits: number, cond: string): boolean {
  const m = HIT.exec(cond);
  if (!m) return true;
  const n = Number(m[2]);
  switch (m[1]) {
    case '>=': return hits >= n;
    case '>': return hits > n;
    case '<=': return hits <= n;
    case '<': return hits < n;
    case '%': return n > 0 && hits % n === 0;
    default: return hits === n;
  }
}

export class Breakpoints {
  private lines = new Map<string, Map<number, LineBreakpoint>>();
  private fns = new Set<string>();
  private nativeFns = new Set<string>();
  evaluator?: Evaluator;
  /** Where logpoint messages and condition errors go (the debug console). */
  log: (text: string) => void = () => undefined;
  /** While history is replayed: logpoints stay silent and hit counts do not advance. */
  muted = false;
  /** Where the run is (statements executed): the position an arrival is counted at. */
  clock: () => number = () => 0;
  /** During a reverse continue: a native's breakpoint stops at the statement that calls it. */
  reverse = false;

  constructor(private readonly program: Program) {}

  /** Statement lines of a file known to the program (matched by path suffix). */
  private fileKey(file: string): string | undefined {
    const f = norm(file);
    return Object.keys(this.program.stmtLines).find((k) => norm(k) === f) ??
      Object.keys(this.program.stmtLines).find((k) => norm(k).endsWith('/' + f.split('/').slice(-2).join('/')));
  }

  /** The function whose body holds `line` of `file` (to check a condition when it is set). */
  private fnAt(file: string, line: number): number | undefined {
    const i = this.program.functions.findIndex((f) => f.file === file && line >= f.line && line <= f.endLine);
    return i >= 0 ? i : undefined;
  }

  setLines(file: string, req: LineBreakpointRequest[]): BreakpointInfo[] {
    const key = this.fileKey(file);
    const set = new Map<number, LineBreakpoint>();
    const prev = key ? this.lines.get(key) : undefined;
    const out = req.map((r): BreakpointInfo => {
      if (!key) return { line: r.line, verified: false, message: 'this file is not part of the running scenario' };
      const lines = this.program.stmtLines[key];
      const actual = lines.find((l) => l >= r.line);
      if (actual === undefined || actual - r.line > 20) return { line: r.line, verified: false, message: 'no statement at or after this line' };
      if (r.hitCondition && !HIT.test(r.hitCondition)) {
        return { line: r.line, verified: false, actualLine: actual, message: `hit count '${r.hitCondition}': expected a number, optionally after ==, >=, >, <=, < or %` };
      }
      if (r.condition) {
        const fn = this.fnAt(key, actual);
        const c = fn === undefined ? { error: 'not inside a function' } : compileExpression(this.program, fn, actual, r.condition);
        if ('error' in c) return { line: r.line, verified: false, actualLine: actual, message: `condition: ${c.error}` };
      }
      // The same breakpoint sent again (another one of the file changed) keeps its count; a
      // new condition or hit condition counts afresh.
      const same = prev?.get(actual);
      const arrivals = same && same.condition === r.condition && same.hitCondition === r.hitCondition ? same.arrivals : [];
      set.set(actual, { condition: r.condition, hitCondition: r.hitCondition, logMessage: r.logMessage, arrivals });
      return { line: r.line, verified: true, actualLine: actual };
    });
    if (key) this.lines.set(key, set);
    return out;
  }

  setFunctions(names: string[], natives: Set<string>): { name: string; verified: boolean; message?: string }[] {
    this.fns.clear();
    this.nativeFns.clear();
    return names.map((name) => {
      if (this.program.fnIndex[name] !== undefined) {
        this.fns.add(name);
        return { name, verified: true };
      }
      // A static function of several units (`helper@a.c`, `helper@b.c`): its C name stops in each.
      const statics = staticsNamed(this.program.fnIndex, name);
      if (statics.length) {
        for (const f of statics) this.fns.add(f);
        return { name, verified: true, ...(statics.length > 1 ? { message: `static in several files: ${statics.join(', ')}` } : {}) };
      }
      if (natives.has(name)) {
        this.nativeFns.add(name);
        return { name, verified: true, message: 'native kernel function: stops inside it (its contract is the source)' };
      }
      return { name, verified: false, message: `no function '${name}' in this scenario` };
    });
  }

  /** Is any line or function breakpoint set? */
  any(): boolean {
    if (this.fns.size || this.nativeFns.size) return true;
    for (const m of this.lines.values()) if (m.size) return true;
    return false;
  }

  /** Is there a function breakpoint on native `name`? (asked at each native call while debugging) */
  hasNative(name: string): boolean {
    return this.nativeFns.size > 0 && this.nativeFns.has(name);
  }

  /** Does thread `tid` arriving at the statement `loc` (index `locIndex`) in `fn` hit a breakpoint? */
  hit(tid: number, loc: SourceLoc, locIndex: number, fn: string, atEntry: boolean, entryOnly = false): StopReason | undefined {
    if (atEntry && this.fns.has(fn)) return 'function breakpoint';
    if (entryOnly) return undefined;
    if (this.reverse && this.nativeFns.size) {
      const calls = this.program.stmtInfo[locIndex]?.natives;
      if (calls && calls.some((c) => this.nativeFns.has(c))) return 'function breakpoint';
    }
    const bp = this.lines.get(loc.file)?.get(loc.line);
    if (!bp) return undefined;
    return this.lineHit(tid, bp, loc);
  }

  private lineHit(tid: number, bp: LineBreakpoint, loc: SourceLoc): StopReason | undefined {
    const where = `${loc.file.split('/').pop()}:${loc.line}`;
    if (bp.condition && this.evaluator) {
      try {
        if (!truthy(this.evaluator(tid, bp.condition).value)) return undefined;
      } catch (err) {
        // As gdb does: a condition that cannot be evaluated stops, saying why.
        if (!this.muted) this.log(`breakpoint at ${where}: condition '${bp.condition}' failed: ${(err as Error).message}\n`);
        return 'breakpoint';
      }
    }
    const now = this.clock();
    const before = below(bp.arrivals, now);
    if (!this.muted) {
      // Counted live: the arrivals of the run's old future are counted again as they come.
      bp.arrivals.length = before;
      bp.arrivals.push(now);
    } else if (bp.arrivals[before] !== now) {
      // A replay passing an arrival the live run did not count (the end of a step, or before
      // the breakpoint was set): it is one of the run's arrivals all the same.
      bp.arrivals.splice(before, 0, now);
    }
    if (bp.hitCondition && !hitMatches(before + 1, bp.hitCondition)) return undefined;
    if (bp.logMessage !== undefined) {
      if (this.muted) return undefined;
      this.log(this.interpolate(tid, bp.logMessage) + '\n');
      return undefined;
    }
    return 'breakpoint';
  }

  /** A logpoint message with each {expression} replaced by its value. */
  private interpolate(tid: number, msg: string): string {
    return msg.replace(/\{([^{}]+)\}/g, (_all, expr: string) => {
      if (!this.evaluator) return `{${expr}}`;
      try {
        return this.evaluator(tid, expr).format();
      } catch (err) {
        return `<${(err as Error).message}>`;
      }
    });
  }
}
