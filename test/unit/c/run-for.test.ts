// Machine.runFor (issue 11): a plain run (mmstep exec) lets the generated code cross statement
// boundaries without returning, in batches. It must be the same run as one step per statement:
// the same statements counted, the same output, the same state at every batch boundary, and
// the step budget ends a runaway at the same statement.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { canonical } from '../../../src/sim/snapshot';
import { compile } from './run-c';

const BENCH = path.join(__dirname, '../../../../bench/interpreter');

async function machineFor(src: string) {
  const c = await compile({ '/t.c': src }, new Set(['printf']));
  assert.ok(c.machine, JSON.stringify(c.diagnostics));
  return { m: c.machine, out: c.out };
}

describe('Machine.runFor: batches of statements are the same run as single steps', function () {
  this.timeout(120000);
  const programs = fs.readdirSync(BENCH).filter((f) => f.endsWith('.c'));

  for (const f of programs) {
    it(`${f}: same statements, output and state at every 997th statement`, async () => {
      const src = fs.readFileSync(path.join(BENCH, f), 'utf8');
      const one = await machineFor(src);
      const many = await machineFor(src);
      const t1 = one.m.spawn('main', 'main', [], 0);
      const t2 = many.m.spawn('main', 'main', [], 0);
      let checked = 0;
      for (;;) {
        const a = (() => {
          let o = one.m.step(t1);
          for (let i = 1; i < 997 && o.kind === 'stmt' && one.m.state.steps % 997 !== 0; i++) o = one.m.step(t1);
          return o;
        })();
        const b = many.m.runFor(t2, 997 - (many.m.state.steps % 997));
        assert.strictEqual(many.m.state.steps, one.m.state.steps, `statements counted, after ${checked} batches`);
        assert.strictEqual(b.kind, a.kind);
        if (checked % 50 === 0) assert.strictEqual(canonical(many.m.state), canonical(one.m.state), `state after ${one.m.state.steps} statements`);
        checked++;
        if (a.kind !== 'stmt' && a.kind !== 'yield') break;
      }
      assert.strictEqual(many.out.join(''), one.out.join(''));
      assert.ok(one.out.join('').length > 0 && checked > 100, `${checked} batches`);
    });
  }

  it('runFor(n) on straight-line code runs exactly n statements, and the next step goes on from there', async () => {
    const { m } = await machineFor('int main(void)\n{\n\tint a = 1;\n\n\ta++;\n\ta++;\n\ta++;\n\ta++;\n\treturn a;\n}\n');
    const tid = m.spawn('main', 'main', [], 0);
    assert.strictEqual(m.runFor(tid, 3).kind, 'stmt');
    assert.strictEqual(m.state.steps, 3);
    assert.strictEqual(m.currentLoc(m.thread(tid)).line, 7);
    assert.strictEqual(m.quota, 0, 'a step after runFor is one statement again');
    assert.strictEqual(m.step(tid).kind, 'stmt');
    assert.strictEqual(m.currentLoc(m.thread(tid)).line, 8);
  });
});
