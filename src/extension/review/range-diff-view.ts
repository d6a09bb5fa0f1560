// Why: a reviewer of v13 wants to see what changed since v12 before reading v13 again — the
// range-diff b4 and git show. The text comes from src/review/range-diff.ts; this shows it as a
// read-only `mmstep-range-diff:` document (diff highlighting) for one patch (against the same
// patch of the revision before) or for a whole series.
import * as vscode from 'vscode';
import { formatRangeDiff, formatRangeDiffEntry, patchRangeDiff, rangeDiff } from '../../review/range-diff';
import type { Series } from '../../review/thread';
import { PATCH_SCHEME, decodePatchRef } from '../../review/patch-ref';
import type { ReviewSet, ReviewSets } from './review-sets';

export const RANGE_DIFF_SCHEME = 'mmstep-range-diff';

/** What the command is given: a tree node (patch or series) or a patch document's URI. */
export type RangeDiffArg = vscode.Uri | { set?: { key: string }; patch?: { message: { messageId: string } }; series?: Series } | undefined;

export class RangeDiffView implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private readonly reg = vscode.workspace.registerTextDocumentContentProvider(RANGE_DIFF_SCHEME, this);
  private n = 0;

  constructor(private readonly sets: ReviewSets) {}

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? 'mmstep: this range-diff is gone (show it again from the Patch Review view)\n';
  }

  /** The range-diff text for `arg`, or a message saying why there is none. */
  textFor(arg: RangeDiffArg): { title: string; text?: string; error?: string } {
    const { set, messageId, series } = this.resolve(arg);
    if (!set) return { title: '', error: 'open a patch of a review first (from the Patch Review view)' };
    if (series) {
      const earlier = set.thread.series.filter((s) => s.version < series.version);
      const from = earlier[earlier.length - 1];
      if (!from) return { title: '', error: `the mails hold no revision of this series before v${series.version}` };
      const rd = rangeDiff(from, series);
      return { title: `range-diff v${from.version}..v${series.version}`, text: formatRangeDiff(rd, { from: from.total, to: series.total }) };
    }
    if (!messageId) return { title: '', error: 'no patch chosen' };
    const r = patchRangeDiff(set.thread, messageId);
    if (!r) return { title: '', error: 'the mails hold no earlier revision of this patch\'s series' };
    const head = `range-diff v${r.from.version}..v${r.to.version}`;
    return { title: head, text: [head, ...formatRangeDiffEntry(r.entry, { from: r.from.total, to: r.to.total })].join('\n') + '\n' };
  }

  async show(arg: RangeDiffArg): Promise<vscode.Uri | undefined> {
    const r = this.textFor(arg);
    if (!r.text) {
      void vscode.window.showInformationMessage(`mmstep: ${r.error}`);
      return undefined;
    }
    const uri = vscode.Uri.from({ scheme: RANGE_DIFF_SCHEME, path: `/${++this.n}/${r.title.replace(/[^A-Za-z0-9.]+/g, '-')}.diff` });
    this.texts.set(uri.toString(), r.text);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.languages.setTextDocumentLanguage(doc, 'diff');
    await vscode.window.showTextDocument(doc, { preview: true });
    return uri;
  }

  private resolve(arg: RangeDiffArg): { set?: ReviewSet; messageId?: string; series?: Series } {
    const all = this.sets.all();
    const uri = arg instanceof vscode.Uri ? arg : arg === undefined ? vscode.window.activeTextEditor?.document.uri : undefined;
    if (uri) {
      if (uri.scheme !== PATCH_SCHEME) return {};
      const { ref } = decodePatchRef(uri.query);
      if (!ref) return {};
      const set = all.find((s) => s.docs.has(ref.messageId) && ref.mails.every((m) => s.mails.includes(m)));
      return { set, messageId: ref.messageId };
    }
    const n = arg as Exclude<RangeDiffArg, vscode.Uri | undefined>;
    const set = all.find((s) => s.key === n.set?.key);
    if (n.patch) return { set, messageId: n.patch.message.messageId };
    return { set, series: n.series };
  }

  dispose(): void {
    this.reg.dispose();
    this.texts.clear();
  }
}
