// Why: every part of the review UI (tree, patch documents, comments, drafts) works on a "review
// set": the mail files opened together, read once through the workspace file system (never
// written), parsed by src/review, with one patch document per patch. A set is named by its files
// alone (PatchRef.mails), so a `mmstep-patch:` URI restored after a reload finds or re-reads it.
import * as vscode from 'vscode';
import { draftsKey } from '../../review/drafts';
import { buildPatchDocument, buildVirtualPatchDocument, type PatchDocument } from '../../review/patch-doc';
import { PATCH_SCHEME, encodePatchRef, type PatchRef } from '../../review/patch-ref';
import { openMail, type ReviewInput, type ReviewThread, type SeriesPatch } from '../../review/thread';
import { patchLabel } from '../../review/tree-labels';
import type { Diagnostic } from '../../review/types';

/** Mail files are larger than C sources (a b4 mbox of a long series): 64 MiB is still bounded. */
export const MAX_MAIL_BYTES = 64 << 20;

export interface ReviewDoc {
  ref: PatchRef;
  uri: vscode.Uri;
  title: string;
  doc: PatchDocument;
  /** The patch, or undefined for a virtual document (a thread without its patch). */
  patch?: SeriesPatch;
}

export interface ReviewSet {
  key: string;
  mails: string[];
  thread: ReviewThread;
  /** By Message-ID (or `virtual:<key>` for a virtual document). */
  docs: Map<string, ReviewDoc>;
}

/** A mail path as PatchRef keeps it: a file path, or a full URI for another file system. */
export function mailUri(p: string): vscode.Uri {
  return /^[a-z][a-z0-9+.-]+:\/\//i.test(p) ? vscode.Uri.parse(p) : vscode.Uri.file(p);
}
export function mailPath(u: vscode.Uri): string {
  return u.scheme === 'file' ? u.fsPath : u.toString();
}

function why(e: unknown): string {
  if (e instanceof vscode.FileSystemError && (e.code === 'FileNotFound' || e.code === 'EntryNotFound')) return 'file not found';
  return e instanceof Error ? e.message : String(e);
}

/** Reads one mail file as text; throws an Error naming the file and the reason. */
export async function readMail(p: string): Promise<string> {
  const uri = mailUri(p);
  let stat: vscode.FileStat;
  try {
    stat = await vscode.workspace.fs.stat(uri);
  } catch (e) {
    throw new Error(`cannot read ${p}: ${why(e)}`);
  }
  if (!(stat.type & vscode.FileType.File)) throw new Error(`cannot read ${p}: ${stat.type & vscode.FileType.Directory ? 'is a directory' : 'is not a regular file'}`);
  if (stat.size > MAX_MAIL_BYTES) throw new Error(`cannot read ${p}: ${stat.size} bytes, more than the limit of ${MAX_MAIL_BYTES}`);
  try {
    // Mail is 7bit/8bit text; parseMessage decodes each part's charset from the raw text.
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch (e) {
    throw new Error(`cannot read ${p}: ${why(e)}`);
  }
}

export function patchUri(ref: PatchRef, title: string): vscode.Uri {
  const { path, query } = encodePatchRef(ref, title);
  return vscode.Uri.from({ scheme: PATCH_SCHEME, path, query });
}

export class ReviewSets {
  private readonly sets = new Map<string, ReviewSet>();
  private readonly loading = new Map<string, Promise<ReviewSet>>();
  private readonly changed = new vscode.EventEmitter<ReviewSet>();
  readonly onDidChange = this.changed.event;

  all(): ReviewSet[] {
    return [...this.sets.values()];
  }

  get(mails: string[]): ReviewSet | undefined {
    return this.sets.get(draftsKey(mails));
  }

  /** The set of these files, read now (or the one read before); errors reading a file throw. */
  async load(mails: string[], reread = false): Promise<ReviewSet> {
    const key = draftsKey(mails);
    if (!reread) {
      const have = this.sets.get(key) ?? (await this.loading.get(key));
      if (have) return have;
    }
    const p = this.read(key, mails);
    this.loading.set(key, p);
    try {
      const set = await p;
      this.sets.set(key, set);
      this.changed.fire(set);
      return set;
    } finally {
      this.loading.delete(key);
    }
  }

  close(key: string): void {
    const s = this.sets.get(key);
    if (s && this.sets.delete(key)) this.changed.fire(s);
  }

  /** The document a PatchRef names, loading its set when needed. */
  async doc(ref: PatchRef): Promise<ReviewDoc | undefined> {
    const set = await this.load(ref.mails);
    return set.docs.get(ref.messageId);
  }

  private async read(key: string, mails: string[]): Promise<ReviewSet> {
    const inputs: ReviewInput[] = [];
    for (const m of mails) inputs.push({ file: m, text: await readMail(m) });
    const thread = await openMail(inputs);
    const docs = new Map<string, ReviewDoc>();
    for (const s of thread.series) {
      for (const p of [...(s.cover ? [s.cover] : []), ...s.patches]) {
        const ref = { mails, messageId: p.message.messageId };
        const title = patchLabel(p, s);
        docs.set(ref.messageId, { ref, uri: patchUri(ref, p.message.subject), title, doc: buildPatchDocument(p.message, p.body), patch: p });
      }
    }
    for (const v of thread.virtual) {
      const ref = { mails, messageId: v.file };
      const title = `quoted: ${v.key}`;
      docs.set(v.file, { ref, uri: patchUri(ref, v.key), title, doc: buildVirtualPatchDocument(v) });
    }
    return { key, mails, thread, docs };
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export type { Diagnostic };
