// Long C functions generated as several JavaScript functions (src/c/codegen-split.ts, issue 11):
// a function longer than the 300-instruction default limit is generated when the limit is lifted,
// cut into regions, and runs in lockstep with the switch interpreter — the same frames, pc,
// operand stacks, memory and statement count after every single step (every statement
// boundary is a stop) and after runFor batches. The corpus runs again with tiny regions, so
// that every jump between regions (with values on the operand stack across ?: and statement
// expressions) is crossed.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { loadProgram, printfNatives } from '../../../src/c';
import { generateSource, GEN_REGION_INSNS, setGeneratedRegionSize } from '../../../src/c/codegen';
import { Machine, setDefaultEngine, setGeneratedSizeLimit, type Engine, type StepOutcome } from '../../../src/c/machine';
import type { Program } from '../../../src/c/ir';
import { createModel } from '../../../src/mm/build';
import { createModelMemory } from '../../../src/mm/memory';
import { createNatives } from '../../../src/mm/natives';
import { includeDirsFor } from '../../../src/sim/load';

const ROOT = path.join(__dirname, '../../../..');
const CORPUS = path.join(ROOT, 'test', 'c-corpus');
const PRINT_NAMES = ['printf', 'pr_info', 'pr_err', 'pr_warn', 'pr_debug', 'printk'];

const json = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x));

function modelFor() {
  return createModel({ processes: [{ pid: 1, name: 'exec', vmas: [{ start: 0x10000, end: 0x20000 }] }] });
}

async function load(files: Record<string, string> | string): Promise<Program> {
  const names = typeof files === 'string' ? [files] : Object.keys(files);
  const read = typeof files === 'string' ? (p: string) => fs.promises.readFile(p, 'utf8') : async (p: string) => {
    if (!(p in files)) throw new Error('ENOENT');
    return files[p];
  };
  const r = await loadProgram(names, {
    reader: { read },
    includeDirs: typeof files === 'string' ? includeDirsFor(names) : ['/inc'],
    nativeNames: new Set([...Object.keys(createNatives(modelFor())), ...PRINT_NAMES]),
  });
  assert.ok(r.program, r.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n'));
  return r.program;
}

/** A machine on `engine` with the default size limit (or every function generated: `all`). */
function machine(program: Program, engine: Engine, all = false): { m: Machine; out: string[] } {
  const out: string[] = [];
  setDefaultEngine(engine);
  if (all) setGeneratedSizeLimit(Infinity);
  try {
    const model = modelFor();
    const m: Machine = new Machine(
      program,
      { ...createNatives(model), ...printfNatives(() => m.state.mem) },
      createModelMemory(model),
      { warn: (msg) => out.push(msg + '\n'), print: (t) => out.push(t) },
    );
    return { m, out };
  } finally {
    setDefaultEngine(undefined);
    setGeneratedSizeLimit(undefined);
  }
}

/** Step both engines one statement at a time, comparing the whole thread after every step. */
function lockstep(program: Program, name: string, maxSteps: number, all: boolean): number {
  const a = machine(program, 'switch', all);
  const b = machine(program, 'codegen', all);
  const main = program.functions[program.fnIndex.main];
  const args = main.params === 0 ? [] : [0n, { t: 'p' as const, s: 'null' as const, b: 0, i: 0 }];
  const ta = a.m.spawn('main', 'main', args.slice(0, main.params), 0);
  const tb = b.m.spawn('main', 'main', args.slice(0, main.params), 0);
  let n = 0;
  for (; n < maxSteps; n++) {
    const oa = a.m.step(ta);
    const ob = b.m.step(tb);
    assert.strictEqual(json(ob), json(oa), `${name}: outcome of step ${n + 1}`);
    const fa = a.m.thread(ta).frames;
    const fb = b.m.thread(tb).frames;
    if (oa.kind === 'fault') {
      assert.strictEqual(json(fb.map((f) => [f.fn, f.pc, f.vars, f.stmtLoc])), json(fa.map((f) => [f.fn, f.pc, f.vars, f.stmtLoc])), `${name}: frames at the fault`);
      break;
    }
    assert.strictEqual(json(fb), json(fa), `${name}: frames after step ${n + 1}`);
    assert.strictEqual(b.m.state.steps, a.m.state.steps, `${name}: statements after step ${n + 1}`);
    if (n % 200 === 0) assert.strictEqual(json(b.m.state), json(a.m.state), `${name}: state after step ${n + 1}`);
    if (oa.kind !== 'stmt' && oa.kind !== 'native' && oa.kind !== 'yield') break;
  }
  assert.strictEqual(json(b.m.state), json(a.m.state), `${name}: final state`);
  assert.strictEqual(b.out.join(''), a.out.join(''), `${name}: output`);
  return n;
}

/** A long function in kernel style: loops, a switch, ?: values on the stack, calls, gotos. */
function longSource(blocks: number): string {
  const body: string[] = [];
  for (let k = 0; k < blocks; k++) {
    body.push(
      `  for (i = 0; i < ${3 + (k % 4)}; i++) {`,
      `    pfn = (pfn * 31 + i + ${k}) & 0xffff;`,
      `    acc += (pfn & 1) ? helper(pfn, ${k}) : (long)(pfn >> 3);`,
      `    switch (pfn & 3) { case 0: acc ^= ${k}; break; case 1: acc += 2; /* fallthrough */ case 2: acc -= 1; break; default: continue; }`,
      `    if (acc > 1000000) goto out;`,
      '  }',
      `  v[${k % 8}] = acc + ({ long t = v[${(k + 3) % 8}]; t * 2; });`,
    );
  }
  return [
    'static long helper(long p, int k) { return (p ^ k) % 97; }',
    'long big(long pfn) {',
    '  long acc = 0; long v[8] = { 0 }; int i;',
    ...body,
    'out:',
    '  return acc + v[0] + v[7];',
    '}',
    'int main(void) { long r = big(7); printf("%ld\\n", r); return (int)(r & 0x7f); }',
    '',
  ].join('\n');
}

describe('codegen: long functions split into regions', function () {
  this.timeout(240_000);

  it('a function longer than the old 300-instruction limit is generated, in several regions', async () => {
    const program = await load({ '/t.c': longSource(14) });
    const fn = program.functions[program.fnIndex.big];
    assert.ok(fn.code.length > 2 * 300, `big has ${fn.code.length} instructions`);
    const src = generateSource(program, fn);
    assert.ok(src, 'big has a static shape');
    assert.ok(src.regions.length >= Math.floor(fn.code.length / GEN_REGION_INSNS), `regions at ${src.regions.join(', ')}`);
    setDefaultEngine('codegen');
    // The default limit stays 300 (measured: no gain on the migration yet); lifted, big is generated.
    setGeneratedSizeLimit(Infinity);
    try {
      const m = new Machine(program, createNatives(modelFor()), createModelMemory(modelFor()), { warn: () => {}, print: () => {} });
      const g = (m as unknown as { generated(fi: number): unknown }).generated(program.fnIndex.big);
      assert.strictEqual(typeof g, 'function', 'big is generated once the size limit is lifted');
    } finally {
      setDefaultEngine(undefined);
      setGeneratedSizeLimit(undefined);
    }
  });

  it('runs in lockstep with the switch interpreter, stopping at every statement boundary', async () => {
    const program = await load({ '/t.c': longSource(14) });
    const n = lockstep(program, 'big', 100_000, true);
    assert.ok(n > 500, `only ${n} statements`);
  });

  it('runFor batches give the same statements and state as single steps', async () => {
    const program = await load({ '/t.c': longSource(14) });
    for (const batch of [1, 2, 7, 97, 4096]) {
      const one = machine(program, 'codegen', true);
      const many = machine(program, 'codegen', true);
      const t1 = one.m.spawn('main', 'main', [], 0);
      const t2 = many.m.spawn('main', 'main', [], 0);
      for (;;) {
        let a: StepOutcome = one.m.step(t1);
        for (let k = 1; k < batch && a.kind === 'stmt'; k++) a = one.m.step(t1);
        const b = many.m.runFor(t2, batch);
        assert.strictEqual(json(b), json(a), `batch ${batch}: outcome`);
        assert.strictEqual(many.m.state.steps, one.m.state.steps, `batch ${batch}: statements`);
        assert.strictEqual(json(many.m.state), json(one.m.state), `batch ${batch}: state at statement ${one.m.state.steps}`);
        if (a.kind !== 'stmt') break;
      }
      assert.strictEqual(many.out.join(''), one.out.join(''), `batch ${batch}: output`);
    }
  });

  describe('the corpus with regions of 6 instructions, in lockstep', () => {
    before(() => setGeneratedRegionSize(6));
    after(() => setGeneratedRegionSize(undefined));
    for (const file of fs.readdirSync(CORPUS).filter((f) => f.endsWith('.c')).sort()) {
      it(file, async () => {
        lockstep(await load(path.join(CORPUS, file)), file, 1500, true);
      });
    }
  });
});
