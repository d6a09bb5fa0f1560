// Why: a patch opens as a read-only `mmstep-patch:` document whose text is buildPatchDocument's
// (headers, commit message, diff) — or a virtual document rebuilt from quotes. The URI alone names
// it (PatchRef: mail files + Message-ID), so the provider, registered at activation, serves it
// again after a window reload by re-reading the mails. The document gets the `mmstep-patch`
// language (its grammar highlights the hunks as C); a custom scheme has no file name to match.
import * as vscode from 'vscode';
import { PATCH_SCHEME, decodePatchRef } from '../../review/patch-ref';
import type { ReviewSets } from './review-sets';

export const PATCH_LANGUAGE = 'mmstep-patch';

export class PatchDocumentProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly subs: vscode.Disposable[];

  constructor(private readonly sets: ReviewSets) {
    this.subs = [
      vscode.workspace.registerTextDocumentContentProvider(PATCH_SCHEME, this),
      vscode.workspace.onDidOpenTextDocument((d) => void setLanguage(d)),
      // A set read again serves its open documents' new text.
      sets.onDidChange((set) => {
        for (const d of vscode.workspace.textDocuments) {
          if (d.uri.scheme === PATCH_SCHEME && decodePatchRef(d.uri.query).ref?.mails.join('\n') === set.mails.join('\n')) this.changed.fire(d.uri);
        }
      }),
    ];
    for (const d of vscode.workspace.textDocuments) void setLanguage(d);
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const { ref, error } = decodePatchRef(uri.query);
    if (!ref) return `mmstep: this patch URI cannot be opened: ${error}\n`;
    try {
      const doc = await this.sets.doc(ref);
      if (doc) return doc.doc.text + '\n';
      return `mmstep: ${ref.messageId} is not a patch in ${ref.mails.join(', ')} (any more?)\n`;
    } catch (e) {
      return `mmstep: ${(e as Error).message}\n`;
    }
  }

  /** Re-serve documents of a set read again (the mails changed on disk). */
  refresh(uri: vscode.Uri): void {
    this.changed.fire(uri);
  }

  dispose(): void {
    for (const s of this.subs) s.dispose();
    this.changed.dispose();
  }
}

async function setLanguage(d: vscode.TextDocument): Promise<void> {
  if (d.uri.scheme !== PATCH_SCHEME || d.languageId === PATCH_LANGUAGE) return;
  try {
    await vscode.languages.setTextDocumentLanguage(d, PATCH_LANGUAGE);
  } catch {
    /* the document closed meanwhile */
  }
}
