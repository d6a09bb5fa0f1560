// Why: a review leaves VS Code as a kernel-style reply (src/review/reply.ts renders it). The user
// first sees it — a read-only `mmstep-reply:` preview of the exact .eml text — and then saves it
// as .eml (showSaveDialog) for git send-email or a mail client; mmstep sends nothing and never
// writes over a mail file it read.
import * as vscode from 'vscode';
import { renderReply, type RenderedReply } from '../../review/reply';
import { formatDiagnostic } from '../../sim/types';
import type { ReviewComments } from './comments';
import type { DraftState } from './draft-state';
import { reviewerIdentity } from './identity';
import { mailPath, mailUri } from './review-sets';

export const REPLY_SCHEME = 'mmstep-reply';

export interface ExportOptions {
  /** Save here without asking (tests); otherwise a save dialog. */
  target?: string;
  /** The reviewer (tests); otherwise git config user.name/user.email, or asked. */
  identity?: { name: string; email: string };
  /** Skip the "Save as .eml" question (tests that only want the preview). */
  previewOnly?: boolean;
}
export interface ExportResult { text: string; preview: string; file?: string; diagnostics: string[] }

export class ReplyPreviews implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly reg = vscode.workspace.registerTextDocumentContentProvider(REPLY_SCHEME, this);
  private n = 0;

  show(name: string, text: string): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: REPLY_SCHEME, path: `/${++this.n}/${name}` });
    this.texts.set(uri.toString(), text);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? 'mmstep: this reply preview is gone (export the reply again)\n';
  }

  dispose(): void {
    this.reg.dispose();
    this.changed.dispose();
  }
}

function slug(s: string): string {
  return s.replace(/^\s*(re:\s*)*/i, '').replace(/\[[^\]]*\]\s*/g, '').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'reply';
}

export class ReplyExport {
  constructor(private readonly drafts: DraftState, private readonly comments: () => ReviewComments, private readonly previews: ReplyPreviews) {}

  async run(uri?: vscode.Uri, opts: ExportOptions = {}): Promise<ExportResult | undefined> {
    const u = uri ?? vscode.window.activeTextEditor?.document.uri;
    const a = u && (await this.comments().attach(u));
    if (!a || !a.doc.patch) {
      void vscode.window.showWarningMessage('mmstep: open a patch of a review first; a reply answers one patch (not quoted fragments)');
      return undefined;
    }
    const id = opts.identity ?? (await reviewerIdentity());
    if (!id) return undefined;
    await this.drafts.flush();
    const store = await this.drafts.get(a.set.key, a.set.mails);
    let r: RenderedReply;
    try {
      r = renderReply(a.set.thread, a.doc.ref.messageId, store, id, { draftsFile: this.drafts.files.fileOf(a.set.key) });
    } catch (e) {
      void vscode.window.showErrorMessage(`mmstep: cannot write the reply: ${(e as Error).message}`);
      return undefined;
    }
    const diagnostics = r.diagnostics.map((d) => formatDiagnostic(d));
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    const name = `${slug(r.headers.Subject)}.eml`;
    const preview = this.previews.show(name, r.text);
    await vscode.window.showTextDocument(preview, { preview: true });
    if (diagnostics.length) void vscode.window.showWarningMessage(`mmstep: reply: ${diagnostics.join('; ')}`);
    const result: ExportResult = { text: r.text, preview: preview.toString(), diagnostics };
    if (opts.previewOnly || (errors.length && !opts.target)) return result;
    let target: vscode.Uri | undefined = opts.target ? mailUri(opts.target) : undefined;
    if (!target) {
      const pick = await vscode.window.showInformationMessage(`mmstep: reply to ${a.doc.title} ready. Save it as .eml?`, 'Save as .eml…');
      if (!pick) return result;
      const dir = vscode.workspace.workspaceFolders?.[0]?.uri;
      target = await vscode.window.showSaveDialog({ title: 'Save the reply', defaultUri: dir ? vscode.Uri.joinPath(dir, name) : undefined, filters: { 'Mail (.eml)': ['eml'] } });
      if (!target) return result;
    }
    if (a.set.mails.includes(mailPath(target))) {
      void vscode.window.showErrorMessage(`mmstep: ${mailPath(target)} is one of the mails under review; mmstep never writes them — choose another file`);
      return result;
    }
    try {
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(r.text));
    } catch (e) {
      void vscode.window.showErrorMessage(`mmstep: cannot save the reply to ${mailPath(target)}: ${(e as Error).message}`);
      return result;
    }
    if (!opts.target) void vscode.window.showInformationMessage(`mmstep: reply saved to ${mailPath(target)} (send it with git send-email or a mail client)`);
    return { ...result, file: mailPath(target) };
  }
}
