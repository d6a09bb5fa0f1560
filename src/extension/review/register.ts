// Why: one place that wires the review UI at activation — the `mmstep-patch:` content provider
// (so patch documents reopen after a reload), the review tree, the comments controller, the drafts
// in workspace storage, the commands — and returns the part of the extension API the integration
// tests read (tree data, comment threads, drafts, a simulated reload).
import * as path from 'path';
import * as vscode from 'vscode';
import { setResolved, type DraftStore } from '../../review/drafts';
import { ReviewComments, type DraftCommentView } from './comments';
import { DraftCommands } from './draft-commands';
import { DraftFiles } from './draft-files';
import { DraftState } from './draft-state';
import { ReviewOpener, type OpenResult } from './open-review';
import { PatchFileSystem } from './patch-provider';
import { RangeDiffView, type RangeDiffArg } from './range-diff-view';
import { ReplyExport, ReplyPreviews, type ExportOptions, type ExportResult } from './reply-export';
import { ReviewSets } from './review-sets';
import { OPEN_PATCH, ReviewTree, VIEW_ID, type TreeSnapshot } from './tree';

export interface ReviewThreadView { line?: number; authors: string[]; bodies: string[]; resolved: boolean; draft: boolean; id?: string }

export interface ReviewApi {
  /** Runs mmstep.review.open on these files or directories (without opening an editor). */
  open(paths: string[]): Promise<OpenResult | undefined>;
  /** The review tree as the view shows it. */
  tree(): Promise<TreeSnapshot[]>;
  /** Comment threads drawn on a patch document (imported and drafts), in line order. */
  threads(uri: string): Promise<ReviewThreadView[]>;
  /** The drafts of the review set with this key (OpenResult.key). */
  drafts(key: string): Promise<DraftStore | undefined>;
  /** Where the drafts of a set are stored. */
  draftsFile(key: string): string;
  /** A draft on document line `line` (1-based) of a patch document; its thread id. */
  addDraft(uri: string, line: number, body: string): Promise<string | undefined>;
  /** A draft on the whole patch. */
  addPatchComment(uri: string, body: string): Promise<string | undefined>;
  /** Resolve / reopen a draft thread. */
  setResolved(uri: string, threadId: string, resolved: boolean): Promise<boolean>;
  /** Give a trailer with a given identity (the command asks git). */
  addTrailer(uri: string, name: 'Reviewed-by' | 'Acked-by' | 'Tested-by', who: { name: string; email: string }): Promise<string | undefined>;
  /** Attach the active debug session's current step (mmstep.evidence.capture) to a draft comment. */
  attachEvidence(uri: string, threadId: string, commentId?: string): Promise<boolean>;
  /** Export Reply… without dialogs: the preview's text, saved to `opts.target` when given. */
  exportReply(uri: string, opts: ExportOptions): Promise<ExportResult | undefined>;
  /** Every draft write is on disk. */
  flush(): Promise<void>;
  /** What a window reload does to the review: drafts and comments dropped from memory and drawn again from the files. */
  reload(): Promise<void>;
}

const OPEN_SETS = 'mmstep.review.openSets';

export function registerReview(context: vscode.ExtensionContext, out: vscode.OutputChannel): { disposables: vscode.Disposable[]; api: ReviewApi } {
  const storage = (context.storageUri ?? context.globalStorageUri).fsPath;
  const report = (msg: string) => {
    out.appendLine(`review: ${msg}`);
    void vscode.window.showWarningMessage(`mmstep: ${msg}`);
  };
  const sets = new ReviewSets();
  const files = new DraftFiles(path.join(storage, 'review-drafts'));
  const drafts = new DraftState(files, report);
  const provider = new PatchFileSystem(sets);
  let comments = new ReviewComments(sets, drafts, report);
  const cmds = new DraftCommands(sets, drafts, () => comments);
  const tree = new ReviewTree(sets, drafts);
  const opener = new ReviewOpener(sets);
  const previews = new ReplyPreviews();
  const replies = new ReplyExport(drafts, () => comments, previews);
  const rangeDiffs = new RangeDiffView(sets);
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  // The sets in the tree come back after a reload: their mail files are remembered per workspace.
  const remember = () => void context.workspaceState.update(OPEN_SETS, sets.all().map((x) => x.mails));
  const remembered = context.workspaceState.get<unknown>(OPEN_SETS);
  if (Array.isArray(remembered)) {
    for (const mails of remembered) {
      if (!Array.isArray(mails) || !mails.every((m) => typeof m === 'string')) continue;
      sets.load(mails).catch((e) => out.appendLine(`review: the review of ${mails.join(', ')} is not restored: ${(e as Error).message}`));
    }
  }

  const reg = (id: string, fn: (...args: any[]) => unknown) => vscode.commands.registerCommand(id, fn);
  const disposables: vscode.Disposable[] = [
    sets, provider, opener, previews, rangeDiffs, sets.onDidChange(remember),
    drafts, tree, view, { dispose: () => comments.dispose() },
    reg('mmstep.review.open', (...args: unknown[]) => opener.open(args)),
    reg(OPEN_PATCH, async (uri: vscode.Uri, line?: number) => {
      const ed = await vscode.window.showTextDocument(uri, { preview: true });
      if (line) {
        const pos = new vscode.Position(line - 1, 0);
        ed.selection = new vscode.Selection(pos, pos);
        ed.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
      }
    }),
    reg('mmstep.review.close', (n?: { set?: { key: string } }) => n?.set && sets.close(n.set.key)),
    reg('mmstep.review.saveDraft', (r: vscode.CommentReply) => cmds.reply(r)),
    reg('mmstep.review.editComment', (c: DraftCommentView) => cmds.startEdit(c)),
    reg('mmstep.review.saveEdit', (c: DraftCommentView) => cmds.saveEdit(c)),
    reg('mmstep.review.cancelEdit', (c: DraftCommentView) => cmds.cancelEdit(c)),
    reg('mmstep.review.deleteComment', (c: DraftCommentView) => cmds.deleteComment(c)),
    reg('mmstep.review.deleteThread', (t: vscode.CommentThread) => cmds.deleteThread(t)),
    reg('mmstep.review.resolveThread', (t: vscode.CommentThread) => cmds.resolve(t, true)),
    reg('mmstep.review.unresolveThread', (t: vscode.CommentThread) => cmds.resolve(t, false)),
    reg('mmstep.review.addPatchComment', (uri?: vscode.Uri, text?: string) => cmds.patchComment(uri instanceof vscode.Uri ? uri : undefined, text)),
    reg('mmstep.review.addFileComment', (uri?: vscode.Uri, file?: string, text?: string) => cmds.fileComment(uri instanceof vscode.Uri ? uri : undefined, file, text)),
    reg('mmstep.review.addTrailer', (arg?: vscode.Uri | { set?: { key: string }; patch?: { message: { messageId: string } } }) =>
      cmds.trailer(arg instanceof vscode.Uri || !arg ? arg : { setKey: arg.set?.key, messageId: arg.patch?.message.messageId })),
    reg('mmstep.review.removeTrailer', (n?: { set?: { key: string }; messageId?: string; text?: string }) =>
      n?.set && n.messageId && n.text ? cmds.removeTrailer({ setKey: n.set.key, messageId: n.messageId, trailer: n.text }) : undefined),
    reg('mmstep.review.rangeDiff', (arg?: RangeDiffArg) => rangeDiffs.show(arg)),
    reg('mmstep.review.attachEvidence', (c: DraftCommentView) => cmds.attachEvidence(c)),
    reg('mmstep.review.exportReply', (arg?: vscode.Uri | { set?: { key: string }; patch?: { message: { messageId: string } } }) => {
      if (arg instanceof vscode.Uri || !arg) return replies.run(arg);
      const doc = arg.set && arg.patch ? sets.all().find((s) => s.key === arg.set!.key)?.docs.get(arg.patch.message.messageId) : undefined;
      return replies.run(doc?.uri);
    }),
  ];

  const api: ReviewApi = {
    open: (paths) => opener.open([paths], { showFirst: false }),
    tree: () => tree.snapshot(),
    threads: async (uri) => {
      const u = vscode.Uri.parse(uri);
      await comments.attach(u);
      return comments.threadsOn(u);
    },
    drafts: async (key) => {
      const s = sets.all().find((x) => x.key === key);
      return s ? drafts.get(s.key, s.mails) : undefined;
    },
    draftsFile: (key) => files.fileOf(key),
    addDraft: (uri, line, body) => cmds.addAtLine(vscode.Uri.parse(uri), line, body),
    addPatchComment: (uri, body) => cmds.patchComment(vscode.Uri.parse(uri), body),
    setResolved: async (uri, threadId, resolved) => {
      const a = await comments.attach(vscode.Uri.parse(uri));
      if (!a) return false;
      return drafts.change(a.set.key, a.set.mails, (s) => setResolved(s, threadId, resolved));
    },
    addTrailer: (uri, name, who) => cmds.trailer(vscode.Uri.parse(uri), name, who),
    attachEvidence: async (uri, threadId, commentId) => {
      const a = await comments.attach(vscode.Uri.parse(uri));
      const store = a && (await drafts.get(a.set.key, a.set.mails));
      const t = store?.threads.find((x) => x.id === threadId);
      const c = commentId ? t?.comments.find((x) => x.id === commentId) : t?.comments[t.comments.length - 1];
      return !!(a && c && (await cmds.attachEvidence({ setKey: a.set.key, threadId, commentId: c.id })));
    },
    exportReply: (uri, opts) => replies.run(vscode.Uri.parse(uri), opts),
    flush: () => drafts.flush(),
    reload: async () => {
      await drafts.flush();
      comments.dispose();
      drafts.forget();
      comments = new ReviewComments(sets, drafts, report);
      // Documents still open come back like restored editors: their threads are drawn again.
      await Promise.all(vscode.workspace.textDocuments.map((d) => comments.attach(d.uri)));
    },
  };
  return { disposables, api };
}
