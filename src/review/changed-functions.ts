// Why: "Step through in mmstep" belongs on each function a patch changes, and the function to
// stop in is the one that encloses the changed lines in the *patched* file — the @@ header's
// function context is only what `git diff` guessed from the line above the hunk (often the
// previous function, or a label). So: with the patched file's text (apply.ts), every changed
// line is placed in its enclosing top-level definition found by a small C scanner (comments,
// strings, preprocessor lines and brace depth); without it (no tree at hand), the hunk's own new
// side is scanned and the @@ context is the fallback, marked as a guess. Functions the patch adds
// whole are reported too.
import type { PatchedFile } from './apply';
import { buildPatchDocument, docLineOfMailLine } from './patch-doc';
import type { MailMessage, PatchBody, PatchHunk } from './types';

export interface TopLevelFunction {
  name: string;
  /** 1-based lines: first line of the definition (its header), the line of its closing brace. */
  line: number;
  endLine: number;
}

export interface ChangedFunction {
  name: string;
  /** Patch-relative file (new name). */
  file: string;
  /** Patch-document line of the @@ line of the first hunk changing it (where the CodeLens goes). */
  docLine: number;
  /** Every line of the definition is a '+' line of this patch. */
  added: boolean;
  /** Where it is in the patched file (when the patched text was known). */
  line?: number;
  endLine?: number;
  /** Only the @@ header's function context named it (the patched text was not known). */
  guessed?: boolean;
}

const KEYWORDS = new Set(['if', 'for', 'while', 'switch', 'return', 'sizeof', 'do', 'else', 'case', 'typeof', '__typeof__', 'defined']);

/** Top-level function definitions of a C text (names as written; macros that define functions are not expanded). */
export function topLevelFunctions(text: string): TopLevelFunction[] {
  const out: TopLevelFunction[] = [];
  let depth = 0;
  let line = 1;
  let header = '';
  let headerLine = 1;
  let current: { name: string; line: number } | undefined;
  let bol = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') { line++; bol = true; if (depth === 0) header += ' '; continue; }
    if (bol && c === '#' ) {
      // A preprocessor line (with continuations) is not part of any declaration.
      while (i < text.length && !(text[i] === '\n' && text[i - 1] !== '\\')) { if (text[i] === '\n') line++; i++; }
      line++;
      continue;
    }
    if (c !== ' ' && c !== '\t') bol = false;
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      for (let k = i; k < stop; k++) if (text[k] === '\n') line++;
      i = stop - 1;
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
      continue;
    }
    if (c === '"' || c === "'") {
      let k = i + 1;
      while (k < text.length && text[k] !== c && text[k] !== '\n') k += text[k] === '\\' ? 2 : 1;
      if (depth === 0) header += c + c;
      i = k;
      continue;
    }
    if (depth === 0) {
      if (c === ';' || c === '}') { header = ''; continue; }
      if (c === '{') {
        const name = functionName(header);
        current = name ? { name, line: headerLine } : undefined;
        header = '';
        depth = 1;
        continue;
      }
      if (header.trim() === '' && c.trim() !== '') headerLine = line;
      header += c;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) {
        if (current) out.push({ name: current.name, line: current.line, endLine: line });
        current = undefined;
        header = '';
      }
    }
  }
  return out;
}

/** The function a top-level header before `{` defines, or undefined (struct, initializer, ...). */
function functionName(header: string): string | undefined {
  const h = header.replace(/__attribute__\s*\(\(.*?\)\)/g, ' ').trim();
  if (!h || /=/.test(h) || /^(struct|union|enum)\s+\w+\s*$/.test(h) || /\b(struct|union|enum)\s*$/.test(h)) return undefined;
  // The name is the identifier before the first '(' whose parentheses close at the header's end.
  const m = /([A-Za-z_]\w*)\s*\(/.exec(h);
  if (!m || KEYWORDS.has(m[1])) return undefined;
  if (!/\)\s*(\w+(\s*\([^()]*\))?\s*)*$/.test(h)) return undefined;
  return m[1];
}

/** The enclosing top-level function of `line`, if any. */
export function functionAt(fns: TopLevelFunction[], line: number): TopLevelFunction | undefined {
  return fns.find((f) => f.line <= line && line <= f.endLine);
}

/**
 * The functions each hunk of the patch changes. `patched`: the patched files by patch-relative
 * path (apply.ts), for exact answers; without a file there, the hunk's new side is scanned and
 * the @@ context is the fallback (marked `guessed`).
 */
export function changedFunctions(message: MailMessage, body: PatchBody, patched: Map<string, PatchedFile> = new Map()): ChangedFunction[] {
  const doc = buildPatchDocument(message, body);
  const out: ChangedFunction[] = [];
  const add = (c: ChangedFunction): void => {
    const had = out.find((o) => o.name === c.name && o.file === c.file);
    if (!had) out.push(c);
  };
  for (const f of body.files) {
    if (f.newName === '/dev/null' || !/\.[ch]$/.test(f.newName)) continue;
    const pf = patched.get(f.newName);
    const fns = pf?.text !== undefined ? topLevelFunctions(pf.text) : undefined;
    for (const h of f.hunks) {
      const docLine = docLineOfMailLine(doc, h.mailLine) ?? 1;
      if (pf && fns) {
        for (const line of touchedLines(pf, h, message.messageId)) {
          const fn = functionAt(fns, line);
          if (!fn) continue;
          const added = pf.lineMap.slice(fn.line - 1, fn.endLine).every((o) => o?.kind === '+' && o.messageId === message.messageId);
          add({ name: fn.name, file: f.newName, docLine, added, line: fn.line, endLine: fn.endLine });
        }
        continue;
      }
      // No patched text: for changes above the first function header the hunk shows, the @@
      // context (a guess); then the functions whose header is on the hunk's new side.
      const newSide = h.lines.filter((l) => l.kind !== '-');
      const own = topLevelFunctions(newSide.map((l) => l.text).join('\n'));
      if (!own.length || newSide.slice(0, own[0].line - 1).some((l) => l.kind === '+')) {
        const ctx = hunkContext(message, h);
        const m = ctx ? /([A-Za-z_]\w*)\s*\(/.exec(ctx) : null;
        const name = m && !KEYWORDS.has(m[1]) && !/=/.test(ctx!.slice(0, m.index)) ? m[1] : undefined;
        if (name) add({ name, file: f.newName, docLine, added: false, guessed: true });
      }
      for (const fn of own) {
        const lines = newSide.slice(fn.line - 1, fn.endLine);
        add({ name: fn.name, file: f.newName, docLine, added: lines.every((l) => l.kind === '+') });
      }
    }
  }
  return out;
}

/** Patched lines of hunk `h`'s changes: its '+' lines, and the line after each run of '-' lines. */
function touchedLines(pf: PatchedFile, h: PatchHunk, messageId: string): number[] {
  const byMail = new Map<number, number>();
  pf.lineMap.forEach((o, i) => { if (o && o.messageId === messageId) byMail.set(o.mailLine, i + 1); });
  const out: number[] = [];
  let pendingRemoval = false;
  let last: number | undefined;
  for (const l of h.lines) {
    const at = byMail.get(l.mailLine);
    if (l.kind === '-') { pendingRemoval = true; continue; }
    if (at === undefined) continue;
    if (l.kind === '+') out.push(at);
    else if (pendingRemoval) out.push(at);
    pendingRemoval = false;
    last = at;
  }
  if (pendingRemoval && last !== undefined) out.push(last);
  return out;
}

/** The text after the second @@ of the hunk's header line (git's function context). */
function hunkContext(m: MailMessage, h: PatchHunk): string | undefined {
  const line = m.body.split('\n')[h.mailLine - m.bodyLine] ?? '';
  const r = /^@@ [^@]* @@ ?(.*)$/.exec(line);
  return r && r[1].trim() ? r[1] : undefined;
}
