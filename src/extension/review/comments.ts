// Why: the Comments API is where a reviewer sees earlier reviews in place and writes their own.
// Imported comments (replies from the list) are read-only threads at the line they quote; the
// reviewer's drafts are threads drawn from the DraftStore, re-drawn whenever the store changes, so
// the store (saved on every change) is the only truth and a reload or a re-open draws them again.
import * as vscode from 'vscode';
import { importedThreads, docLineOfTarget } from '../../review/comment-threads';
import type { DraftComment, DraftStore, DraftTarget, DraftThread } from '../../review/drafts';
import { targetOfDocLine, type PatchDocument } from '../../review/patch-doc';
import { PATCH_SCHEME, decodePatchRef } from '../../review/patch-ref';
import type { DraftState } from './draft-state';
import type { ReviewDoc, ReviewSet, ReviewSets } from './review-sets';

export const CONTROLLER_ID = 'mmstep.review';
export const IMPORTED = 'mmstep.imported';
export const DRAFT_COMMENT = 'mmstep.draft';
/** Imported threads are expanded when a document has at most this many (beyond it they crowd the diff). */
const EXPAND_UP_TO = 4;

/** A reviewer's draft comment as the Comments API shows it; keeps the ids to find it in the store. */
export class DraftCommentView implements vscode.Comment {
  mode = vscode.CommentMode.Preview;
  author: vscode.CommentAuthorInformation = { name: 'You (draft)' };
  contextValue = DRAFT_COMMENT;
  label = 'draft';
  timestamp?: Date;
  body: vscode.MarkdownString;
  constructor(readonly setKey: string, readonly threadId: string, readonly comment: DraftComment, readonly parent: vscode.CommentThread) {
    this.body = draftBody(comment);
    this.timestamp = new Date(comment.updated ?? comment.created);
  }
}

/** Opens the debugger at an evidence's step (the evidence feature's command). */
export const OPEN_EVIDENCE = 'mmstep.evidence.open';

function draftBody(c: DraftComment): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.isTrusted = { enabledCommands: [OPEN_EVIDENCE] };
  md.appendText(c.body);
  for (const ev of c.evidence) {
    md.appendMarkdown('\n\n**Evidence:** ');
    md.appendText(ev.label);
    md.appendMarkdown(` — [replay this step](command:${OPEN_EVIDENCE}?${encodeURIComponent(JSON.stringify([ev]))})\n`);
    md.appendCodeblock(ev.excerpt, 'text');
  }
  return md;
}

/** A draft's text with its evidence, as the reply will carry it. */
export function plainBody(c: DraftComment): string {
  return [c.body, ...c.evidence.map((e) => `Evidence: ${e.label}\n${e.excerpt}`)].join('\n\n');
}

interface Attached { doc: ReviewDoc; set: ReviewSet; imported: vscode.CommentThread[]; drafts: Map<string, vscode.CommentThread> }

export class ReviewComments implements vscode.Disposable {
  readonly controller: vscode.CommentController;
  private readonly attached = new Map<string, Attached>();
  private readonly attaching = new Map<string, Promise<Attached | undefined>>();
  private disposed = false;
  /** Drafts whose place the patch no longer shows, reported once each. */
  private readonly lost = new Set<string>();
  /** Thread object → draft thread id, for the threads this class drew. */
  private readonly draftOf = new WeakMap<vscode.CommentThread, { key: string; id: string }>();
  private readonly subs: vscode.Disposable[] = [];

  constructor(private readonly sets: ReviewSets, private readonly drafts: DraftState, private readonly report: (msg: string) => void) {
    this.controller = vscode.comments.createCommentController(CONTROLLER_ID, 'mmstep review');
    this.controller.options = { prompt: 'Comment on this line (a draft, kept in the workspace)', placeHolder: 'Your review comment' };
    this.controller.commentingRangeProvider = {
      provideCommentingRanges: async (document) => {
        if (document.uri.scheme !== PATCH_SCHEME || document.lineCount === 0) return [];
        const a = await this.attach(document.uri);
        return { enableFileComments: true, ranges: a ? commentableRanges(a.doc.doc) : [] };
      },
    };
    this.subs.push(
      vscode.workspace.onDidOpenTextDocument((d) => void this.attach(d.uri)),
      drafts.onDidChange((key) => void this.redrawSet(key)),
      sets.onDidChange((set) => void this.reattach(set)),
    );
    for (const d of vscode.workspace.textDocuments) void this.attach(d.uri);
  }

  /** Draws the imported threads and the drafts of a patch document (once per document). */
  attach(uri: vscode.Uri): Promise<Attached | undefined> {
    if (uri.scheme !== PATCH_SCHEME) return Promise.resolve(undefined);
    const key = uri.toString();
    let p = this.attaching.get(key);
    if (!p) {
      p = this.doAttach(uri);
      this.attaching.set(key, p);
      // A document that could not be drawn is tried again the next time.
      void p.then((a) => { if (!a) this.attaching.delete(key); });
    }
    return p;
  }

  private async doAttach(uri: vscode.Uri): Promise<Attached | undefined> {
    const { ref, error } = decodePatchRef(uri.query);
    if (!ref) { this.report(`${uri.toString()}: ${error}`); return undefined; }
    let doc: ReviewDoc | undefined;
    let set: ReviewSet;
    try {
      set = await this.sets.load(ref.mails);
      doc = set.docs.get(ref.messageId);
    } catch (e) {
      this.report((e as Error).message);
      return undefined;
    }
    if (!doc || this.disposed) return undefined;
    const a: Attached = { doc, set, imported: [], drafts: new Map() };
    this.attached.set(uri.toString(), a);
    const threads = importedThreads(set.thread, ref.messageId, doc.doc);
    for (const t of threads) {
      const th = this.controller.createCommentThread(uri, new vscode.Range(t.line - 1, 0, t.line - 1, 0), t.comments.map((c) => ({
        body: c.text,
        mode: vscode.CommentMode.Preview,
        author: { name: c.author },
        contextValue: IMPORTED,
        label: c.depth > 0 ? 'quoted in a later reply' : 'from the list',
        timestamp: c.date && !isNaN(Date.parse(c.date)) ? new Date(c.date) : undefined,
      })));
      th.canReply = false;
      th.contextValue = IMPORTED;
      th.label = [...new Set(t.comments.map((c) => c.author))].join(', ');
      th.collapsibleState = threads.length <= EXPAND_UP_TO ? vscode.CommentThreadCollapsibleState.Expanded : vscode.CommentThreadCollapsibleState.Collapsed;
      a.imported.push(th);
    }
    await this.redraw(uri.toString(), a);
    return a;
  }

  /** The draft target of a new thread the user started on `range` (undefined range: the whole patch). */
  targetAt(a: Attached, range: vscode.Range | undefined): DraftTarget | undefined {
    if (!range) return { kind: 'patch' };
    const line = range.end.line + 1;
    const t = targetOfDocLine(a.doc.doc, line);
    if (t) return { kind: 'line', ...t };
    const text = a.doc.doc.text.split('\n')[line - 1] ?? '';
    const m = /^diff --git a\/(\S+) b\/(\S+)$/.exec(text);
    if (m) return { kind: 'file', file: m[2] };
    return undefined;
  }

  attachedOf(uri: vscode.Uri): Attached | undefined {
    return this.attached.get(uri.toString());
  }

  draftIdOf(thread: vscode.CommentThread): { key: string; id: string } | undefined {
    return this.draftOf.get(thread);
  }

  /** The set was read again (re-opened, or closed): its documents are drawn from the new reading. */
  private async reattach(set: ReviewSet): Promise<void> {
    const current = this.sets.get(set.mails);
    for (const [uri, a] of [...this.attached]) {
      if (a.set.key !== set.key || a.set === current) continue;
      for (const th of [...a.imported, ...a.drafts.values()]) th.dispose();
      this.attached.delete(uri);
      this.attaching.delete(uri);
      if (current) await this.attach(vscode.Uri.parse(uri));
    }
  }

  private async redrawSet(key: string): Promise<void> {
    for (const [uri, a] of this.attached) if (a.set.key === key) await this.redraw(uri, a);
  }

  private async redraw(uri: string, a: Attached): Promise<void> {
    const store = await this.drafts.get(a.set.key, a.set.mails);
    const mine = store.threads.filter((t) => t.patch === a.doc.ref.messageId);
    const live = new Set(mine.map((t) => t.id));
    for (const [id, th] of a.drafts) if (!live.has(id)) { th.dispose(); a.drafts.delete(id); }
    for (const t of mine) this.drawDraft(vscode.Uri.parse(uri), a, t, store);
  }

  private drawDraft(uri: vscode.Uri, a: Attached, t: DraftThread, _store: DraftStore): void {
    let range: vscode.Range | undefined;
    if (t.target.kind !== 'patch') {
      const line = docLineOfTarget(a.doc.doc, t.target);
      if (line === undefined) {
        const k = `${a.set.key}/${t.id}`;
        if (!this.lost.has(k)) this.report(`draft ${t.id} on ${describeTarget(t.target)} is not in ${a.doc.title} any more; it is kept in the drafts file`);
        this.lost.add(k);
        return;
      }
      range = new vscode.Range(line - 1, 0, line - 1, 0);
    }
    let th = a.drafts.get(t.id);
    if (!th) {
      th = this.controller.createCommentThread(uri, range ?? new vscode.Range(0, 0, 0, 0), []);
      if (!range) th.range = undefined;
      a.drafts.set(t.id, th);
      this.draftOf.set(th, { key: a.set.key, id: t.id });
      th.collapsibleState = vscode.CommentThreadCollapsibleState.Expanded;
    }
    const editing = new Set(th.comments.filter((c) => c.mode === vscode.CommentMode.Editing && c instanceof DraftCommentView).map((c) => (c as DraftCommentView).comment.id));
    th.comments = t.comments.map((c) => {
      const v = new DraftCommentView(a.set.key, t.id, c, th!);
      if (editing.has(c.id)) v.mode = vscode.CommentMode.Editing;
      return v;
    });
    th.state = t.resolved ? vscode.CommentThreadState.Resolved : vscode.CommentThreadState.Unresolved;
    th.contextValue = t.resolved ? 'mmstep.draft.resolved' : 'mmstep.draft.unresolved';
    th.label = `Draft: ${describeTarget(t.target)}${t.resolved ? ' (resolved)' : ''}`;
    th.canReply = true;
  }

  /** What the test API reports: every thread drawn on `uri`, in line order. */
  threadsOn(uri: vscode.Uri): Array<{ line?: number; authors: string[]; bodies: string[]; resolved: boolean; draft: boolean; id?: string }> {
    const a = this.attached.get(uri.toString());
    if (!a) return [];
    const row = (th: vscode.CommentThread, draft: boolean) => ({
      line: th.range ? th.range.end.line + 1 : undefined,
      authors: th.comments.map((c) => c.author.name),
      bodies: th.comments.map((c) => (c instanceof DraftCommentView ? plainBody(c.comment) : typeof c.body === 'string' ? c.body : c.body.value)),
      resolved: th.state === vscode.CommentThreadState.Resolved,
      draft,
      id: draft ? this.draftOf.get(th)?.id : undefined,
    });
    return [...a.imported.map((t) => row(t, false)), ...[...a.drafts.values()].map((t) => row(t, true))]
      .sort((x, y) => (x.line ?? 0) - (y.line ?? 0));
  }

  dispose(): void {
    for (const s of this.subs) s.dispose();
    this.disposed = true;
    this.controller.dispose();
    this.attached.clear();
    this.attaching.clear();
  }
}

/** Runs of lines a draft can sit on: commit-message and diff lines, and each file's `diff --git` line. */
function commentableRanges(doc: PatchDocument): vscode.Range[] {
  const text = doc.text.split('\n');
  const out: vscode.Range[] = [];
  let start = -1;
  for (let i = 0; i <= doc.lines.length; i++) {
    const ok = i < doc.lines.length && (targetOfDocLine(doc, i + 1) !== undefined || /^diff --git a\/\S+ b\/\S+$/.test(text[i] ?? ''));
    if (ok && start < 0) start = i;
    if (!ok && start >= 0) { out.push(new vscode.Range(start, 0, i - 1, 0)); start = -1; }
  }
  return out;
}

export function describeTarget(t: DraftTarget): string {
  if (t.kind === 'patch') return 'the whole patch';
  if (t.kind === 'file') return t.file;
  return t.side === 'message' ? `commit message line ${t.line}` : `${t.file}:${t.line} (${t.side})`;
}
