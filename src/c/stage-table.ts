// The migration stages of an unmodified kernel file (issue 8 item 6). mmstep's own kernel/ names
// the stage a function starts with a `/* mmstep-stage: NAME */` comment above it (compile-fn.ts);
// a kernel tree's file has no such comments, so the functions that start each stage of the
// migrate_vma / migrate_device flow (Linux 4.14 to 6.12 and mainline) are listed here, with the
// names kernel/'s comments use, so a scenario's stages read the same with either file.
// A comment, where there is one, still wins (the table is consulted only without it).

const BY_NAME: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  migrate_vma_collect: 'collect',
  migrate_vma_collect_pmd: 'collect',
  migrate_vma_prepare: 'lock & isolate',
  migrate_vma_unmap: 'unmap',
  migrate_device_unmap: 'unmap',
  migrate_vma_pages: 'migrate pages',
  migrate_device_pages: 'migrate pages',
  __migrate_device_pages: 'migrate pages',
  migrate_vma_finalize: 'finalize',
  migrate_device_finalize: 'finalize',
  __migrate_device_finalize: 'finalize',
  migrate_vma_restore: 'restore',
  migrate_device_restore: 'restore',
});

/** Driver callbacks by their ops-member suffix (lib/test_hmm.c's dmirror_migrate_alloc_and_copy). */
const BY_SUFFIX: [string, string][] = [
  ['_alloc_and_copy', 'alloc_and_copy'],
  ['_finalize_and_map', 'finalize_and_map'],
];

/** The stage a function of an unannotated kernel file starts, or undefined. */
export function stageOfFunction(name: string): string | undefined {
  const hit = BY_NAME[name];
  if (hit) return hit;
  for (const [suffix, stage] of BY_SUFFIX) if (name.endsWith(suffix)) return stage;
  return undefined;
}

/** The table itself, for documentation and tests. */
export function stageTable(): Record<string, string> {
  return { ...BY_NAME };
}
