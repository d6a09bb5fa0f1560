// Why: some patches cannot be applied to any tree — HMM v13 16/18 adds functions to mm/migrate.c
// on top of an HMM series that was never merged. What can still run is what the patch *adds*:
// its '+' lines that form whole top-level definitions and declarations (kernel style: they start
// in column 0 and end with a '}' or ';' at depth 0). They are gathered into one synthetic
// translation unit that includes a named set of mmstep's compatibility headers (the "base"),
// served in memory at kernel/patch/<base>.c, which a scenario for such a patch lists among its
// sources. '+' lines inside an existing function are changes to code the base does not have:
// they are reported (a warning at their mail line), not compiled. Every line of the unit maps
// back to its mail line, so breakpoints in the patch document and stack frames work as for a
// patch applied to a tree.
import { join } from '../c/paths';
import type { PatchedFile, PatchedLineOrigin } from './apply';
import { buildPatchDocument, docLineOfMailLine } from './patch-doc';
import { diag, type Diagnostic, type MailMessage, type PatchBody, type PatchLine } from './types';

export interface CompatBase {
  name: string;
  description: string;
  /** Headers the unit includes, in order (from mmstep's kernel/include). */
  includes: string[];
}

/** The named header sets. hmm-2016: what the project's kernel/mm/hmm_migrate_v13.c includes. */
export const COMPAT_BASES: Record<string, CompatBase> = {
  'hmm-2016': {
    name: 'hmm-2016',
    description: "the 2016 HMM API (HMM v13): mmstep's kernel/include headers as kernel/mm/hmm_migrate_v13.c uses them",
    includes: ['linux/mm.h', 'linux/swapops.h', 'linux/mmu_notifier.h', 'linux/pagewalk.h', 'linux/hmm.h'],
  },
};

/** Where the unit of a base is served: kernel/patch/<base>.c (a scenario lists it). */
export function baseUnitPath(kernelDir: string, base: string): string {
  return join(kernelDir, 'patch', `${base}.c`);
}

interface Item { start: number; end: number; complete: boolean; column0: boolean; blank: boolean }

/**
 * Top-level items of C lines (0-based line ranges): declarations and definitions with the
 * comments before them, and preprocessor lines. `blank`: only comments; `column0`: it starts in
 * column 0 (kernel style for a top-level item); `complete`: it ends with its '}' or ';'.
 */
export function topLevelItems(lines: string[]): Item[] {
  const items: Item[] = [];
  let depth = 0;
  let inComment = false;
  let cur: { start: number; column0: boolean; code: boolean; header: string } | undefined;
  const close = (end: number, complete: boolean): void => {
    if (cur) items.push({ start: cur.start, end, complete, column0: cur.column0, blank: !cur.code });
    cur = undefined;
  };
  for (let li = 0; li < lines.length; li++) {
    const text = lines[li];
    if (!cur && depth === 0 && !inComment && /^\s*#/.test(text)) {
      let end = li;
      while (/\\\s*$/.test(lines[end]) && end + 1 < lines.length) end++;
      items.push({ start: li, end, complete: true, column0: /^#/.test(text), blank: false });
      li = end;
      continue;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (inComment) {
        if (c === '*' && text[i + 1] === '/') { inComment = false; i++; }
        continue;
      }
      if (c === ' ' || c === '\t') { if (cur && depth === 0) cur.header += ' '; continue; }
      cur ??= { start: li, column0: i === 0 && depth === 0, code: false, header: '' };
      if (c === '/' && text[i + 1] === '*') { inComment = true; i++; continue; }
      if (c === '/' && text[i + 1] === '/') break;
      cur.code = true;
      if (c === '"' || c === "'") {
        let k = i + 1;
        while (k < text.length && text[k] !== c) k += text[k] === '\\' ? 2 : 1;
        i = k;
        continue;
      }
      if (c === '{') { depth++; continue; }
      if (c === '}') {
        depth = Math.max(depth - 1, 0);
        if (depth === 0 && !/=|^\s*(typedef|struct|union|enum)\b/.test(cur.header)) close(li, true);
        continue;
      }
      if (c === ';' && depth === 0) { close(li, true); continue; }
      if (depth === 0) cur.header += c;
    }
    if (cur && depth === 0) cur.header += ' ';
  }
  if (cur) close(lines.length - 1, !cur.code);
  return items;
}

export interface BaseUnit {
  /** The synthetic unit as a patched file (path relative to kernel/: patch/<base>.c). */
  file: PatchedFile;
  diagnostics: Diagnostic[];
}

/** The unit of the definitions `patches` add, against the headers of `base`. */
export function buildBaseUnit(base: CompatBase, patches: { message: MailMessage; body: PatchBody }[]): BaseUnit {
  const diagnostics: Diagnostic[] = [];
  const head = [`/* mmstep: the definitions ${patches.map((p) => p.message.messageId).join(', ')} add${patches.length > 1 ? '' : 's'}, on the ${base.name} headers (generated, in memory) */`, ...base.includes.map((h) => `#include <${h}>`), ''];
  const text: string[] = [...head];
  const lineMap: (PatchedLineOrigin | undefined)[] = head.map(() => undefined);
  const changed: { start: number; end: number }[] = [];
  for (const p of patches) {
    const doc = buildPatchDocument(p.message, p.body);
    // Headers first: their declarations are what the definitions use.
    const files = [...p.body.files].filter((f) => f.newName !== '/dev/null' && /\.[ch]$/.test(f.newName)).sort((a, b) => Number(b.newName.endsWith('.h')) - Number(a.newName.endsWith('.h')));
    for (const f of files) {
      for (const h of f.hunks) {
        // Runs of consecutive '+' lines.
        let run: PatchLine[] = [];
        const flush = (): void => {
          if (!run.length) return;
          const lines = run.map((l) => l.text);
          for (const it of topLevelItems(lines)) {
            const part = run.slice(it.start, it.end + 1);
            if (it.blank) continue;
            if (!it.complete || !it.column0) {
              const first = part.find((l) => l.text.trim() !== '') ?? part[0];
              diagnostics.push(diag(p.message.file, first.mailLine, 1, `lines ${part[0].mailLine}-${part[part.length - 1].mailLine} of the patch to ${f.newName} are not a whole top-level definition (they change code of the base, which no tree has): not compiled against ${base.name}`, 'warning'));
              continue;
            }
            const start = text.length + 1;
            for (const l of part) {
              text.push(l.text);
              const docLine = docLineOfMailLine(doc, l.mailLine);
              lineMap.push({ messageId: p.message.messageId, kind: '+', mailFile: p.message.file, mailLine: l.mailLine, ...(docLine !== undefined ? { docLine } : {}) });
            }
            changed.push({ start, end: text.length });
            text.push('');
            lineMap.push(undefined);
          }
          run = [];
        };
        for (const l of h.lines) {
          if (l.kind === '+') run.push(l);
          else flush();
        }
        flush();
      }
    }
  }
  if (!changed.length) {
    const p = patches[patches.length - 1];
    diagnostics.push(diag(p.message.file, p.message.bodyLine, 1, `the patch adds no whole top-level definition to compile against ${base.name}`));
  }
  return {
    file: { path: `patch/${base.name}.c`, text: text.join('\n') + '\n', created: true, deleted: false, lineMap, changed, placements: [] },
    diagnostics,
  };
}
