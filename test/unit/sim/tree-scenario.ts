// An example of examples/ turned, in memory, into the same scenario on a kernel tree's
// mm/migrate_device.c: shared by the kernel-tree examples test and bench/tree/load.ts. Why in
// memory: nothing is written into the repository or the tree cache; the rewritten scenario is
// served at a path beside the example, so its relative source paths stay valid.

import * as fs from 'fs';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { parseScenario } from '../../../src/scenario/parse';

/** How a current-flow example lists kernel/'s file. */
export const OWN_SOURCE = '../kernel/mm/migrate_device.c';
export const SOURCE_LINE = /^(\s*-\s*)\.\.\/kernel\/mm\/migrate_device\.c[ \t]*$/gm;
const MEMORY_LINE = /^(\s*-\s*\.\.\/kernel\/mm\/)memory\.c[ \t]*$/gm;

/** The *.yaml files of `dir` whose sources list kernel/'s migrate_device.c, sorted. */
export function currentFlowExamples(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .filter((f) => {
      const file = path.join(dir, f);
      const parsed = parseScenario(file, fs.readFileSync(file, 'utf8'));
      return parsed.scenario?.sources.includes(OWN_SOURCE) ?? false;
    });
}

/**
 * The example's text with `tree:mm/migrate_device.c` of `treeRoot` in place of kernel/'s file,
 * and kernel/mm/memory_fault_ref_only.c (the 6.1 / 6.12 fault-back rule) in place of memory.c.
 * Throws, naming the example, when its text is not in the form this rewrite handles.
 */
export function treeScenarioText(name: string, text: string, treeRoot: string): string {
  const lines = text.match(SOURCE_LINE) ?? [];
  if (lines.length !== 1) throw new Error(`${name}: expected one block-style source line '- ${OWN_SOURCE}', found ${lines.length}; only that form is rewritten`);
  if (/^kernel_tree:/m.test(text)) throw new Error(`${name}: already names a kernel_tree`);
  if (!/^sources:[ \t]*$/m.test(text)) throw new Error(`${name}: no block-style 'sources:' key to put kernel_tree before`);
  if ((text.match(MEMORY_LINE) ?? []).length > 1) throw new Error(`${name}: lists kernel/mm/memory.c twice`);
  return text
    .replace(SOURCE_LINE, '$1tree:mm/migrate_device.c')
    .replace(MEMORY_LINE, '$1memory_fault_ref_only.c')
    .replace(/^sources:[ \t]*$/m, `kernel_tree: ${JSON.stringify(treeRoot)}\nsources:`);
}

/** The path the rewritten scenario is served at: beside the example, never written. */
export function treeScenarioPath(example: string, label: string): string {
  return example.replace(/(\.mmstep)?\.yaml$/, `.${label}.mmstep.yaml`);
}

/** Reads from disk, except one scenario served from memory. */
export class OverlayFileAccess extends NodeFileAccess {
  constructor(
    private readonly virtualPath: string,
    private readonly text: string,
  ) {
    super();
  }

  override async readText(p: string): Promise<string> {
    return p === this.virtualPath ? this.text : super.readText(p);
  }
}
