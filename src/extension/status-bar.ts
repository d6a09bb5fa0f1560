// A status bar item while an mmstep debug session runs: the step number, the migration stage
// and the number of invariant violations; clicking it opens the state panel.

import * as vscode from 'vscode';
import type { StateView } from '../protocol/state';

export class MmstepStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('mmstep.status', vscode.StatusBarAlignment.Left, 50);

  constructor() {
    this.item.name = 'mmstep';
    this.item.command = 'mmstep.showState';
  }

  sessionStarted(name: string): void {
    this.item.text = '$(debug) mmstep: starting…';
    this.item.tooltip = `mmstep: ${name}`;
    this.item.show();
  }

  update(state: StateView): void {
    const stage = state.stage ? ` · ${state.stage}` : '';
    const v = state.violations.length;
    this.item.text = `$(debug) mmstep: step ${state.step}${stage}${v ? ` $(warning) ${v}` : ''}`;
    this.item.tooltip = v
      ? `mmstep: ${v} invariant violation${v === 1 ? '' : 's'}: ${state.violations.map((x) => x.invariant).join(', ')} — click to show the state`
      : 'mmstep: click to show the page / PTE state';
    this.item.show();
  }

  sessionEnded(): void {
    this.item.hide();
  }

  dispose(): void {
    this.item.dispose();
  }
}
