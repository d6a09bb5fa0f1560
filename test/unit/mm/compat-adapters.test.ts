// The adapters and layouts of kernel/compat run on the model: a C program written for this test
// (not kernel code) is preprocessed by mmstep's preprocessor through each version's compat
// headers, as a tree's file would be, then loaded and run against the model's natives.
// - 6.1: struct mmu_notifier_range keeps the slots the range natives read (a vma first would
//   reach range_start as its mm), the vma-taking init_owner and range_only_end pair up,
//   page_remove_rmap(page, vma, false) reaches folio_remove_rmap_pte, migrate_pfn_to_page.
// - 6.12: the two-argument pte_mkwrite and folio_get_nontail_page returning a folio.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadProgram, Machine } from '../../../src/c/index';
import { preprocess } from '../../../src/c/pp/index';
import { objPtr } from '../../../src/c/value';
import { createModelMemory } from '../../../src/mm/index';
import { Harness, privateRange } from './helpers';

const COMPAT = path.join(__dirname, '../../../../kernel/compat');

const SRC_61 = `
#include <linux/mm.h>
#include <linux/mmu_notifier.h>
#include <linux/rmap.h>
#include <linux/migrate.h>
#include "internal.h"

long compat_61(struct vm_area_struct *vma)
{
	struct mm_struct *mm = vma->vm_mm;
	unsigned long addr = vma->vm_start;
	struct mmu_notifier_range range;
	spinlock_t *ptl;
	struct page *page;
	pte_t *ptep;
	long r = 0;

	mmu_notifier_range_init_owner(&range, MMU_NOTIFY_MIGRATE, 0, vma, mm, addr,
				      addr + PAGE_SIZE, NULL);
	if (range.vma == vma && range.mm == mm && range.event == MMU_NOTIFY_MIGRATE)
		r |= 1;
	mmu_notifier_invalidate_range_start(&range);
	mmu_notifier_invalidate_range_only_end(&range);
	r |= 2;

	ptep = pte_offset_map_lock(mm, pmd_offset(pud_offset(pgd_offset(mm, addr), addr), addr),
				   addr, &ptl);
	page = pfn_to_page(pte_pfn(*ptep));
	if (migrate_pfn_to_page(migrate_pfn(page_to_pfn(page))) == page && !migrate_pfn_to_page(0))
		r |= 4;
	if (page_mapcount(page) == 1) {
		page_remove_rmap(page, vma, false);
		if (page_mapcount(page) == 0)
			r |= 8;
	}
	pte_unmap_unlock(ptep, ptl);
	return r;
}
`;

const SRC_612 = `
#include <linux/mm.h>
#include <linux/rmap.h>
#include <linux/migrate.h>
#include "internal.h"

long compat_612(struct vm_area_struct *vma)
{
	struct mm_struct *mm = vma->vm_mm;
	unsigned long addr = vma->vm_start;
	spinlock_t *ptl;
	struct folio *folio;
	pte_t *ptep;
	long r = 0;

	ptep = pte_offset_map_lock(mm, pmd_offset(pud_offset(pgd_offset(mm, addr), addr), addr),
				   addr, &ptl);
	if (pte_write(pte_mkwrite(ptep_get(ptep), vma)))
		r |= 1;
	folio = folio_get_nontail_page(pfn_to_page(pte_pfn(ptep_get(ptep))));
	if (folio && folio_ref_count(folio) == 2)
		r |= 2;
	folio_put(folio);
	pte_unmap_unlock(ptep, ptl);
	return r;
}
`;

function kconfig(v: string): Record<string, string> {
  const t: Record<string, string> = {};
  for (const l of fs.readFileSync(path.join(COMPAT, v, 'kconfig'), 'utf8').split('\n')) {
    const m = /^(CONFIG_\w+)=(.+)$/.exec(l.trim());
    if (m) t[m[1]] = m[2];
  }
  return t;
}

async function runCompat(v: string, src: string, fn: string): Promise<bigint> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `mmstep-compat-run-${v}-`));
  try {
    const main = path.join(dir, 'mm', 'compat_check.c');
    const pp = preprocess(main, src, {
      readFile: (p) => (fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : null),
      resolve: (name, angle, includer) => {
        const dirs: string[] = [];
        if (!angle) dirs.push(includer === main ? path.join(COMPAT, v, 'mm') : path.dirname(includer));
        dirs.push(path.join(COMPAT, v, 'include'), path.join(COMPAT, 'common', 'include'));
        for (const d of dirs) {
          const p = path.normalize(path.join(d, name));
          if (fs.existsSync(p)) return p;
        }
        return null;
      },
      kconfig: kconfig(v),
      predefines: { __mmstep__: '1' },
    });
    assert.deepStrictEqual(pp.diagnostics, []);
    // The interpreter's loader does not take the new preprocessor's output yet: hand it the text.
    const expanded = path.join(dir, 'expanded.c');
    fs.writeFileSync(expanded, pp.text);
    const h = new Harness(privateRange(1));
    const r = await loadProgram([expanded], {
      reader: { read: async (p) => fs.readFileSync(p, 'utf8') },
      includeDirs: [],
      nativeNames: new Set(Object.keys(h.n)),
    });
    assert.deepStrictEqual(r.diagnostics.filter((d) => d.severity === 'error'), []);
    const mach = new Machine(r.program!, h.n, createModelMemory(h.m), { warn: () => undefined, print: () => undefined });
    const tid = mach.spawn('t', fn, [objPtr(h.m.mms[1].vmas[0].obj)], 0);
    for (let steps = 0; steps < 10000; steps++) {
      const o = mach.step(tid);
      if (o.kind === 'fault') assert.fail(`fault: ${o.fault.kind}: ${o.fault.message} at line ${o.fault.loc?.line}`);
      if (o.kind === 'blocked') assert.fail('blocked');
      if (o.kind === 'done') return o.value as bigint;
    }
    return assert.fail('runaway');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('kernel/compat adapters on the model', () => {
  it('6.1: notifier range layout, init_owner with a vma, range_only_end, page_remove_rmap, migrate_pfn_to_page', async function () {
    this.timeout(30000);
    assert.strictEqual(await runCompat('6.1', SRC_61, 'compat_61'), 15n);
  });

  it('6.12: two-argument pte_mkwrite, folio_get_nontail_page returning a folio', async function () {
    this.timeout(30000);
    assert.strictEqual(await runCompat('6.12', SRC_612, 'compat_612'), 3n);
  });
});
