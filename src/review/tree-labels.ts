// Why: the review tree, its tooltips and the integration tests need the same words for a series,
// a patch, a reply and a trailer list (`[v2 1/3] topic`, author and date); they are made here from
// the plain thread data so the tree view stays drawing code.
import type { Series, SeriesPatch } from './thread';
import type { MailAddress, Trailer } from './types';

export function who(a: MailAddress): string {
  return a.name || a.address || 'unknown';
}

/** `[v2 1/3] topic`, `[v13 16/18] topic`, `[v1 0/3] cover topic`; `[v1] topic` for a lone `[PATCH]`. */
export function patchLabel(p: SeriesPatch, s?: Series): string {
  const rfc = p.subject.rfc ? 'RFC ' : '';
  if (p.subject.index === undefined && p.subject.total === undefined && (s?.total ?? 1) === 1) return `[${rfc}v${p.subject.version}] ${p.subject.topic}`;
  const total = p.subject.total ?? s?.total ?? 1;
  const index = p.subject.index ?? 1;
  return `[${rfc}v${p.subject.version} ${index}/${total}] ${p.subject.topic}`;
}

/** `v2 (3 patches): topic`. */
export function seriesLabel(s: Series): string {
  const n = s.patches.length;
  const of = n === s.total ? `${n}` : `${n} of ${s.total}`;
  return `v${s.version}${s.rfc ? ' RFC' : ''} (${of} patch${s.total === 1 ? '' : 'es'}): ${s.topic}`;
}

/** `2026-11-30 10:00 UTC` for a parseable date, else the date as written. */
export function shortDate(date: string): string {
  const t = Date.parse(date);
  return isNaN(t) ? date : new Date(t).toISOString().replace('T', ' ').replace(/:\d\d\.\d+Z$/, ' UTC');
}

/** Author and date, as the tree's description. */
export function mailDescription(m: { from: MailAddress; date?: string }): string {
  return m.date ? `${who(m.from)}, ${shortDate(m.date)}` : who(m.from);
}

/** One trailer a line: `Reviewed-by: Carol <carol@example.org>  (in reply <id>)`. */
export function trailerLines(trailers: Trailer[]): string[] {
  return trailers.map((t) => `${t.name}: ${t.value}${t.fromReply ? `  (in reply ${t.messageId})` : ''}`);
}
