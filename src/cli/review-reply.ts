// `mmstep review FILE... --reply PATCH` and `--range-diff v1..v2`: the reply a reviewer would send
// (from the drafts file, as the reviewer named by --from or git config) printed as a full mail and
// optionally written as an .eml — never over a mail file that was opened — and the changes between
// two revisions of a series. The pure work is src/review (reply.ts, eml.ts, range-diff.ts).
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as nodePath from 'path';
import { emptyDrafts, parseDrafts, type DraftStore } from '../review/drafts';
import { formatRangeDiff, rangeDiff } from '../review/range-diff';
import { renderReply, type ReplyIdentity } from '../review/reply';
import { selectPatch, selectSeries } from '../review/select';
import type { ReviewThread } from '../review/thread';
import { formatDiagnostic } from '../sim/types';
import type { CliIo } from './load';
import { escapeControls } from './terminal-text';

const HOW = 'set it with git config user.name "Your Name" and git config user.email you@example.org, or pass --from "Name <mail>"';

/** `Name <mail>` or a bare address. */
export function parseIdentity(spec: string): ReplyIdentity | undefined {
  const m = /^\s*"?([^"<>]*?)"?\s*<([^<>\s@]+@[^<>\s@]+)>\s*$/.exec(spec) ?? /^\s*()([^<>\s@]+@[^<>\s@]+)\s*$/.exec(spec);
  return m ? { name: m[1].trim(), email: m[2] } : undefined;
}

function gitConfig(key: string, cwd: string): string | undefined {
  try {
    return execFileSync('git', ['config', '--get', key], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The reviewer: --from, else git config user.name / user.email (run where mmstep runs). */
export function reviewerIdentity(from: string | undefined, cwd: string): { identity?: ReplyIdentity; error?: string } {
  if (from !== undefined) {
    const id = parseIdentity(from);
    return id ? { identity: id } : { error: `--from '${from}' is not "Name <mail>" or a mail address` };
  }
  const name = gitConfig('user.name', cwd), email = gitConfig('user.email', cwd);
  if (!email) return { error: `no reviewer identity: git config user.email is not set; ${HOW}` };
  if (!parseIdentity(email)) return { error: `git config user.email '${email}' is not a mail address; ${HOW}` };
  if (!name) return { error: `no reviewer identity: git config user.name is not set; ${HOW}` };
  return { identity: { name, email } };
}

function same(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      try {
        return nodePath.join(fs.realpathSync(nodePath.dirname(p)), nodePath.basename(p));
      } catch {
        return nodePath.resolve(p);
      }
    }
  };
  return real(a) === real(b);
}

/** Write `text` to `file` through a temporary file and a rename (no half-written .eml). */
function writeAtomic(file: string, text: string): void {
  const tmp = nodePath.join(nodePath.dirname(file), `.${nodePath.basename(file)}.${process.pid}.tmp`);
  fs.writeFileSync(tmp, text, { flag: 'wx' });
  try {
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

export interface ReplyArgs { reply: string; drafts?: string; from?: string; out?: string; json: boolean }

/** Exit status: 0 written, 1 the reply or the mail has errors (shown), 2 the reply cannot be made. */
export async function replyCommand(io: CliIo, thread: ReviewThread, mailPaths: string[], args: ReplyArgs): Promise<number> {
  const sel = selectPatch(thread, args.reply);
  if (!sel.patch) { io.err(`mmstep: --reply ${escapeControls(args.reply)}: ${escapeControls(sel.error!)}\n`); return 2; }
  const who = reviewerIdentity(args.from, io.absolute('.'));
  if (!who.identity) { io.err(`mmstep: ${escapeControls(who.error!)}\n`); return 2; }
  let drafts: DraftStore = emptyDrafts();
  let draftsPath: string | undefined;
  if (args.drafts !== undefined) {
    draftsPath = io.absolute(args.drafts);
    let text: string;
    try {
      text = await io.files.readText(draftsPath);
    } catch (e) {
      io.err(`mmstep: cannot read drafts ${io.display(draftsPath)}: ${(e as Error).message}\n`);
      return 2;
    }
    const parsed = parseDrafts(text);
    if (parsed.error && !parsed.store.threads.length && !Object.keys(parsed.store.trailers).length) {
      io.err(`${io.display(draftsPath)}:1:1: error: ${escapeControls(parsed.error)}\n`);
      return 2;
    }
    if (parsed.error) io.err(`${io.display(draftsPath)}:1:1: warning: ${escapeControls(parsed.error)}\n`);
    drafts = parsed.store;
  }
  let outPath: string | undefined;
  if (args.out !== undefined) {
    outPath = io.absolute(args.out);
    const clash = [...mailPaths, ...(draftsPath ? [draftsPath] : [])].find((p) => same(p, outPath!));
    if (clash) { io.err(`mmstep: --out ${io.display(outPath)} is ${clash === draftsPath ? 'the drafts file' : 'a mail file that was opened'}; mmstep never writes over it — give another file\n`); return 2; }
    if (fs.existsSync(outPath) && fs.statSync(outPath).isDirectory()) { io.err(`mmstep: --out ${io.display(outPath)} is a directory; give an .eml file\n`); return 2; }
  }
  const r = renderReply(thread, sel.patch.message.messageId, drafts, who.identity, { draftsFile: draftsPath ? io.display(draftsPath) : '<drafts>' });
  const bad = r.diagnostics.some((d) => d.severity === 'error');
  const mailBad = thread.diagnostics.some((d) => d.severity === 'error');
  let written: string | undefined;
  if (outPath && !bad) {
    try {
      writeAtomic(outPath, r.text);
      written = io.display(outPath);
    } catch (e) {
      io.err(`mmstep: cannot write ${io.display(outPath)}: ${(e as Error).message}\n`);
      return 2;
    }
  }
  if (args.json) {
    io.out(JSON.stringify({ patch: sel.patch.message.messageId, headers: r.headers, body: r.body, text: r.text, placements: r.placements, diagnostics: r.diagnostics, ...(written ? { out: written } : {}) }, null, 2) + '\n');
  } else {
    io.err([...thread.diagnostics, ...r.diagnostics].map((d) => escapeControls(formatDiagnostic(d)) + '\n').join(''));
    io.out(escapeControls(r.text));
    if (written) io.err(`mmstep: reply written to ${written}\n`);
    else if (outPath) io.err(`mmstep: the reply has errors; ${io.display(outPath)} not written\n`);
  }
  return bad || mailBad ? 1 : 0;
}

/** Exit status: 0 printed, 2 the revisions are not in the mail. */
export function rangeDiffCommand(io: CliIo, thread: ReviewThread, spec: string, json: boolean): number {
  const m = /^\s*(v?\d+)\s*\.\.\.?\s*(v?\d+)\s*$/i.exec(spec);
  if (!m) { io.err(`mmstep: --range-diff '${escapeControls(spec)}': give two revisions, like v1..v2\n`); return 2; }
  const a = selectSeries(thread, m[1]), b = selectSeries(thread, m[2]);
  const err = a.error ?? b.error;
  if (err) { io.err(`mmstep: --range-diff ${escapeControls(spec)}: ${escapeControls(err)}\n`); return 2; }
  const rd = rangeDiff(a.series!, b.series!);
  if (json) io.out(JSON.stringify(rd, null, 2) + '\n');
  else io.out(escapeControls(formatRangeDiff(rd, { from: a.series!.total, to: b.series!.total })));
  return 0;
}
