// Fuzzing the C front end and the interpreter with the project's own C (see fuzz-c-inputs.ts):
// every mutated or extreme program must end — with an exit status, a fault at a line, or
// diagnostics at a line and column — and never with an exception, a crash or an internal error.
// The count is bounded for the unit suite; MMSTEP_FUZZ_RUNS sets it (and MMSTEP_FUZZ_SEED the
// seed) for a longer run by hand. `node out/test/unit/c/fuzz-c-run.js N` runs N inputs with a
// watchdog per input and prints the counts of inputs, crashes and hangs.

import fc from 'fast-check';
import { compileExpression } from '../../../src/c/expression';
import { loadProgram } from '../../../src/c';
import { checkOutcome, extreme, JS_NAMES, mutated, runInput, seeds, tokens } from './fuzz-c-inputs';

const RUNS = Number(process.env.MMSTEP_FUZZ_RUNS) || 0;
const SEED = process.env.MMSTEP_FUZZ_SEED ? Number(process.env.MMSTEP_FUZZ_SEED) : undefined;
const params = (unitRuns: number): fc.Parameters<unknown> => ({ numRuns: RUNS || unitRuns, ...(SEED !== undefined ? { seed: SEED } : {}), endOnFailure: true });

describe('fuzz: C programs (bounded count)', function () {
  // Only a watchdog: a run that hangs never finishes, one that works takes a few seconds.
  this.timeout(RUNS ? 0 : 180_000);
  const all = seeds();

  it('the seed programs are there', () => {
    if (all.length < 100) throw new Error(`only ${all.length} seed programs found`);
  });

  it('mutated corpus and kernel programs end with an exit, a fault or positioned diagnostics', async () => {
    await fc.assert(
      fc.asyncProperty(mutated(all), async (input) => {
        checkOutcome(await runInput(input.text), input.origin);
      }),
      params(60),
    );
  });

  it('programs that nest, grow, loop or recurse without bound end the same way', async () => {
    await fc.assert(
      fc.asyncProperty(extreme, async (input) => {
        checkOutcome(await runInput(input.text), input.origin);
      }),
      params(25),
    );
  });

  it("the debugger's expression compiler answers any text with code or an error message", async () => {
    const src = all.find((s) => s.name.endsWith('glob-js-builtin-names.c'))!.text;
    const r = await loadProgram(['/t.c'], { reader: { read: async () => src }, includeDirs: [] });
    if (!r.program) throw new Error('glob-js-builtin-names.c does not compile');
    const program = r.program;
    const main = program.fnIndex.main;
    const pieces = [...new Set(tokens(src).filter((t) => t.trim()))];
    const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...JS_NAMES), fc.constantFrom('(', ')', '[', ']', '->', '.', '*', '&', '"', "'", '{', '}')), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 40 }), (parts, line) => {
        const out = compileExpression(program, main, line, parts.join(' '));
        if (!('code' in out) && !(typeof out.error === 'string' && out.error.length > 0)) throw new Error(`no answer for ${parts.join(' ')}`);
        if ('error' in out && /Cannot read|internal|is not a function(?! or)/.test(out.error)) throw new Error(out.error);
      }),
      params(300),
    );
  });
});
