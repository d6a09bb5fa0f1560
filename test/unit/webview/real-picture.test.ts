// The page-table picture of a real run: the posted v13 restore loop (addr += PAGE_SHIFT) over a
// range that crosses two pmds. The state view the Simulation builds names the walk's tables (two
// pte tables under one pmd table), the stop's `addr`, and the picture draws both pte tables with
// the boundary between them and highlights the pmd the loop's address is in.

import * as assert from 'assert';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { parseStateView } from '../../../src/protocol/check-state';
import { Simulation } from '../../../src/sim/simulation';
import { renderState } from '../../../src/webview/render-state';
import { findAll, hasClass } from '../../../src/webview/vnode';

const ROOT = path.resolve(__dirname, '../../../..');
const SCENARIO = path.join(ROOT, 'examples/v13-restore-two-pmds-posted.mmstep.yaml');

describe('page-table picture of a real run (v13 restore over two pmds)', function () {
  this.timeout(60000);

  it('the view names both pte tables and the stop address; the picture draws the boundary and the current pmd', async () => {
    const sim = await Simulation.load(SCENARIO, new NodeFileAccess());
    const stop = sim.continue();
    assert.strictEqual(stop.reason, 'exception', `stopped: ${JSON.stringify(stop)}`);
    const view = sim.stateView();
    const r = parseStateView(JSON.parse(JSON.stringify(view)));
    assert.ok(r.ok, r.ok ? '' : r.message);
    const tables = view.processes[0].tables ?? [];
    assert.deepStrictEqual(
      tables.filter((t) => t.level === 'pte').map((t) => [t.base, t.index]),
      [
        ['0x7f0000000000', 0],
        ['0x7f0000200000', 1],
      ],
    );
    assert.deepStrictEqual(
      tables.filter((t) => t.level !== 'pte').map((t) => t.level),
      ['pgd', 'p4d', 'pud', 'pmd'],
    );
    assert.ok(view.focus, 'the stop has an addr');
    const svg = findAll(renderState(r.state), (e) => e.tag === 'svg')[0];
    const ptes = findAll(svg, (e) => hasClass(e, 'pte-table'));
    assert.deepStrictEqual(ptes.map((t) => t.attrs['data-base']), ['0x7f0000000000', '0x7f0000200000']);
    assert.strictEqual(findAll(svg, (e) => hasClass(e, 'pmd-boundary')).length, 1);
    const focusBase = Math.floor(parseInt(view.focus.addr, 16) / 0x200000) * 0x200000;
    assert.deepStrictEqual(
      ptes.filter((t) => hasClass(t, 'focus-pmd')).map((t) => t.attrs['data-base']),
      ['0x' + focusBase.toString(16)],
    );
  });
});
