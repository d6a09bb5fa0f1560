// A present-pte helper (pte_pfn, pte_dirty, ...) called on a swap-format pte: upstream code does
// it (migrate_vma_collect_pmd's pte_dirty on a device-private pte before the fix), so the model
// must run it and say so. By default the call is recorded as a warning at its source line — once
// per (helper, line), with a count — and returns what x86-64 kernel code computes on that bit
// pattern (pte-x86.ts); a scenario's `checks: { nonpresent_pte_helpers: fault }` makes it an
// undefined-behaviour fault instead. A none pte (0) is not a swap entry and always faults.

import type { NativeCtx } from '../../c/native';
import { decodePte, formatPte } from '../pte';
import { x86Helper, x86SwapPte, type NonPresentHelper, type X86Kernel } from '../pte-x86';
import type { MmModel, PteWarning } from '../state';
import { fault } from './util';

const hex = (v: bigint): string => '0x' + v.toString(16);

/** `a device-private entry`, `a migration entry`, `a swap entry`. */
function kindText(v: bigint): string {
  const kind = decodePte(v).kind;
  return `a ${kind} entry`;
}

function kernelText(k: X86Kernel | undefined): string {
  return k ? `Linux ${k.major}.${k.minor}` : 'mainline';
}

/**
 * The value `helper` returns for the non-present pte `v` (model encoding), after recording the
 * warning; or a fault when the scenario asks for one.
 */
export function nonPresentHelper(m: MmModel, ctx: NativeCtx, helper: NonPresentHelper, v: bigint): bigint {
  if (v === 0n) fault('undefined-behaviour', `${helper} on a none pte (0); it only applies to present ptes`);
  const what = `${helper}() on a non-present pte ${hex(v)}, ${kindText(v)} (${formatPte(v)})`;
  if (m.nonpresentPteHelpers === 'fault') {
    fault('undefined-behaviour', `${what}: present-pte helpers are undefined on swap-format entries; use the pte_swp_* helpers or test pte_present() first (checks: nonpresent_pte_helpers: fault)`);
  }
  const x = x86SwapPte(v);
  const r = x86Helper(helper, x, m.x86Kernel);
  const message =
    `${what}: x86-64 (${kernelText(m.x86Kernel)}) reads ${r.reads} of the swap-format pte ${hex(x)} ` +
    `and returns ${hex(r.value)}; the helper is only defined on present ptes`;
  recordPteWarning(m, ctx, helper, message);
  return r.value;
}

/** Record a warning at the calling line (once per helper and line; later calls are counted). */
export function recordPteWarning(m: MmModel, ctx: NativeCtx, helper: string, message: string): void {
  const loc = ctx.loc;
  const list = (m.pteWarnings ??= []);
  const seen = list.find((w) => w.helper === helper && w.file === loc.file && w.line === loc.line);
  if (seen) {
    seen.count++;
    return;
  }
  const w: PteWarning = { helper, file: loc.file, line: loc.line, column: loc.column, message, count: 1 };
  list.push(w);
  ctx.warn(formatPteWarning(w));
}

/** `file:line:col: warning: message` (and `(N calls)` once a line has warned more than once). */
export function formatPteWarning(w: Pick<PteWarning, 'file' | 'line' | 'column' | 'message' | 'count'>, file = w.file): string {
  return `${file}:${w.line}:${w.column}: warning: ${w.message}${w.count > 1 ? ` (${w.count} calls)` : ''}`;
}

/** Scenario and kernel-tree settings for the helpers (called once the model is built). */
export function configureNonPresentHelpers(m: MmModel, mode: 'warn' | 'fault' | undefined, kernel: X86Kernel | undefined): void {
  if (mode) m.nonpresentPteHelpers = mode;
  if (kernel) m.x86Kernel = { major: kernel.major, minor: kernel.minor };
}
