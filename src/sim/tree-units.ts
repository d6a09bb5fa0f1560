// A scenario's sources that are a kernel tree's own files (issue 8 items 1–2): `tree:PATH`
// entries resolved against the scenario's kernel_tree (or the CLI's --kernel-tree), and, for any
// source inside a kernel tree, how its translation unit is preprocessed — mmstep's compatibility
// headers of the tree's version (kernel/compat/<v>, never the tree's own headers), that
// version's Kconfig table and the predefined macros of an x86-64 kernel build.

import type { UnitConfig } from '../c';
import { join, resolvePath } from '../c/paths';
import { findKernelTree, formatKernelVersion, type KernelTree, type TextReader } from './kernel-tree';
import type { Diagnostic } from './types';

/** Versions kernel/compat has headers for, oldest first. */
export const COMPAT_VERSIONS: readonly [number, number][] = [
  [6, 1],
  [6, 12],
  [6, 18],
];

export const TREE_PREFIX = 'tree:';

/** Macros an x86-64 kernel build predefines that the compat headers and trees' files test. */
export const TREE_PREDEFINES: Record<string, string> = {
  __KERNEL__: '1',
  __x86_64__: '1',
  __LP64__: '1',
  __CHAR_BIT__: '8',
  __SIZEOF_LONG__: '8',
  __SIZEOF_POINTER__: '8',
  __mmstep__: '1',
};

/** `$VAR` / `${VAR}` from the environment (an unset variable is reported by the caller). */
export function expandEnv(text: string, env: Record<string, string | undefined>, missing: string[] = []): string {
  return text.replace(/\$\{([A-Za-z_]\w*)\}|\$([A-Za-z_]\w*)/g, (_, a: string | undefined, b: string | undefined) => {
    const name = (a ?? b)!;
    const v = env[name];
    if (v === undefined) {
      missing.push(name);
      return '';
    }
    return v;
  });
}

export function processEnv(): Record<string, string | undefined> {
  return typeof process !== 'undefined' && process.env ? process.env : {};
}

/** The source path a scenario entry names: `tree:PATH` under the tree root, else relative to base. */
export function resolveSource(entry: string, base: string, treeRoot: string | undefined): { path?: string; error?: string } {
  if (!entry.startsWith(TREE_PREFIX)) return { path: resolvePath(base, entry) };
  const rel = entry.slice(TREE_PREFIX.length).trim();
  if (!treeRoot) return { error: `'${entry}' names a kernel tree's file, but the scenario has no kernel_tree (and no --kernel-tree was given)` };
  if (rel.startsWith('/') || rel.split('/').includes('..')) return { error: `'${entry}': a tree: path is relative to the tree and stays inside it` };
  return { path: join(treeRoot, rel) };
}

/** The kconfig file's `CONFIG_X=value` lines as a table; bad lines are reported. */
export function parseKconfig(file: string, text: string, out: Diagnostic[]): Record<string, string> {
  const table: Record<string, string> = Object.create(null) as Record<string, string>;
  text.split('\n').forEach((line, i) => {
    const t = line.trim();
    if (!t || t.startsWith('#')) return;
    const m = /^(CONFIG_[A-Za-z0-9_]+)=(.*)$/.exec(t);
    if (!m) out.push({ file, line: i + 1, column: 1, severity: 'error', message: `expected CONFIG_X=value, got '${t.slice(0, 60)}'` });
    else table[m[1]] = m[2];
  });
  return table;
}

/** The compat version for a tree: its own major.minor, else the nearest lower one. */
export function compatVersionFor(tree: KernelTree): { dir?: string; warning?: string; error?: string } {
  const { major, minor } = tree.version;
  let best: [number, number] | undefined;
  for (const v of COMPAT_VERSIONS) if (v[0] < major || (v[0] === major && v[1] <= minor)) best = v;
  const have = COMPAT_VERSIONS.map((v) => v.join('.')).join(', ');
  const treeV = formatKernelVersion(tree.version);
  if (!best) return { error: `kernel tree ${tree.root} is Linux ${treeV}: mmstep has compatibility headers only for ${have}` };
  const dir = best.join('.');
  if (best[0] !== major || best[1] !== minor) {
    return { dir, warning: `kernel tree ${tree.root} is Linux ${treeV}; mmstep has no compatibility headers for ${major}.${minor}, using those of ${dir} (the nearest lower of ${have})` };
  }
  return { dir };
}

/**
 * For each source inside a kernel tree: its UnitConfig. `kernelDirs` are candidates for mmstep's
 * kernel/ (the one holding compat/). Problems are diagnostics at the source's own line 1.
 */
export async function treeUnits(
  sources: string[],
  reader: TextReader,
  kernelDirs: string[],
  diagnostics: Diagnostic[],
): Promise<{ units: Record<string, UnitConfig>; trees: KernelTree[] }> {
  const units: Record<string, UnitConfig> = Object.create(null) as Record<string, UnitConfig>;
  const trees: KernelTree[] = [];
  const at = (file: string, severity: 'error' | 'warning', message: string): void => {
    diagnostics.push({ file, line: 1, column: 1, severity, message });
  };
  const configs = new Map<string, UnitConfig | null>();
  for (const src of sources) {
    const tree = await findKernelTree(src, reader, (p) => diagnostics.push({ file: p.file, line: p.line, column: p.column, severity: 'warning', message: p.message }));
    if (!tree) continue;
    if (!trees.some((t) => t.root === tree.root)) trees.push(tree);
    const v = compatVersionFor(tree);
    if (v.error) {
      at(src, 'error', v.error);
      continue;
    }
    if (v.warning && !configs.has(v.dir!)) at(src, 'warning', v.warning);
    let cfg = configs.get(v.dir!);
    if (cfg === undefined) {
      cfg = await compatConfig(v.dir!, reader, kernelDirs, diagnostics);
      configs.set(v.dir!, cfg);
    }
    if (!cfg) {
      at(src, 'error', `cannot find mmstep's compatibility headers for Linux ${v.dir} (kernel/compat/${v.dir}/kconfig; looked in ${kernelDirs.join(', ') || 'no kernel/ folder'})`);
      continue;
    }
    units[src] = { ...cfg, treeRoot: tree.root };
  }
  return { units, trees };
}

async function compatConfig(v: string, reader: TextReader, kernelDirs: string[], diagnostics: Diagnostic[]): Promise<UnitConfig | null> {
  for (const k of kernelDirs) {
    const compat = join(k, 'compat');
    const file = join(compat, v, 'kconfig');
    let text: string;
    try {
      text = await reader.readText(file);
    } catch {
      continue;
    }
    const kconfig = parseKconfig(file, text, diagnostics);
    return {
      quoteDirs: [join(compat, v, 'mm')],
      includeDirs: [join(compat, v, 'include'), join(compat, 'common', 'include')],
      ownHeaderRoots: [k],
      kconfig,
      predefines: { ...TREE_PREDEFINES },
    };
  }
  return null;
}
