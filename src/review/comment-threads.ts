// Why: the comments UI shows earlier reviewers' words as threads at the document lines they
// quote, and the reviewer's drafts at the place they target. Which words make one thread, in what
// order, who wrote them, and which document line a draft target sits on is plain data computed
// here, so the extension only draws it and tests can assert it without VS Code.
import type { Anchor } from './anchor';
import type { DraftTarget } from './drafts';
import { COMMIT_MSG, docLineOf, type PatchDocument } from './patch-doc';
import { subjectKey } from './subject';
import type { ReviewThread } from './thread';

export interface ImportedComment {
  author: string;
  /** Date of the mail the words were written in; undefined for words only seen quoted. */
  date?: string;
  /** Message-ID of the mail the words were read from. */
  messageId: string;
  /** Quote depth in that mail: 0 = its author's own words, >0 = quoted from a mail not in the input. */
  depth: number;
  text: string;
}
export interface ImportedThread {
  /** 1-based document line the thread sits on. */
  line: number;
  anchor?: Anchor;
  comments: ImportedComment[];
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The imported threads on one patch document: replies threaded to `patchId` (or, for a virtual
 * document `virtual:<key>`, the replies without a patch of that subject), every comment with an
 * anchor, grouped by document line, in mail order. Words quoted again in a later mail are shown
 * once (where they were first seen); words with no anchor (the patch as a whole) go on line 1.
 */
export function importedThreads(t: ReviewThread, patchId: string, doc: PatchDocument): ImportedThread[] {
  const virtual = t.virtual.find((v) => v.file === patchId);
  const replies = t.replies.filter((r) => (virtual ? !r.patch && subjectKey(r.message.subject) === virtual.key : r.patch === patchId));
  const byLine = new Map<number, ImportedThread>();
  const seen = new Set<string>();
  for (const r of replies) {
    for (const c of r.comments) {
      const text = c.lines.map((l) => l.text).join('\n').replace(/^\n+|\n+$/g, '');
      if (!norm(text)) continue;
      let line: number | undefined;
      if (c.anchor) line = docLineOf(doc, c.anchor.file, c.anchor.side, c.anchor.line);
      else line = 1; // about the patch as a whole (or no quote matched)
      if (line === undefined) continue;
      const key = `${line}\n${norm(text)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let th = byLine.get(line);
      if (!th) byLine.set(line, (th = { line, anchor: c.anchor, comments: [] }));
      const own = c.depth === 0;
      th.comments.push({
        author: (own ? r.message.from.name || r.message.from.address : c.author) || 'unknown',
        date: own ? r.message.date : undefined,
        messageId: r.message.messageId,
        depth: c.depth,
        text,
      });
    }
  }
  return [...byLine.values()].sort((a, b) => a.line - b.line);
}

/** The `diff --git` line of `file` in the document (1-based), or undefined. */
export function fileHeaderLine(doc: PatchDocument, file: string): number | undefined {
  const lines = doc.text.split('\n');
  const i = lines.findIndex((l) => l.startsWith('diff --git ') && (l.endsWith(` b/${file}`) || l.includes(` a/${file} `)));
  return i < 0 ? undefined : i + 1;
}

/** The files a patch document's diff touches, in order. */
export function docFiles(doc: PatchDocument): string[] {
  const out: string[] = [];
  for (const l of doc.lines) if (l.file && l.file !== COMMIT_MSG && !out.includes(l.file)) out.push(l.file);
  return out;
}

/** Where a draft thread is drawn: its line, the file's `diff --git` line, or line 1 for the patch. */
export function docLineOfTarget(doc: PatchDocument, target: DraftTarget): number | undefined {
  if (target.kind === 'patch') return 1;
  if (target.kind === 'file') return fileHeaderLine(doc, target.file) ?? (docFiles(doc).includes(target.file) ? 1 : undefined);
  return docLineOf(doc, target.file, target.side, target.line);
}
