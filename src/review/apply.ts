// Why: running a patch means running the files as they are *after* the patch, without ever
// writing them. This applies parsed patches (one, or a series up to patch N, in order) to file
// texts in memory. Each hunk is placed like `patch` does — at its line, else the nearest offset
// where its '-' and context lines match, a few context lines allowed to differ (fuzz) — and the
// offset is reported. Every patched line remembers which patch line it came from ('+' or ' '),
// so a breakpoint in the patch document, a CodeLens and a stack frame agree on one line. A hunk
// that does not apply is a diagnostic at the mail's file:line:col of its @@ line, never a throw.
import { buildPatchDocument, docLineOfMailLine } from './patch-doc';
import { diag, type Diagnostic, type MailMessage, type PatchBody, type PatchFile, type PatchHunk } from './types';

/** Where a line of a patched file comes from: a '+' or ' ' line of a patch. */
export interface PatchedLineOrigin {
  messageId: string;
  kind: '+' | ' ';
  /** Mail file and line of the diff line. */
  mailFile: string;
  mailLine: number;
  /** Line of the patch document (patch-doc.ts) showing it. */
  docLine?: number;
}

export interface HunkPlacement {
  messageId: string;
  mailLine: number;
  /** Where the hunk said its old lines start, after the hunks before it moved things. */
  expected: number;
  /** Where they were found (1-based line of the file before this hunk). */
  actual: number;
  offset: number;
  /** Context lines that did not match. */
  fuzz: number;
}

export interface PatchedFile {
  /** Path relative to the tree the patch is for (`mm/migrate_device.c`). */
  path: string;
  /** The text after the patches; undefined when a patch deletes the file. */
  text?: string;
  created: boolean;
  deleted: boolean;
  /** lines[N-1]: where patched line N comes from (undefined: an unchanged line the patch does not show). */
  lineMap: (PatchedLineOrigin | undefined)[];
  /** 1-based inclusive ranges of patched lines a '+' line produced. */
  changed: { start: number; end: number }[];
  placements: HunkPlacement[];
}

export interface ApplyResult {
  files: Map<string, PatchedFile>;
  diagnostics: Diagnostic[];
  /** No error: every hunk of every patch applied. */
  ok: boolean;
}

export interface PatchToApply {
  message: MailMessage;
  body: PatchBody;
}

/** Reads a target file by its patch-relative path; undefined when it does not exist. */
export type TargetReader = (path: string) => Promise<string | undefined>;

export interface ApplyOptions {
  /** Context lines per hunk that may differ from the file (default 2). */
  fuzz?: number;
  /** How the target file is named in messages (default: its patch-relative path). */
  display?: (path: string) => string;
}

interface Line { text: string; origin?: PatchedLineOrigin }
interface WorkFile { path: string; lines: Line[] | undefined; finalNewline: boolean; created: boolean; deleted: boolean; placements: HunkPlacement[] }

export const DEV_NULL = '/dev/null';

/** The files a patch reads (old names) and writes (new names). */
export function patchTargets(body: PatchBody): string[] {
  const out = new Set<string>();
  for (const f of body.files) {
    if (f.oldName !== DEV_NULL) out.add(f.oldName);
    if (f.newName !== DEV_NULL) out.add(f.newName);
  }
  return [...out];
}

/** Apply `patches` in order; later patches see the earlier ones' results. */
export async function applyPatches(patches: PatchToApply[], read: TargetReader, opts: ApplyOptions = {}): Promise<ApplyResult> {
  const fuzz = opts.fuzz ?? 2;
  const display = opts.display ?? ((p: string) => p);
  const work = new Map<string, WorkFile>();
  const diagnostics: Diagnostic[] = [];
  const load = async (path: string): Promise<WorkFile> => {
    let w = work.get(path);
    if (w) return w;
    const text = await read(path);
    const finalNewline = text === undefined || text.endsWith('\n') || text === '';
    const lines = text === undefined ? undefined : splitLines(text).map((t) => ({ text: t }));
    w = { path, lines, finalNewline, created: false, deleted: false, placements: [] };
    work.set(path, w);
    return w;
  };
  for (const p of patches) {
    const doc = buildPatchDocument(p.message, p.body);
    const origin = (kind: '+' | ' ', mailLine: number): PatchedLineOrigin => {
      const docLine = docLineOfMailLine(doc, mailLine);
      return { messageId: p.message.messageId, kind, mailFile: p.message.file, mailLine, ...(docLine !== undefined ? { docLine } : {}) };
    };
    for (const f of p.body.files) {
      const where = fileHeaderLine(p.message, f);
      const creating = f.oldName === DEV_NULL;
      const deleting = f.newName === DEV_NULL;
      const src = await load(creating ? f.newName : f.oldName);
      if (creating) {
        if (src.lines !== undefined && !src.deleted) {
          diagnostics.push(diag(p.message.file, where, 1, `the patch creates ${display(f.newName)}, which already exists`));
          continue;
        }
        src.lines = [];
        src.created = !src.deleted;
        src.deleted = false;
        src.finalNewline = true;
      } else if (src.lines === undefined || src.deleted) {
        diagnostics.push(diag(p.message.file, where, 1, `the patch changes ${display(f.oldName)}, which does not exist${src.deleted ? ' (an earlier patch deleted it)' : ''}`));
        continue;
      }
      const next = applyFile(src.lines, f, fuzz, origin, p.message, display(f.oldName === DEV_NULL ? f.newName : f.oldName), diagnostics, src.placements);
      if (!next) continue;
      if (deleting) {
        if (next.length) diagnostics.push(diag(p.message.file, where, 1, `the patch deletes ${display(f.oldName)} but leaves ${next.length} line(s) in it`));
        src.lines = undefined;
        src.deleted = true;
        continue;
      }
      if (f.newName !== f.oldName && !creating) {
        // A rename: the old name is gone, the new one holds the text.
        const dst = await load(f.newName);
        if (dst.lines !== undefined && !dst.deleted) {
          diagnostics.push(diag(p.message.file, where, 1, `the patch renames ${display(f.oldName)} to ${display(f.newName)}, which already exists`));
          continue;
        }
        dst.lines = next;
        dst.created = true;
        dst.deleted = false;
        dst.finalNewline = src.finalNewline;
        dst.placements.push(...src.placements);
        src.lines = undefined;
        src.deleted = true;
        continue;
      }
      src.lines = next;
    }
  }
  const files = new Map<string, PatchedFile>();
  for (const w of work.values()) {
    if (!w.created && !w.deleted && !w.placements.length) continue;
    const lines = w.lines ?? [];
    const changed: { start: number; end: number }[] = [];
    lines.forEach((l, i) => {
      if (l.origin?.kind !== '+') return;
      const last = changed[changed.length - 1];
      if (last && last.end === i) last.end = i + 1;
      else changed.push({ start: i + 1, end: i + 1 });
    });
    files.set(w.path, {
      path: w.path,
      ...(w.lines !== undefined ? { text: lines.map((l) => l.text).join('\n') + (lines.length && w.finalNewline ? '\n' : '') } : {}),
      created: w.created,
      deleted: w.deleted,
      lineMap: lines.map((l) => l.origin),
      changed,
      placements: w.placements,
    });
  }
  return { files, diagnostics, ok: !diagnostics.some((d) => d.severity === 'error') };
}

/** `a\nb\n` → ['a', 'b'] (the final newline ends the last line, it does not start a new one). */
function splitLines(text: string): string[] {
  if (text === '') return [];
  const l = text.split('\n');
  if (l[l.length - 1] === '') l.pop();
  return l;
}

/** The mail line of the file's `--- a/...` header, else its first hunk. */
function fileHeaderLine(m: MailMessage, f: PatchFile): number {
  const lines = m.body.split('\n');
  const want = f.oldName === DEV_NULL ? `+++ b/${f.newName}` : `--- a/${f.oldName}`;
  const first = f.hunks[0]?.mailLine ?? m.bodyLine;
  for (let i = first - m.bodyLine; i >= 0; i--) if (lines[i] === want || lines[i]?.startsWith(want + '\t')) return m.bodyLine + i;
  return first;
}

function applyFile(
  start: Line[],
  f: PatchFile,
  fuzz: number,
  origin: (kind: '+' | ' ', mailLine: number) => PatchedLineOrigin,
  m: MailMessage,
  target: string,
  diagnostics: Diagnostic[],
  placements: HunkPlacement[],
): Line[] | undefined {
  const out: Line[] = [];
  let pos = 0; // next unconsumed line of `start` (0-based)
  let delta = 0; // lines the earlier hunks of this file added minus removed
  let ok = true;
  f.hunks.forEach((h, hi) => {
    if (!ok) return;
    const old = h.lines.filter((l) => l.kind !== '+');
    const expected = Math.max(h.oldLines === 0 ? h.oldStart : h.oldStart - 1, 0) + delta;
    const found = place(start, old.map((l) => ({ text: l.text, context: l.kind === ' ' })), expected, pos, fuzz);
    if (!found.ok) {
      ok = false;
      diagnostics.push(diag(m.file, h.mailLine, 1, `hunk #${hi + 1} (${hunkHead(h)}) does not apply to ${target}: ${found.why}`));
      return;
    }
    out.push(...start.slice(pos, found.at));
    let k = found.at;
    for (const l of h.lines) {
      if (l.kind === '-') { k++; continue; }
      if (l.kind === ' ') {
        // The file's own line (it may differ from the patch's by fuzz), known now as part of the patch.
        out.push({ text: start[k].text, origin: origin(' ', l.mailLine) });
        k++;
        continue;
      }
      out.push({ text: l.text, origin: origin('+', l.mailLine) });
    }
    placements.push({ messageId: m.messageId, mailLine: h.mailLine, expected: expected + 1, actual: found.at + 1, offset: found.at - expected, fuzz: found.fuzz });
    if (found.fuzz > 0) {
      diagnostics.push(diag(m.file, h.mailLine, 1, `hunk #${hi + 1} (${hunkHead(h)}) applied to ${target} at line ${found.at + 1} with fuzz ${found.fuzz}: ${found.fuzz} of its context lines differ from the file`, 'warning'));
    }
    delta += h.newLines - h.oldLines + (found.at - expected);
    pos = k;
  });
  if (!ok) return undefined;
  out.push(...start.slice(pos));
  return out;
}

function hunkHead(h: PatchHunk): string {
  return `-${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines}`;
}

type Placed = { ok: true; at: number; fuzz: number } | { ok: false; why: string };

/**
 * Where `want` matches `lines` at or after `min`: the nearest position to `expected` where every
 * removed line matches exactly and at most `fuzz` context lines differ.
 */
function place(lines: Line[], want: { text: string; context: boolean }[], expected: number, min: number, fuzz: number): Placed {
  const n = want.length;
  const max = lines.length - n;
  if (n === 0) return expected >= min && expected <= lines.length ? { ok: true, at: expected, fuzz: 0 } : { ok: true, at: Math.min(Math.max(expected, min), lines.length), fuzz: 0 };
  let best: { at: number; mismatch: number; first: number } | undefined;
  const score = (at: number): { bad: boolean; mismatch: number; first: number } => {
    let mismatch = 0, first = -1, bad = false;
    for (let i = 0; i < n; i++) {
      if (lines[at + i].text === want[i].text) continue;
      if (first < 0) first = i;
      mismatch++;
      if (!want[i].context) bad = true;
    }
    return { bad, mismatch, first };
  };
  const span = Math.max(expected - min, max - expected);
  for (let d = 0; d <= span; d++) {
    for (const at of d === 0 ? [expected] : [expected - d, expected + d]) {
      if (at < min || at > max) continue;
      const s = score(at);
      if (!s.bad && s.mismatch <= fuzz) return { ok: true, at, fuzz: s.mismatch };
      if (!best || s.mismatch < best.mismatch) best = { at, mismatch: s.mismatch, first: s.first };
    }
  }
  if (max < min) return { ok: false, why: `the file has only ${lines.length} lines; the hunk needs ${n} from line ${expected + 1}` };
  const b = best!;
  const i = b.first;
  const fileLine = lines[b.at + i]?.text ?? '';
  return {
    ok: false,
    why: `no place matches its ${n} old lines (fuzz ${fuzz}); nearest is line ${b.at + 1}${b.at === expected ? ' (where it says)' : ` (offset ${b.at - expected})`}, where line ${b.at + i + 1} reads '${clip(fileLine)}' but the patch ${want[i].context ? 'has as context' : 'removes'} '${clip(want[i].text)}'${b.mismatch > 1 ? ` (${b.mismatch} lines differ)` : ''}`,
  };
}

function clip(s: string): string {
  const t = s.trim();
  return t.length > 60 ? t.slice(0, 57) + '...' : t;
}
