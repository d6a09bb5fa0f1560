// Why: a patch's standing on the list is its trailers (Reviewed-by, Acked-by, Tested-by, ...),
// written in the commit message by the author or given later in replies; b4 collects both.
import type { QuoteLine } from './quotes';
import type { Trailer } from './types';

export const TRAILER_NAMES = ['Reviewed-by', 'Acked-by', 'Tested-by', 'Signed-off-by', 'Reported-by', 'Suggested-by', 'Fixes', 'Link', 'Cc', 'Co-developed-by'];
const TRAILER = new RegExp(`^\\s*(${TRAILER_NAMES.join('|')})\\s*:\\s*(\\S.*?)\\s*$`, 'i');

export function parseTrailer(text: string): { name: string; value: string } | undefined {
  const m = TRAILER.exec(text);
  if (!m) return undefined;
  const name = TRAILER_NAMES.find((n) => n.toLowerCase() === m[1].toLowerCase())!;
  return { name, value: m[2] };
}

/** Trailers in a commit message (lines numbered from `firstLine` in `file`). */
export function messageTrailers(lines: string[], firstLine: number, file: string, messageId: string): Trailer[] {
  const out: Trailer[] = [];
  lines.forEach((l, i) => {
    const t = parseTrailer(l);
    if (t) out.push({ ...t, messageId, fromReply: false, file, line: firstLine + i });
  });
  return out;
}

/** Trailers a replier gave in their own words (depth 0 only: quoted trailers are someone else's). */
export function replyTrailers(own: QuoteLine[], file: string, messageId: string): Trailer[] {
  const out: Trailer[] = [];
  for (const l of own) {
    const t = parseTrailer(l.text);
    if (t && t.name !== 'Signed-off-by' && t.name !== 'Cc') out.push({ ...t, messageId, fromReply: true, file, line: l.mailLine });
  }
  return out;
}
