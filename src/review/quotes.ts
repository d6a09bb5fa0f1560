// Why: review replies on kernel lists are interleaved: quoted patch lines (`>`, `> >`, `>>` at any
// depth), elisions where the replier trimmed (`.....`, `[...]`, `<snip>`), attribution lines
// ("On <date>, X wrote:"), then the replier's own words below what they discuss. This parser splits
// a reply body into depth blocks and pairs each run of own words with the deeper quote above it.
import type { MailAddress } from './types';

export type QuoteLineKind = 'text' | 'blank' | 'elision' | 'attribution';
export interface QuoteLine { text: string; kind: QuoteLineKind; mailLine: number }
export interface QuoteBlock { depth: number; lines: QuoteLine[] }
/** Words written at `depth` (0 = this mail's author) right below the deeper block `quote` (none: they follow no deeper quote). */
export interface ReplyComment { depth: number; author?: string; lines: QuoteLine[]; quote?: number }
export interface ParsedReply {
  blocks: QuoteBlock[];
  comments: ReplyComment[];
  /** Own words above every quote and none below: the reply is top-posted. */
  topPosted: boolean;
  signature?: string;
  /** Author names per depth, from attribution lines (depth 0 = the mail's From). */
  authors: string[];
}

const ELISION = /^\s*(\.{3,}|…+|\[\s*(\.{3}|…|snip(ped)?)\s*\]|<\s*snip(ped)?\s*>|\[\s*\.\.\.\s*snip\s*\.\.\.\s*\]|--\s*snip\s*--)\s*$/i;
const ATTRIBUTION = /(\bwrote|\bwrites|escreveu|a écrit|schrieb)\s*:\s*$/i;

/** Quote depth and content; strips one space after each marker only, so tabs survive. */
export function quoteDepth(line: string): { depth: number; text: string } {
  let i = 0, depth = 0;
  while (line[i] === '>') {
    depth++;
    i++;
    if (line[i] === '>') continue;
    if (line[i] === ' ' && line[i + 1] === '>') { i++; continue; }
    if (line[i] === ' ') i++;
    break;
  }
  return { depth, text: line.slice(i) };
}

export function isElision(text: string): boolean {
  return ELISION.test(text);
}

export function attributionName(text: string): string | undefined {
  if (!ATTRIBUTION.test(text)) return undefined;
  const t = text.replace(ATTRIBUTION, '').trim();
  const m = /^On .*(?:[+-]\d{4}|[AP]M|\d{4}|\d\d:\d\d),?\s+(.+)$/.exec(t) ?? /^\*?\s*(.+)$/.exec(t);
  return (m ? m[1] : t).replace(/\s*<[^>]*>\s*$/, '').replace(/^"|"$/g, '').trim();
}

export function parseReply(body: string, bodyLine: number, from?: MailAddress): ParsedReply {
  const raw = body.split('\n');
  let sigAt = raw.findIndex((l) => l === '-- ');
  const signature = sigAt >= 0 ? raw.slice(sigAt + 1).join('\n').trim() : undefined;
  if (sigAt < 0) sigAt = raw.length;
  const blocks: QuoteBlock[] = [];
  for (let i = 0; i < sigAt; i++) {
    const { depth, text } = quoteDepth(raw[i]);
    let kind: QuoteLineKind = text.trim() === '' ? 'blank' : isElision(text) ? 'elision' : 'text';
    if (kind === 'text' && ATTRIBUTION.test(text)) kind = 'attribution';
    const ql: QuoteLine = { text, kind, mailLine: bodyLine + i };
    const last = blocks[blocks.length - 1];
    // An attribution wrapped over two lines ("On Sun, ... +0530,\n X wrote:") is one line.
    if (kind === 'attribution' && last && last.depth === depth) {
      const prev = last.lines[last.lines.length - 1];
      if (prev && prev.kind === 'text' && /^On /.test(prev.text) && !/^On /.test(text)) {
        prev.text += ' ' + text.trim();
        prev.kind = 'attribution';
        continue;
      }
    }
    if (last && last.depth === depth) last.lines.push(ql);
    else blocks.push({ depth, lines: [ql] });
  }
  // Authors: an attribution at depth d names the author of depth d+1; unnamed depths alternate.
  const authors: string[] = [];
  if (from) authors[0] = from.name || from.address;
  for (const b of blocks) for (const l of b.lines) {
    if (l.kind !== 'attribution') continue;
    const name = attributionName(l.text);
    if (name && authors[b.depth + 1] === undefined) authors[b.depth + 1] = name;
  }
  const maxDepth = Math.max(0, ...blocks.map((b) => b.depth));
  for (let d = 2; d <= maxDepth; d++) if (authors[d] === undefined && authors[d - 2] !== undefined) authors[d] = authors[d - 2];

  const comments: ReplyComment[] = [];
  let sawQuote = false, ownBefore = false, ownAfter = false;
  blocks.forEach((b, bi) => {
    const words = b.lines.filter((l) => l.kind === 'text');
    if (b.depth === 0 && words.length) { if (sawQuote) ownAfter = true; else ownBefore = true; }
    if (b.depth > 0) sawQuote = true;
    if (!words.length) return;
    // The quote this block follows: the nearest block above that is deeper.
    let q: number | undefined;
    for (let k = bi - 1; k >= 0; k--) {
      if (blocks[k].depth > b.depth) { q = k; break; }
      if (blocks[k].depth < b.depth) break;
    }
    // Quoted words that follow no deeper quote are still the quoted author's own words (a
    // question the replier answers further down), unless they are quoted code.
    if (q === undefined && b.depth > 0 && words.filter((l) => /^([-+ ]|@@ |diff --git )/.test(l.text)).length * 2 >= words.length) return;
    const lines = trimBlank(b.lines);
    if (lines.every((l) => l.kind === 'attribution')) return;
    comments.push({ depth: b.depth, author: authors[b.depth], lines, quote: q });
  });
  return { blocks, comments, topPosted: ownBefore && !ownAfter && sawQuote, signature, authors };
}

function trimBlank(lines: QuoteLine[]): QuoteLine[] {
  let s = 0, e = lines.length;
  while (s < e && lines[s].kind !== 'text') s++;
  while (e > s && lines[e - 1].kind !== 'text') e--;
  return lines.slice(s, e);
}
