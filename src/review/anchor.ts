// Why: an earlier reviewer's words belong at the patch lines they quote. Each quoted diff line is
// matched to the patch (file, old/new side, line): exactly when the quote is verbatim, fuzzily when
// the mail client changed whitespace, rewrapped a long line or the replier trimmed it; elisions
// let the match skip patch lines. Quoted prose is matched to the commit message instead.
import type { PatchFile, PatchLine } from './types';
import type { QuoteLine } from './quotes';

/** 'file': the comment is about a whole file of the patch (it quotes the file's `diff --git` line; line 0). */
export type AnchorSide = 'old' | 'new' | 'message' | 'file';
export interface LineAnchor { quoteMailLine: number; file: string; side: AnchorSide; line: number; exact: boolean }
export interface Anchor {
  file: string;
  side: AnchorSide;
  /** The patch line the comment follows: the last quoted line that matched. */
  line: number;
  exact: boolean;
  lines: LineAnchor[];
  /** Quoted lines (not blank, not elision) that found no patch line. */
  unmatched: number[];
}

export interface TargetLine { file: string; kind: PatchLine['kind'] | 'msg' | 'file'; text: string; oldLine?: number; newLine?: number; msgLine?: number }

/** Every diff line of the patch files, then every commit-message line, in order. */
export function targetLines(files: PatchFile[], commitMessage: string[] = [], messageName = 'COMMIT_MSG'): TargetLine[] {
  const out: TargetLine[] = [];
  commitMessage.forEach((text, i) => out.push({ file: messageName, kind: 'msg', text, msgLine: i + 1 }));
  for (const f of files) {
    const file = f.newName === '/dev/null' ? f.oldName : f.newName;
    // git names a created or deleted file on both sides of its `diff --git` line
    const a = f.oldName === '/dev/null' ? f.newName : f.oldName;
    out.push({ file, kind: 'file', text: `diff --git a/${a} b/${file}` });
    for (const h of f.hunks) for (const l of h.lines) out.push({ file, kind: l.kind, text: l.text, oldLine: l.oldLine, newLine: l.newLine });
  }
  return out;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** 2 = exact, 1 = fuzzy, 0 = no match. */
function score(q: string, t: TargetLine): number {
  if (t.kind === 'file') return q.trim() === t.text ? 2 : 0;
  const isDiff = t.kind !== 'msg';
  const qKind = q === '' ? ' ' : q[0];
  const full = isDiff ? t.kind + t.text : t.text;
  if (q === full || (q === '' && isDiff && t.kind === ' ' && t.text === '')) return 2;
  if (isDiff && qKind !== t.kind && /^[-+ ]/.test(q)) return 0;
  const nq = norm(isDiff && /^[-+ ]/.test(q) ? q.slice(1) : q), nt = norm(t.text);
  if (nq === nt && (nq !== '' || isDiff)) return 1;
  if (nq.length >= 8 && (nt.startsWith(nq) || nt.endsWith(nq))) return 1;
  return 0;
}

function toLine(q: QuoteLine, t: TargetLine, exact: boolean): LineAnchor {
  if (t.kind === 'msg') return { quoteMailLine: q.mailLine, file: t.file, side: 'message', line: t.msgLine!, exact };
  if (t.kind === 'file') return { quoteMailLine: q.mailLine, file: t.file, side: 'file', line: 0, exact };
  const side = t.kind === '-' ? 'old' : 'new';
  return { quoteMailLine: q.mailLine, file: t.file, side, line: (side === 'old' ? t.oldLine : t.newLine)!, exact };
}

/** Anchor one quoted block to the target lines; undefined when nothing in it matches. */
export function anchorQuote(quote: QuoteLine[], targets: TargetLine[]): Anchor | undefined {
  const qs = quote.filter((l) => l.kind === 'text' || l.kind === 'blank' || l.kind === 'elision');
  const key = qs.findIndex((l) => l.kind === 'text' && norm(l.text).length >= 6);
  if (key < 0) return undefined;
  let best: { matched: Array<{ q: QuoteLine; t: number; s: number }>; total: number } | undefined;
  for (let j = 0; j < targets.length; j++) {
    if (!score(qs[key].text, targets[j])) continue;
    const matched: Array<{ q: QuoteLine; t: number; s: number }> = [];
    // Backwards from the key line, then forwards; a gap is allowed only at an elision or a rewrap.
    let c = j;
    for (let k = key; k >= 0; k--) {
      const q = qs[k];
      if (q.kind === 'elision' || q.kind === 'blank' && k !== key) { if (q.kind === 'blank' && c >= 0 && score('', targets[c])) { matched.unshift({ q, t: c, s: 2 }); c--; } continue; }
      const lo = qs[k + 1]?.kind === 'elision' ? 0 : Math.max(0, c - 1);
      let hit = -1;
      for (let t = c; t >= lo; t--) if (score(q.text, targets[t])) { hit = t; break; }
      if (hit < 0) continue;
      matched.unshift({ q, t: hit, s: score(q.text, targets[hit]) });
      c = hit - 1;
    }
    c = j + 1;
    for (let k = key + 1; k < qs.length; k++) {
      const q = qs[k];
      if (q.kind === 'elision') { c = Math.max(c, 0); continue; }
      const prevElided = qs[k - 1]?.kind === 'elision';
      const hi = prevElided ? targets.length - 1 : Math.min(targets.length - 1, c + 1);
      let hit = -1;
      for (let t = c; t <= hi; t++) if (score(q.kind === 'blank' ? '' : q.text, targets[t])) { hit = t; break; }
      if (hit < 0 && q.kind === 'text' && matched.length) {
        // A rewrapped line: the continuation is part of the line matched just before.
        const prev = matched[matched.length - 1];
        if (norm(targets[prev.t].text).includes(norm(q.text))) { matched.push({ q, t: prev.t, s: 1 }); continue; }
      }
      if (hit < 0) continue;
      matched.push({ q, t: hit, s: score(q.kind === 'blank' ? '' : q.text, targets[hit]) });
      c = hit + 1;
    }
    const total = matched.reduce((a, m) => a + m.s, 0);
    if (!best || total > best.total) best = { matched, total };
  }
  if (!best) return undefined;
  const lines = best.matched.map((m) => toLine(m.q, targets[m.t], m.s === 2));
  const got = new Set(best.matched.map((m) => m.q.mailLine));
  const unmatched = qs.filter((l) => l.kind === 'text' && !got.has(l.mailLine)).map((l) => l.mailLine);
  const blank = new Set(qs.filter((q) => q.kind === 'blank').map((q) => q.mailLine));
  const last = [...lines].reverse().find((l) => !blank.has(l.quoteMailLine)) ?? lines[lines.length - 1];
  return { file: last.file, side: last.side, line: last.line, exact: lines.every((l) => l.exact) && unmatched.length === 0, lines, unmatched };
}
