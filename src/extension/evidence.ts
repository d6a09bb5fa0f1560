// VS Code commands for evidence (issue 9, item 4). `mmstep.evidence.capture` asks the stopped
// mmstep session for a StepEvidence of where it is (the review UI attaches it to a comment);
// `mmstep.evidence.open` starts a debug session that replays the evidence's run to its step
// (the link in a comment). The adapter does the work (src/debug/evidence.ts); this is glue.

import * as vscode from 'vscode';
import { checkEvidence, EVIDENCE_REQUEST, evidenceLaunchConfig, type StepEvidence } from '../debug/evidence';
import { DEBUG_TYPE } from './debug-config';

export const CAPTURE_EVIDENCE_COMMAND = 'mmstep.evidence.capture';
export const OPEN_EVIDENCE_COMMAND = 'mmstep.evidence.open';

/** Options of the capture command (all optional). */
export interface CaptureOptions {
  /** Lines of the state excerpt (default 20). */
  maxLines?: number;
  /** Every PTE of the range in the excerpt, not only the changed ones. */
  all?: boolean;
  /** No error message box (the caller reports): resolves to undefined on failure. */
  quiet?: boolean;
}

function errorText(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).replace(/^mmstep: /, '');
}

/** The thread the user selected in the CALL STACK view, when it is of `session`. */
function selectedThread(session: vscode.DebugSession): number | undefined {
  const item = vscode.debug.activeStackItem;
  return item && item.session.id === session.id ? item.threadId : undefined;
}

/** Evidence of the active mmstep session's stop, or undefined (with a message) when there is none. */
export async function captureEvidence(opts: CaptureOptions = {}): Promise<StepEvidence | undefined> {
  const fail = (m: string): undefined => {
    if (!opts.quiet) void vscode.window.showErrorMessage(`mmstep: cannot take evidence: ${m}`);
    return undefined;
  };
  const session = vscode.debug.activeDebugSession;
  if (!session || session.type !== DEBUG_TYPE) return fail('no mmstep debug session is active (start one and stop at the step to attach)');
  const threadId = selectedThread(session);
  try {
    const body = await session.customRequest(EVIDENCE_REQUEST, {
      ...(threadId !== undefined ? { threadId } : {}),
      ...(typeof opts.maxLines === 'number' ? { maxLines: opts.maxLines } : {}),
      ...(opts.all ? { all: true } : {}),
    });
    const checked = checkEvidence(body);
    return checked.ok ? checked.evidence : fail(checked.message);
  } catch (e) {
    return fail(errorText(e));
  }
}

/** Starts the debugger at the evidence's step; false (with a message) when it cannot. */
export async function openEvidence(arg: unknown): Promise<boolean> {
  const checked = checkEvidence(arg);
  if (!checked.ok) {
    void vscode.window.showErrorMessage(checked.message);
    return false;
  }
  const ev = checked.evidence;
  const uri = vscode.Uri.file(ev.scenario);
  const folder = vscode.workspace.getWorkspaceFolder(uri) ?? vscode.workspace.workspaceFolders?.[0];
  return vscode.debug.startDebugging(folder, evidenceLaunchConfig(ev) as vscode.DebugConfiguration);
}

/**
 * A replay whose state is not the recorded one says so on the debug console (stderr); this shows
 * it as a warning too, since the user clicked a link and may not look at the console.
 */
function mismatchWarnings(): vscode.DebugAdapterTrackerFactory {
  return {
    createDebugAdapterTracker(session) {
      if (!session.configuration.replayTo) return undefined;
      return {
        onDidSendMessage(m: { type?: string; event?: string; body?: { category?: string; output?: string } }) {
          if (m.type !== 'event' || m.event !== 'output' || m.body?.category !== 'stderr') return;
          const text = m.body.output ?? '';
          if (/the evidence/.test(text)) void vscode.window.showWarningMessage(text.trim());
        },
      };
    },
  };
}

export function registerEvidence(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(CAPTURE_EVIDENCE_COMMAND, (opts?: CaptureOptions) => captureEvidence(opts && typeof opts === 'object' ? opts : {})),
    vscode.commands.registerCommand(OPEN_EVIDENCE_COMMAND, (arg: unknown) => openEvidence(arg)),
    vscode.debug.registerDebugAdapterTrackerFactory(DEBUG_TYPE, mismatchWarnings()),
  );
}
