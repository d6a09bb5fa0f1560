// Which functions outside the model a selftest could reach: every declared function without a
// C body and without a native that the test's code calls, directly or through the C functions
// it calls (a function whose address is taken counts as called).
//
// Why: a test ends as a SKIP at the FIRST such call (open() in hmm-tests' setup), which hides
// what comes after it. This static list says what each test still needs from the model (mmap,
// ioctl, fork, ...) so the work left is visible per test (docs/selftests.md, `--json`'s
// `needs`). It over-approximates: a branch the test never takes still counts.

import { Op, type Program } from '../c/ir';

/** The not-modelled functions reachable from `entries`, sorted. */
export function reachableMissing(program: Program, entries: string[], available: (name: string) => boolean): string[] {
  const seen = new Set<string>();
  const missing = new Set<string>();
  const todo = [...entries];
  while (todo.length) {
    const name = todo.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const fi = program.fnIndex[name];
    if (fi === undefined) {
      if (!available(name) && Object.prototype.hasOwnProperty.call(program.natives, name)) missing.add(name);
      continue;
    }
    for (const insn of program.functions[fi].code) {
      const b = insn.b as unknown;
      if (insn.op === Op.CALL && typeof b === 'string') todo.push(b);
      else if (insn.op === Op.PUSH && b && typeof b === 'object' && (b as { t?: string }).t === 'f') todo.push((b as { name: string }).name);
    }
  }
  return [...missing].sort();
}
