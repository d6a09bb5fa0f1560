// The debugger's views of bit-fields and of a union held in one integer cell (issue 8 item 4):
// the Variables rows of a struct / union, their expansion, and evaluate (watch, hover, console)
// show each member's own value, with its type's width and signedness, exactly as C reads it.
// They used to show the whole cell that holds a run of bit-fields or the union.
//
// Expected values are what gcc -O0 on x86-64 prints for the same assignments (checked with a
// main() that includes test/fixtures/c/bitfield-view.c and printf's each member; the whole
// 8-byte struct bf then reads 0x1f9c123456789aed, so a row showing that number is the cell):
//   s.lo3 = 5, s.s5 = -3 (5 bits), s.mid = 0x123456789a (40 bits at bit 8, straddling the first
//   32-bit unit), s.neg = -100 (12 bits at bit 48), s.flag = 1 (bit 60)
//   u.w = 0x1122334455667788 -> u.lo = 0x55667788, u.hi = 0x11223344, u.b[0] = 0x88 = 136,
//   u.b[7] = 0x11 = 17, u.sc = (signed char)0x88 = -120

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { evaluateInFrame } from '../../../src/debug/evaluate';
import { Simulation } from '../../../src/sim/simulation';
import type { VariableInfo } from '../../../src/sim/types';

const ROOT = path.resolve(__dirname, '../../../..');
const SCENARIO = path.join(ROOT, 'test/fixtures/scenarios/bitfield-view.mmstep.yaml');
const SOURCE = path.join(ROOT, 'test/fixtures/c/bitfield-view.c');
// return n + s.s5 + p->neg; /* stop here */
const STOP_LINE = fs.readFileSync(SOURCE, 'utf8').split('\n').findIndex((l) => l.includes('stop here')) + 1;

const BF = { lo3: '5', s5: '-3', mid: '0x123456789a', neg: '-100', flag: '1' };
const PUN = { w: '0x1122334455667788', sc: '-120' };
const ANON = { lo: '0x55667788', hi: '0x11223344' };

async function stopped(): Promise<{ sim: Simulation; frame: number }> {
  const sim = await Simulation.load(SCENARIO, new NodeFileAccess(), {});
  const [bp] = sim.setBreakpoints(SOURCE, [{ line: STOP_LINE }]);
  assert.ok(bp.verified, bp.message);
  assert.strictEqual(sim.continue().reason, 'breakpoint');
  return { sim, frame: sim.stack(sim.sched.mainTid)[0].id };
}

function rows(sim: Simulation, ref: number): Record<string, VariableInfo> {
  assert.ok(ref > 0, 'expandable');
  const out: Record<string, VariableInfo> = {};
  for (const v of sim.variables(ref)) out[v.name] = v;
  return out;
}

function values(r: Record<string, VariableInfo>, names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, r[n]?.value]));
}

/** The rows of a struct bf and of a union pun, wherever they are shown. */
function checkBf(sim: Simulation, ref: number, where: string): void {
  assert.deepStrictEqual(values(rows(sim, ref), Object.keys(BF)), BF, where);
}

function checkPun(sim: Simulation, ref: number, where: string): void {
  const r = rows(sim, ref);
  assert.deepStrictEqual(values(r, Object.keys(PUN)), PUN, where);
  assert.deepStrictEqual(values(rows(sim, r['<anonymous struct>'].ref), Object.keys(ANON)), ANON, `${where}: anonymous struct`);
  const b = rows(sim, r.b.ref);
  assert.deepStrictEqual([b['[0]'].value, b['[1]'].value, b['[6]'].value, b['[7]'].value], ['136', '119', '34', '17'], `${where}.b`);
}

describe('debugger views of bit-fields and integer unions', () => {
  it('Locals: a struct of bit-fields and a union held in one cell expand to their members', async () => {
    const { sim, frame } = await stopped();
    const locals = rows(sim, sim.scopes(frame).find((s) => s.name === 'Locals')!.ref);
    checkBf(sim, locals.s.ref, 's');
    checkPun(sim, locals.u.ref, 'u');
    const h = rows(sim, locals.h.ref);
    assert.strictEqual(h.tag.value, '7');
    checkBf(sim, h.f.ref, 'h.f');
    checkPun(sim, h.u.ref, 'h.u');
    checkBf(sim, locals.p.ref, 'p (expanded pointer)');
  });

  it('evaluate (watch, hover): members, through pointers and nested aggregates', async () => {
    const { sim, frame } = await stopped();
    const ev = (e: string, purpose = 'watch'): string => sim.evaluate(frame, e, purpose as 'watch').value;
    for (const [k, v] of Object.entries(BF)) {
      assert.strictEqual(ev(`s.${k}`), v, `s.${k}`);
      assert.strictEqual(ev(`p->${k}`, 'hover'), v, `p->${k}`);
      assert.strictEqual(ev(`h.f.${k}`), v, `h.f.${k}`);
    }
    for (const [k, v] of Object.entries({ ...PUN, ...ANON })) {
      assert.strictEqual(ev(`u.${k}`), v, `u.${k}`);
      assert.strictEqual(ev(`h.u.${k}`, 'hover'), v, `h.u.${k}`);
    }
    assert.strictEqual(ev('u.b[0]'), '136');
    assert.strictEqual(ev('h.u.b[7]'), '17');
    assert.strictEqual(ev('s.s5 + p->neg'), '-103');
    // A struct value (not a place): still expandable, members read from its bits.
    checkBf(sim, sim.evaluate(frame, '*p', 'watch').ref, '*p');
    checkBf(sim, sim.evaluate(frame, 'h.f', 'watch').ref, 'h.f (evaluated)');
    checkPun(sim, sim.evaluate(frame, 'h.u', 'watch').ref, 'h.u (evaluated)');
  });

  it('the variables-path fallback (no evaluator) finds members of anonymous structs', async () => {
    const { sim, frame } = await stopped();
    const path = (e: string): string | undefined => {
      const r = evaluateInFrame(sim, frame, e);
      return r.ok ? r.value.value : r.message;
    };
    assert.strictEqual(path('u.lo'), ANON.lo);
    assert.strictEqual(path('h.u.hi'), ANON.hi);
    assert.strictEqual(path('p->s5'), BF.s5);
    assert.strictEqual(path('h.f.mid'), BF.mid);
  });
});
