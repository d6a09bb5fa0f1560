// Checks a kernel tree named from outside the scenario — launch.json's `kernelTree`, the
// `mmstep.kernelTree` setting, the adapter's launch argument — before anything loads, so a wrong
// path ends in one message naming where it was given (the setting, the launch attribute) instead
// of a load diagnostic at the scenario's line 1. Shared by the extension (which then does not
// start the session) and the adapter (any DAP client). Pure: reads through a FileAccess.

import { findKernelTree, formatKernelVersion, type KernelTree } from '../sim/kernel-tree';
import type { FileInfo } from '../sim/source-policy';
import type { FileAccess } from '../sim/types';

/** A FileAccess that may also tell what a path is (NodeFileAccess, WorkspaceFileAccess). */
type Reader = Pick<FileAccess, 'readText'> & { inspect?(path: string): Promise<FileInfo> };

export type KernelTreeCheck = { ok: true; tree: KernelTree } | { ok: false; message: string };

/**
 * Is `root` the root of a kernel tree (a directory whose top Makefile sets VERSION and
 * PATCHLEVEL)? `origin` names where the path was given, e.g. `the setting "mmstep.kernelTree"`.
 */
export async function checkKernelTreeRoot(root: string, files: Reader, origin: string): Promise<KernelTreeCheck> {
  const given = `${origin} is '${root}'`;
  if (files.inspect) {
    let info: FileInfo;
    try {
      info = await files.inspect(root);
    } catch {
      return { ok: false, message: `${given}, which does not exist` };
    }
    if (info.kind !== 'directory') return { ok: false, message: `${given}, which is not a directory (a kernel tree's root is expected)` };
  }
  const problems: string[] = [];
  const tree = await findKernelTree(root, files, (p) => problems.push(`${p.file}:${p.line}:${p.column}: ${p.message}`));
  if (!tree) {
    const why = problems.length ? `; ${problems.join('; ')}` : '';
    return { ok: false, message: `${given}, which is not a kernel tree (no top Makefile setting VERSION and PATCHLEVEL${why})` };
  }
  if (tree.relative !== '') {
    return { ok: false, message: `${given}, which is inside the kernel tree ${tree.root} (Linux ${formatKernelVersion(tree.version)}); name the tree's root` };
  }
  return { ok: true, tree };
}
