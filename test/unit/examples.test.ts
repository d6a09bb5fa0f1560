// `npm test` runs every scenario in examples/: each one is loaded with Simulation.load and run to
// the end, and must meet its own expectations (outcome, return value, ptes, pages, output,
// violations). One `it` per file, named after it, so a failing scenario is named in the report.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { NodeFileAccess } from '../../src/cli/file-access';
import { Simulation } from '../../src/sim/simulation';

const EXAMPLES = path.join(__dirname, '../../../examples');
const files = fs
  .readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

describe('examples/*.yaml meet their expectations', function () {
  this.timeout(120000);

  it('finds the examples', () => {
    assert.ok(files.length >= 40, `only ${files.length} scenarios in ${EXAMPLES}`);
  });

  for (const f of files) {
    it(f, async () => {
      const sim = await Simulation.load(path.join(EXAMPLES, f), new NodeFileAccess());
      const r = sim.runToEnd();
      const failed = r.expectations.filter((e) => !e.ok).map((e) => `  ${e.what}: ${e.detail}`);
      const why = r.fault ? ` (${r.fault.kind} at ${r.fault.file}:${r.fault.line}: ${r.fault.message})` : '';
      assert.ok(r.passed, `${f}: outcome ${r.outcome}${why}\n${failed.join('\n')}`);
    });
  }
});
