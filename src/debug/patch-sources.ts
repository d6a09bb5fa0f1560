// Why: a debug session that runs a patch under review must show and accept positions in two
// places the disk does not have. (1) A stack frame in a patched file shows the *patched* text:
// the file is served as a DAP source with a sourceReference, named "migrate_device.c (patched)"
// (its path stays the file's, so breakpoints set in that view land on the same patched lines).
// Decision: every frame of a patched file goes there, also on lines the patch shows — stepping
// through a function never jumps between two documents; the patch document is where a reviewer
// *sets* breakpoints. (2) A breakpoint set in the patch document arrives with source.path = the
// `mmstep-patch:` URI as VS Code spells it (uri.toString(): the whole query percent-encoded once
// more, `mail%3D%252F…%26id%3D…`) and lands on the patched line of its '+' or ' ' line; a '-'
// line, a header, the commit message or a hunk header is unverified with a message saying why.
import type { DebugProtocol } from '@vscode/debugprotocol';
import { buildPatchDocument, type PatchDocument } from '../review/patch-doc';
import { patchRefOfUri, PATCH_SCHEME, type PatchRef } from '../review/patch-ref';
import type { PatchRun } from '../review/patch-run';
import { normalizePath, type FileInfo, type PolicyFileAccess } from '../sim/source-policy';
import type { FileAccess } from '../sim/types';
import { baseName } from './convert';

/** Source references of patched files start here (no other source reference exists). */
export const PATCHED_REF_BASE = 1000;

/** A FileAccess whose target can be switched per launch (the real files, or a patch's overlay). */
export class SwitchableFiles implements PolicyFileAccess {
  current: FileAccess;
  readonly inspect?: (path: string) => Promise<FileInfo>;

  constructor(readonly base: FileAccess) {
    this.current = base;
    if ((base as PolicyFileAccess).inspect) {
      this.inspect = (p) => {
        const c = this.current as PolicyFileAccess;
        return (c.inspect ?? (base as PolicyFileAccess).inspect!).call(c.inspect ? c : base, p);
      };
    }
  }

  readText(path: string): Promise<string> {
    return this.current.readText(path);
  }

  readBytes(path: string): Promise<Uint8Array> {
    return this.current.readBytes(path);
  }

  resolve(from: string, rel: string): string {
    return this.current.resolve(from, rel);
  }

  sourceRoots(): string[] {
    return (this.base as PolicyFileAccess).sourceRoots?.() ?? [];
  }
}

/** A patch-document URI as VS Code sends it, however escaped: its PatchRef. */
export function patchRefOfClientPath(p: string): { ref?: PatchRef; error?: string } {
  if (!p.startsWith(`${PATCH_SCHEME}:`)) return { error: `not an ${PATCH_SCHEME}: URI` };
  const q = p.indexOf('?');
  if (q >= 0 && !p.slice(q + 1).includes('=') && /%3D/i.test(p.slice(q + 1))) {
    // uri.toString() encoded the query's own '=' and '&': undo that layer once.
    try {
      return patchRefOfUri(p.slice(0, q + 1) + decodeURIComponent(p.slice(q + 1)));
    } catch {
      return { error: 'patch URI: the query is not URI-encoded' };
    }
  }
  return patchRefOfUri(p);
}

export function isPatchDocPath(p: string): boolean {
  return p.startsWith(`${PATCH_SCHEME}:`);
}

export type BreakpointTarget = { file: string; line: number } | { error: string };

/** The patch run of one launch, as the session needs it: sources, breakpoint lines. */
export class PatchSources {
  private readonly refs: string[] = [];
  private readonly docs = new Map<string, PatchDocument>();

  constructor(readonly run: PatchRun) {
    for (const p of run.byPath.keys()) this.refs.push(p);
  }

  /** The DAP source of a frame in `file`, when the patch changed it. */
  frameSource(file: string): DebugProtocol.Source | undefined {
    const i = this.refs.indexOf(normalizePath(file));
    if (i < 0 || this.run.byPath.get(this.refs[i])!.text === undefined) return undefined;
    return {
      name: `${baseName(file)} (patched)`,
      path: file,
      sourceReference: PATCHED_REF_BASE + i,
      origin: `patched by ${this.run.target.message.messageId}`,
      presentationHint: 'emphasize',
    };
  }

  /** The patched text for a source reference, or undefined. */
  text(ref: number): string | undefined {
    const p = this.refs[ref - PATCHED_REF_BASE];
    return p === undefined ? undefined : this.run.byPath.get(p)?.text;
  }

  private doc(messageId: string): PatchDocument | undefined {
    let d = this.docs.get(messageId);
    if (!d) {
      const p = this.run.applied.find((q) => q.message.messageId === messageId);
      if (!p) return undefined;
      d = buildPatchDocument(p.message, p.body);
      this.docs.set(messageId, d);
    }
    return d;
  }

  /** Where a breakpoint on line `docLine` of the patch document `uri` lands in the patched files. */
  target(uri: string, docLine: number): BreakpointTarget {
    const r = patchRefOfClientPath(uri);
    if (!r.ref) return { error: `mmstep: ${r.error}` };
    const id = r.ref.messageId;
    const doc = this.doc(id);
    if (!doc) {
      return { error: `this session runs the patch ${this.run.target.message.messageId}${this.run.applied.length > 1 ? ` (and the ${this.run.applied.length - 1} before it)` : ''}, not ${id}` };
    }
    const l = doc.lines[docLine - 1];
    if (!l) return { error: `line ${docLine} is past the end of the patch document (${doc.lines.length} lines)` };
    if (l.kind !== 'diff' || !l.patchLine) {
      const what = { header: 'a mail header', message: 'the commit message', diffstat: 'the diffstat', file: 'a file header of the diff', hunk: 'a hunk header (@@)', other: 'not a diff line', diff: 'a diff line' }[l.kind];
      return { error: `line ${docLine} is ${what}, not code: set the breakpoint on a '+' or ' ' line of a hunk` };
    }
    if (l.patchLine.kind === '-') return { error: `line ${docLine} is a removed line ('-'): it does not run in the patched code; set the breakpoint on a '+' or ' ' line` };
    for (const [file, f] of this.run.byPath) {
      const i = f.lineMap.findIndex((o) => o?.messageId === id && o.mailLine === l.mailLine);
      if (i >= 0) return { file, line: i + 1 };
    }
    return { error: `line ${docLine} (${l.file}) is not in the patched files: a later patch of the series removed it` };
  }

  /** The patch-document line of patched line `line` of `file` from the patch `messageId`, if it shows it. */
  docLineOf(file: string, line: number, messageId: string): number | undefined {
    const o = this.run.byPath.get(normalizePath(file))?.lineMap[line - 1];
    return o && o.messageId === messageId ? o.docLine : undefined;
  }
}
