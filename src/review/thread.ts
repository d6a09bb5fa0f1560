// Why: a review thread is patches and replies threaded by In-Reply-To/References (by subject when
// a client dropped them), grouped into series by version (v12 and v13 side by side), each reply's
// own words anchored to the patch lines it quotes and trailers collected per patch. Input is
// in-memory text, so this layer runs in Node and in a browser alike.
import { anchorQuote, targetLines, type Anchor, type TargetLine } from './anchor';
import { splitMbox } from './mbox';
import { parseMessage } from './message';
import { parsePatchBody } from './patch';
import { parseReply, type ParsedReply, type QuoteLine } from './quotes';
import { parseSubject, subjectKey } from './subject';
import { messageTrailers, replyTrailers } from './trailers';
import type { Diagnostic, MailMessage, PatchBody, SubjectInfo, Trailer } from './types';
import { buildVirtualDocument, type VirtualDocument } from './virtual';

export interface ReviewInput { file: string; text: string }
export interface ReviewComment {
  author?: string;
  depth: number;
  lines: QuoteLine[];
  /** Where it belongs; inherited from the comment it answers when it quotes prose of a reply. */
  anchor?: Anchor;
  /** Index (in the same reply) of the comment whose words this one quotes. */
  answers?: number;
}
export interface Reply { message: MailMessage; subject: SubjectInfo; parsed: ParsedReply; parent?: string; patch?: string; comments: ReviewComment[] }
export interface SeriesPatch { message: MailMessage; subject: SubjectInfo; body: PatchBody; trailers: Trailer[]; replies: string[] }
export interface Series { version: number; total: number; rfc: boolean; topic: string; cover?: SeriesPatch; patches: SeriesPatch[] }
export interface ReviewThread {
  messages: MailMessage[];
  series: Series[];
  replies: Reply[];
  /** Built from the quotes when replies quote a patch that is not in the input. */
  virtual: VirtualDocument[];
  diagnostics: Diagnostic[];
}

export async function openMail(inputs: ReviewInput[]): Promise<ReviewThread> {
  const diagnostics: Diagnostic[] = [];
  const messages: MailMessage[] = [];
  for (const inp of inputs) for (const raw of splitMbox(inp.text, inp.file)) {
    const r = await parseMessage(raw);
    diagnostics.push(...r.diagnostics);
    if (!r.message) continue;
    const dup = messages.find((m) => m.messageId === r.message!.messageId);
    if (dup) {
      if (dup.body !== r.message.body) diagnostics.push({ file: r.message.file, line: r.message.line, column: 1, severity: 'warning',
        message: `Message-ID ${dup.messageId} was already used at ${dup.file}:${dup.line} by a different mail; this one is skipped` });
      continue;
    }
    messages.push(r.message);
  }
  const byId = new Map(messages.map((m) => [m.messageId, m]));
  const patches = new Map<string, SeriesPatch>();
  const replies: Reply[] = [];
  for (const m of messages) {
    const subject = parseSubject(m.subject);
    if (subject.isPatch && !subject.isReply) {
      const body = parsePatchBody(m);
      diagnostics.push(...body.diagnostics);
      patches.set(m.messageId, { message: m, subject, body, trailers: messageTrailers(body.commitMessage, m.bodyLine, m.file, m.messageId), replies: [] });
    } else {
      replies.push({ message: m, subject, parsed: parseReply(m.body, m.bodyLine, m.from), comments: [] });
    }
  }
  // Series: a patch's root is the first referenced cover letter or patch of the same version.
  const series = new Map<string, Series>();
  for (const p of patches.values()) {
    const s = p.subject;
    const chain = [...p.message.references, ...(p.message.inReplyTo ? [p.message.inReplyTo] : [])];
    const root = chain.map((id) => patches.get(id)).find((q) => q && q.subject.version === s.version && q.subject.total === s.total);
    const key = `${s.version}/${s.total ?? 1}/${root ? root.message.messageId : s.index === 0 || s.index === 1 || s.total === undefined ? p.message.messageId : 'unthreaded'}`;
    let se = series.get(key);
    if (!se) series.set(key, (se = { version: s.version, total: s.total ?? 1, rfc: s.rfc, topic: s.topic, patches: [] }));
    if (s.index === 0) { se.cover = p; se.topic = s.topic; } else se.patches.push(p);
  }
  for (const se of series.values()) se.patches.sort((a, b) => (a.subject.index ?? 1) - (b.subject.index ?? 1));
  // Threading: In-Reply-To, else the nearest known References entry, else the subject.
  const bySubject = new Map<string, string>();
  for (const p of patches.values()) bySubject.set(`${p.subject.version}:${subjectKey(p.message.subject)}`, p.message.messageId);
  const replyById = new Map(replies.map((r) => [r.message.messageId, r]));
  for (const r of replies) {
    const m = r.message;
    r.parent = [m.inReplyTo, ...[...m.references].reverse()].find((id) => id && byId.has(id))
      ?? bySubject.get(`${r.subject.version}:${subjectKey(m.subject)}`);
  }
  for (const r of replies) {
    let id = r.parent;
    const seen = new Set<string>();
    while (id && !patches.has(id) && !seen.has(id)) { seen.add(id); id = replyById.get(id)?.parent; }
    if (id && patches.has(id)) { r.patch = id; patches.get(id)!.replies.push(r.message.messageId); }
  }
  const virtual = buildVirtualDocument(replies.filter((r) => !r.patch));
  for (const r of replies) {
    const p = r.patch ? patches.get(r.patch) : undefined;
    const targets: TargetLine[] = p ? targetLines(p.body.files, p.body.commitMessage) : virtual.find((v) => v.key === subjectKey(r.message.subject))?.targets ?? [];
    anchorReply(r, targets, !p);
    if (p) {
      const own = r.parsed.comments.filter((c) => c.depth === 0).flatMap((c) => c.lines);
      const given = replyTrailers(own, r.message.file, r.message.messageId);
      const se = [...series.values()].find((s) => s.cover === p);
      for (const target of se ? [se.cover!, ...se.patches] : [p]) target.trailers.push(...given);
    }
  }
  return { messages, series: [...series.values()].sort((a, b) => a.version - b.version), replies, virtual, diagnostics };
}

function anchorReply(r: Reply, targets: TargetLine[], virtual: boolean): void {
  const blocks = r.parsed.blocks;
  const comments: Array<ReviewComment | undefined> = r.parsed.comments.map((c) => ({ author: c.author, depth: c.depth, lines: c.lines }));
  const elisions = blocks.flatMap((b) => b.lines.filter((l) => l.kind === 'elision').map((l) => l.mailLine));
  r.parsed.comments.forEach((c, i) => {
    const mine = comments[i]!;
    if (c.quote === undefined) {
      if (c.depth === 0) return;
      // Quoted words below no deeper quote: text of the patch itself (its commit message) is no
      // comment; words of an earlier reply continue the discussion of the comment before them,
      // unless the replier cut something out between the two.
      if (anchorQuote(c.lines, targets)) { comments[i] = undefined; return; }
      const first = c.lines[0].mailLine;
      for (let k = i - 1; k >= 0; k--) {
        const prev = comments[k];
        if (!prev) continue;
        const last = prev.lines[prev.lines.length - 1].mailLine;
        if (elisions.some((e) => e > last && e < first)) return;
        if (prev.anchor) { mine.anchor = prev.anchor; return; }
      }
      return;
    }
    const quote = blocks[c.quote];
    let anchor = anchorQuote(quote.lines, targets);
    if (anchor && virtual) anchor = { ...anchor, side: 'new', lines: anchor.lines.map((l) => ({ ...l, side: 'new' })) };
    if (anchor) { mine.anchor = anchor; return; }
    // Quoted prose of an earlier reply: answer that comment and share its place.
    const inQuote = quote.lines.map((l) => l.mailLine);
    const j = r.parsed.comments.findIndex((o, k) => comments[k] && o.depth === quote.depth && o.lines.some((l) => inQuote.includes(l.mailLine)));
    if (j >= 0 && j < i) { mine.answers = j; mine.anchor = comments[j]!.anchor; }
  });
  // Dropped entries (patch text) go; `answers` indexes follow.
  const index = new Map<number, number>();
  r.comments = [];
  comments.forEach((c, i) => { if (c) { index.set(i, r.comments.length); r.comments.push(c); } });
  for (const c of r.comments) if (c.answers !== undefined) c.answers = index.get(c.answers);
}
