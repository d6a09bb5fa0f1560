// Why: a patch is shown, commented on, stepped through and replied to as one read-only document:
// a few mail headers, then the mail body as sent (commit message, diffstat, diff). Every other
// review module (comments, breakpoints in the patch, CodeLens, reply quoting) needs the same
// mapping between a document line and what it is (a commit-message line, a diff line with its
// file and old/new line), so it is computed once here, from plain data.
import type { AnchorSide } from './anchor';
import type { MailMessage, PatchBody, PatchLine } from './types';
import type { VirtualDocument } from './virtual';

export type PatchDocLineKind = 'header' | 'message' | 'diffstat' | 'file' | 'hunk' | 'diff' | 'other';
export interface PatchDocLine {
  kind: PatchDocLineKind;
  /** 1-based line of the mail file this document line shows (undefined for the header lines). */
  mailLine?: number;
  /** 'message': 1-based commit-message line (the `COMMIT_MSG` target of anchor.ts). */
  msgLine?: number;
  /** 'diff' and 'hunk': the file the line belongs to (new name, old name for a deletion). */
  file?: string;
  /** 'diff': the diff line itself (kind, text, oldLine/newLine). */
  patchLine?: PatchLine;
}
export interface PatchDocument {
  /** The document's text, '\n'-separated, no final newline. */
  text: string;
  /** lines[N-1] describes document line N. */
  lines: PatchDocLine[];
  /** Number of header lines (and the blank after them) above the body. */
  headerLines: number;
}

export const COMMIT_MSG = 'COMMIT_MSG';

/** The patch as a document: From/Date/Subject/Message-ID, a blank, then the body up to its signature. */
export function buildPatchDocument(message: MailMessage, body: PatchBody): PatchDocument {
  const head = [`From: ${fmtAddr(message.from)}`];
  if (message.date) head.push(`Date: ${message.date}`);
  head.push(`Subject: ${message.subject}`, `Message-ID: ${message.messageId}`, '');
  const bodyLines = message.body.replace(/\n$/, '').split('\n');
  const lines: PatchDocLine[] = head.map(() => ({ kind: 'header' as const }));
  const byMail = new Map<number, { line: PatchLine; file: string }>();
  const hunkAt = new Map<number, string>();
  for (const f of body.files) {
    const file = fileName(f);
    for (const h of f.hunks) {
      hunkAt.set(h.mailLine, file);
      for (const l of h.lines) byMail.set(l.mailLine, { line: l, file });
    }
  }
  const firstDiff = Math.min(...[...hunkAt.keys()], Number.MAX_SAFE_INTEGER);
  let msgLine = 0;
  let inMessage = true;
  let end = bodyLines.length;
  if (body.signature !== undefined) {
    const sig = bodyLines.lastIndexOf('-- ');
    if (sig >= 0) end = sig;
  }
  for (let i = 0; i < end; i++) {
    const mailLine = message.bodyLine + i;
    const text = bodyLines[i];
    if (inMessage && (text === '---' || text.startsWith('diff --git ') || mailLine >= firstDiff)) inMessage = false;
    const hit = byMail.get(mailLine);
    if (hit) lines.push({ kind: 'diff', mailLine, file: hit.file, patchLine: hit.line });
    else if (hunkAt.has(mailLine)) lines.push({ kind: 'hunk', mailLine, file: hunkAt.get(mailLine) });
    else if (inMessage && msgLine < body.commitMessage.length) lines.push({ kind: 'message', mailLine, msgLine: ++msgLine });
    else if (/^(diff --git |--- |\+\+\+ |index |new file mode|deleted file mode|similarity index|rename (from|to) )/.test(text)) lines.push({ kind: 'file', mailLine });
    else if (!inMessage && mailLine < firstDiff && text !== '---') lines.push({ kind: 'diffstat', mailLine });
    else lines.push({ kind: 'other', mailLine });
  }
  return { text: [...head, ...bodyLines.slice(0, end)].join('\n'), lines, headerLines: head.length };
}

/** A virtual document (a thread without its patch): line N is the quoted fragment line N. */
export function buildVirtualPatchDocument(v: VirtualDocument): PatchDocument {
  return {
    text: v.lines.join('\n'),
    headerLines: 0,
    lines: v.targets.map((t) => ({ kind: 'diff' as const, file: v.file, patchLine: { kind: t.kind as PatchLine['kind'], text: t.text, oldLine: t.oldLine, newLine: t.newLine, mailLine: 0 } })),
  };
}

/** The document line showing (file, side, line), or undefined when the patch does not show it. */
export function docLineOf(doc: PatchDocument, file: string, side: AnchorSide, line: number): number | undefined {
  for (let i = 0; i < doc.lines.length; i++) {
    const l = doc.lines[i];
    if (side === 'message') { if (l.kind === 'message' && l.msgLine === line) return i + 1; continue; }
    if (side === 'file') { if (l.kind === 'file' && isFileHeader(doc, i, file)) return i + 1; continue; }
    if (l.kind !== 'diff' || l.file !== file || !l.patchLine) continue;
    const p = l.patchLine;
    if (side === 'new' ? p.kind !== '-' && p.newLine === line : p.kind !== '+' && p.oldLine === line) return i + 1;
  }
  return undefined;
}

/** The document line showing a given mail-file line (quotes and reply anchors use mail lines). */
export function docLineOfMailLine(doc: PatchDocument, mailLine: number): number | undefined {
  const i = doc.lines.findIndex((l) => l.mailLine === mailLine);
  return i < 0 ? undefined : i + 1;
}

/** Where a document line points: its file and the line on the side a reader means. */
export function targetOfDocLine(doc: PatchDocument, docLine: number): { file: string; side: AnchorSide; line: number } | undefined {
  const l = doc.lines[docLine - 1];
  if (!l) return undefined;
  if (l.kind === 'message') return { file: COMMIT_MSG, side: 'message', line: l.msgLine! };
  if (l.kind !== 'diff' || !l.patchLine) return undefined;
  const p = l.patchLine;
  return p.kind === '-' ? { file: l.file!, side: 'old', line: p.oldLine! } : { file: l.file!, side: 'new', line: p.newLine! };
}

/** Whether document line i+1 is the `diff --git` line of `file`. */
function isFileHeader(doc: PatchDocument, i: number, file: string): boolean {
  const text = doc.text.split('\n')[i] ?? '';
  return text.startsWith('diff --git ') && (text.endsWith(` b/${file}`) || text.includes(` a/${file} `));
}

function fileName(f: { oldName: string; newName: string }): string {
  return f.newName === '/dev/null' ? f.oldName : f.newName;
}

function fmtAddr(a: { name: string; address: string }): string {
  return a.name ? `${a.name} <${a.address}>` : `<${a.address}>`;
}
