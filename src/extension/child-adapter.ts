// The VS Code face of the child-process debug adapter (src/debug/child-adapter.ts): a
// vscode.DebugAdapter that VS Code drives like an inline one, while the session and the
// simulation run in a separate Node process with its own heap limit. When that process dies
// (out of memory, a crash), the user gets a notification naming the cause and the extension host
// — this process — goes on.

import * as vscode from 'vscode';
import { ChildDebugAdapter } from '../debug/child-adapter';
import type { ChildExit } from '../debug/node-child';

export class VscodeChildAdapter implements vscode.DebugAdapter {
  private readonly emitter = new vscode.EventEmitter<vscode.DebugProtocolMessage>();
  readonly onDidSendMessage = this.emitter.event;
  readonly child: ChildDebugAdapter;

  constructor(script: string, cwd: string | undefined, log: vscode.OutputChannel, onCrash?: (exit: ChildExit, message: string) => void) {
    this.child = new ChildDebugAdapter({
      script,
      cwd,
      onStderr: (text) => log.append(text.replace(/^/gm, '[debug adapter] ').replace(/\[debug adapter\] $/, '')),
      onCrash: (exit, message) => {
        log.appendLine(message);
        onCrash?.(exit, message);
        void vscode.window.showErrorMessage(message);
      },
    });
    this.child.onDidSendMessage((m) => this.emitter.fire(m));
  }

  handleMessage(message: vscode.DebugProtocolMessage): void {
    this.child.handleMessage(message as Parameters<ChildDebugAdapter['handleMessage']>[0]);
  }

  dispose(): void {
    this.child.dispose();
    this.emitter.dispose();
  }
}
