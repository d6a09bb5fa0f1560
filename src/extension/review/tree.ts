// Why: the review tree (view `mmstep.review`) is b4 review's patch list inside VS Code: per opened
// review set its series by revision (v12 and v13 side by side), cover letter and patches with
// author, date and trailers, under each patch the replies and the trailers collected (and the
// reviewer's own); a thread without its patch shows its virtual document. A click opens the patch.
import * as vscode from 'vscode';
import type { Reply, Series, SeriesPatch } from '../../review/thread';
import { mailDescription, patchLabel, seriesLabel, shortDate, trailerLines, who } from '../../review/tree-labels';
import type { Trailer } from '../../review/types';
import { importedThreads } from '../../review/comment-threads';
import { subjectKey } from '../../review/subject';
import type { DraftState } from './draft-state';
import type { ReviewSet, ReviewSets } from './review-sets';

export const VIEW_ID = 'mmstep.review';
export const OPEN_PATCH = 'mmstep.review.openPatch';

export type ReviewNode =
  | { kind: 'set'; set: ReviewSet }
  | { kind: 'series'; set: ReviewSet; series: Series }
  | { kind: 'patch'; set: ReviewSet; series: Series; patch: SeriesPatch }
  | { kind: 'virtual'; set: ReviewSet; id: string }
  | { kind: 'reply'; set: ReviewSet; reply: Reply; docId?: string }
  | { kind: 'trailer'; set: ReviewSet; messageId: string; text: string; source: 'patch' | 'reply' | 'yours'; trailer?: Trailer };

/** Plain data of a node and its children, for the test API. */
export interface TreeSnapshot { label: string; description?: string; tooltip?: string; contextValue?: string; children: TreeSnapshot[] }

function base(p: string): string {
  return p.replace(/^.*[\\/]/, '');
}

export class ReviewTree implements vscode.TreeDataProvider<ReviewNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ReviewNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subs: vscode.Disposable[];

  constructor(private readonly sets: ReviewSets, private readonly drafts: DraftState) {
    this.subs = [sets.onDidChange(() => this.changed.fire(undefined)), drafts.onDidChange(() => this.changed.fire(undefined))];
  }

  async getChildren(n?: ReviewNode): Promise<ReviewNode[]> {
    if (!n) return this.sets.all().map((set) => ({ kind: 'set', set }));
    const set = n.set;
    if (n.kind === 'set') {
      const out: ReviewNode[] = set.thread.series.map((series) => ({ kind: 'series', set, series }));
      for (const v of set.thread.virtual) out.push({ kind: 'virtual', set, id: v.file });
      return out;
    }
    if (n.kind === 'series') return [...(n.series.cover ? [n.series.cover] : []), ...n.series.patches].map((patch) => ({ kind: 'patch', set, series: n.series, patch }));
    if (n.kind === 'patch') {
      const id = n.patch.message.messageId;
      const replies: ReviewNode[] = set.thread.replies.filter((r) => r.patch === id).map((reply) => ({ kind: 'reply', set, reply, docId: id }));
      const trailers: ReviewNode[] = n.patch.trailers.filter((t) => t.name !== 'Signed-off-by' || !t.fromReply).map((t) => ({
        kind: 'trailer', set, messageId: id, text: `${t.name}: ${t.value}`, source: t.fromReply ? 'reply' : 'patch', trailer: t,
      }));
      const store = await this.drafts.get(set.key, set.mails);
      const mine: ReviewNode[] = (store.trailers[id] ?? []).map((text) => ({ kind: 'trailer', set, messageId: id, text, source: 'yours' }));
      return [...replies, ...trailers, ...mine];
    }
    if (n.kind === 'virtual') {
      const v = set.thread.virtual.find((x) => x.file === n.id);
      return set.thread.replies.filter((r) => !r.patch && v && subjectKey(r.message.subject) === v.key).map((reply) => ({ kind: 'reply', set, reply, docId: n.id }));
    }
    return [];
  }

  getTreeItem(n: ReviewNode): vscode.TreeItem {
    const C = vscode.TreeItemCollapsibleState;
    switch (n.kind) {
      case 'set': {
        const it = new vscode.TreeItem(n.set.mails.map(base).join(', '), C.Expanded);
        it.description = `${n.set.thread.messages.length} mail(s)${n.set.thread.diagnostics.length ? `, ${n.set.thread.diagnostics.length} problem(s)` : ''}`;
        it.tooltip = n.set.mails.join('\n');
        it.contextValue = 'mmstep.review.set';
        it.iconPath = new vscode.ThemeIcon('mail');
        return it;
      }
      case 'series': {
        const it = new vscode.TreeItem(seriesLabel(n.series), C.Expanded);
        it.contextValue = 'mmstep.review.series';
        it.iconPath = new vscode.ThemeIcon('versions');
        return it;
      }
      case 'patch': {
        const p = n.patch;
        const doc = n.set.docs.get(p.message.messageId)!;
        const it = new vscode.TreeItem(patchLabel(p, n.series), p.replies.length || p.trailers.length ? C.Collapsed : C.None);
        it.description = mailDescription(p.message);
        const tl = trailerLines(p.trailers);
        it.tooltip = [p.message.subject, mailDescription(p.message), p.message.messageId, ...(tl.length ? ['', 'Trailers:', ...tl] : [])].join('\n');
        it.contextValue = 'mmstep.review.patch';
        it.iconPath = new vscode.ThemeIcon(p.subject.index === 0 ? 'note' : 'diff');
        it.command = { command: OPEN_PATCH, title: 'Open Patch', arguments: [doc.uri] };
        return it;
      }
      case 'virtual': {
        const doc = n.set.docs.get(n.id)!;
        const v = n.set.thread.virtual.find((x) => x.file === n.id)!;
        const it = new vscode.TreeItem(doc.title, C.Expanded);
        it.description = `${v.lines.length} lines rebuilt from quotes (the patch is not in the mail)`;
        it.tooltip = 'The replies quote a patch that is not in the opened mail: its quoted pieces, stitched together, carry the comments.';
        it.contextValue = 'mmstep.review.virtual';
        it.iconPath = new vscode.ThemeIcon('quote');
        it.command = { command: OPEN_PATCH, title: 'Open Quoted Code', arguments: [doc.uri] };
        return it;
      }
      case 'reply': {
        const m = n.reply.message;
        const it = new vscode.TreeItem(who(m.from), C.None);
        it.description = m.date ? shortDate(m.date) : '';
        it.tooltip = `${m.subject}\n${m.messageId}\n\n${n.reply.comments.filter((c) => c.depth === 0).map((c) => c.lines.map((l) => l.text).join('\n')).join('\n\n').slice(0, 800)}`;
        it.contextValue = 'mmstep.review.reply';
        it.iconPath = new vscode.ThemeIcon('comment');
        const doc = n.docId ? n.set.docs.get(n.docId) : undefined;
        if (doc) {
          const line = importedThreads({ ...n.set.thread, replies: [n.reply] }, n.docId!, doc.doc).find((t) => t.line > 1)?.line;
          it.command = { command: OPEN_PATCH, title: 'Show Reply in the Patch', arguments: [doc.uri, line] };
        }
        return it;
      }
      case 'trailer': {
        const it = new vscode.TreeItem(n.text, C.None);
        it.description = n.source === 'yours' ? 'yours (draft)' : n.source === 'reply' ? `given in ${n.trailer?.messageId}` : 'in the patch';
        it.contextValue = n.source === 'yours' ? 'mmstep.review.myTrailer' : 'mmstep.review.trailer';
        it.iconPath = new vscode.ThemeIcon(n.source === 'yours' ? 'edit' : 'pass');
        return it;
      }
    }
  }

  /** The whole tree as plain data (what the view shows). */
  async snapshot(n?: ReviewNode): Promise<TreeSnapshot[]> {
    const out: TreeSnapshot[] = [];
    for (const c of await this.getChildren(n)) {
      const it = this.getTreeItem(c);
      const label = typeof it.label === 'string' ? it.label : it.label?.label ?? '';
      const tooltip = typeof it.tooltip === 'string' ? it.tooltip : it.tooltip?.value;
      out.push({ label, description: typeof it.description === 'string' ? it.description : undefined, tooltip, contextValue: it.contextValue, children: await this.snapshot(c) });
    }
    return out;
  }

  dispose(): void {
    for (const s of this.subs) s.dispose();
    this.changed.dispose();
  }
}
