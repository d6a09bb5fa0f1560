// Test fixture: one real series (v1: cover + 3 patches, v2: a reworked revision) by a non-ASCII
// author, sent To a list and Cc people (one of them the reviewer), plus a reviewer's drafts on
// patch 1 of every kind (diff lines on both sides, commit message, file, whole patch, resolved).
import type { DraftStore, DraftThread } from '../../../src/review/drafts';
import { GitSeriesRepo, type Change } from './git-series';

export const AUTHOR = { name: 'Jérôme Glisse', email: 'jglisse@example.org' };
export const REVIEWER = { name: 'Aneesh Kumar K.V', email: 'aneesh@example.org' };

export const BASE = [
  '// SPDX-License-Identifier: MIT', '/* toy migrate */', '#include "mm.h"', '',
  'static int collect_pmd(struct vma *vma, unsigned long addr, unsigned long end)', '{',
  '\tunsigned long mpfn = 0;', '\tint npages = 0;', '',
  '\tfor (; addr < end; addr += PAGE_SIZE) {', '\t\tmpfn = pte_pfn(addr);', '\t\tnpages++;', '\t}',
  '\treturn npages;', '}', '',
  'static void restore(struct vma *vma)', '{', '\tunsigned long addr = vma->start;', '',
  '\tfor (; addr < vma->end; addr += PAGE_SHIFT)', '\t\trestore_one(addr);', '}',
];

export function v1Changes(): Change[] {
  const p1 = [...BASE];
  p1.splice(10, 2, '\t\tmpfn = pte_pfn(addr) | MIGRATE_PFN_MIGRATE;', '\t\tnpages++;', '\t\tif (!trylock_page(pfn_to_page(mpfn)))', '\t\t\tcontinue;');
  const p2 = p1.map((l) => l.replace('PAGE_SHIFT', 'PAGE_SIZE'));
  return [
    { file: 'mm/migrate_device.c', lines: p1, msg: 'mm/migrate: lock collected pages\n\nCollect marks each pfn for migration and takes the page lock\nso that nobody else can map the page meanwhile.\n\nThe restore pass undoes it.\n\nSigned-off-by: Jérôme Glisse <jglisse@example.org>' },
    { file: 'mm/migrate_device.c', lines: p2, msg: 'mm/migrate: restore steps by PAGE_SIZE\n\nSigned-off-by: Jérôme Glisse <jglisse@example.org>' },
    { file: 'Documentation/mm/migrate.rst', lines: ['Migration', '=========', '', 'Collect, lock, then restore.'], msg: 'docs: describe migration\n\nSigned-off-by: Jérôme Glisse <jglisse@example.org>' },
  ];
}

/** v2: patch 1 reworked (break instead of continue), patch 2 renamed, patch 3 dropped, a new patch added. */
export function v2Changes(): Change[] {
  const [p1, p2] = v1Changes();
  const l1 = p1.lines.map((l) => (l === '\t\t\tcontinue;' ? '\t\t\tbreak;' : l));
  const l2 = p2.lines.map((l) => (l === '\t\t\tcontinue;' ? '\t\t\tbreak;' : l));
  const l3 = l2.map((l) => (l === '\t\trestore_one(addr);' ? '\t\trestore_one(vma, addr);' : l));
  return [
    { ...p1, lines: l1, msg: p1.msg.replace('The restore pass undoes it.', 'The restore pass undoes it; a page that cannot be locked ends the walk.') },
    { ...p2, lines: l2, msg: 'mm/migrate: fix the restore stride\n\nSigned-off-by: Jérôme Glisse <jglisse@example.org>' },
    { file: 'mm/migrate_device.c', lines: l3, msg: 'mm/migrate: pass the vma to restore_one\n\nSigned-off-by: Jérôme Glisse <jglisse@example.org>' },
  ];
}

export interface Fixture { repo: GitSeriesRepo; v1: string[]; v2: string[] }

export function buildFixture(): Fixture {
  const repo = new GitSeriesRepo(AUTHOR, [{ file: 'mm/migrate_device.c', lines: BASE }]);
  const opts = { to: ['linux-mm@kvack.org', 'Andrew Morton <akpm@example.org>'], cc: [`${REVIEWER.name} <${REVIEWER.email}>`, 'Zoë Ünicode <zoe@example.org>', 'linux-mm@kvack.org'] };
  const v1 = repo.series(1, v1Changes(), opts);
  const v2 = repo.series(2, v2Changes(), opts);
  return { repo, v1, v2 };
}

const comment = (id: string, body: string, evidence: DraftStore['threads'][number]['comments'][number]['evidence'] = []) => ({ id, body, created: '2026-12-01T08:00:00Z', evidence });

/** Drafts on patch 1 (`p1`), one on patch 2 (`p2`). */
export function drafts(p1: string, p2: string): DraftStore {
  const t = (id: string, target: DraftThread['target'], comments: DraftThread['comments'], resolved = false, patch = p1): DraftThread => ({ id, patch, target, comments, resolved });
  return {
    version: 1,
    threads: [
      t('t-lock', { kind: 'line', file: 'mm/migrate_device.c', side: 'new', line: 12 }, [
        comment('c1', 'How do we know the page is used by one process only? The page lock alone does not say that, and a second mapping could still be established through fork while we hold it.'),
        comment('c2', 'Stepping through it shows the lock is taken with the mapcount at 2:', [{ kind: 'step', scenario: '/work/examples/fork-race.mmstep.yaml', step: 42, label: 'collect_pmd() mm/migrate_device.c:12', excerpt: 'page pfn 0x100: mapcount 2, locked\n\tpte 0x7f0000000000 -> pfn 0x100 (present, write)' }]),
      ]),
      t('t-cont', { kind: 'line', file: 'mm/migrate_device.c', side: 'new', line: 14 }, [comment('c3', 'nit: continue leaves the pfn marked.')]),
      t('t-second', { kind: 'line', file: 'mm/migrate_device.c', side: 'new', line: 12 }, [comment('c4', 'Also: trylock_page() on a pfn that may not be valid?')]),
      t('t-old', { kind: 'line', file: 'mm/migrate_device.c', side: 'old', line: 11 }, [comment('c5', 'The old code did not mark the pfn here.')]),
      t('t-msg', { kind: 'line', file: 'COMMIT_MSG', side: 'message', line: 2 }, [comment('c6', 'Meanwhile until when?')]),
      t('t-file', { kind: 'file', file: 'mm/migrate_device.c' }, [comment('c7', 'This file needs a comment on the locking order.')]),
      t('t-patch', { kind: 'patch' }, [comment('c8', 'Thanks for the series, a few questions below.')]),
      t('t-done', { kind: 'line', file: 'mm/migrate_device.c', side: 'new', line: 10 }, [comment('c9', 'RESOLVED — must not appear.')], true),
      t('t-p2', { kind: 'line', file: 'mm/migrate_device.c', side: 'new', line: 23 }, [comment('c10', 'Good catch.')], false, p2),
    ],
    trailers: { [p2]: ['Reviewed-by'] },
  };
}
