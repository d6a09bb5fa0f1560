// Why: a reviewer of v13 wants to know what changed since v12, patch by patch, as `git range-diff`
// shows it: each patch of the new revision paired with its old self (by subject, then, for a
// renamed patch, by how alike the diffs are), and per pair an interdiff of the two patch texts
// (commit message + diff) where hunk line numbers and index lines are left out, so a hunk that
// only moved is no change. Patches with no partner are added or removed. Runs on the parsed mail.
import { diffArrays, structuredPatch } from 'diff';
import type { ReviewThread, Series, SeriesPatch } from './thread';
import { subjectKey } from './subject';

export type RangeDiffStatus = '=' | '!' | '<' | '>';

export interface RangeDiffHunk {
  /** Where the hunk is, as git range-diff says it: `Commit message`, `mm/file.c: static int f(...)`. */
  section: string;
  /** Interdiff lines: ' ', '-' or '+' then a line of the patch text (itself `+foo`, `-bar`, ...). */
  lines: string[];
}

export interface RangeDiffEntry {
  /** `=` same, `!` changed, `<` only in the old revision, `>` only in the new one. */
  status: RangeDiffStatus;
  old?: { index: number; messageId: string; topic: string };
  new?: { index: number; messageId: string; topic: string };
  /** How the pair was found. */
  pairedBy?: 'subject' | 'diff';
  /** Share of lines the two diffs have in common, 0..1 (pairs only). */
  similarity?: number;
  hunks: RangeDiffHunk[];
}

export interface RangeDiff { from: number; to: number; entries: RangeDiffEntry[] }

/** Diffs less alike than this are not the same patch (git range-diff's creation factor is 60%). */
export const MIN_SIMILARITY = 0.4;

/** The hunk header's text after the second `@@` (the function git names), read from the mail. */
function hunkSection(p: SeriesPatch, mailLine: number): string {
  const line = p.message.body.split('\n')[mailLine - p.message.bodyLine] ?? '';
  const m = /^@@ [^@]* @@ ?(.*)$/.exec(line);
  return m ? m[1] : '';
}

/** The patch as range-diff compares it: subject and commit message, then each file's hunks. */
export function patchText(p: SeriesPatch): { message: string[]; diff: string[] } {
  const message = ['## Commit message ##', p.subject.topic, '', ...p.body.commitMessage];
  const diff: string[] = [];
  for (const f of p.body.files) {
    const name = f.newName === '/dev/null' ? f.oldName : f.newName;
    const what = f.oldName === '/dev/null' ? ' (new)' : f.newName === '/dev/null' ? ' (deleted)' : f.oldName !== f.newName ? ` (was ${f.oldName})` : '';
    diff.push(`## ${name}${what} ##`);
    for (const h of f.hunks) {
      diff.push(`@@ ${hunkSection(p, h.mailLine)}`.trimEnd());
      for (const l of h.lines) diff.push(l.kind + l.text);
    }
  }
  return { message, diff };
}

/** Lines the two diffs share, as a share of both: 1 = same lines, 0 = nothing in common. */
export function diffSimilarity(a: string[], b: string[]): number {
  if (!a.length && !b.length) return 1;
  const common = diffArrays(a, b).filter((c) => !c.added && !c.removed).reduce((n, c) => n + c.count, 0);
  return (2 * common) / (a.length + b.length);
}

function interdiff(a: string[], b: string[]): RangeDiffHunk[] {
  const sp = structuredPatch('old', 'new', a.join('\n') + '\n', b.join('\n') + '\n', '', '', { context: 3 });
  return sp.hunks.map((h) => {
    // Named as git range-diff names it: the section, and the function of the nearest patch hunk.
    let file = '', fn = '';
    for (let i = Math.min(h.oldStart + 2, a.length) - 1; i >= 0 && !file; i--) {
      const sec = /^## (.*) ##$/.exec(a[i]);
      if (sec) file = sec[1];
      else if (!fn && a[i].startsWith('@@ ')) fn = a[i].slice(3);
    }
    return { section: fn && file ? `${file}: ${fn}` : file, lines: h.lines.filter((l) => !l.startsWith('\\')) };
  });
}

const ref = (p: SeriesPatch) => ({ index: p.subject.index ?? 1, messageId: p.message.messageId, topic: p.subject.topic });

export function rangeDiff(from: Series, to: Series): RangeDiff {
  const olds = from.patches, news = to.patches;
  const pair = new Map<number, { old: number; by: 'subject' | 'diff'; similarity: number }>();
  const taken = new Set<number>();
  const texts = new Map<SeriesPatch, { message: string[]; diff: string[] }>();
  const text = (p: SeriesPatch) => texts.get(p) ?? (texts.set(p, patchText(p)), texts.get(p)!);
  // 1. The same subject is the same patch.
  news.forEach((n, j) => {
    const i = olds.findIndex((o, k) => !taken.has(k) && subjectKey(o.message.subject) === subjectKey(n.message.subject));
    if (i < 0) return;
    taken.add(i);
    pair.set(j, { old: i, by: 'subject', similarity: diffSimilarity(text(olds[i]).diff, text(n).diff) });
  });
  // 2. A renamed patch: the most alike diffs first, as long as they are alike enough.
  const cands: Array<{ i: number; j: number; s: number }> = [];
  news.forEach((n, j) => {
    if (pair.has(j)) return;
    olds.forEach((o, i) => { if (!taken.has(i)) cands.push({ i, j, s: diffSimilarity(text(o).diff, text(n).diff) }); });
  });
  cands.sort((x, y) => y.s - x.s || x.j - y.j || x.i - y.i);
  for (const c of cands) {
    if (c.s < MIN_SIMILARITY || pair.has(c.j) || taken.has(c.i)) continue;
    taken.add(c.i);
    pair.set(c.j, { old: c.i, by: 'diff', similarity: c.s });
  }
  // In git range-diff's order: the new revision's, an unpaired old patch where it stood.
  const entries: RangeDiffEntry[] = [];
  const shown = new Set<number>();
  let i = 0, j = 0;
  while (i < olds.length || j < news.length) {
    while (i < olds.length && shown.has(i)) i++;
    if (i < olds.length && !taken.has(i)) { entries.push({ status: '<', old: ref(olds[i]), hunks: [] }); shown.add(i++); continue; }
    while (j < news.length && !pair.has(j)) entries.push({ status: '>', new: ref(news[j++]), hunks: [] });
    if (j >= news.length) { i++; continue; }
    const pr = pair.get(j)!, n = news[j++];
    const a = text(olds[pr.old]), b = text(n);
    const hunks = interdiff([...a.message, ...a.diff], [...b.message, ...b.diff]);
    entries.push({ status: hunks.length ? '!' : '=', old: ref(olds[pr.old]), new: ref(n), pairedBy: pr.by, similarity: Math.round(pr.similarity * 1000) / 1000, hunks });
    shown.add(pr.old);
  }
  return { from: from.version, to: to.version, entries };
}

/**
 * What changed in one patch since the revision before its own (v13 16/18 against v12): the entry of
 * the range-diff that holds it, or undefined when the mail has no earlier revision of the series.
 */
export function patchRangeDiff(thread: ReviewThread, messageId: string): { entry: RangeDiffEntry; from: Series; to: Series } | undefined {
  const to = thread.series.find((s) => s.patches.some((p) => p.message.messageId === messageId));
  if (!to) return undefined;
  const earlier = thread.series.filter((s) => s.version < to.version);
  const from = earlier.find((s) => s.cover && to.cover && subjectKey(s.cover.message.subject) === subjectKey(to.cover.message.subject))
    ?? earlier[earlier.length - 1];
  if (!from) return undefined;
  const entry = rangeDiff(from, to).entries.find((e) => e.new?.messageId === messageId);
  return entry ? { entry, from, to } : undefined;
}

/** One entry as text: `1/3 ! 1/3 topic` and its interdiff indented by four. */
export function formatRangeDiffEntry(e: RangeDiffEntry, totals: { from: number; to: number }): string[] {
  const w = String(Math.max(totals.from, totals.to)).length * 2 + 1;
  const col = (r: RangeDiffEntry['old'], total: number) => (r ? `${r.index}/${total}` : '-').padEnd(w);
  const topic = e.new && e.old && e.new.topic !== e.old.topic ? `${e.new.topic} (was: ${e.old.topic})` : (e.new ?? e.old)!.topic;
  const o = [`${col(e.old, totals.from)} ${e.status} ${col(e.new, totals.to)} ${topic}`];
  for (const h of e.hunks) {
    o.push(`    @@ ${h.section}`.trimEnd());
    for (const l of h.lines) o.push(`    ${l}`);
  }
  return o;
}

/** `git range-diff`-like text: `1/3 ! 1/3 topic`, then the interdiff indented by four. */
export function formatRangeDiff(rd: RangeDiff, totals: { from: number; to: number }): string {
  const o: string[] = [`range-diff v${rd.from}..v${rd.to}`];
  for (const e of rd.entries) {
    o.push(...formatRangeDiffEntry(e, totals));
    if (e.hunks.length) o.push('');
  }
  return o.join('\n').replace(/\n+$/, '') + '\n';
}
