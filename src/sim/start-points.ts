// Threads started at a named point of main's run: right after main returns from a call (of a
// C or kernel function, optionally made in a given function), or just before main runs a given
// line — the N-th time. The scheduler asks after each statement main runs which points were
// just reached; their threads become runnable and main gives way to them.

import type { Machine } from '../c/machine';
import type { ThreadStart } from '../scenario/types';

/** A named point in main's run at which a waiting thread is started (plain data). */
export interface Trigger {
  tid: number;
  start: Exclude<ThreadStart, string>;
  seen: number;
  fired: boolean;
}

/** Where main rests before a step: to tell a new arrival at a statement from staying put. */
export interface MainPos {
  stmt: number;
  depth: number;
}

export function mainPosition(m: Machine, mainTid: number): MainPos | undefined {
  const t = m.thread(mainTid);
  const insn = m.atStmt(t);
  return insn ? { stmt: insn.loc, depth: t.frames.length } : undefined;
}

/** The threads whose point main has just reached (marked fired). */
export function firePoints(m: Machine, mainTid: number, triggers: Trigger[], before: MainPos | undefined): number[] {
  const t = m.thread(mainTid);
  const insn = m.atStmt(t);
  if (!insn || !triggers.length) return [];
  const fr = t.frames[t.frames.length - 1];
  const fn = m.fn(fr.fn).name;
  const started: number[] = [];
  for (const tr of triggers) {
    if (tr.fired) continue;
    let hit = false;
    if ('afterCall' in tr.start) {
      // Back in the calling frame, at the statement after the one that made the call: that
      // statement is still the frame's last executed one (stmtLoc).
      const calls = m.program.stmtInfo[fr.stmtLoc]?.natives ?? [];
      const arrived = !before || before.stmt !== insn.loc || before.depth !== t.frames.length;
      hit = arrived && calls.includes(tr.start.afterCall) && (!tr.start.in || tr.start.in === fn) && fr.stmtLoc !== insn.loc;
    } else {
      const loc = m.loc(insn.loc);
      const want = tr.start.atLine.file.replace(/^(\.\.?\/)+/, '');
      hit = loc.line === tr.start.atLine.line && (loc.file === want || loc.file.endsWith('/' + want));
    }
    if (hit && ++tr.seen === tr.start.occurrence) {
      tr.fired = true;
      started.push(tr.tid);
    }
  }
  return started;
}
