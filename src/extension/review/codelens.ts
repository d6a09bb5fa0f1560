// Why: the quickest way from reading a patch to watching it run is a "Step through in mmstep"
// CodeLens on each function the patch changes. The lens sits on the @@ line of the hunk; its
// command picks a scenario (quick pick of the workspace's *.mmstep.yaml, the last choice first),
// sets a function breakpoint on the function and starts an mmstep debug session with the launch
// attribute `patch` ({ mails, messageId }), so the adapter runs the patched code. Which function
// a hunk changes comes from src/review/changed-functions.ts: exact when the patch applies to the
// kernel tree of the mmstep.kernelTree setting or to the workspace's files, else from the hunk
// (a guess from the @@ context is marked with '?'). The lens reads the mails itself (the URI's
// PatchRef), so it works after a reload without the review tree.
import * as path from 'path';
import * as vscode from 'vscode';
import { changedFunctions, type ChangedFunction } from '../../review/changed-functions';
import { decodePatchRef, PATCH_SCHEME, type PatchRef } from '../../review/patch-ref';
import { patchRoots, preparePatchRun } from '../../review/patch-run';
import { openMail } from '../../review/thread';
import type { FileAccess } from '../../sim/types';
import { DEBUG_TYPE } from '../debug-config';
import { chooseKernelTree } from '../kernel-tree-config';
import { readMail } from './review-sets';

export const STEP_THROUGH_COMMAND = 'mmstep.review.stepThrough';
const LAST_SCENARIO = 'mmstep.review.lastScenario';

/** What the lens passes to the command (also what a test or a keybinding may pass). */
export interface StepThroughArgs {
  /** The patch document's URI (string) or its PatchRef. */
  uri?: string;
  ref?: PatchRef;
  function?: string;
  /** A scenario path: no quick pick. */
  scenario?: string;
}

class PatchCodeLenses implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly files: FileAccess) {}

  refresh(): void {
    this.changed.fire();
  }

  async provideCodeLenses(doc: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    if (doc.uri.scheme !== PATCH_SCHEME) return [];
    const { ref } = decodePatchRef(doc.uri.query);
    if (!ref || ref.messageId.startsWith('virtual:')) return [];
    let fns: ChangedFunction[];
    try {
      fns = await functionsOf(ref, this.files, doc.uri);
    } catch {
      return [];
    }
    return fns.map((f) => {
      const line = Math.min(Math.max(f.docLine - 1, 0), doc.lineCount - 1);
      const args: StepThroughArgs = { ref, function: f.name };
      return new vscode.CodeLens(new vscode.Range(line, 0, line, 0), {
        title: `Step through ${f.name}${f.guessed ? '?' : ''}${f.added ? ' (added)' : ''} in mmstep`,
        tooltip: f.guessed
          ? `The patched file is not at hand: '${f.name}' is what the @@ line names. Starts an mmstep debug session with the patch applied and a breakpoint on it.`
          : `Start an mmstep debug session with this patch applied (in memory) and a breakpoint on ${f.name}`,
        command: STEP_THROUGH_COMMAND,
        arguments: [args],
      });
    });
  }
}

/** The patch's changed functions: exact when it applies to the kernel tree setting or the workspace. */
async function functionsOf(ref: PatchRef, files: FileAccess, scope: vscode.Uri): Promise<ChangedFunction[]> {
  const thread = await openMail(await Promise.all(ref.mails.map(async (m) => ({ file: m, text: await readMail(m) }))));
  const patch = thread.series.flatMap((s) => s.patches).find((p) => p.message.messageId === ref.messageId);
  if (!patch) return [];
  const tree = await chooseKernelTree(files, undefined, scope.scheme === 'file' ? scope : undefined, undefined).catch(() => undefined);
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath);
  const roots = [...new Set([...patchRoots(files, tree?.ok ? tree.path : undefined), ...folders])];
  const run = await preparePatchRun({ mails: ref.mails, select: ref.messageId, only: false }, files, roots).catch(() => undefined);
  return changedFunctions(patch.message, patch.body, run?.ok ? run.run.result.files : new Map());
}

async function pickScenario(context: vscode.ExtensionContext): Promise<string | undefined> {
  const found = await vscode.workspace.findFiles('**/*.mmstep.yaml', '**/node_modules/**', 500);
  const last = context.workspaceState.get<string>(LAST_SCENARIO);
  const items = found
    .map((u) => u.fsPath)
    .sort((a, b) => (a === last ? -1 : b === last ? 1 : a.localeCompare(b)))
    .map((p) => ({ label: path.basename(p), description: (p === last ? '(last used) ' : '') + vscode.workspace.asRelativePath(p), path: p }));
  if (!items.length) {
    void vscode.window.showErrorMessage('mmstep: no *.mmstep.yaml scenario in the workspace to run the patch on.');
    return undefined;
  }
  const pick = await vscode.window.showQuickPick(items, { placeHolder: 'Scenario to run the patched code on' });
  if (pick) await context.workspaceState.update(LAST_SCENARIO, pick.path);
  return pick?.path;
}

async function stepThrough(context: vscode.ExtensionContext, raw: StepThroughArgs | undefined): Promise<boolean> {
  const arg = raw ?? {};
  const active = vscode.window.activeTextEditor?.document.uri;
  const ref = arg.ref ?? (arg.uri ? decodePatchRef(vscode.Uri.parse(arg.uri).query).ref : active?.scheme === PATCH_SCHEME ? decodePatchRef(active.query).ref : undefined);
  if (!ref) {
    void vscode.window.showErrorMessage('mmstep: "Step through in mmstep" needs a patch document (open one from the Patch Review view).');
    return false;
  }
  const scenario = arg.scenario ?? (await pickScenario(context));
  if (!scenario) return false;
  if (arg.scenario) await context.workspaceState.update(LAST_SCENARIO, scenario);
  let added: vscode.FunctionBreakpoint | undefined;
  if (arg.function && !vscode.debug.breakpoints.some((b) => b instanceof vscode.FunctionBreakpoint && b.functionName === arg.function && b.enabled)) {
    added = new vscode.FunctionBreakpoint(arg.function);
    vscode.debug.addBreakpoints([added]);
  }
  const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(scenario));
  const config: vscode.DebugConfiguration = {
    type: DEBUG_TYPE,
    request: 'launch',
    name: `mmstep: ${arg.function ?? 'patch'} (patched) on ${path.basename(scenario)}`,
    scenario,
    // With a function breakpoint the run goes there; without one it stops at the entry.
    stopOnEntry: !arg.function,
    patch: { mails: ref.mails, messageId: ref.messageId },
  };
  const started = await vscode.debug.startDebugging(folder, config);
  if (added) {
    // The breakpoint was ours: it goes when the session ends (or did not start).
    const bp = added;
    if (!started) vscode.debug.removeBreakpoints([bp]);
    else {
      const sub = vscode.debug.onDidTerminateDebugSession((s) => {
        if (s.configuration.name !== config.name) return;
        vscode.debug.removeBreakpoints([bp]);
        sub.dispose();
      });
      context.subscriptions.push(sub);
    }
  }
  return started;
}

/** The CodeLens on patch documents and the command it runs; disposed with the extension. */
export function registerPatchRun(context: vscode.ExtensionContext, files: FileAccess): void {
  const lenses = new PatchCodeLenses(files);
  context.subscriptions.push(
    vscode.languages.registerCodeLensProvider({ scheme: PATCH_SCHEME }, lenses),
    vscode.commands.registerCommand(STEP_THROUGH_COMMAND, (arg?: StepThroughArgs) => stepThrough(context, arg)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('mmstep.kernelTree')) lenses.refresh();
    }),
  );
}
