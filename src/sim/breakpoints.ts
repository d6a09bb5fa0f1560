// Line and function breakpoints. A line breakpoint binds to the first line at or after the
// requested one that starts a statement (as gdb does), and hits whenever a thread arrives at a
// statement on that line. A function breakpoint hits on entry to a C function, or before a
// statement that calls a native kernel function of that name (e.g. isolate_lru_page).

import type { Program } from '../c/ir';
import type { SourceLoc } from '../c/native';
import type { BreakpointInfo, StopReason } from './types';

function norm(p: string): string {
  return p.replace(/\\/g, '/');
}

export class Breakpoints {
  private lines = new Map<string, Set<number>>();
  private fns = new Set<string>();
  private nativeFns = new Set<string>();

  constructor(private readonly program: Program) {}

  /** Statement lines of a file known to the program (matched by path suffix). */
  private fileKey(file: string): string | undefined {
    const f = norm(file);
    return Object.keys(this.program.stmtLines).find((k) => norm(k) === f) ??
      Object.keys(this.program.stmtLines).find((k) => norm(k).endsWith('/' + f.split('/').slice(-2).join('/')));
  }

  setLines(file: string, req: { line: number; condition?: string }[]): BreakpointInfo[] {
    const key = this.fileKey(file);
    const set = new Set<number>();
    const out = req.map((r): BreakpointInfo => {
      if (!key) return { line: r.line, verified: false, message: 'this file is not part of the running scenario' };
      const lines = this.program.stmtLines[key];
      const actual = lines.find((l) => l >= r.line);
      if (actual === undefined || actual - r.line > 20) return { line: r.line, verified: false, message: 'no statement at or after this line' };
      set.add(actual);
      return {
        line: r.line,
        verified: true,
        actualLine: actual,
        ...(r.condition ? { message: 'conditions are not evaluated yet: this breakpoint always stops' } : {}),
      };
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
      if (natives.has(name)) {
        this.nativeFns.add(name);
        return { name, verified: true, message: 'native kernel function: stops before each statement that calls it' };
      }
      return { name, verified: false, message: `no function '${name}' in this scenario` };
    });
  }

  /** Does arriving at the statement `loc` (index `locIndex`) in `fn` hit a breakpoint? */
  hit(loc: SourceLoc, locIndex: number, fn: string, atEntry: boolean, entryOnly = false): StopReason | undefined {
    if (atEntry && this.fns.has(fn)) return 'function breakpoint';
    if (entryOnly) return undefined;
    const calls = this.program.stmtInfo[locIndex]?.natives;
    if (calls && this.nativeFns.size && calls.some((c) => this.nativeFns.has(c))) return 'function breakpoint';
    const lines = this.lines.get(loc.file);
    if (lines && lines.has(loc.line)) return 'breakpoint';
    return undefined;
  }
}
