// Where a kernel tree keeps its hmm selftest: tools/testing/selftests/vm/hmm-tests.c before
// Linux 6.3, tools/testing/selftests/mm/hmm-tests.c from 6.3 on (the directory was renamed).
//
// Why: `mmstep selftest --kernel-tree PATH` runs the tree's own test file, read from the tree
// at run time (kernel code never enters this repository). The tree's version comes from its
// top Makefile (kernel-tree.ts); a tree whose file is in the other directory (a backport) is
// still found. Every failure is a diagnostic naming the path looked at.

import { join } from '../c/paths';
import { findKernelTree, formatKernelVersion, kernelAtLeast, type KernelTree, type TextReader } from './kernel-tree';
import type { Diagnostic } from './types';

export const HMM_TESTS = 'hmm-tests.c';

/** The selftest directories of a tree, the version's own first. */
export function selftestDirs(tree: KernelTree): string[] {
  const dirs = ['tools/testing/selftests/mm', 'tools/testing/selftests/vm'];
  return kernelAtLeast(tree.version, 6, 3) ? dirs : dirs.reverse();
}

export type TreeSelftest = { ok: true; tree: KernelTree; file: string } | { ok: false; diagnostics: Diagnostic[] };

/** The tree at `root` and its hmm-tests.c. */
export async function findTreeSelftest(root: string, reader: TextReader): Promise<TreeSelftest> {
  const problems: Diagnostic[] = [];
  const tree = await findKernelTree(root, reader, (p) => problems.push({ ...p, severity: 'error' }));
  const at = (message: string): TreeSelftest => ({ ok: false, diagnostics: [...problems, { file: root, line: 1, column: 1, severity: 'error', message }] });
  if (!tree) return at(`--kernel-tree: '${root}' is not a kernel tree (no top Makefile setting VERSION and PATCHLEVEL)`);
  if (tree.relative !== '') return at(`--kernel-tree: '${root}' is inside the kernel tree ${tree.root}; give the tree's top directory`);
  const tried: string[] = [];
  for (const d of selftestDirs(tree)) {
    const file = join(tree.root, d, HMM_TESTS);
    tried.push(file);
    try {
      await reader.readText(file);
      return { ok: true, tree, file };
    } catch {
      // the other directory next
    }
  }
  return at(`Linux ${formatKernelVersion(tree.version)} tree without ${HMM_TESTS} (looked for ${tried.join(' and ')})`);
}
