// The base-mode fixture shared by the review and DAP tests: C of our own in the kernel's style
// (a prototype in a header, a static helper, a function walking a range with the 2016 API, one
// line inside an existing function of the absent base) as a `git format-patch`, and a scenario
// running the added function from kernel/patch/hmm-2016.c.
import { formatPatchSeries } from './format-patch';

export const STUB = ['// mm/migrate.c of an imagined base (test)', '#include <linux/mm.h>', '', 'int migrate_stub(void)', '{', '\treturn 0;', '}', ''].join('\n');
export const HEADER = ['/* include/linux/migrate.h of an imagined base (test) */', '#ifndef TEST_MIGRATE_H', '#define TEST_MIGRATE_H', '', '#endif', ''].join('\n');

export const ADDED = [
  '',
  '/* Is this page mapped by exactly one pte? */',
  'static bool hmm_mapped_once(struct page *page)',
  '{',
  '\treturn page_mapcount(page) == 1;',
  '}',
  '',
  '/* How many pages of [start, end) are resident and mapped once (test). */',
  'int hmm_count_mapped_once(struct vm_area_struct *vma, unsigned long start,',
  '\t\t\t  unsigned long end)',
  '{',
  '\tstruct mm_struct *mm = vma->vm_mm;',
  '\tunsigned long addr;',
  '\tint n = 0;',
  '',
  '\tfor (addr = start; addr < end; addr += PAGE_SIZE) {',
  '\t\tpmd_t *pmdp = pmd_offset(pud_offset(pgd_offset(mm, addr), addr), addr);',
  '\t\tspinlock_t *ptl;',
  '\t\tpte_t *ptep;',
  '',
  '\t\tif (pmd_none(*pmdp))',
  '\t\t\tcontinue;',
  '\t\tptep = pte_offset_map_lock(mm, pmdp, addr, &ptl);',
  '\t\tif (pte_present(*ptep) && hmm_mapped_once(pfn_to_page(pte_pfn(*ptep))))',
  '\t\t\tn++;',
  '\t\tpte_unmap_unlock(ptep, ptl);',
  '\t}',
  '\treturn n;',
  '}',
];

export const SCENARIO = (unit: string) => `name: a patch on the 2016 HMM base (test)
sources:
  - ${JSON.stringify(unit)}
entry:
  function: hmm_count_mapped_once
  args:
    - vma: { pid: 1, addr: 0x7f0000000000 }
    - 0x7f0000000000
    - 0x7f0000004000
memory:
  cpus: 1
  processes:
    - pid: 1
      name: app
      vmas:
        - { start: 0x7f0000000000, end: 0x7f0000004000, flags: [VM_READ, VM_WRITE] }
      pages:
        - { addr: 0x7f0000000000, pfn: 0x100, content: A }
        - { addr: 0x7f0000001000, pfn: 0x101, content: B }
        - { addr: 0x7f0000003000, pfn: 0x103, content: D }
expect:
  outcome: completed
  returns: 3
`;

/** The series: one patch adding ADDED to mm/migrate.c and its prototype to include/linux/migrate.h. */
export function baseSeries(): { dir: string; patches: string[] } {
  const migrate = STUB.replace('\treturn 0;', '\tlru_add_drain();\n\treturn 0;') + ADDED.join('\n') + '\n';
  const header = HEADER.replace('#endif', 'int hmm_count_mapped_once(struct vm_area_struct *vma, unsigned long start,\n\t\t\t  unsigned long end);\n\n#endif');
  return formatPatchSeries({ 'mm/migrate.c': STUB, 'include/linux/migrate.h': HEADER }, [
    { subject: 'mm/migrate: count the pages mapped once (test)', files: { 'mm/migrate.c': migrate, 'include/linux/migrate.h': header } },
  ]);
}
