// Where a long C function's generated code is cut into regions, each its own JavaScript
// function (codegen.ts). V8's optimising compiler takes time superlinear in a function's size
// for the generated `for (;;) switch (pc)` shape (the kernel's migrate_vma_collect_pmd, 714
// instructions, took over a second to compile and ran in the baseline tiers meanwhile), so no
// region is longer than a budget. A region starts at a dispatch entry (a label of
// codegen-flow.ts), where the stack is in slot variables: a jump from one region into another
// hands the slots over in the frame's data stack and returns to a small dispatcher on pc.
// Cuts go where the fewest jumps cross them, loops first: a loop that fits in a region stays
// whole, so its iterations never leave their JavaScript function.

import { Op, type Insn } from './ir';
import type { Flow } from './codegen-flow';

/** Jump edges of the code: [from, to] for every jump, branch and switch target. */
function edges(code: Insn[]): [number, number][] {
  const out: [number, number][] = [];
  code.forEach((insn, pc) => {
    if (insn.op === Op.JMP || insn.op === Op.JZ || insn.op === Op.JNZ) out.push([pc, insn.a]);
    else if (insn.op === Op.SWITCH) {
      const tb = insn.b as { targets: number[]; dflt: number; ranges?: { target: number }[] };
      for (const t of [...tb.targets, tb.dflt, ...(tb.ranges ?? []).map((r) => r.target)]) out.push([pc, t]);
    }
  });
  return out;
}

/** A backward jump (a loop's back edge) costs this many forward ones when a cut crosses it. */
const LOOP_WEIGHT = 16;

/**
 * The first instruction of each region, ascending, starting with 0: one region when the code
 * fits in `maxInsns`. Every other start is a label of `flow` (a place dispatch can enter).
 */
export function splitRegions(code: Insn[], flow: Flow, maxInsns: number): number[] {
  const n = code.length;
  if (n <= maxInsns) return [0];
  // cost[c]: weight of the jumps crossing a cut just before instruction c.
  const diff = new Array<number>(n + 1).fill(0);
  for (const [from, to] of edges(code)) {
    const lo = Math.min(from, to) + 1;
    const hi = Math.max(from, to);
    if (lo > hi) continue;
    const w = to <= from ? LOOP_WEIGHT : 1;
    diff[lo] += w;
    diff[hi + 1] -= w;
  }
  const cost = new Array<number>(n).fill(0);
  let run = 0;
  for (let c = 0; c < n; c++) {
    run += diff[c];
    cost[c] = run;
  }
  // A cut where the stack is empty moves no values through data: preferred on equal cost.
  const cutCost = (c: number): number => cost[c] * 2 + (flow.depth[c] === 0 ? 0 : 1);
  const starts = [0];
  let start = 0;
  while (n - start > maxInsns) {
    let best = -1;
    const from = start + Math.max(1, Math.floor(maxInsns / 3));
    for (let c = start + maxInsns; c >= from; c--) {
      if (!flow.labels.has(c)) continue;
      if (best < 0 || cutCost(c) < cutCost(best)) best = c;
    }
    if (best < 0) {
      // No entry in the window: the region runs on to the next one there is.
      best = start + maxInsns + 1;
      while (best < n && !flow.labels.has(best)) best++;
      if (best >= n) break;
    }
    starts.push(best);
    start = best;
  }
  return starts;
}
