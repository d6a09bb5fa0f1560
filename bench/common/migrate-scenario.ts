// The scenario the debugger and timeline benches run: today's migrate_vma flow (kernel/'s
// bench_migrate driver) over an anonymous range of `npages` pages, written to a temp file.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const KERNEL = path.resolve(__dirname, '../../../kernel');
const SOURCES = ['mm/pagewalk_ops.c', 'mm/mmu_notifier.c', 'mm/migrate_device.c', 'mm/rmap.c', 'mm/memory.c', 'drivers/test_hmm.c', 'test/bench_migrate.c'];

/** Writes the scenario (named `name`) and returns its path. */
export function migrateScenarioFile(name: string, addr: number, npages: number): string {
  const end = addr + npages * 4096;
  const text = [
    `name: ${name}`,
    'sources:',
    ...SOURCES.map((s) => `  - ${path.join(KERNEL, s)}`),
    'entry:',
    '  function: bench_migrate',
    `  args: [{ mm: 1 }, 0x${addr.toString(16)}, ${npages}]`,
    'memory:',
    '  processes:',
    '    - pid: 1',
    `      vmas: [{ start: 0x${addr.toString(16)}, end: 0x${end.toString(16)} }]`,
    'view:',
    `  ranges: [{ pid: 1, start: 0x${addr.toString(16)}, end: 0x${end.toString(16)} }]`,
    '',
  ].join('\n');
  const file = path.join(os.tmpdir(), `mmstep-bench-${name.replace(/[^A-Za-z0-9]+/g, '-')}-${process.pid}.mmstep.yaml`);
  fs.writeFileSync(file, text);
  return file;
}
