// Why: a thread opened without its patch (like the 2016 HMM review in the seed) still has the
// patch in pieces, quoted at several depths. The pieces are stitched into one virtual document,
// in order of first appearance, each piece once, so questions can sit on the quoted code lines.
import { anchorQuote, type TargetLine } from './anchor';
import { subjectKey } from './subject';
import type { ParsedReply, QuoteLine } from './quotes';

export interface VirtualDocument {
  /** Subject key of the thread (reply prefixes and tags dropped). */
  key: string;
  file: string;
  /** The document's lines, diff prefix kept ("+\tfoo"); line N is lines[N-1]. */
  lines: string[];
  targets: TargetLine[];
}

const isDiffLine = (l: QuoteLine) => l.kind === 'text' && /^[-+ ]/.test(l.text);

export function buildVirtualDocument(replies: Array<{ message: { subject: string }; parsed: ParsedReply }>): VirtualDocument[] {
  const docs = new Map<string, VirtualDocument>();
  for (const r of replies) {
    const key = subjectKey(r.message.subject);
    let doc = docs.get(key);
    if (!doc) docs.set(key, (doc = { key, file: `virtual:${key}`, lines: [], targets: [] }));
    for (const b of r.parsed.blocks) {
      const code = b.lines.filter(isDiffLine);
      if (code.length < Math.max(1, b.lines.filter((l) => l.kind === 'text').length / 2)) continue;
      // A fragment quoted again (deeper, in a later mail) is kept once; anything short of an
      // exact match of every line is a new fragment, appended whole.
      const a = anchorQuote(code, doc.targets);
      if (a && a.unmatched.length === 0 && a.exact && a.lines.length === code.length) continue;
      for (const l of code) {
        doc.lines.push(l.text);
        const n = doc.lines.length;
        doc.targets.push({ file: doc.file, kind: l.text[0] as TargetLine['kind'], text: l.text.slice(1), oldLine: n, newLine: n });
      }
    }
  }
  return [...docs.values()].filter((d) => d.lines.length > 0);
}
