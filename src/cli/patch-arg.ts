// `--patch MAIL[#N|#<message-id>]` of `mmstep run` / `check`: the mail files (a format-patch
// directory counts as its *.patch files) read together, the patch selected, applied in memory
// to the scenario's kernel tree or kernel/ (src/review/patch-run.ts) and served by an overlay.
// Every problem is a diagnostic with the mail's or the scenario's file:line:col.
import * as fs from 'fs';
import * as nodePath from 'path';
import { preparePatchRunFor, splitPatchArg, type PatchRun, type PatchSpec } from '../review/patch-run';
import type { Diagnostic } from '../sim/types';
import type { CliIo } from './load';

/** The PatchSpec of the --patch values, or a message when they contradict each other. */
export function patchSpecOf(io: CliIo, values: string[], base?: string): PatchSpec | { error: string } {
  const mails: string[] = [];
  let select: string | undefined;
  for (const v of values) {
    const { mail, select: s } = splitPatchArg(v);
    if (s !== undefined) {
      if (select !== undefined && select !== s) return { error: `--patch names two patches (#${select} and #${s}); name one, the other mail files without #` };
      select = s;
    }
    const abs = io.absolute(mail);
    let isDir = false;
    try {
      isDir = fs.statSync(abs).isDirectory();
    } catch {
      // reported when it is read
    }
    if (isDir) mails.push(...fs.readdirSync(abs).filter((n) => /\.(patch|eml|mbox|mbx)$/.test(n)).sort().map((n) => nodePath.join(abs, n)));
    else mails.push(abs);
  }
  return { mails: [...new Set(mails)], ...(select !== undefined ? { select } : {}), ...(base !== undefined ? { base } : {}) };
}

export type PatchedIo = { ok: true; io: CliIo; run: PatchRun } | { ok: false; diagnostics: Diagnostic[] };

/** `io` with the patched files served, for the scenario at `scenario` (absolute). */
export async function patchedIo(io: CliIo, scenario: string, values: string[], kernelTree?: string, base?: string): Promise<PatchedIo> {
  const spec = patchSpecOf(io, values, base);
  if ('error' in spec) return { ok: false, diagnostics: [{ file: io.display(scenario), line: 1, column: 1, severity: 'error', message: spec.error }] };
  const r = await preparePatchRunFor(scenario, spec, io.files, kernelTree !== undefined ? io.absolute(kernelTree) : undefined);
  if (!r.ok) return { ok: false, diagnostics: r.diagnostics.map((d) => ({ ...d, file: io.display(d.file) })) };
  return { ok: true, io: { ...io, files: r.run.files }, run: r.run };
}
