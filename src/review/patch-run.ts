// Why: the CLI (`mmstep run --patch`), the debug adapter (launch arg `patch`) and the CodeLens
// all run "this patch of these mails on this scenario" the same way: read the mails, pick the
// patch (by number in its series or by Message-ID), apply it — after the patches before it in
// its series — in memory to the files of the scenario's kernel tree or of the project's kernel/,
// and serve the results through an overlay FileAccess. Problems are diagnostics with the mail's
// (or the scenario's) file:line:col; nothing throws for bad input.
import { dirname, join, resolvePath } from '../c/paths';
import { parseScenario } from '../scenario/parse';
import { OverlayFileAccess } from '../sim/overlay';
import type { PolicyFileAccess } from '../sim/source-policy';
import { expandEnv, processEnv } from '../sim/tree-units';
import type { Diagnostic, FileAccess } from '../sim/types';
import { applyPatches, DEV_NULL, patchTargets, type ApplyResult, type PatchedFile } from './apply';
import { baseUnitPath, buildBaseUnit, COMPAT_BASES } from './base';
import { openMail, type ReviewThread, type SeriesPatch } from './thread';

/** Which patch of which mails to run. */
export interface PatchSpec {
  /** Mail files read together (absolute paths). */
  mails: string[];
  /** Message-ID (angle brackets optional), or the patch's number N in its series ("3" for 3/5). */
  select?: string;
  /** Apply only this patch, not the patches before it in its series. */
  only?: boolean;
  /** A named set of compatibility headers for functions the patch adds on a base no tree has (base.ts). */
  base?: string;
}

export interface PatchRun {
  thread: ReviewThread;
  /** The patch selected, and every patch applied (in order, ending with it). */
  target: SeriesPatch;
  applied: SeriesPatch[];
  result: ApplyResult;
  /** Absolute path → the patched file (for stack frames, breakpoints and line maps). */
  byPath: Map<string, PatchedFile>;
  files: OverlayFileAccess;
  warnings: Diagnostic[];
}

export type PatchRunOutcome = { ok: true; run: PatchRun } | { ok: false; diagnostics: Diagnostic[] };

const at = (file: string, message: string, line = 1): Diagnostic => ({ file, line, column: 1, severity: 'error', message });

/** `FILE#N` / `FILE#<id>` of the CLI into a mail path and a selector. */
export function splitPatchArg(arg: string): { mail: string; select?: string } {
  const i = arg.lastIndexOf('#');
  if (i <= 0) return { mail: arg };
  return { mail: arg.slice(0, i), select: arg.slice(i + 1) || undefined };
}

/** The selected patch and the series patches up to it, or an error naming what the mails hold. */
export function selectPatch(thread: ReviewThread, spec: PatchSpec): { target: SeriesPatch; applied: SeriesPatch[] } | { error: string } {
  const all = thread.series.flatMap((s) => s.patches.map((p) => ({ s, p })));
  const listing = (): string => all.length
    ? all.map(({ s, p }) => `${p.subject.index ?? 1}/${s.total}${s.version > 1 ? ` (v${s.version})` : ''} ${p.message.messageId}`).slice(0, 12).join(', ')
    : 'no patches';
  const sel = spec.select?.trim();
  let hit: { s: (typeof all)[number]['s']; p: SeriesPatch } | undefined;
  if (!sel) {
    if (all.length === 0) return { error: `the mails hold no patch (${spec.mails.join(', ')})` };
    const newest = thread.series[thread.series.length - 1];
    if (thread.series.length > 1 && thread.series.filter((s) => s.version === newest.version).length > 1) {
      return { error: `the mails hold several series; name a patch with #N or #<message-id> (${listing()})` };
    }
    hit = { s: newest, p: newest.patches[newest.patches.length - 1] };
  } else if (/^\d+$/.test(sel)) {
    const n = Number(sel);
    const newest = [...thread.series].reverse().find((s) => s.patches.some((p) => (p.subject.index ?? 1) === n));
    const p = newest?.patches.find((q) => (q.subject.index ?? 1) === n);
    if (!newest || !p) return { error: `the mails hold no patch number ${n} (they hold ${listing()})` };
    hit = { s: newest, p };
  } else {
    const id = sel.startsWith('<') ? sel : `<${sel}>`;
    const f = all.find(({ p }) => p.message.messageId === id);
    if (!f) return { error: `the mails hold no patch with Message-ID ${id} (they hold ${listing()})` };
    hit = f;
  }
  if (!hit.p) return { error: 'the series has no patches (only a cover letter)' };
  const idx = hit.s.patches.indexOf(hit.p);
  const applied = spec.only ? [hit.p] : hit.s.patches.slice(0, idx + 1);
  return { target: hit.p, applied };
}

/**
 * The kernel tree root a scenario runs (`kernelTree` overriding its kernel_tree), or undefined.
 * Problems are left to the scenario load, which reports them at their place.
 */
export async function scenarioTreeRoot(scenarioPath: string, files: FileAccess, kernelTree?: string): Promise<string | undefined> {
  if (kernelTree !== undefined) return kernelTree;
  let text: string;
  try {
    text = await files.readText(scenarioPath);
  } catch {
    return undefined;
  }
  const spec = parseScenario(scenarioPath, text).scenario?.kernelTree;
  if (spec === undefined) return undefined;
  const missing: string[] = [];
  const expanded = expandEnv(spec, processEnv(), missing);
  return missing.length ? undefined : resolvePath(dirname(scenarioPath), expanded);
}

/**
 * Folders a patch's paths are relative to, in the order tried: the kernel tree, then each
 * source root (the workspace, mmstep's kernel/) and, for a folder named kernel, its parent (a
 * patch of this project names `kernel/mm/...`).
 */
export function patchRoots(files: FileAccess, treeRoot: string | undefined): string[] {
  const roots = [...(treeRoot ? [treeRoot] : [])];
  for (const r of (files as PolicyFileAccess).sourceRoots?.() ?? []) {
    roots.push(r);
    if (/(^|\/)kernel\/?$/.test(r)) roots.push(dirname(r.replace(/\/$/, '')));
  }
  return [...new Set(roots)];
}

/** Read the mails, pick the patch, apply it in memory under `roots`; the overlay serves the result. */
export async function preparePatchRun(spec: PatchSpec, files: FileAccess, roots: string[]): Promise<PatchRunOutcome> {
  if (!spec.mails.length) return { ok: false, diagnostics: [at('patch', 'no mail file names the patch')] };
  const inputs = [];
  for (const m of spec.mails) {
    try {
      inputs.push({ file: m, text: await files.readText(m) });
    } catch (e) {
      return { ok: false, diagnostics: [at(m, `cannot read the patch mail: ${(e as Error).message}`)] };
    }
  }
  const thread = await openMail(inputs);
  const sel = selectPatch(thread, spec);
  if ('error' in sel) {
    const errors = thread.diagnostics.filter((d) => d.severity === 'error');
    return { ok: false, diagnostics: [...errors, at(spec.mails[0], sel.error)] };
  }
  const mailErrors = sel.applied.flatMap((p) => p.body.diagnostics.filter((d) => d.severity === 'error'));
  if (mailErrors.length) return { ok: false, diagnostics: mailErrors };
  if (spec.base !== undefined) return baseRun(spec, spec.base, thread, sel, files);
  // A patch-relative path lives under the first root that has it (a new file: the first root).
  const where = new Map<string, string>();
  const exists = async (p: string): Promise<boolean> => {
    try {
      await files.readText(p);
      return true;
    } catch {
      return false;
    }
  };
  for (const p of sel.applied) {
    for (const rel of patchTargets(p.body)) {
      if (where.has(rel)) continue;
      for (const r of roots) if (await exists(join(r, rel))) { where.set(rel, join(r, rel)); break; }
    }
  }
  const absOf = (rel: string): string => where.get(rel) ?? join(roots[0] ?? '.', rel);
  const result = await applyPatches(sel.applied.map((p) => ({ message: p.message, body: p.body })), async (rel) => {
    const abs = where.get(rel);
    if (!abs) return undefined;
    try {
      return await files.readText(abs);
    } catch {
      return undefined;
    }
  }, { display: (rel) => (where.has(rel) ? absOf(rel) : `${rel} (looked in ${roots.join(', ') || 'no folder'})`) });
  if (!result.ok) return { ok: false, diagnostics: result.diagnostics };
  const texts = new Map<string, string>();
  const deleted: string[] = [];
  const byPath = new Map<string, PatchedFile>();
  for (const f of result.files.values()) {
    if (f.path === DEV_NULL) continue;
    const abs = absOf(f.path);
    byPath.set(abs, f);
    if (f.text !== undefined) texts.set(abs, f.text);
    else deleted.push(abs);
  }
  const overlay = new OverlayFileAccess(files, texts, deleted, `the patch ${sel.target.message.messageId}`);
  return { ok: true, run: { thread, target: sel.target, applied: sel.applied, result, byPath, files: overlay, warnings: result.diagnostics } };
}

/** preparePatchRun for a scenario: its kernel tree (or `kernelTree`) and the source roots. */
export async function preparePatchRunFor(scenarioPath: string, spec: PatchSpec, files: FileAccess, kernelTree?: string): Promise<PatchRunOutcome> {
  const tree = await scenarioTreeRoot(scenarioPath, files, kernelTree);
  return preparePatchRun(spec, files, patchRoots(files, tree));
}

/**
 * A patch on a base no tree has (base.ts): the definitions the selected patch adds (only it —
 * the patches before it change the base, which is not here) compiled as kernel/patch/<base>.c.
 */
function baseRun(spec: PatchSpec, name: string, thread: ReviewThread, sel: { target: SeriesPatch; applied: SeriesPatch[] }, files: FileAccess): PatchRunOutcome {
  const base = COMPAT_BASES[name];
  if (!base) return { ok: false, diagnostics: [at(spec.mails[0], `unknown compatibility header set '${name}' (known: ${Object.keys(COMPAT_BASES).join(', ')})`)] };
  const kernelDir = ((files as PolicyFileAccess).sourceRoots?.() ?? []).find((r) => /(^|\/)kernel\/?$/.test(r));
  if (!kernelDir) return { ok: false, diagnostics: [at(spec.mails[0], `cannot find mmstep's kernel/ folder for the ${name} headers`)] };
  const unit = buildBaseUnit(base, [{ message: sel.target.message, body: sel.target.body }]);
  const errors = unit.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) return { ok: false, diagnostics: errors };
  const abs = baseUnitPath(kernelDir, name);
  const result: ApplyResult = { files: new Map([[unit.file.path, unit.file]]), diagnostics: unit.diagnostics, ok: true };
  const overlay = new OverlayFileAccess(files, new Map([[abs, unit.file.text!]]), [], `the patch ${sel.target.message.messageId}`);
  return { ok: true, run: { thread, target: sel.target, applied: [sel.target], result, byPath: new Map([[abs, unit.file]]), files: overlay, warnings: unit.diagnostics } };
}
