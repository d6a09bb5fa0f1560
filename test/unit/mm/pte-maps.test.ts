// pte_offset_map / pte_unmap tracked as a resource apart from the PTE lock (src/mm/pte-maps.ts):
// a function returning with a table it mapped is a leak finding at that return, naming the
// function and the mapping call; a helper returning `pte_t *` hands the map to its caller; an
// unmap without a map is a finding; pages locked or isolated from outside the scenario are not
// reported as leaks at the end. Scenarios: test/fixtures/scenarios/pte-maps (kernel/test/pte_maps.c).

import * as assert from 'assert';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { Simulation } from '../../../src/sim/simulation';

const DIR = path.resolve(__dirname, '../../../../test/fixtures/scenarios/pte-maps');

async function runCase(name: string): Promise<{ messages: string[]; passed: boolean }> {
  const sim = await Simulation.load(path.join(DIR, `${name}.mmstep.yaml`), new NodeFileAccess(), {});
  const r = sim.runToEnd();
  return { messages: sim.sched.violations.map((v) => `${v.invariant}: ${v.message}`), passed: r.passed };
}

describe('model: pte_offset_map without pte_unmap', () => {
  it('a helper returning pte_t * hands the mapped table to its caller, which unmaps it: no finding', async () => {
    const r = await runCase('balanced');
    assert.deepStrictEqual(r.messages, []);
    assert.ok(r.passed);
  });

  it('a function returning an int with its table still mapped is a leak at its return', async () => {
    const r = await runCase('forgotten');
    assert.strictEqual(r.messages.length, 1, r.messages.join('\n'));
    assert.match(r.messages[0], /^leak: peek_pte returned with the pte table it mapped at .*pte_maps\.c:31:16 still mapped \(no pte_unmap\)/);
    assert.match(r.messages[0], /RCU read-side section/);
  });

  it('an unmap of a table the thread has not mapped is unbalanced', async () => {
    const r = await runCase('unbalanced');
    assert.strictEqual(r.messages.length, 1, r.messages.join('\n'));
    assert.match(r.messages[0], /^leak: pte_unmap at .*pte_maps\.c:57:2: thread \d+ has not mapped this pte table/);
  });

  it('a page locked and isolated from outside the scenario is no leak at the end', async () => {
    const r = await runCase('quiescent');
    assert.deepStrictEqual(r.messages, []);
    assert.ok(r.passed);
  });
});
