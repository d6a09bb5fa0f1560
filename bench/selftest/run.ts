// hmm-tests benchmark (issue 12): the wall time of a kernel tree's whole hmm-tests.c run through
// `mmstep selftest` (compile, then 58 tests, each in a fresh model), and of its slowest test,
// per version. The target is the whole file in under a minute on our 2-core machines,
// shown next to the total. Per-test times come from the TAP stream (from a test's `#  RUN`
// line to its result line), so they include the model's set-up. Prints numbers, never fails
// on timing; run it on a quiet machine.
//
//   npx tsc -p . && node out/bench/selftest/run.js [--tree DIR]... [--step-budget N]
//   (default: the 6.1 and 6.12 trees of scripts/kernel-trees.sh's cache)

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { findTreeSelftest, runSelftests } from '../../src/sim/selftest';
import { treeSelftestDriver } from '../../src/sim/selftest-driver';
import { kernelTreeCacheDir } from '../../src/sim/kernel-tree';
import { NodeFileAccess } from '../../src/cli/file-access';

const TARGET_MS = 60_000;
const KERNEL = path.resolve(__dirname, '..', '..', '..', 'kernel');

function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

function parseArgs(argv: string[]): { trees: string[]; stepBudget?: number } {
  const trees: string[] = [];
  let stepBudget: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--tree') trees.push(argv[++i]);
    else if (argv[i] === '--step-budget') stepBudget = Number(argv[++i]);
    else throw new Error(`unknown argument ${argv[i]} (--tree DIR, --step-budget N)`);
  }
  if (!trees.length) {
    const cache = kernelTreeCacheDir(process.env, os.homedir());
    for (const v of ['6.1', '6.12']) if (cache && fs.existsSync(path.join(cache, `linux-${v}`))) trees.push(path.join(cache, `linux-${v}`));
  }
  return { trees, ...(stepBudget !== undefined ? { stepBudget } : {}) };
}

async function benchTree(tree: string, stepBudget: number | undefined): Promise<void> {
  const files = new NodeFileAccess();
  const found = await findTreeSelftest(tree, files);
  if (!found.ok) {
    console.log(`${tree}: ${found.diagnostics.map((d) => d.message).join('; ')}`);
    return;
  }
  const times: { name: string; ms: number }[] = [];
  let started = 0;
  let current = '';
  const t0 = nowMs();
  // The tree's own lib/test_hmm.c behind /dev/hmm_dmirror<N>, as `mmstep selftest --kernel-tree`.
  const drv = await treeSelftestDriver(found.tree, KERNEL, files);
  if (!drv.driver) {
    console.log(`${tree}: ${drv.diagnostics.map((d) => d.message).join('; ')}`);
    return;
  }
  const run = await runSelftests(found.file, {
    driver: drv.driver,
    read: (p) => fs.promises.readFile(p, 'utf8'),
    kernelDir: KERNEL,
    treeRoot: found.tree.root,
    treeFile: true,
    ...(stepBudget !== undefined ? { stepBudget } : {}),
    onOutput: (text) => {
      for (const line of text.split('\n')) {
        const run = /^# {2}RUN {11}(\S+) \.\.\.$/.exec(line);
        if (run) [current, started] = [run[1], nowMs()];
        else if (current && /^(not )?ok \d+ /.test(line)) {
          times.push({ name: current, ms: nowMs() - started });
          current = '';
        }
      }
    },
  });
  const total = nowMs() - t0;
  const slowest = times.reduce((a, b) => (b.ms > a.ms ? b : a), { name: '-', ms: 0 });
  const steps = run.results.reduce((n, r) => n + r.steps, 0);
  const t = run.totals;
  console.log(`${path.basename(tree)} (${run.results.length} results: ok ${t.pass}, not ok ${t.fail}, skip ${t.skip})`);
  console.log(`  whole run       ${(total / 1000).toFixed(2)} s   (target < ${TARGET_MS / 1000} s)   ${steps} statements`);
  console.log(`  slowest test    ${(slowest.ms / 1000).toFixed(2)} s   ${slowest.name}`);
  console.log(`  compile, other  ${((total - times.reduce((n, x) => n + x.ms, 0)) / 1000).toFixed(2)} s`);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!args.trees.length) {
    console.log('no kernel trees: extract them with `bash scripts/kernel-trees.sh` or give --tree DIR');
    return;
  }
  for (const tree of args.trees) await benchTree(tree, args.stepBudget);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 2;
});
