// The device behind a kernel tree's hmm-tests.c (issue 12 item 3): the tree's own, unmodified
// lib/test_hmm.c, linked into the test's program with the C it calls, and its module init run
// in every test's fresh model before the test, so open("/dev/hmm_dmirror0") finds the devices.
//
// Why here and not in the test's sources: the driver's units are a kernel tree's files, built
// with mmstep's compatibility headers of the tree's version (tree-units.ts), while the test is
// built against mmstep's user headers (selftest.ts). The kernel C is what the tree's driver
// scenario links (test/fixtures/scenarios/kernel-tree/tree-test-hmm-init-*.mmstep.yaml): the
// tree's mm/migrate_device.c for migrate_vma_*, and memory_fault_ref_only.c as the fault path
// (6.1 and 6.12 take only a reference on a device page before migrate_to_ram, which their
// migrate_device.c expects), plus kernel/fs/chrdev_syscalls.c, where open/ioctl/close reach
// the driver's file_operations.

import type { UnitConfig } from '../c';
import type { Program } from '../c/ir';
import type { Regions } from '../c/memory';
import type { NativeTable } from '../c/native';
import { readCString } from '../c/printf';
import type { Value } from '../c/value';
import { join } from '../c/paths';
import { newPage, ZERO_PFN, type MmModel } from '../mm/state';
import { userProcess } from './user-program';
import type { SelftestProcess } from './selftest';
import type { KernelTree, TextReader } from './kernel-tree';
import { treeUnits } from './tree-units';
import type { Diagnostic } from './types';

/** The tree's files the driver is built from (relative to the tree's top). */
export const DRIVER_TREE_FILES = ['lib/test_hmm.c', 'mm/migrate_device.c'];

/**
 * Built-in test drivers linked when the tree has them: mm/gup_test.c (CONFIG_GUP_TEST), the
 * debugfs file /sys/kernel/debug/gup_test that hmm-tests' hmm_gup_test pins pages through.
 * Its late_initcall runs at "boot", before insmod (BOOT_INIT_PREFIX).
 */
export const OPTIONAL_TREE_FILES = ['mm/gup_test.c'];

/** The get_user_pages family for a tree's units, relative to kernel/ (linux/mm_gup.h). */
export const GUP_COMPAT_SOURCE = 'compat/common/mm/gup_pages.c';

/** late_initcall(fn) (compat linux/init.h) defines a function of this prefix and fn's name. */
export const BOOT_INIT_PREFIX = '__mmstep_initcall__';

/** mmstep's kernel/ C the driver and the user process need (relative to kernel/). */
export const DRIVER_KERNEL_SOURCES = [
  'mm/memory_fault_ref_only.c',
  'mm/mmu_notifier.c',
  'mm/pagewalk_ops.c',
  'mm/rmap.c',
  'mm/gup.c',
  'fs/chrdev_syscalls.c',
];

/** The function module_init(fn) defines (kernel/compat/common/include/linux/module.h). */
export const MODULE_INIT = 'mmstep_module_init';

/** module_param(name, ...) defines a function of this prefix and the name. */
export const PARAM_FN_PREFIX = '__mmstep_param__';

/**
 * lib/test_hmm.c's parameters: the physical start of the special-purpose memory of its two
 * coherent devices, as the kernel's own tools/testing/selftests/mm/test_hmm.sh passes them
 * (`modprobe test_hmm spm_addr_dev0=... spm_addr_dev1=...`). With both set, the driver adds
 * /dev/hmm_dmirror2 and 3 (MEMORY_DEVICE_COHERENT) and hmm-tests' coherent variants run instead
 * of skipping. Each range is DEVMEM_CHUNK_SIZE (256 MiB), at 5 GiB and 5.25 GiB: above the
 * model's RAM and kernel/'s pools, below the private devices' request_free_mem_region ranges
 * (driver-state.ts REGION_FIRST_PFN, which says why these addresses are low).
 */
export const TEST_HMM_PARAMS: Record<string, bigint> = {
  spm_addr_dev0: 0x140000000n,
  spm_addr_dev1: 0x150000000n,
};

/** The native module_param()'s functions call: the value insmod was given for `name`, else the variable's. */
export function moduleParamNatives(params: Record<string, bigint>, mem: () => Regions): NativeTable {
  return {
    __mmstep_module_param_int: (_ctx, args) => {
      const name = readCString(mem(), args[0] as Value, 256);
      return Object.prototype.hasOwnProperty.call(params, name) ? params[name] : (args[1] as Value);
    },
  };
}

/** The program's built-in initcalls (late_initcall), in source order: run before insmod. */
export function bootInitFunctions(program: Program): string[] {
  return program.functions.filter((f) => f.name.startsWith(BOOT_INIT_PREFIX)).map((f) => f.name);
}

/** The program's module_param() functions, in source order (insmod sets every parameter before the init). */
export function paramFunctions(program: Program): string[] {
  return program.functions.filter((f) => f.name.startsWith(PARAM_FN_PREFIX)).map((f) => f.name);
}

export interface SelftestDriver {
  /** Every source to link besides the test and libc.c: kernel/ C, then the tree's files. */
  sources: string[];
  /**
   * Module parameters, as `insmod test_hmm.ko name=value` passes them: the compat module.h's
   * module_param() defines __mmstep_param__<name>(), run before the init (PARAM_FN_PREFIX).
   */
  params: Record<string, bigint>;
  /** The tree's files' unit configs (compat headers of the tree's version). */
  units: Record<string, UnitConfig>;
  /** Run before each test; a non-zero return ends the test as not ok. */
  init: string;
}

/**
 * The driver of `tree` for hmm-tests.c, or diagnostics naming what is missing (a tree without
 * lib/test_hmm.c, no compat headers for its version).
 */
export async function treeSelftestDriver(
  tree: KernelTree,
  kernelDir: string,
  reader: TextReader,
): Promise<{ driver?: SelftestDriver; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const treeFiles = DRIVER_TREE_FILES.map((f) => join(tree.root, f));
  for (const f of treeFiles) {
    try {
      await reader.readText(f);
    } catch {
      diagnostics.push({ file: f, line: 1, column: 1, severity: 'error', message: `the tree's ${f.slice(tree.root.length + 1)} is missing: hmm-tests.c needs its driver (lib/test_hmm.c) and migrate_vma_* (mm/migrate_device.c)` });
    }
  }
  if (diagnostics.length) return { diagnostics };
  const optional: string[] = [];
  for (const f of OPTIONAL_TREE_FILES.map((x) => join(tree.root, x))) {
    try {
      await reader.readText(f);
      optional.push(f);
    } catch {
      // not in this tree: the tests that need it skip as on a kernel built without it
    }
  }
  const { units } = await treeUnits([...treeFiles, ...optional], reader, [kernelDir], diagnostics);
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const sources = [...DRIVER_KERNEL_SOURCES.map((s) => join(kernelDir, s)), ...treeFiles, ...optional];
  // mm/gup_test.c calls the get_user_pages family: mmstep's C of it, built with the same
  // version's compat headers (its FOLL_* values and signatures).
  const gupTest = optional.find((f) => f.endsWith('/mm/gup_test.c'));
  if (gupTest && units[gupTest]) {
    const gup = join(kernelDir, GUP_COMPAT_SOURCE);
    units[gup] = units[gupTest];
    sources.push(gup);
  }
  return { driver: { sources, units, init: MODULE_INIT, params: { ...TEST_HMM_PARAMS } }, diagnostics };
}

/**
 * The shared zero page's struct page. Linux has one (in mem_map, like every pfn); the model maps
 * the zero pfn without one, and the driver looks pages up by pfn: hmm_range_fault hands it
 * ZERO_PFN for a read of a never-written page (hmm-tests' anon_read leaves two pages so), and
 * it keeps that page in its mirror and reads its bytes (zeros). One reference, held by the
 * kernel itself, as Linux's zero page is never freed.
 */
export function addZeroPage(m: MmModel): void {
  if (!m.pages[ZERO_PFN]) m.pages[ZERO_PFN] = newPage(ZERO_PFN, { refcount: 1, extraRefs: 1, uptodate: true });
}

/** The user process of a test run against a tree's driver: user-program.ts's, with the zero page. */
export function driverProcess(kernelDir: string): SelftestProcess {
  const base = userProcess(kernelDir);
  return {
    ...base,
    model: () => {
      const m = base.model();
      addZeroPage(m);
      return m;
    },
  };
}
