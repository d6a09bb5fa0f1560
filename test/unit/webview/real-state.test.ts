// The state view renders what the real Simulation produces: load the 4-page demo scenario, step
// the focus thread until the collect walk installs its first migration entry, and check the
// rendering of that stop (the changed PTE marked, its link pointing at a shown page row).

import * as assert from 'assert';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import type { StateView } from '../../../src/protocol/state';
import { Simulation } from '../../../src/sim/simulation';
import { checkStateView } from '../../../src/webview/messages';
import { renderState, summarize } from '../../../src/webview/render-state';
import { findAll, hasClass } from '../../../src/webview/vnode';

const ROOT = path.resolve(__dirname, '../../../..');
const DEMO = path.join(ROOT, 'examples/private-4pages.mmstep.yaml');

const migrating = (s: StateView): number => s.processes.flatMap((p) => p.ptes).filter((e) => e.kind === 'migration').length;

describe('state view of a real simulation', function () {
  this.timeout(60000);

  it('renders every stop of the demo up to the first migration entry, marking that PTE', async () => {
    const sim = await Simulation.load(DEMO, new NodeFileAccess());
    const tid = sim.threads()[0].id;
    let state = sim.stateView();
    assert.strictEqual(checkStateView(state), undefined);
    const first = summarize(state, renderState(state));
    assert.strictEqual(first.ptes, 4);
    assert.strictEqual(migrating(state), 0);

    for (let i = 0; i < 5000 && migrating(state) === 0; i++) {
      const stop = sim.stepIn(tid);
      assert.ok(!stop.ended, 'the run ended before any migration entry');
      state = sim.stateView();
      // Every stop renders, with as many rows as the state has entries.
      const tree = renderState(state);
      const sum = summarize(state, tree);
      assert.strictEqual(sum.ptes, state.processes.reduce((n, p) => n + p.ptes.length, 0));
      assert.strictEqual(sum.pages, state.pages.length);
    }
    assert.strictEqual(migrating(state), 1, 'no stop with exactly one migration entry');

    const tree = renderState(state);
    const pte = state.processes.flatMap((p) => p.ptes).find((e) => e.kind === 'migration')!;
    assert.ok(state.changed.includes(pte.key), `${pte.key} not in changed (${state.changed})`);
    const row = findAll(tree, (e) => e.tag === 'tr' && e.attrs['data-key'] === pte.key)[0];
    assert.ok(row && hasClass(row, 'changed') && hasClass(row, 'kind-migration'));
    const target = row.attrs['data-target'];
    assert.ok(typeof target === 'string');
    assert.strictEqual(findAll(tree, (e) => e.tag === 'tr' && e.attrs.id === target).length, 1, `no page row ${target}`);
  });
});
