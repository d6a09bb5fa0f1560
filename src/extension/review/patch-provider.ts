// Why: a patch opens as a read-only `mmstep-patch:` document whose text is buildPatchDocument's
// (headers, commit message, diff) — or a virtual document rebuilt from quotes. The URI alone names
// it (PatchRef: mail files + Message-ID), so it is served again after a window reload by re-reading
// the mails. It is a read-only FileSystemProvider, not a TextDocumentContentProvider: the workbench
// restores editors of a file system after a reload (`onFileSystem:mmstep-patch` activates us), but
// not those of a content provider. The document gets the `mmstep-patch` language (its grammar
// highlights the hunks as C); a custom scheme's `.patch` name would otherwise make it a plain diff.
import * as vscode from 'vscode';
import { PATCH_SCHEME, decodePatchRef } from '../../review/patch-ref';
import type { ReviewSets } from './review-sets';

export const PATCH_LANGUAGE = 'mmstep-patch';

const encoder = new TextEncoder();

export class PatchFileSystem implements vscode.FileSystemProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;
  private readonly subs: vscode.Disposable[];
  /** When each set was read: the documents' mtime, so a re-read shows as a change. */
  private readonly readAt = new Map<string, number>();

  constructor(private readonly sets: ReviewSets) {
    this.subs = [
      vscode.workspace.registerFileSystemProvider(PATCH_SCHEME, this, { isReadonly: true, isCaseSensitive: true }),
      vscode.workspace.onDidOpenTextDocument((d) => void setLanguage(d)),
      // A set read again serves its open documents' new text.
      sets.onDidChange((set) => {
        this.readAt.set(set.key, Date.now());
        const events: vscode.FileChangeEvent[] = [];
        for (const d of vscode.workspace.textDocuments) {
          if (d.uri.scheme === PATCH_SCHEME && decodePatchRef(d.uri.query).ref?.mails.join('\n') === set.mails.join('\n')) {
            events.push({ type: vscode.FileChangeType.Changed, uri: d.uri });
          }
        }
        if (events.length) this.changed.fire(events);
      }),
    ];
    for (const d of vscode.workspace.textDocuments) void setLanguage(d);
  }

  /** The document's text; what cannot be served is said in the text itself (never a crash). */
  async text(uri: vscode.Uri): Promise<{ text: string; key?: string }> {
    const { ref, error } = decodePatchRef(uri.query);
    if (!ref) return { text: `mmstep: this patch URI cannot be opened: ${error}\n` };
    try {
      const set = await this.sets.load(ref.mails);
      const doc = set.docs.get(ref.messageId);
      if (doc) return { text: doc.doc.text + '\n', key: set.key };
      return { text: `mmstep: ${ref.messageId} is not a patch in ${ref.mails.join(', ')} (any more?)\n`, key: set.key };
    } catch (e) {
      return { text: `mmstep: ${(e as Error).message}\n` };
    }
  }

  async stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    const { text, key } = await this.text(uri);
    const t = (key && this.readAt.get(key)) || 0;
    return { type: vscode.FileType.File, ctime: t, mtime: t, size: encoder.encode(text).length, permissions: vscode.FilePermission.Readonly };
  }

  async readFile(uri: vscode.Uri): Promise<Uint8Array> {
    return encoder.encode((await this.text(uri)).text);
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  readDirectory(): [string, vscode.FileType][] {
    return [];
  }

  createDirectory(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  writeFile(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  delete(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  rename(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
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
