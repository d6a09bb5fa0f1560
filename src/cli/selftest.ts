// `mmstep selftest (--kernel-tree PATH | FILE.c) [TEST...] [--json] [--step-budget N] [--nr-hugepages N]`: run a
// kernel tree's hmm-tests.c (or any kselftest-style file) test by test in fresh models and print
// TAP as it goes (src/sim/selftest.ts), or one JSON object with --json.
//
// Why a command of its own: the kernel's selftests are the ground truth for device-memory
// migration, and CI runs them per tree version (issue 12). Exit status as the kernel's harness
// sets it (0: every test ok or skipped, 1: a test not ok), and 2 when the file cannot be loaded
// or a TEST selector names no test (file:line:col for load errors).

import { dirname } from '../c/paths';
import { findTreeSelftest, runSelftests, type SelftestRun } from '../sim/selftest';
import { formatKernelVersion, type KernelTree } from '../sim/kernel-tree';
import { treeSelftestDriver, type SelftestDriver } from '../sim/selftest-driver';
import { SourcePolicy, type PolicyFileAccess } from '../sim/source-policy';
import { formatDiagnostic, type Diagnostic } from '../sim/types';
import type { CliArgs } from './args';
import { mmstepKernelDir } from './file-access';
import type { CliIo } from './load';
import { escapeControls } from './terminal-text';

/** mmstep's kernel/ folder: the one the file access names, else the installed one. */
function kernelDir(io: CliIo): string | undefined {
  const roots = (io.files as PolicyFileAccess).sourceRoots?.() ?? [];
  return roots.find((r) => /(^|\/)kernel\/?$/.test(r) && !/kernel-trees/.test(r)) ?? mmstepKernelDir();
}

function printDiagnostics(io: CliIo, ds: Diagnostic[]): void {
  for (const d of ds) io.err(escapeControls(formatDiagnostic({ ...d, file: io.display(d.file) })) + '\n');
}

export async function selftestCommand(io: CliIo, args: CliArgs): Promise<number> {
  const kdir = kernelDir(io);
  if (!kdir) {
    io.err("mmstep: cannot find mmstep's kernel/ folder (its user/include headers and user/lib/libc.c)\n");
    return 2;
  }
  const positional = [...args.files];
  const own = positional[0]?.endsWith('.c') ? io.absolute(positional.shift()!) : undefined;
  let tree: KernelTree | undefined;
  let file = own;
  if (args.kernelTree !== undefined) {
    const found = await findTreeSelftest(io.absolute(args.kernelTree), io.files);
    if (!found.ok) {
      if (args.json) io.out(JSON.stringify({ diagnostics: found.diagnostics }, null, 2) + '\n');
      else printDiagnostics(io, found.diagnostics);
      return 2;
    }
    tree = found.tree;
    file ??= found.file;
  }
  if (!file) return 2;
  const pf = io.files as PolicyFileAccess;
  const policy = new SourcePolicy(pf, [dirname(file), kdir, ...(tree ? [tree.root] : []), ...(pf.sourceRoots?.() ?? [])]);
  // A tree's hmm-tests.c runs against the tree's own driver (lib/test_hmm.c), as in the kernel.
  let driver: SelftestDriver | undefined;
  if (tree && !own) {
    const d = await treeSelftestDriver(tree, kdir, policy);
    if (!d.driver) {
      if (args.json) io.out(JSON.stringify({ diagnostics: d.diagnostics }, null, 2) + '\n');
      else printDiagnostics(io, d.diagnostics);
      return 2;
    }
    driver = d.driver;
  }
  const run = await runSelftests(file, {
    ...(driver ? { driver } : {}),
    read: (p) => policy.readText(p),
    kernelDir: kdir,
    ...(tree ? { treeRoot: tree.root } : {}),
    treeFile: !own,
    selectors: positional,
    // A tree's file by its path in the tree (lib/test_hmm.c:1321:6), the same on every machine.
    display: (p) => (tree && p.startsWith(tree.root + '/') ? p.slice(tree.root.length + 1) : io.display(p)),
    ...(args.stepBudget !== undefined ? { stepBudget: args.stepBudget } : {}),
    ...(args.nrHugepages !== undefined ? { nrHugepages: args.nrHugepages } : {}),
    ...(args.json ? {} : { onOutput: (t: string) => io.out(escapeControls(t)) }),
  });
  const errors = run.diagnostics.filter((d) => d.severity === 'error');
  if (args.json) io.out(JSON.stringify(jsonOf(run, tree), null, 2) + '\n');
  else printDiagnostics(io, run.diagnostics);
  if (errors.length) return 2;
  if (run.unknown.length) {
    if (!args.json) io.err(`mmstep: no test named ${run.unknown.map((u) => `'${u}'`).join(', ')} in ${io.display(file)}\n`);
    return 2;
  }
  return run.totals.fail > 0 ? 1 : 0;
}

function jsonOf(run: SelftestRun, tree: KernelTree | undefined): object {
  return {
    file: run.file,
    ...(tree ? { kernelTree: { root: tree.root, version: formatKernelVersion(tree.version) } } : {}),
    tests: run.results.length,
    testCases: run.caseCount,
    totals: run.totals,
    results: run.results,
    unknown: run.unknown,
    diagnostics: run.diagnostics,
  };
}
