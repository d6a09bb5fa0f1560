// Why: a reviewer's own comments (drafts) outlive the window: they are plain data, kept apart from
// the mail files (which mmstep never writes), keyed by the patch's Message-ID and the place in the
// patch, so the comments UI, the reply writer and the CLI read the same shape. Evidence ties a
// comment to a step of a run that can be replayed exactly.
import type { RunEdits } from '../protocol/edits';
import type { AnchorSide } from './anchor';

/** Where a draft thread sits in a patch. `line` targets use the patch document's line map. */
export type DraftTarget =
  | { kind: 'line'; file: string; side: AnchorSide; line: number }
  | { kind: 'file'; file: string }
  | { kind: 'patch' };

/**
 * A step of a run: enough to start the same run again and stop at the same statement. Plain JSON.
 * The debugger's `mmstepEvidence` request fills every field (src/debug/evidence.ts); the ones
 * after `excerpt` are optional so hand-written or older evidence still opens (then the scenario's
 * default schedule runs to `step` and nothing is verified).
 */
export interface StepEvidence {
  kind: 'step';
  /** Scenario file (absolute path). */
  scenario: string;
  /** Kernel tree the run used, when any. */
  kernelTree?: string;
  /**
   * The patch applied for the run: mail file and Message-ID; `mails` all the mail files read
   * together when more than one (`mail` is the first), `base` its compatibility header set.
   */
  patch?: { mail: string; messageId: string; mails?: string[]; base?: string };
  /** Statements executed before the stop (the run's history position). */
  step: number;
  /** Where it stopped, for people: `migrate_vma_collect_pmd() mm/migrate_device.c:123`. */
  label: string;
  /** Text excerpt of the state at that step (PTEs, pages), indented into replies. */
  excerpt: string;
  /** The thread of every statement up to `step`, as runs of [thread id, statements]. */
  schedule?: [number, number][];
  /** Canonical hash of the interpreter and model state at the stop (16 hex digits). */
  stateHash?: string;
  /** The thread the evidence was taken in. */
  thread?: { id: number; name: string };
  /** Its innermost C frame. */
  location?: { function: string; file: string; line: number; column: number };
  /** The migration stage of the main thread then ("unmap", "after collect"). */
  stage?: string;
  /** Why the run was stopped there (DAP stop reason: breakpoint, step, exception, ...). */
  reason?: string;
  /** The debugger's changes to the run before the stop (setVariable, goto), replayed at their steps. */
  edits?: RunEdits;
}

export interface DraftComment {
  id: string;
  body: string;
  /** ISO time of creation / last edit. */
  created: string;
  updated?: string;
  evidence: StepEvidence[];
}

export interface DraftThread {
  id: string;
  /** Message-ID of the patch (or cover letter) the thread is on. */
  patch: string;
  target: DraftTarget;
  comments: DraftComment[];
  resolved: boolean;
}

export interface DraftStore {
  version: 1;
  /** The mail files the drafts were written against (a review set), when known. */
  mails?: string[];
  threads: DraftThread[];
  /** Trailers the reviewer will give, per Message-ID (`Reviewed-by: Name <mail>`). */
  trailers: Record<string, string[]>;
}

export function emptyDrafts(): DraftStore {
  return { version: 1, threads: [], trailers: {} };
}

/** Read a stored draft file; anything malformed is reported, never thrown, and yields no drafts. */
export function parseDrafts(text: string): { store: DraftStore; error?: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { store: emptyDrafts(), error: `drafts are not JSON: ${(e as Error).message}` };
  }
  const d = data as Partial<DraftStore> | null;
  if (!d || typeof d !== 'object' || d.version !== 1 || !Array.isArray(d.threads)) {
    return { store: emptyDrafts(), error: 'drafts file has no version 1 store' };
  }
  const threads = d.threads.filter(isThread);
  const trailers: Record<string, string[]> = Object.create(null);
  for (const [k, v] of Object.entries(d.trailers ?? {})) if (Array.isArray(v)) trailers[k] = v.filter((t) => typeof t === 'string');
  const dropped = d.threads.length - threads.length;
  const mails = Array.isArray(d.mails) ? d.mails.filter((m) => typeof m === 'string') : undefined;
  return { store: { version: 1, ...(mails ? { mails } : {}), threads, trailers }, error: dropped ? `${dropped} malformed draft thread(s) skipped` : undefined };
}

export function serializeDrafts(store: DraftStore): string {
  return JSON.stringify(store, null, 2) + '\n';
}

function isThread(t: unknown): t is DraftThread {
  const x = t as DraftThread;
  return !!x && typeof x === 'object' && typeof x.id === 'string' && typeof x.patch === 'string' && !!x.target
    && typeof x.target === 'object' && ['line', 'file', 'patch'].includes(x.target.kind) && Array.isArray(x.comments)
    && x.comments.every((c) => c && typeof c.id === 'string' && typeof c.body === 'string' && Array.isArray(c.evidence));
}

// ---- Operations on a store (the comments UI, the CLI and tests change drafts only through these).

/** Trailers a reviewer gives; the others (Signed-off-by, Fixes, …) are the author's. */
export const REVIEW_TRAILERS = ['Reviewed-by', 'Acked-by', 'Tested-by'] as const;
export type ReviewTrailerName = (typeof REVIEW_TRAILERS)[number];

/** The same review set for the same files however they were listed: a short stable name. */
export function draftsKey(mails: string[]): string {
  const sorted = [...new Set(mails)].sort();
  const text = sorted.join('\n');
  // FNV-1a, twice with different offsets: 64 bits of name without Node's crypto (pure layer).
  let a = 0x811c9dc5, b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193 + 2) >>> 0;
  }
  const first = (sorted[0] ?? 'review').replace(/^.*[\\/]/, '').replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 40);
  return `${first}-${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}`;
}

function nextId(prefix: string, ids: string[]): string {
  let n = 0;
  for (const id of ids) {
    const m = new RegExp(`^${prefix}(\\d+)$`).exec(id);
    if (m) n = Math.max(n, Number(m[1]));
  }
  return `${prefix}${n + 1}`;
}

export function findThread(store: DraftStore, threadId: string): DraftThread | undefined {
  return store.threads.find((t) => t.id === threadId);
}

/** A new thread with its first comment; `now` is an ISO time. */
export function addThread(store: DraftStore, patch: string, target: DraftTarget, body: string, now: string): DraftThread {
  const thread: DraftThread = { id: nextId('t', store.threads.map((t) => t.id)), patch, target, comments: [], resolved: false };
  store.threads.push(thread);
  addComment(store, thread.id, body, now);
  return thread;
}

export function addComment(store: DraftStore, threadId: string, body: string, now: string): DraftComment | undefined {
  const t = findThread(store, threadId);
  if (!t) return undefined;
  const c: DraftComment = { id: nextId('c', store.threads.flatMap((x) => x.comments.map((y) => y.id))), body, created: now, evidence: [] };
  t.comments.push(c);
  return c;
}

export function editComment(store: DraftStore, threadId: string, commentId: string, body: string, now: string): boolean {
  const c = findThread(store, threadId)?.comments.find((x) => x.id === commentId);
  if (!c) return false;
  c.body = body;
  c.updated = now;
  return true;
}

/** Removes a comment; a thread left without comments goes too. */
export function deleteComment(store: DraftStore, threadId: string, commentId: string): { deleted: boolean; threadGone: boolean } {
  const t = findThread(store, threadId);
  const i = t ? t.comments.findIndex((x) => x.id === commentId) : -1;
  if (!t || i < 0) return { deleted: false, threadGone: false };
  t.comments.splice(i, 1);
  if (t.comments.length) return { deleted: true, threadGone: false };
  store.threads.splice(store.threads.indexOf(t), 1);
  return { deleted: true, threadGone: true };
}

export function deleteThread(store: DraftStore, threadId: string): boolean {
  const i = store.threads.findIndex((t) => t.id === threadId);
  if (i >= 0) store.threads.splice(i, 1);
  return i >= 0;
}

export function setResolved(store: DraftStore, threadId: string, resolved: boolean): boolean {
  const t = findThread(store, threadId);
  if (t) t.resolved = resolved;
  return !!t;
}

export function attachEvidence(store: DraftStore, threadId: string, commentId: string, ev: StepEvidence, now: string): boolean {
  const c = findThread(store, threadId)?.comments.find((x) => x.id === commentId);
  if (!c) return false;
  c.evidence.push(ev);
  c.updated = now;
  return true;
}

/** `Reviewed-by: Name <mail>`; an identity without a mail address is refused (the list needs one). */
export function formatTrailer(name: ReviewTrailerName, who: { name: string; email: string }): { trailer?: string; error?: string } {
  const n = who.name.replace(/[\r\n<>]/g, ' ').trim(), e = who.email.trim();
  if (!n) return { error: 'the trailer needs a name (git config user.name)' };
  if (!/^[^\s<>@]+@[^\s<>@]+$/.test(e)) return { error: `'${e}' is not a mail address (git config user.email)` };
  return { trailer: `${name}: ${n} <${e}>` };
}

/** Adds a trailer the reviewer gives to a patch; the same trailer twice is kept once. */
export function addTrailer(store: DraftStore, messageId: string, trailer: string): boolean {
  const list = (store.trailers[messageId] ??= []);
  if (list.includes(trailer)) return false;
  list.push(trailer);
  return true;
}

export function removeTrailer(store: DraftStore, messageId: string, trailer: string): boolean {
  const list = store.trailers[messageId];
  const i = list ? list.indexOf(trailer) : -1;
  if (i < 0) return false;
  list.splice(i, 1);
  if (!list.length) delete store.trailers[messageId];
  return true;
}
