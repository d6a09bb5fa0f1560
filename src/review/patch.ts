// Why: a patch mail body is commit message, `---`, diffstat, the diff, then the `-- ` signature
// (git's version). jsdiff's parsePatch throws on the signature and on hunks whose counts lie, so
// the body is split here, each hunk's counts are checked against its lines first (a diagnostic at
// the mail's file:line:col, never a throw), and every diff line gets its old/new line numbers.
import { parsePatch } from 'diff';
import { diag, type Diagnostic, type MailMessage, type PatchBody, type PatchFile, type PatchLine } from './types';

const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

function isDiffStart(lines: string[], i: number): boolean {
  return lines[i].startsWith('diff --git ') || (lines[i].startsWith('--- ') && (lines[i + 1] ?? '').startsWith('+++ '));
}

export function parsePatchBody(msg: Pick<MailMessage, 'body' | 'file' | 'bodyLine'>): PatchBody {
  const diagnostics: Diagnostic[] = [];
  const lines = msg.body.split('\n');
  const at = (i: number) => msg.bodyLine + i;
  let diffAt = lines.findIndex((_, i) => isDiffStart(lines, i));
  let end = lines.length;
  while (end > 0 && lines[end - 1] === '') end--; // the body's final newline is no blank context line
  let signature: string | undefined;
  // The signature is the last `-- ` line with no hunk after it (a removed "- " line also reads "-- ").
  for (let i = lines.length - 1; i > Math.max(diffAt, 0); i--) {
    if (lines[i] === '-- ') {
      if (!lines.slice(i + 1).some((l) => HUNK.test(l) || l.startsWith('diff --git '))) {
        end = i;
        signature = lines.slice(i + 1).join('\n').trim();
      }
      break;
    }
  }
  const sep = lines.findIndex((l, i) => l === '---' && (diffAt < 0 || i < diffAt));
  const msgEnd = sep >= 0 ? sep : diffAt >= 0 ? diffAt : end;
  const commitMessage = lines.slice(0, msgEnd);
  while (commitMessage.length && commitMessage[commitMessage.length - 1].trim() === '') commitMessage.pop();
  const diffstat = sep >= 0 ? lines.slice(sep + 1, diffAt >= 0 ? diffAt : end).filter((l) => l.trim() !== '') : [];
  if (diffAt < 0) return { commitMessage, diffstat, files: [], signature, diagnostics };

  // Check every hunk's counts against the lines that follow it.
  let ok = true;
  for (let i = diffAt; i < end; i++) {
    const m = HUNK.exec(lines[i]);
    if (!m) continue;
    const wantOld = m[2] === undefined ? 1 : Number(m[2]);
    const wantNew = m[4] === undefined ? 1 : Number(m[4]);
    let o = 0, n = 0, j = i + 1;
    for (; j < end && (o < wantOld || n < wantNew); j++) {
      const l = lines[j];
      if (l.startsWith('\\')) continue;
      if (l.startsWith('+')) n++;
      else if (l.startsWith('-')) o++;
      else if (l.startsWith(' ') || l === '') { o++; n++; }
      else break;
    }
    while (j < end && lines[j].startsWith('\\')) j++;
    const col = lines[i].indexOf('-') + 1;
    if (o < wantOld || n < wantNew) {
      ok = false;
      const what = j >= end ? 'the patch ends (truncated?)' : `line '${lines[j].slice(0, 30)}' interrupts it`;
      diagnostics.push(diag(msg.file, at(i), col,
        `hunk says -${wantOld} +${wantNew} lines but has only -${o} +${n} before ${what}`));
    } else if (j < end && /^[-+ ]/.test(lines[j]) && !isDiffStart(lines, j) && !HUNK.test(lines[j])) {
      ok = false;
      diagnostics.push(diag(msg.file, at(i), col,
        `hunk says -${wantOld} +${wantNew} lines but more diff lines follow it (line ${at(j)}); its counts lie`));
    }
  }
  if (!ok) return { commitMessage, diffstat, files: [], signature, diagnostics };

  const diffText = lines.slice(diffAt, end).join('\n') + '\n';
  let parsed;
  try {
    parsed = parsePatch(diffText);
  } catch (e) {
    diagnostics.push(diag(msg.file, at(diffAt), 1, `diff does not parse: ${(e as Error).message}`));
    return { commitMessage, diffstat, files: [], signature, diagnostics };
  }
  // Map hunks back to the mail lines: walk the diff text in the same order as jsdiff.
  const hunkLines: number[] = [];
  for (let i = diffAt; i < end; i++) if (HUNK.test(lines[i])) hunkLines.push(i);
  let h = 0;
  const files: PatchFile[] = parsed.map((p) => ({
    oldName: (p.oldFileName ?? '').replace(/^a\//, ''),
    newName: (p.newFileName ?? '').replace(/^b\//, ''),
    hunks: p.hunks.map((hk) => {
      const start = hunkLines[h++];
      let o = hk.oldStart, n = hk.newStart, k = start + 1;
      const out: PatchLine[] = [];
      for (const l of hk.lines) {
        while (k < end && lines[k] !== l && lines[k].startsWith('\\')) k++;
        if (l.startsWith('\\')) { k++; continue; }
        const kind = (l[0] ?? ' ') as PatchLine['kind'];
        const pl: PatchLine = { kind, text: l.slice(1), mailLine: at(k++) };
        if (kind !== '+') pl.oldLine = o++;
        if (kind !== '-') pl.newLine = n++;
        out.push(pl);
      }
      return { oldStart: hk.oldStart, oldLines: hk.oldLines, newStart: hk.newStart, newLines: hk.newLines, mailLine: at(start), lines: out };
    }),
  }));
  return { commitMessage, diffstat, files, signature, diagnostics };
}
