// The Debian kernel trees' unmodified mm/migrate_device.c (6.1 and 6.12, extracted by
// scripts/kernel-trees.sh into the cache outside the repository) as a scenario source in place
// of kernel/'s, through test/fixtures/scenarios/kernel-tree/*.mmstep.yaml (kernel_tree:
// ${MMSTEP_KERNEL_CACHE}/linux-<v>). They load without a diagnostic; a breakpoint on a line of
// the tree's migrate_vma_collect_pmd is hit at that line with the tree's file on the stack, and
// the stage is named from the table. And the CLI's --kernel-tree overrides a scenario's.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../../src/cli/cli';
import { parseArgs } from '../../../src/cli/args';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { loadScenario } from '../../../src/sim/load';
import { Simulation } from '../../../src/sim/simulation';
import { captureIo } from '../cli/helpers';
import { FIXTURES, treeFile, useKernelCache } from './kernel-tree-env';

describe('kernel trees\' mm/migrate_device.c as a scenario source', () => {
  useKernelCache();

  for (const v of ['6.12', '6.1']) {
    it(`Linux ${v}: loads, and a breakpoint in the tree's migrate_vma_collect_pmd is hit at its line`, async () => {
      const file = treeFile(v);
      const scn = path.join(FIXTURES, `current-private-4pages-${v}.mmstep.yaml`);
      const l = await loadScenario(scn, new NodeFileAccess());
      assert.deepStrictEqual(l.warnings, []);
      const fn = l.program.functions[l.program.fnIndex['migrate_vma_collect_pmd']];
      assert.ok(fn, 'migrate_vma_collect_pmd compiled');
      assert.strictEqual(fn.file, file);
      const text = fs.readFileSync(file, 'utf8').split('\n');
      assert.match(text[fn.line - 1], /migrate_vma_collect_pmd\(/);
      // The first statement of its body after the declarations' lines.
      const line = l.program.stmtLines[file].find((n) => n > fn.line + 4 && n < fn.endLine)!;
      assert.ok(line, 'a statement line in migrate_vma_collect_pmd');

      const sim = await Simulation.load(scn, new NodeFileAccess());
      const [bp] = sim.setBreakpoints(file, [{ line }]);
      assert.ok(bp.verified, bp.message);
      assert.strictEqual(bp.line, line);
      const stop = sim.continue();
      assert.strictEqual(stop.reason, 'breakpoint', JSON.stringify(stop));
      const frames = sim.stack(sim.sched.mainTid);
      assert.deepStrictEqual([frames[0].name, frames[0].file, frames[0].line], ['migrate_vma_collect_pmd', file, line]);
      assert.strictEqual(sim.stage(), 'collect');
    });

    it(`Linux ${v}: current-private-4pages ends as with kernel/'s file (every expectation holds, stages named)`, async () => {
      const scn = path.join(FIXTURES, `current-private-4pages-${v}.mmstep.yaml`);
      const stages: string[] = [];
      const sim = await Simulation.load(scn, new NodeFileAccess(), { stage: (name) => void stages.push(name) });
      const r = sim.runToEnd();
      assert.strictEqual(r.outcome, 'completed', JSON.stringify(r.fault));
      assert.ok(r.passed, JSON.stringify(r.expectations.filter((e) => !e.ok)));
      for (const s of ['collect', 'unmap', 'alloc_and_copy', 'migrate pages', 'finalize']) assert.ok(stages.includes(s), `stage ${s} in ${stages.join(', ')}`);
    });
  }

  it('mmstep run --kernel-tree overrides the scenario\'s kernel_tree', async () => {
    const tree = fs.mkdtempSync(path.join(os.tmpdir(), 'mmstep-cli-tree-'));
    try {
      fs.writeFileSync(path.join(tree, 'Makefile'), 'VERSION = 6\nPATCHLEVEL = 12\nSUBLEVEL = 0\n');
      fs.mkdirSync(path.join(tree, 'mm'));
      fs.writeFileSync(path.join(tree, 'mm/t.c'), '#include <linux/kernel.h>\nint entry(int n)\n{\n\treturn max(n, 3) + BIT(2);\n}\n');
      const scn = path.join(tree, 't.mmstep.yaml');
      fs.writeFileSync(scn, ['name: cli tree', 'kernel_tree: /nonexistent/tree', 'sources: [tree:mm/t.c]', 'entry: { function: entry, args: [9] }', 'memory:', '  processes: [{ pid: 1, vmas: [{start: 0x7f0000000000, end: 0x7f0000001000}] }]', 'expect: { returns: 13 }', ''].join('\n'));
      const without = captureIo();
      assert.strictEqual(await runCli(['run', scn, '--quiet'], without), 2);
      assert.match(without.stderr, /t\.mmstep\.yaml:2:\d+: error: '\/nonexistent\/tree' is not a kernel tree/);
      const io = captureIo();
      assert.strictEqual(await runCli(['run', scn, '--quiet', '--kernel-tree', tree], io), 0, io.stderr);
      assert.strictEqual(await runCli(['check', scn, `--kernel-tree=${tree}`], captureIo()), 0);
    } finally {
      fs.rmSync(tree, { recursive: true, force: true });
    }
  });

  it('--kernel-tree is parsed for run and check only, with its value', () => {
    assert.strictEqual(parseArgs(['run', 'a.yaml', '--kernel-tree', '/t']).kernelTree, '/t');
    assert.strictEqual(parseArgs(['check', 'a.yaml', '--kernel-tree=/t', 'b.yaml']).kernelTree, '/t');
    assert.deepStrictEqual(parseArgs(['check', 'a.yaml', '--kernel-tree=/t', 'b.yaml']).files, ['a.yaml', 'b.yaml']);
    assert.throws(() => parseArgs(['run', 'a.yaml', '--kernel-tree']), /needs a path/);
    assert.throws(() => parseArgs(['exec', 'a.c', '--kernel-tree', '/t']), /unknown option --kernel-tree/);
    assert.throws(() => parseArgs(['run', 'a.yaml', '--kernel-tree', '/t', '--kernel-tree', '/u']), /given twice/);
  });
});
