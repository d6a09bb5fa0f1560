// Why: the CLI (`--reply 2`, `--reply v2/3`, `--reply 2/3`, `--reply <id@host>`), the reply writer and the range
// diff name patches and revisions the way a reviewer says them; one resolver gives every caller the
// same answer and the same clear message when the name matches nothing.
import type { ReviewThread, Series, SeriesPatch } from './thread';

/** Every patch and cover letter of the thread, series by series. */
export function allPatches(thread: ReviewThread): SeriesPatch[] {
  return thread.series.flatMap((s) => [...(s.cover ? [s.cover] : []), ...s.patches]);
}

export function findPatch(thread: ReviewThread, messageId: string): SeriesPatch | undefined {
  const all = allPatches(thread);
  return all.find((p) => p.message.messageId === messageId) ?? all.find((p) => p.message.messageId === `<${messageId.replace(/^<|>$/g, '')}>`);
}

function seriesList(thread: ReviewThread): string {
  return thread.series.map((s) => `v${s.version} (${s.cover ? '0,' : ''}1..${s.patches.length})`).join(', ') || 'none';
}

/**
 * A patch named by its index (`2`: patch 2 of the newest revision; `0`: its cover letter), by
 * revision and index (`v2/3`), as its subject numbers it (`2/3`: patch 2 of the newest revision
 * with 3 patches), or by Message-ID (with or without angle brackets).
 */
export function selectPatch(thread: ReviewThread, spec: string): { patch?: SeriesPatch; error?: string } {
  const s = spec.trim();
  const m = /^(?:(v)(\d+)\/|(\d+)\/(?=\d))?(\d+)$/i.exec(s);
  if (!m) {
    if (!s.includes('@')) return { error: `'${spec}' names no patch: give an index (2), a revision and index (v2/3), a subject's n/m (2/3) or a Message-ID` };
    const p = findPatch(thread, s);
    return p ? { patch: p } : { error: `no patch with Message-ID ${s.startsWith('<') ? s : `<${s}>`} in the mail (replies cannot be replied to here; name the patch)` };
  }
  if (!thread.series.length) return { error: 'the mail holds no patch series' };
  let se: Series | undefined;
  let i = Number(m[4]);
  if (m[1]) {
    const v = Number(m[2]);
    se = thread.series.find((x) => x.version === v);
    if (!se) return { error: `no revision v${v} in the mail; series: ${seriesList(thread)}` };
  } else if (m[3] !== undefined) {
    // `2/3` as in `[PATCH 2/3]`: index 2 of a series of 3.
    const total = i;
    i = Number(m[3]);
    se = [...thread.series].reverse().find((x) => x.total === total);
    if (!se) return { error: `no series of ${total} patches in the mail; series: ${seriesList(thread)}` };
  } else se = thread.series[thread.series.length - 1];
  const patch = i === 0 ? se.cover : se.patches.find((p) => (p.subject.index ?? 1) === i);
  if (!patch) return { error: `v${se.version} has no ${i === 0 ? 'cover letter' : `patch ${i}`}; series: ${seriesList(thread)}` };
  return { patch };
}

/** A revision named `v2` or `2`. */
export function selectSeries(thread: ReviewThread, spec: string): { series?: Series; error?: string } {
  const m = /^v?(\d+)$/i.exec(spec.trim());
  if (!m) return { error: `'${spec}' names no revision (write v1, v2, ...)` };
  const se = thread.series.find((x) => x.version === Number(m[1]));
  return se ? { series: se } : { error: `no revision v${m[1]} in the mail; series: ${seriesList(thread)}` };
}
