// What the tests that run a Debian kernel tree's files share: the cache scripts/kernel-trees.sh
// extracts into, MMSTEP_KERNEL_CACHE pointed at it for the fixtures' kernel_tree, and a clear
// failure (never a skip) naming the command when a tree has not been extracted.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { kernelTreeCacheDir } from '../../../src/sim/kernel-tree';

export const ROOT = path.resolve(__dirname, '../../../..');
export const FIXTURES = path.join(ROOT, 'test/fixtures/scenarios/kernel-tree');
export const CACHE = kernelTreeCacheDir(process.env, os.homedir())!;

/** The tree's mm/migrate_device.c of version `v`; fails with the command when it is missing. */
export function treeFile(v: string): string {
  const file = path.join(CACHE, `linux-${v}`, 'mm/migrate_device.c');
  if (!fs.existsSync(file)) assert.fail(`${file} is missing: extract the Debian kernel trees with \`bash scripts/kernel-trees.sh\` (npm test does)`);
  return file;
}

/** In a describe(): MMSTEP_KERNEL_CACHE names the cache for its tests, restored after. */
export function useKernelCache(): void {
  let saved: string | undefined;
  before(() => {
    saved = process.env.MMSTEP_KERNEL_CACHE;
    process.env.MMSTEP_KERNEL_CACHE = CACHE;
  });
  after(() => {
    if (saved === undefined) delete process.env.MMSTEP_KERNEL_CACHE;
    else process.env.MMSTEP_KERNEL_CACHE = saved;
  });
}
