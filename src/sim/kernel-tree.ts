// Kernel-tree detection: is a source file part of a Linux kernel tree, and which version is it?
//
// Why: a scenario may list a kernel tree's own file (`mm/migrate_device.c` of the user's checkout,
// or of the Debian trees the tests extract) and mmstep must then compile it against its own
// compatibility headers for that tree's version (issue 8 item 1). A tree is recognised the way
// the kernel's build knows its own version: the nearest ancestor directory whose top `Makefile`
// assigns VERSION and PATCHLEVEL (plus SUBLEVEL and EXTRAVERSION). Pure logic over a reader, so
// it works on Node's fs, VS Code's workspace fs and in tests alike.

import type { FileAccess } from './types';

export interface KernelVersion {
  major: number;
  minor: number;
  /** SUBLEVEL (0 when empty or absent, as `make kernelversion` prints it then). */
  sublevel: number;
  /** EXTRAVERSION verbatim ('' or e.g. '-rc3'). */
  extra: string;
}

export interface KernelTree {
  /** The directory holding the top Makefile, spelled as the given path spelled it. */
  root: string;
  /** Path of that Makefile. */
  makefile: string;
  version: KernelVersion;
  /** The given path relative to root, '/'-separated ('' for the root itself). */
  relative: string;
}

/** A Makefile that looks like a kernel's top Makefile but whose version cannot be read. */
export interface KernelTreeProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export type KernelMakefileParse =
  | { kind: 'version'; version: KernelVersion }
  | { kind: 'problem'; line: number; column: number; message: string }
  | { kind: 'not-kernel' };

/**
 * What findKernelTree reads with: readText, and (when the reader has it, as the policy-aware
 * FileAccess of src/sim/source-policy.ts does) inspect, to skip an ancestor's `Makefile` that is
 * not a regular file or is far larger than any kernel's top Makefile before opening it.
 */
export type TextReader = Pick<FileAccess, 'readText'> & {
  inspect?(path: string): Promise<{ kind: string; size: number }>;
};

/** A kernel's top Makefile is about 70 KB; anything past this is not one. */
export const MAX_TOP_MAKEFILE_BYTES = 1 << 20;

const VERSION_VARS = ['VERSION', 'PATCHLEVEL', 'SUBLEVEL', 'EXTRAVERSION'] as const;
type VersionVar = (typeof VERSION_VARS)[number];

interface Assigned {
  value: string;
  line: number;
  column: number;
}

/** Physical lines joined into logical ones (backslash-newline), each with its first line number. */
function logicalLines(text: string): { text: string; line: number }[] {
  const phys = text.split(/\r\n|\r|\n/);
  const out: { text: string; line: number }[] = [];
  for (let i = 0; i < phys.length; i++) {
    const start = i;
    let s = phys[i];
    while (/(^|[^\\])(\\\\)*\\$/.test(s) && i + 1 < phys.length) s = s.slice(0, -1) + ' ' + phys[++i].trimStart();
    out.push({ text: s, line: start + 1 });
  }
  return out;
}

/** Text before an unescaped `#` (make's comment rule; `\#` is a literal hash). */
function stripComment(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '#') return s.slice(0, i);
  }
  return s;
}

const ASSIGN = /^(?:(?:override|export)\s+)*([A-Za-z_][A-Za-z0-9_]*)\s*(::?=|:::=|\?=|\+=|!=|=)(.*)$/;
const CONDITIONAL_OPEN = /^(?:ifeq|ifneq|ifdef|ifndef)\b/;

/**
 * The version a Makefile assigns, following make's rules for the forms a top Makefile uses:
 * comments, any spacing, `=` / `:=` / `?=` / `+=`, `override`/`export`, line continuations and
 * CRLF. Only unconditional assignments count (lines inside ifeq…endif and recipe lines, which
 * start with a tab, are not the tree's version).
 */
export function parseKernelMakefile(text: string): KernelMakefileParse {
  const vars: Partial<Record<VersionVar, Assigned>> = {};
  let depth = 0;
  for (const { text: raw, line } of logicalLines(text)) {
    if (raw.startsWith('\t')) continue;
    const s = stripComment(raw).trim();
    if (!s) continue;
    if (CONDITIONAL_OPEN.test(s)) depth++;
    else if (/^endif\b/.test(s)) depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    const m = ASSIGN.exec(s);
    if (!m || !(VERSION_VARS as readonly string[]).includes(m[1])) continue;
    const name = m[1] as VersionVar;
    const value = m[3].trim();
    const column = raw.indexOf(m[1]) + 1;
    const op = m[2];
    if (op === '!=') return { kind: 'problem', line, column, message: `${name} is set by a shell command (!=); mmstep reads only literal versions` };
    if (op === '?=' && vars[name]) continue;
    if (op === '+=' && vars[name]) vars[name] = { value: `${vars[name]!.value} ${value}`.trim(), line, column };
    else vars[name] = { value, line, column };
  }
  const { VERSION: v, PATCHLEVEL: p, SUBLEVEL: s, EXTRAVERSION: e } = vars;
  if (!v || !p) return { kind: 'not-kernel' };
  const num = (name: VersionVar, a: Assigned, allowEmpty: boolean): number | KernelMakefileParse => {
    if (a.value === '' && allowEmpty) return 0;
    if (!/^\d+$/.test(a.value)) {
      return { kind: 'problem', line: a.line, column: a.column, message: `${name} is '${a.value}', expected a decimal number` };
    }
    return Number(a.value);
  };
  const major = num('VERSION', v, false);
  if (typeof major !== 'number') return major;
  const minor = num('PATCHLEVEL', p, false);
  if (typeof minor !== 'number') return minor;
  const sublevel = s ? num('SUBLEVEL', s, true) : 0;
  if (typeof sublevel !== 'number') return sublevel;
  return { kind: 'version', version: { major, minor, sublevel, extra: e?.value ?? '' } };
}

/** '6.12.117', '6.1.0-rc3': the tree's KERNELVERSION. */
export function formatKernelVersion(v: KernelVersion): string {
  return `${v.major}.${v.minor}.${v.sublevel}${v.extra}`;
}

/** LINUX_VERSION_CODE of the tree (KERNEL_VERSION(a, b, c) with the sublevel capped at 255). */
export function linuxVersionCode(v: KernelVersion): number {
  return v.major * 65536 + v.minor * 256 + Math.min(v.sublevel, 255);
}

/** True when `v` is major.minor or newer (the sublevel is ignored: stable trees keep the API). */
export function kernelAtLeast(v: KernelVersion, major: number, minor: number): boolean {
  return v.major > major || (v.major === major && v.minor >= minor);
}

/**
 * Where scripts/kernel-trees.sh puts the Debian trees it extracts (the same rule as the script):
 * $MMSTEP_KERNEL_CACHE, else $XDG_CACHE_HOME/mmstep/kernel-trees, else ~/.cache/mmstep/kernel-trees.
 * Each version is the subdirectory `linux-<major>.<minor>`. Undefined without any of them.
 */
export function kernelTreeCacheDir(env: Record<string, string | undefined>, home?: string): string | undefined {
  if (env.MMSTEP_KERNEL_CACHE) return env.MMSTEP_KERNEL_CACHE;
  const cache = env.XDG_CACHE_HOME || (home || env.HOME ? `${home || env.HOME}/.cache` : undefined);
  return cache ? `${cache}/mmstep/kernel-trees` : undefined;
}

/** Split a path into its root prefix ('/', 'C:\', 'scheme://authority/' or '') and its parts. */
function splitPath(path: string): { prefix: string; sep: string; parts: string[] } {
  const uri = /^([a-z][a-z0-9+.-]*:\/\/[^/]*\/?)(.*)$/i.exec(path);
  if (uri) return { prefix: uri[1].endsWith('/') ? uri[1] : uri[1] + '/', sep: '/', parts: uri[2].split('/').filter(Boolean) };
  const drive = /^([A-Za-z]:[\\/])(.*)$/.exec(path);
  if (drive) return { prefix: drive[1], sep: drive[1][2], parts: drive[2].split(/[\\/]/).filter(Boolean) };
  const sep = path.includes('/') || !path.includes('\\') ? '/' : '\\';
  const prefix = path.startsWith(sep) ? sep : '';
  return { prefix, sep, parts: path.split(sep).filter((x) => x && x !== '.') };
}

function joinPath(prefix: string, sep: string, parts: string[]): string {
  return prefix + parts.join(sep) || '.';
}

/**
 * The kernel tree enclosing `path` (a file or a directory), or undefined. Candidates are `path`
 * itself and each of its ancestors, nearest first; a candidate whose Makefile cannot be read
 * (no such file, `path` is a file, not a regular file, over MAX_TOP_MAKEFILE_BYTES) is skipped. A Makefile that assigns VERSION and PATCHLEVEL
 * with values that are not numbers is reported to `onProblem` and the search goes on upwards.
 * `..` segments are resolved lexically first, so `relative` never climbs out of the root.
 */
export async function findKernelTree(
  path: string,
  reader: TextReader,
  onProblem?: (p: KernelTreeProblem) => void,
): Promise<KernelTree | undefined> {
  const { prefix, sep, parts: rawParts } = splitPath(path);
  const parts: string[] = [];
  for (const p of rawParts) {
    if (p === '..') {
      if (parts.length && parts[parts.length - 1] !== '..') parts.pop();
      else if (!prefix) parts.push(p);
    } else parts.push(p);
  }
  for (let n = parts.length; n >= 0; n--) {
    if (n > 0 && parts[n - 1] === '..') break;
    const dir = joinPath(prefix, sep, parts.slice(0, n));
    const makefile = dir === '.' ? 'Makefile' : dir.endsWith(sep) ? dir + 'Makefile' : dir + sep + 'Makefile';
    let text: string;
    try {
      if (reader.inspect) {
        const info = await reader.inspect(makefile);
        if (info.kind !== 'file' || info.size > MAX_TOP_MAKEFILE_BYTES) continue;
      }
      text = await reader.readText(makefile);
    } catch {
      continue;
    }
    const r = parseKernelMakefile(text);
    if (r.kind === 'not-kernel') continue;
    if (r.kind === 'problem') {
      onProblem?.({ file: makefile, line: r.line, column: r.column, message: `not read as a kernel tree: ${r.message}` });
      continue;
    }
    return { root: dir, makefile, version: r.version, relative: parts.slice(n).join('/') };
  }
  return undefined;
}
