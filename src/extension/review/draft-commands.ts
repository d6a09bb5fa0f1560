// Why: what a reviewer does to drafts — add a comment on a line, a file or the whole patch, reply
// in a draft thread, edit, delete, resolve and reopen, give a trailer — as commands the comment
// widgets' menus, the editor title and the tree call. Each goes through the drafts operations of
// src/review/drafts.ts and DraftState (saved at once); the comments are re-drawn from the store.
import * as vscode from 'vscode';
import { docFiles } from '../../review/comment-threads';
import { REVIEW_TRAILERS, addComment, addThread, addTrailer, attachEvidence, deleteComment, deleteThread, editComment, formatTrailer, removeTrailer, setResolved, type DraftTarget, type ReviewTrailerName, type StepEvidence } from '../../review/drafts';
import { DraftCommentView, type ReviewComments } from './comments';
import type { DraftState } from './draft-state';
import { reviewerIdentity } from './identity';
import type { ReviewDoc, ReviewSets } from './review-sets';

const now = () => new Date().toISOString();
/** Owned by the evidence feature (src/extension/evidence.ts); called by id, so either side loads alone. */
export const CAPTURE_EVIDENCE = 'mmstep.evidence.capture';

function isEvidence(x: unknown): x is StepEvidence {
  const e = x as StepEvidence | null;
  return !!e && typeof e === 'object' && e.kind === 'step' && typeof e.scenario === 'string' && typeof e.step === 'number'
    && typeof e.label === 'string' && typeof e.excerpt === 'string';
}

export class DraftCommands {
  constructor(private readonly sets: ReviewSets, private readonly drafts: DraftState, private readonly comments: () => ReviewComments) {}

  /** A draft thread on `target` of the patch document `uri`; returns its id. */
  async addThreadAt(uri: vscode.Uri, target: DraftTarget, body: string): Promise<string | undefined> {
    const a = await this.comments().attach(uri);
    if (!a) return undefined;
    const t = await this.drafts.change(a.set.key, a.set.mails, (s) => addThread(s, a.doc.ref.messageId, target, body, now()));
    return t.id;
  }

  /** The draft at document line `line` (1-based) of `uri`, as the + in the gutter makes it. */
  async addAtLine(uri: vscode.Uri, line: number, body: string): Promise<string | undefined> {
    const a = await this.comments().attach(uri);
    if (!a) return undefined;
    const target = this.comments().targetAt(a, new vscode.Range(line - 1, 0, line - 1, 0));
    if (!target) {
      void vscode.window.showWarningMessage(`mmstep: line ${line} of ${a.doc.title} is not a commit-message or diff line; comment on the file or the whole patch instead`);
      return undefined;
    }
    return this.addThreadAt(uri, target, body);
  }

  /** "Add Comment" in a comment widget: a new draft thread, or a reply in a draft thread. */
  async reply(r: vscode.CommentReply): Promise<void> {
    const text = r.text.trim();
    if (!text) return;
    const known = this.comments().draftIdOf(r.thread);
    if (known) {
      const set = this.sets.all().find((s) => s.key === known.key);
      if (set) await this.drafts.change(set.key, set.mails, (s) => addComment(s, known.id, text, now()));
      return;
    }
    const a = await this.comments().attach(r.thread.uri);
    const target = a && this.comments().targetAt(a, r.thread.range);
    r.thread.dispose();
    if (!a || !target) {
      void vscode.window.showWarningMessage('mmstep: comments go on commit-message lines, diff lines, a file\'s diff header or the whole patch; this line is none of them');
      return;
    }
    await this.addThreadAt(a.doc.uri, target, text);
  }

  startEdit(c: DraftCommentView): void {
    const th = c.parent;
    th.comments = th.comments.map((x) => {
      if (x instanceof DraftCommentView && x.comment.id === c.comment.id) {
        x.mode = vscode.CommentMode.Editing;
        x.body = new vscode.MarkdownString(x.comment.body);
      }
      return x;
    });
  }

  async saveEdit(c: DraftCommentView): Promise<void> {
    const body = (typeof c.body === 'string' ? c.body : c.body.value).trim();
    c.mode = vscode.CommentMode.Preview;
    const set = this.setOf(c.setKey);
    if (!set) return;
    if (!body) { await this.drafts.change(set.key, set.mails, (s) => deleteComment(s, c.threadId, c.comment.id)); return; }
    await this.drafts.change(set.key, set.mails, (s) => editComment(s, c.threadId, c.comment.id, body, now()));
  }

  async cancelEdit(c: DraftCommentView): Promise<void> {
    c.mode = vscode.CommentMode.Preview;
    const set = this.setOf(c.setKey);
    // Re-draw from the store: the text the user typed is dropped.
    if (set) await this.drafts.change(set.key, set.mails, () => undefined);
  }

  async deleteComment(c: DraftCommentView): Promise<void> {
    const set = this.setOf(c.setKey);
    if (set) await this.drafts.change(set.key, set.mails, (s) => deleteComment(s, c.threadId, c.comment.id));
  }

  async deleteThread(th: vscode.CommentThread): Promise<void> {
    const id = this.comments().draftIdOf(th);
    const set = id && this.setOf(id.key);
    if (id && set) await this.drafts.change(set.key, set.mails, (s) => deleteThread(s, id.id));
  }

  async resolve(th: vscode.CommentThread, resolved: boolean): Promise<void> {
    const id = this.comments().draftIdOf(th);
    const set = id && this.setOf(id.key);
    if (id && set) await this.drafts.change(set.key, set.mails, (s) => setResolved(s, id.id, resolved));
  }

  /** "Comment on the Whole Patch…": from the editor title, or with (uri, text) from a test. */
  async patchComment(uri?: vscode.Uri, text?: string): Promise<string | undefined> {
    const doc = await this.docOf(uri);
    if (!doc) return undefined;
    const body = text ?? (await vscode.window.showInputBox({ title: `Comment on ${doc.title}`, prompt: 'A draft comment on the whole patch', ignoreFocusOut: true }));
    if (!body?.trim()) return undefined;
    return this.addThreadAt(doc.uri, { kind: 'patch' }, body.trim());
  }

  /** "Comment on a File of the Patch…": pick one of the files the diff touches. */
  async fileComment(uri?: vscode.Uri, file?: string, text?: string): Promise<string | undefined> {
    const doc = await this.docOf(uri);
    if (!doc) return undefined;
    const files = docFiles(doc.doc);
    if (!files.length) { void vscode.window.showWarningMessage(`mmstep: ${doc.title} changes no file; comment on the whole patch instead`); return undefined; }
    const f = file ?? (files.length === 1 ? files[0] : await vscode.window.showQuickPick(files, { title: 'Comment on which file?' }));
    if (!f) return undefined;
    const body = text ?? (await vscode.window.showInputBox({ title: `Comment on ${f}`, prompt: 'A draft comment on the whole file', ignoreFocusOut: true }));
    if (!body?.trim()) return undefined;
    return this.addThreadAt(doc.uri, { kind: 'file', file: f }, body.trim());
  }

  /** "Add a Trailer…": Reviewed-by/Acked-by/Tested-by with the git identity, on a patch. */
  async trailer(arg?: vscode.Uri | { messageId?: string; setKey?: string }, name?: ReviewTrailerName, who?: { name: string; email: string }): Promise<string | undefined> {
    const doc = arg instanceof vscode.Uri || arg === undefined ? await this.docOf(arg) : this.findDoc(arg.setKey, arg.messageId);
    if (!doc) return undefined;
    const kind = name ?? ((await vscode.window.showQuickPick([...REVIEW_TRAILERS], { title: `Trailer for ${doc.title}` })) as ReviewTrailerName | undefined);
    if (!kind) return undefined;
    const id = who ?? (await reviewerIdentity());
    if (!id) return undefined;
    const f = formatTrailer(kind, id);
    if (!f.trailer) { void vscode.window.showErrorMessage(`mmstep: ${f.error}`); return undefined; }
    const set = (await this.sets.load(doc.ref.mails));
    await this.drafts.change(set.key, set.mails, (s) => addTrailer(s, doc.ref.messageId, f.trailer!));
    return f.trailer;
  }

  async removeTrailer(arg: { setKey: string; messageId: string; trailer: string }): Promise<void> {
    const set = this.setOf(arg.setKey);
    if (set) await this.drafts.change(set.key, set.mails, (s) => removeTrailer(s, arg.messageId, arg.trailer));
  }

  /**
   * "Attach the current step as evidence": the active mmstep debug session's stop, taken by the
   * `mmstep.evidence.capture` command, appended to the draft comment (its label and state excerpt
   * show in the comment; the reply indents them).
   */
  async attachEvidence(c: DraftCommentView | { setKey: string; threadId: string; commentId: string }): Promise<StepEvidence | undefined> {
    const ids = c instanceof DraftCommentView ? { setKey: c.setKey, threadId: c.threadId, commentId: c.comment.id } : c;
    const set = this.setOf(ids.setKey);
    if (!set) return undefined;
    let ev: unknown;
    try {
      ev = await vscode.commands.executeCommand(CAPTURE_EVIDENCE, {});
    } catch (e) {
      void vscode.window.showErrorMessage(`mmstep: cannot take the current step as evidence: ${(e as Error).message}`);
      return undefined;
    }
    if (!isEvidence(ev)) return undefined; // the capture command said why
    const ok = await this.drafts.change(set.key, set.mails, (s) => attachEvidence(s, ids.threadId, ids.commentId, ev, now()));
    return ok ? ev : undefined;
  }

  private setOf(key: string) {
    return this.sets.all().find((s) => s.key === key);
  }

  private findDoc(setKey?: string, messageId?: string): ReviewDoc | undefined {
    const set = setKey ? this.setOf(setKey) : undefined;
    return set && messageId ? set.docs.get(messageId) : undefined;
  }

  /** The patch document named by `uri`, else the active editor's. */
  private async docOf(uri?: vscode.Uri): Promise<ReviewDoc | undefined> {
    const u = uri ?? vscode.window.activeTextEditor?.document.uri;
    const a = u && (await this.comments().attach(u));
    if (!a) {
      void vscode.window.showWarningMessage('mmstep: open a patch of a review first (mmstep: Open Patch Review…)');
      return undefined;
    }
    return a.doc;
  }
}
