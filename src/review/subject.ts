// Why: a series is told apart by its subjects: `[PATCH v13 16/18]`, `[RFC PATCH 0/3]`,
// `[HMM v13 16/18]` (a list tag instead of PATCH), and replies `Re: [PATCH ...]`.
import type { SubjectInfo } from './types';

export function parseSubject(raw: string): SubjectInfo {
  let s = raw.replace(/\s+/g, ' ').trim();
  let isReply = false;
  for (;;) {
    const m = /^(re|aw|sv|fwd?)\s*:\s*/i.exec(s);
    if (!m) break;
    isReply = true;
    s = s.slice(m[0].length);
  }
  let isPatch = false, rfc = false, version = 1;
  let index: number | undefined, total: number | undefined;
  const tags: string[] = [];
  for (;;) {
    const m = /^\[([^\]]*)\]\s*/.exec(s);
    if (!m) break;
    s = s.slice(m[0].length);
    for (const w of m[1].split(/[\s,]+/).filter(Boolean)) {
      let n: RegExpExecArray | null;
      if (/^patch$/i.test(w)) isPatch = true;
      else if (/^rfc$/i.test(w)) { rfc = true; isPatch = true; }
      else if ((n = /^v(\d+)$/i.exec(w))) { version = Number(n[1]); isPatch = true; }
      else if ((n = /^(\d+)\/(\d+)$/.exec(w))) { index = Number(n[1]); total = Number(n[2]); isPatch = true; }
      else tags.push(w);
    }
  }
  return { isReply, isPatch, rfc, version, index, total, tags, topic: s.trim() };
}

/** The subject without reply prefixes and bracket tags, for threading by subject. */
export function subjectKey(raw: string): string {
  return parseSubject(raw).topic.toLowerCase();
}
