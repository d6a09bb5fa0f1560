// The `launch` (and `restart`) arguments of an mmstep debug session, checked before anything runs:
// a launch.json typo must end in a clear message, never in an exception inside the adapter.

import type { RunEdits } from '../protocol/edits';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { checkPath } from './validate';
import { checkReplayTo, type ReplayTarget } from '../sim/evidence';

export interface MmstepLaunchArguments extends DebugProtocol.LaunchRequestArguments {
  /** Absolute path of the `*.mmstep.yaml` scenario to run (or `selftest` instead). */
  scenario?: string;
  /**
   * Instead of a scenario: one test of the kernel tree's own hmm-tests.c (`kernelTree` required),
   * `fixture.variant.test` as `mmstep selftest` prints it (src/sim/selftest-session.ts).
   */
  selftest?: string;
  /** Stop at the entry function's first statement (default true). */
  stopOnEntry?: boolean;
  /** Log every DAP message (to the debug console). */
  trace?: boolean;
  /**
   * Absolute path of a kernel tree's root for the scenario's `tree:` sources, overriding its
   * `kernel_tree:` as the CLI's --kernel-tree does (the extension fills it from launch.json's
   * `kernelTree` or the `mmstep.kernelTree` setting).
   */
  kernelTree?: string;
  /** Where kernelTree came from, for messages ("the setting mmstep.kernelTree"); default "kernelTree". */
  kernelTreeOrigin?: string;
  /**
   * Run to exactly this step of the scenario and stop there (a comment's evidence): statements
   * executed, the thread of each as runs `[[thread id, statements], ...]`, and the state hash to
   * verify (src/sim/evidence.ts), and the debugger's edits of the run to apply again at their
   * steps (src/protocol/edits.ts). Breakpoints and stopOnEntry do not apply to the replay.
   */
  replayTo?: { step: number; schedule?: [number, number][]; stateHash?: string; threadId?: number; edits?: RunEdits };
  /**
   * Run a patch under review: the patch with this Message-ID in these mail files (absolute paths),
   * applied in memory (after the patches before it in its series) to the scenario's kernel tree
   * or kernel/ (src/review/patch-run.ts). `base` names compatibility headers for functions the
   * patch adds on a base no tree has.
   */
  patch?: LaunchPatch;
}

export interface LaunchPatch {
  mails: string[];
  messageId: string;
  base?: string;
}

export interface CheckedArgs {
  /** The scenario's path; for a selftest launch, a label ("selftest NAME") for messages. */
  scenario: string;
  /** A selftest launch: the test's name (kernelTree is then set). */
  selftest?: string;
  stopOnEntry: boolean;
  trace: boolean;
  kernelTree?: string;
  /** With kernelTree: where it was given, for messages. */
  kernelTreeOrigin?: string;
  replayTo?: ReplayTarget;
  patch?: LaunchPatch;
}

export type CheckedLaunch =
  | { ok: true; args: CheckedArgs }
  | { ok: false; message: string };

/** `/x`, `C:\\x`, `C:/x` or a URI (vscode-remote://…): a path the adapter need not resolve. */
function isAbsolutePath(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || /^[a-z][a-z0-9+.-]*:\/\//i.test(p);
}

/** Validates untyped launch arguments as they arrive from the client. */
export function checkLaunchArguments(raw: unknown): CheckedLaunch {
  if (raw === null || typeof raw !== 'object') {
    return { ok: false, message: 'mmstep: launch arguments are missing (expected { "scenario": "/abs/path/x.mmstep.yaml" })' };
  }
  const a = raw as Record<string, unknown>;
  if (a.selftest !== undefined && a.selftest !== null) return checkSelftestLaunch(a);
  if (typeof a.scenario !== 'string' || a.scenario.trim() === '') {
    return {
      ok: false,
      message: 'mmstep: launch configuration needs "scenario": the path of a *.mmstep.yaml file (or "selftest": a test of a kernel tree\'s hmm-tests.c, with "kernelTree")',
    };
  }
  const badPath = checkPath(a.scenario, '"scenario"');
  if (badPath) return { ok: false, message: `mmstep: launch configuration: ${badPath}` };
  const common = checkCommon(a);
  if (typeof common === 'string') return { ok: false, message: common };
  const { origin } = common;
  const patch = a.patch === undefined || a.patch === null ? undefined : checkPatchArg(a.patch);
  if (typeof patch === 'string') return { ok: false, message: `mmstep: launch configuration: ${patch}` };
  const replay = a.replayTo === undefined || a.replayTo === null ? undefined : checkReplayTo(a.replayTo);
  if (replay && !replay.ok) return { ok: false, message: replay.message };
  return {
    ok: true,
    args: {
      ...(replay?.ok ? { replayTo: replay.value } : {}),
      ...(patch ? { patch } : {}),
      scenario: a.scenario,
      stopOnEntry: a.stopOnEntry === undefined ? true : (a.stopOnEntry as boolean),
      trace: a.trace === true,
      ...(typeof a.kernelTree === 'string' ? { kernelTree: a.kernelTree, kernelTreeOrigin: origin } : {}),
    },
  };
}

/** stopOnEntry, trace and kernelTree, as any launch has them: the kernel tree's origin, or the message. */
function checkCommon(a: Record<string, unknown>): { origin: string } | string {
  if (a.stopOnEntry !== undefined && typeof a.stopOnEntry !== 'boolean') {
    return `mmstep: "stopOnEntry" must be true or false, not ${JSON.stringify(a.stopOnEntry)}`;
  }
  if (a.trace !== undefined && typeof a.trace !== 'boolean') {
    return `mmstep: "trace" must be true or false, not ${JSON.stringify(a.trace)}`;
  }
  if (a.kernelTreeOrigin !== undefined && (typeof a.kernelTreeOrigin !== 'string' || a.kernelTreeOrigin.length > 200)) {
    return `mmstep: "kernelTreeOrigin" must be a short text, not ${JSON.stringify(a.kernelTreeOrigin)?.slice(0, 40)}`;
  }
  const origin = typeof a.kernelTreeOrigin === 'string' && a.kernelTreeOrigin.trim() ? a.kernelTreeOrigin : '"kernelTree"';
  if (a.kernelTree !== undefined && a.kernelTree !== null) {
    const bad = checkPath(a.kernelTree, origin);
    if (bad) return `mmstep: launch configuration: ${bad}`;
    if (!isAbsolutePath(a.kernelTree as string)) {
      return `mmstep: ${origin} must be an absolute path (the root of a kernel tree), not ${JSON.stringify(a.kernelTree)}`;
    }
  }
  return { origin };
}

/**
 * `"selftest": "hmm.hmm_device_private.migrate"` with a kernel tree: one test of the tree's
 * hmm-tests.c. No scenario beside it, and no patch or replay (those run scenarios).
 */
function checkSelftestLaunch(a: Record<string, unknown>): CheckedLaunch {
  const t = a.selftest;
  if (typeof t !== 'string' || !/^[A-Za-z_][A-Za-z0-9_.]{0,199}$/.test(t)) {
    return { ok: false, message: `mmstep: "selftest" must name a test as fixture.variant.test (e.g. "hmm.hmm_device_private.migrate"), not ${JSON.stringify(t)?.slice(0, 60)}` };
  }
  for (const k of ['scenario', 'patch', 'replayTo']) {
    if (a[k] !== undefined && a[k] !== null && a[k] !== '') return { ok: false, message: `mmstep: a launch configuration with "selftest" runs the kernel tree's test, so it takes no "${k}"` };
  }
  const common = checkCommon(a);
  if (typeof common === 'string') return { ok: false, message: common };
  if (typeof a.kernelTree !== 'string') {
    return { ok: false, message: `mmstep: "selftest" runs a kernel tree's own hmm-tests.c: set "kernelTree" (or the mmstep.kernelTree setting) to the tree's root` };
  }
  return {
    ok: true,
    args: {
      scenario: `selftest ${t}`,
      selftest: t,
      stopOnEntry: a.stopOnEntry === undefined ? true : (a.stopOnEntry as boolean),
      trace: a.trace === true,
      kernelTree: a.kernelTree,
      kernelTreeOrigin: common.origin,
    },
  };
}

/** `"patch": { "mails": [...], "messageId": "<...>", "base"?: "..." }`, or what is wrong with it. */
export function checkPatchArg(raw: unknown): LaunchPatch | string {
  const shape = '"patch" must be { "mails": ["/abs/x.mbox", ...], "messageId": "<id@host>" } (optional "base": a compatibility header set)';
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return shape;
  const p = raw as Record<string, unknown>;
  for (const k of Object.keys(p)) if (!['mails', 'messageId', 'base'].includes(k)) return `"patch" has an unknown key ${JSON.stringify(k).slice(0, 40)} (${shape})`;
  if (!Array.isArray(p.mails) || p.mails.length === 0) return `"patch.mails" must be a non-empty list of mail file paths (${shape})`;
  if (p.mails.length > 1000) return '"patch.mails" names more than 1000 files';
  for (const [i, m] of p.mails.entries()) {
    const bad = checkPath(m, `"patch.mails[${i}]"`);
    if (bad) return bad;
    if (!isAbsolutePath(m as string)) return `"patch.mails[${i}]" must be an absolute path, not ${JSON.stringify(m)}`;
  }
  if (typeof p.messageId !== 'string' || p.messageId.trim() === '' || p.messageId.length > 1000 || /[\s\0]/.test(p.messageId)) {
    return `"patch.messageId" must be the patch's Message-ID (e.g. "<20161208-1-x@example.org>"), not ${JSON.stringify(p.messageId)?.slice(0, 60)}`;
  }
  if (p.base !== undefined && (typeof p.base !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(p.base))) {
    return `"patch.base" must name a compatibility header set (letters, digits, '.', '_', '-'), not ${JSON.stringify(p.base)?.slice(0, 60)}`;
  }
  return { mails: p.mails as string[], messageId: p.messageId, ...(typeof p.base === 'string' ? { base: p.base } : {}) };
}
