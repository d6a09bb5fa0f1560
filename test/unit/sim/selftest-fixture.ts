// Running one of test/fixtures/selftest/*.c through the selftest runner (kselftest TEST()s of
// our own) and asserting that a named test passed: the set-up the fixture-driven unit tests
// share (tmpfs-files, user-mremap, device-mmap), and finding a Debian tree's hmm-tests and driver
// (selftest-driver, device-mmap, page-free).

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { findTreeSelftest, runSelftests, type SelftestOptions, type SelftestRun } from '../../../src/sim/selftest';
import { treeSelftestDriver, type SelftestDriver } from '../../../src/sim/selftest-driver';
import { CACHE, ROOT } from './kernel-tree-env';

export const KERNEL = path.join(ROOT, 'kernel');
export const FIXTURES = path.join(ROOT, 'test/fixtures/selftest');
const read = (p: string): Promise<string> => fs.promises.readFile(p, 'utf8');
const reader = { readText: read };

export type Results = Record<string, SelftestRun['results'][number]>;

/** The results of fixture `file` by name (`global.<test>`); no error diagnostics. */
export async function runFixture(file: string, opts: Partial<SelftestOptions> = {}): Promise<Results> {
  const r = await runSelftests(path.join(FIXTURES, file), { read, kernelDir: KERNEL, stepBudget: 5_000_000, ...opts });
  assert.deepStrictEqual(r.diagnostics.filter((d) => d.severity === 'error'), []);
  return Object.fromEntries(r.results.map((t) => [t.name, t]));
}

/** TEST(name) of the fixture passed (its reason and output otherwise). */
export function assertPassed(x: Results, name: string): void {
  const t = x[`global.${name}`];
  assert.ok(t, `no test ${name}: ${Object.keys(x).join(', ')}`);
  assert.strictEqual(t.status, 'pass', `${t.reason}\n${t.output}`);
}

/**
 * The extracted Debian tree of `version`, its hmm-tests.c and the driver the runner links, or
 * the test skipped (saying which command extracts the trees) when the tree is not there.
 */
export async function treeHmmTests(ctx: Mocha.Context, version: string): Promise<{ file: string; root: string; driver: SelftestDriver }> {
  const root = path.join(CACHE, `linux-${version}`);
  if (!fs.existsSync(path.join(root, 'lib/test_hmm.c'))) {
    console.log(`    (skipped: ${root} is missing; extract the Debian kernel trees with \`bash scripts/kernel-trees.sh\`)`);
    ctx.skip();
  }
  const found = await findTreeSelftest(root, reader);
  assert.ok(found.ok);
  const d = await treeSelftestDriver(found.tree, KERNEL, reader);
  assert.deepStrictEqual(d.diagnostics.filter((x) => x.severity === 'error'), []);
  assert.ok(d.driver);
  return { file: found.file, root: found.tree.root, driver: d.driver };
}

/** Run `selectors` of a tree's hmm-tests (treeHmmTests) against its driver; no error diagnostics. */
export async function runTreeTests(t: { file: string; root: string; driver: SelftestDriver }, selectors: string[], opts: Partial<SelftestOptions> = {}): Promise<SelftestRun> {
  const run = await runSelftests(t.file, { read, kernelDir: KERNEL, treeRoot: t.root, treeFile: true, driver: t.driver, selectors, ...opts });
  assert.deepStrictEqual(run.diagnostics.filter((x) => x.severity === 'error'), []);
  return run;
}
