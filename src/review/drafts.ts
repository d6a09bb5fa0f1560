// Why: a reviewer's own comments (drafts) outlive the window: they are plain data, kept apart from
// the mail files (which mmstep never writes), keyed by the patch's Message-ID and the place in the
// patch, so the comments UI, the reply writer and the CLI read the same shape. Evidence ties a
// comment to a step of a run that can be replayed exactly.
import type { AnchorSide } from './anchor';

/** Where a draft thread sits in a patch. `line` targets use the patch document's line map. */
export type DraftTarget =
  | { kind: 'line'; file: string; side: AnchorSide; line: number }
  | { kind: 'file'; file: string }
  | { kind: 'patch' };

/** A step of a run: enough to start the same run again and stop at the same statement. */
export interface StepEvidence {
  kind: 'step';
  /** Scenario file (absolute path). */
  scenario: string;
  /** Kernel tree the run used, when any. */
  kernelTree?: string;
  /** The patch applied for the run: mail file and Message-ID. */
  patch?: { mail: string; messageId: string };
  /** Statements executed before the stop (the run's history position). */
  step: number;
  /** Where it stopped, for people: `migrate_vma_collect_pmd() mm/migrate_device.c:123`. */
  label: string;
  /** Text excerpt of the state at that step (PTEs, pages), indented into replies. */
  excerpt: string;
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
  return { store: { version: 1, threads, trailers }, error: dropped ? `${dropped} malformed draft thread(s) skipped` : undefined };
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
