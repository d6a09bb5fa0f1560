// `mmstep review FILE...`: a patch thread's structure as text or JSON — series by revision,
// patches with trailers, replies with each comment on the patch line it quotes — so a reviewer
// (or a script) sees what the review layer (src/review) read from an mbox, .eml or format-patch dir.
// --reply and --range-diff are in review-reply.ts.
import * as fs from 'fs';
import * as nodePath from 'path';
import { openMail, type ReviewInput, type ReviewThread } from '../review/thread';
import { formatDiagnostic } from '../sim/types';
import type { CliIo } from './load';
import { rangeDiffCommand, replyCommand, type ReplyArgs } from './review-reply';
import { escapeControls } from './terminal-text';

/** The mail inputs, each with its absolute path (so --out never writes over one). */
async function inputs(io: CliIo, files: string[]): Promise<Array<ReviewInput & { path: string }>> {
  const out: Array<ReviewInput & { path: string }> = [];
  for (const f of files) {
    const abs = io.absolute(f);
    let names = [abs];
    if (fs.existsSync(abs) && fs.statSync(abs).isDirectory()) {
      names = fs.readdirSync(abs).filter((n) => /\.(patch|eml|mbox|mbx)$/.test(n)).sort().map((n) => nodePath.join(abs, n));
    }
    for (const n of names) out.push({ file: io.display(n), text: await io.files.readText(n), path: n });
  }
  return out;
}

export function formatReview(t: ReviewThread): string {
  const o: string[] = [];
  const who = (m: { from: { name: string; address: string } }) => m.from.name ? `${m.from.name} <${m.from.address}>` : m.from.address;
  for (const s of t.series) {
    o.push(`series v${s.version}${s.rfc ? ' RFC' : ''} (${s.patches.length}/${s.total} patches): ${s.topic}`);
    for (const p of [...(s.cover ? [s.cover] : []), ...s.patches]) {
      o.push(`  ${p.subject.index ?? 1}/${s.total} ${p.subject.topic}  — ${who(p.message)}, ${p.message.date ?? 'no date'}`);
      for (const f of p.body.files) o.push(`      ${f.newName === '/dev/null' ? f.oldName : f.newName}: ${f.hunks.length} hunk(s)`);
      for (const tr of p.trailers) o.push(`      ${tr.name}: ${tr.value}${tr.fromReply ? `  (in reply ${tr.messageId})` : ''}`);
    }
  }
  for (const v of t.virtual) o.push(`virtual document ${v.file} (${v.lines.length} lines rebuilt from quotes)`);
  for (const r of t.replies) {
    o.push(`reply ${r.message.messageId} — ${who(r.message)}: ${r.message.subject}`);
    o.push(`  to ${r.patch ?? r.parent ?? '(not in the input)'}${r.parsed.topPosted ? '  (top-posted)' : ''}`);
    for (const c of r.comments) {
      const at = c.anchor ? `${c.anchor.file}:${c.anchor.side}:${c.anchor.line}${c.anchor.exact ? '' : ' (fuzzy)'}` : 'unanchored';
      o.push(`  [${at}] ${c.author ?? '?'}${c.depth ? ` (quoted, depth ${c.depth})` : ''}:`);
      for (const l of c.lines) o.push(`      ${l.text}`);
    }
  }
  return o.join('\n') + '\n';
}

function diagText(t: ReviewThread): string {
  return t.diagnostics.map((d) => escapeControls(formatDiagnostic(d)) + '\n').join('');
}

/** Exit status: 0 read, 1 read with errors (shown as file:line:col), 2 no file could be read. */
export async function reviewCommand(io: CliIo, files: string[], args: { json: boolean } & Partial<Omit<ReplyArgs, 'json'>> & { rangeDiff?: string }): Promise<number> {
  let ins: Array<ReviewInput & { path: string }>;
  try {
    ins = await inputs(io, files);
  } catch (e) {
    io.err(`mmstep: ${(e as Error).message}\n`);
    return 2;
  }
  const t = await openMail(ins.map(({ file, text }) => ({ file, text })));
  if (args.reply !== undefined) return replyCommand(io, t, ins.map((i) => i.path), { ...args, reply: args.reply });
  if (args.rangeDiff !== undefined) {
    io.err(diagText(t));
    const rc = rangeDiffCommand(io, t, args.rangeDiff, args.json);
    return rc || (t.diagnostics.some((d) => d.severity === 'error') ? 1 : 0);
  }
  if (args.json) io.out(JSON.stringify(t, null, 2) + '\n');
  else { io.err(diagText(t)); io.out(formatReview(t)); }
  return t.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}
