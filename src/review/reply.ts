// Why: a review leaves mmstep as a plain-text reply in the form kernel lists expect (what
// `b4 review` writes and mutt users do by hand): an attribution line, the patch quoted with `> `
// exactly as sent (tabs intact), cut down to the hunks and paragraphs that carry a comment with
// `[...]` where lines were cut, each comment right below the line it discusses, run evidence as
// indented text, the reviewer's trailers at the end, and headers that thread under the patch and
// reply to all. Resolved draft threads are left out (a resolved thread is settled, not to be
// sent) unless `resolved: 'include'` asks for them. Pure: the caller gives the identity and clock.
import { COMMIT_MSG, buildPatchDocument, docLineOf } from './patch-doc';
import type { DraftComment, DraftStore, DraftThread } from './drafts';
import { displayAddress, encodeEml, rfc2822Date, type EmlOptions, type OutgoingMail } from './eml';
import { findPatch } from './select';
import type { ReviewThread } from './thread';
import { parseTrailer } from './trailers';
import { diag, type Diagnostic, type MailAddress } from './types';
import { wrapProse } from './wrap';

export interface ReplyIdentity { name: string; email: string }

export interface ReplyOptions {
  /** Patch lines kept above each commented diff line (same hunk); default 3. */
  context?: number;
  /** Prose wrap column; default 72. */
  width?: number;
  /** Resolved threads: left out (default) or quoted like open ones. */
  resolved?: 'omit' | 'include';
  /** Text after the `-- ` signature separator; none by default. */
  signature?: string;
  /** The reply's Date (default: now, or `eml.now`). */
  date?: Date;
  /** Message-ID generation and line ends of `text`. */
  eml?: EmlOptions;
  /** Name of the drafts file, for diagnostics about drafts. */
  draftsFile?: string;
}

export interface ReplyHeaders {
  From: string;
  To: string;
  Cc: string;
  Subject: string;
  'In-Reply-To': string;
  References: string;
  Date?: string;
  'Message-ID'?: string;
}

/** Where a draft thread went in the reply: `line`/`file` below that quote, `top` below the attribution. */
export interface ReplyPlacement { thread: string; at: 'line' | 'file' | 'top'; /** 1-based line of the body where its first comment starts. */ bodyLine: number }

export interface RenderedReply {
  /** Decoded header values, for a preview. */
  headers: ReplyHeaders;
  /** The mail as data (encodeEml(mail) gives the same text with a new Message-ID). */
  mail: OutgoingMail;
  body: string;
  /** The full RFC 5322 message (the .eml file's content). */
  text: string;
  placements: ReplyPlacement[];
  diagnostics: Diagnostic[];
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Reply-all: To the patch's author, Cc everyone it was sent to, never the reviewer, each once. */
export function replyRecipients(from: MailAddress, to: MailAddress[], cc: MailAddress[], reviewer: string): { to: MailAddress[]; cc: MailAddress[] } {
  const seen = new Set<string>([reviewer.toLowerCase()]);
  const take = (list: MailAddress[]) => list.filter((a) => {
    const k = a.address.trim().toLowerCase();
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const toList = take([from]);
  const ccList = take([...to, ...cc]);
  // Replying to one's own patch: the list it went to is the audience.
  return toList.length ? { to: toList, cc: ccList } : { to: ccList.slice(0, 1), cc: ccList.slice(1) };
}

export function replySubject(subject: string): string {
  const s = subject.replace(/\s+/g, ' ').trim();
  return /^re\s*:/i.test(s) ? s : `Re: ${s}`;
}

/** `On Mon, 30 Nov 2026 10:00:00 +0000, Alice Développeuse wrote:` (the date as the patch gives it). */
export function attribution(from: MailAddress, date: string | undefined): string {
  const who = from.name.trim() || from.address;
  const d = date ? new Date(date) : undefined;
  return d && !isNaN(d.getTime()) ? `On ${rfc2822Date(d)}, ${who} wrote:` : `${who} wrote:`;
}

function commentLines(c: DraftComment, width: number): string[] {
  const out = c.body.trim() ? wrapProse(c.body.trim(), width) : [];
  for (const ev of c.evidence ?? []) {
    const where = typeof ev.scenario === 'string' && ev.scenario ? `${ev.scenario.replace(/^.*[\\/]/, '')}, ` : '';
    if (out.length) out.push('');
    const step = typeof ev.step === 'number' ? `step ${ev.step}` : 'a step';
    out.push(`mmstep run (${where}${step})${ev.label ? `: ${ev.label}` : ''}`);
    const excerpt = String(ev.excerpt ?? '').replace(/\r\n?/g, '\n').replace(/\n+$/, '');
    if (excerpt.trim()) for (const l of excerpt.split('\n')) out.push(l.trim() === '' ? '' : `    ${l.replace(/\s+$/, '')}`);
  }
  return out;
}

function threadLines(t: DraftThread, width: number): string[] {
  const out: string[] = [];
  for (const c of t.comments.filter((x) => x.body.trim() || x.evidence?.length)) {
    if (out.length) out.push('');
    out.push(...commentLines(c, width));
  }
  return out;
}

/** The reviewer's trailers for a patch; a bare name (`Reviewed-by`) is completed with the identity. */
export function replyTrailerLines(given: string[] | undefined, identity: ReplyIdentity, problem: (m: string) => void): string[] {
  const out: string[] = [];
  for (const raw of given ?? []) {
    let t = raw.replace(/\s+/g, ' ').trim();
    if (!t) continue;
    if (/^[A-Za-z-]+:?$/.test(t)) t = `${t.replace(/:$/, '')}: ${identity.name} <${identity.email}>`;
    if (!parseTrailer(t)) problem(`trailer '${t}' is not a known trailer (Reviewed-by:, Acked-by:, Tested-by:, ...); written as given`);
    if (!out.some((o) => same(o, t))) out.push(t);
  }
  return out;
}

export function renderReply(thread: ReviewThread, patchMessageId: string, drafts: DraftStore, identity: ReplyIdentity, opts: ReplyOptions = {}): RenderedReply {
  const diagnostics: Diagnostic[] = [];
  const draftsFile = opts.draftsFile ?? '<drafts>';
  const width = opts.width ?? 72, context = opts.context ?? 3;
  const me: MailAddress = { name: identity.name.trim(), address: identity.email.trim() };
  const p = findPatch(thread, patchMessageId);
  if (!me.address.includes('@')) diagnostics.push(diag(draftsFile, 1, 1, `reviewer identity '${identity.email}' is no mail address (set git config user.email)`));
  if (!p) {
    diagnostics.push(diag(draftsFile, 1, 1, `no patch with Message-ID ${patchMessageId} in the opened mail`));
    const mail: OutgoingMail = { from: me, to: [], cc: [], subject: 'Re:', references: [], body: '', date: opts.date };
    const enc = encodeEml(mail, opts.eml);
    return { headers: { From: displayAddress(me), To: '', Cc: '', Subject: mail.subject, 'In-Reply-To': '', References: '', Date: enc.date, 'Message-ID': enc.messageId }, mail, body: '', text: enc.text, placements: [], diagnostics };
  }
  const m = p.message;
  const where = (msg: string, sev: 'error' | 'warning' = 'warning') => diagnostics.push(diag(m.file, m.line, 1, msg, sev));
  // A Message-ID goes into headers as is: only `<left@right>` without spaces can.
  const threadId = m.messageId.startsWith('<no-id-') ? undefined
    : /^<[^<>\s]+>$/.test(m.messageId) ? m.messageId : /^[^<>\s]+@[^<>\s]+$/.test(m.messageId) ? `<${m.messageId}>` : undefined;
  if (m.messageId.startsWith('<no-id-')) where('the patch has no Message-ID: the reply cannot thread under it (no In-Reply-To)', 'error');
  else if (!threadId) where(`the patch's Message-ID '${m.messageId.replace(/[\r\n]+/g, ' ')}' is not <id@host>: the reply cannot thread under it`, 'error');

  // The body as sent, line by line, with what each line is (patch-doc's line map).
  const doc = buildPatchDocument(m, p.body);
  const text = doc.text.split('\n').slice(doc.headerLines);
  const info = doc.lines.slice(doc.headerLines);
  const header = new Map<string, number>();
  const hunkStart: number[] = [];
  let hunk = -1;
  text.forEach((l, i) => {
    const g = /^diff --git a\/(\S+) b\/(\S+)/.exec(l);
    if (g) { for (const f of [g[2], g[1]]) if (!header.has(f)) header.set(f, i); hunk = -1; }
    if (info[i].kind === 'hunk') hunk = i;
    hunkStart[i] = info[i].kind === 'diff' ? hunk : -1;
  });

  // Place each open thread of this patch: at a body line, under a file header, or at the top.
  const below = new Map<number, DraftThread[]>();
  const top: DraftThread[] = [];
  const kept = new Set<number>();
  const threads = drafts.threads.filter((t) => t.patch === m.messageId && (opts.resolved === 'include' || !t.resolved) && threadLines(t, width).length);
  for (const t of threads) {
    let at: number | undefined;
    const tg = t.target;
    if (tg.kind === 'line') {
      const dl = docLineOf(doc, tg.side === 'message' ? COMMIT_MSG : tg.file, tg.side, tg.line);
      if (dl !== undefined) at = dl - 1 - doc.headerLines;
      if (at === undefined) where(`draft thread ${t.id} is on ${tg.file ?? '?'}:${tg.side ?? '?'}:${tg.line ?? '?'}, a line the patch does not show; it is placed at the top of the reply`);
      else {
        kept.add(at);
        if (tg.side === 'message') {
          for (let j = at - 1; j >= 0 && at - j <= 10 && info[j].kind === 'message' && text[j].trim() !== ''; j--) kept.add(j);
        } else {
          for (let j = at - 1; j > hunkStart[at] && at - j <= context; j--) kept.add(j);
          const h = header.get(tg.file);
          if (h !== undefined) kept.add(h);
        }
      }
    } else if (tg.kind === 'file') {
      at = header.get(tg.file);
      if (at === undefined) where(`draft thread ${t.id} is on file ${tg.file}, which the patch does not change; it is placed at the top of the reply`);
      else kept.add(at);
    }
    if (at === undefined) top.push(t);
    else below.set(at, [...(below.get(at) ?? []), t]);
  }
  const trailers = replyTrailerLines(drafts.trailers?.[m.messageId], { name: me.name, email: me.address }, (msg) => diagnostics.push(diag(draftsFile, 1, 1, msg, 'warning')));
  if (!threads.length && !trailers.length) where(`nothing to reply to ${m.messageId}: no open draft comment and no trailer for this patch`, 'error');
  // A trailers-only reply quotes the commit message's first paragraph (trailers are no paragraph).
  if (!kept.size) {
    const para: number[] = [];
    for (let j = 0; j < text.length && info[j].kind === 'message' && !para.length; j++) {
      for (; j < text.length && info[j].kind === 'message' && text[j].trim() !== ''; j++) para.push(j);
      if (para.every((k) => parseTrailer(text[k]))) para.length = 0;
    }
    for (const j of para) kept.add(j);
  }

  const out: string[] = [attribution(m.from, m.date)];
  const placements: ReplyPlacement[] = [];
  const blank = () => { if (out[out.length - 1] !== '') out.push(''); };
  const put = (t: DraftThread, at: ReplyPlacement['at']) => {
    blank();
    placements.push({ thread: t.id, at, bodyLine: out.length + 1 });
    out.push(...threadLines(t, width));
    out.push('');
  };
  for (const t of top) put(t, 'top');
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    if (!kept.has(i)) continue;
    if (i > last + 1) { blank(); out.push('[...]'); out.push(''); }
    out.push(text[i] === '' ? '>' : `> ${text[i]}`);
    for (const t of below.get(i) ?? []) put(t, t.target.kind === 'file' ? 'file' : 'line');
    last = i;
  }
  if (last < text.length - 1) { blank(); out.push('[...]'); }
  if (trailers.length) { blank(); out.push(...trailers); }
  if (opts.signature?.trim()) { blank(); out.push('-- ', ...opts.signature.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n')); }
  while (out[out.length - 1] === '') out.pop();
  const body = out.join('\n') + '\n';

  const { to, cc } = replyRecipients(m.from, m.to, m.cc, me.address);
  const inReplyTo = threadId;
  const references = [...new Set([...m.references, ...(inReplyTo ? [inReplyTo] : [])])];
  const date = opts.date ?? (opts.eml?.now ? opts.eml.now() : new Date());
  const mail: OutgoingMail = { from: me, to, cc, subject: replySubject(m.subject), inReplyTo, references, body, date };
  const enc = encodeEml(mail, opts.eml);
  const headers: ReplyHeaders = {
    From: displayAddress(me), To: to.map(displayAddress).join(', '), Cc: cc.map(displayAddress).join(', '),
    Subject: mail.subject, 'In-Reply-To': inReplyTo ?? '', References: references.join(' '), Date: enc.date, 'Message-ID': enc.messageId,
  };
  return { headers, mail: { ...mail, messageId: enc.messageId }, body, text: enc.text, placements, diagnostics };
}
