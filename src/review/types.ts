// Why: the plain data of patch mail (messages, series, patches, replies, anchors) shared by every
// review module, free of the VS Code API so the CLI, the extension and tests read the same shapes.
import type { Diagnostic } from '../sim/types';
export type { Diagnostic } from '../sim/types';

export interface MailAddress { name: string; address: string }

/** One mail as read from an mbox, .eml or format-patch file. Lines are 1-based in `file`. */
export interface MailMessage {
  messageId: string;
  inReplyTo?: string;
  references: string[];
  from: MailAddress;
  to: MailAddress[];
  cc: MailAddress[];
  date?: string;
  subject: string;
  body: string;
  file: string;
  /** Line of the message start (its `From ` separator or first header). */
  line: number;
  /** File line of the first body line (exact for 7bit/8bit bodies). */
  bodyLine: number;
}

/** What a subject says: `[RFC PATCH v2 3/5] mm: topic`, `Re: ...`. */
export interface SubjectInfo {
  isReply: boolean;
  isPatch: boolean;
  rfc: boolean;
  version: number;
  index?: number;
  total?: number;
  /** Tag words other than PATCH/RFC/vN/m/n (e.g. "HMM", "mm-unstable"). */
  tags: string[];
  topic: string;
}

export interface Trailer {
  name: string;
  value: string;
  /** The message the trailer was written in (the patch itself or a reply). */
  messageId: string;
  fromReply: boolean;
  file: string;
  line: number;
}

export interface PatchLine {
  kind: '+' | '-' | ' ';
  text: string;
  oldLine?: number;
  newLine?: number;
  /** File line in the mail. */
  mailLine: number;
}

export interface PatchHunk { oldStart: number; oldLines: number; newStart: number; newLines: number; mailLine: number; lines: PatchLine[] }
export interface PatchFile { oldName: string; newName: string; hunks: PatchHunk[] }

export interface PatchBody {
  commitMessage: string[];
  diffstat: string[];
  files: PatchFile[];
  signature?: string;
  diagnostics: Diagnostic[];
}

export type { Diagnostic as ReviewDiagnostic };
export function diag(file: string, line: number, column: number, message: string, severity: 'error' | 'warning' = 'error'): Diagnostic {
  return { file, line, column, severity, message };
}
