// The migration benchmark's scenario (bench.ts, warm.ts): a one-VMA process whose range the
// bench populates in code, migrated to device-private memory by today's flow.

import * as path from 'path';

const KERNEL = path.resolve(__dirname, '../../../kernel');
export const MIGRATE_ADDR = 0x7f0000000000;
const ADDR = MIGRATE_ADDR;

export function scenario(npages: number): string {
  const src = ['mm/pagewalk_ops.c', 'mm/mmu_notifier.c', 'mm/migrate_device.c', 'mm/rmap.c', 'mm/memory.c', 'drivers/test_hmm.c', 'test/bench_migrate.c'];
  return [
    `name: bench migrate ${npages} pages`,
    'sources:',
    ...src.map((s) => `  - ${path.join(KERNEL, s)}`),
    'entry:',
    '  function: bench_migrate',
    `  args: [{ mm: 1 }, 0x${ADDR.toString(16)}, ${npages}]`,
    'memory:',
    '  processes:',
    '    - pid: 1',
    '      vmas:',
    `        - { start: 0x${ADDR.toString(16)}, end: 0x${(ADDR + npages * 4096).toString(16)} }`,
    'view:',
    '  ranges:',
    `    - { pid: 1, start: 0x${ADDR.toString(16)}, end: 0x${(ADDR + 4096).toString(16)} }`,
    'expect:',
    '  outcome: completed',
    `  returns: ${npages}`,
    '',
  ].join('\n');
}

