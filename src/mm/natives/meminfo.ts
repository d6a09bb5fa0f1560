// The numbers /proc/meminfo shows (kernel/fs/proc_meminfo.c formats them as Linux's
// meminfo_proc_show does). hmm-tests read "Hugepagesize:" there before mmap(MAP_HUGETLB).
// The model's RAM has no fixed size (pages are made as they are needed), so MemTotal is a
// nominal MODEL_RAM_PAGES (4 GiB); MemFree is that less the system pages in use; Shmem and
// Cached count the page cache of shmem objects and tmpfs files (shmem.ts); AnonPages the pages
// mapped anonymously (a THP's 512 among them, also counted in AnonHugePages). HugePages_Total,
// _Free and _Rsvd are the hugetlb pool's (huge.ts; 0 without one), in huge pages;
// Hugepagesize is x86-64's 2048 kB.

import type { NativeTable } from '../../c/native';
import type { MmModel } from '../state';
import { argInt, fault } from './util';

/** The model's nominal RAM, in 4 KiB pages (4 GiB). */
export const MODEL_RAM_PAGES = 1 << 20;

/** Items of mmstep_meminfo_pages (kernel/fs/proc_meminfo.c). */
const ITEMS = ['total', 'free', 'shmem', 'anon', 'huge_total', 'huge_free', 'huge_rsvd', 'anon_huge'] as const;

export function meminfoPages(m: MmModel, item: (typeof ITEMS)[number]): number {
  if (item === 'total') return MODEL_RAM_PAGES;
  if (item === 'huge_total') return m.hugetlb?.total ?? 0;
  if (item === 'huge_free') return m.hugetlb?.free ?? 0;
  if (item === 'huge_rsvd') return m.hugetlb?.resv ?? 0;
  let used = 0;
  let anon = 0;
  let anonHuge = 0;
  for (const p of Object.values(m.pages)) {
    if (!p || p.freed || p.zone !== 'ram') continue;
    used++;
    // a mapped THP is 512 anonymous pages (its tails carry no mapcount of their own)
    const n = p.order ? 1 << p.order : 1;
    if (p.anon && p.mapcount > 0 && !p.hugetlb) {
      anon += n;
      if (p.order) anonHuge += n;
    }
  }
  if (item === 'free') return Math.max(0, MODEL_RAM_PAGES - used);
  if (item === 'anon') return anon;
  if (item === 'anon_huge') return anonHuge;
  let shmem = 0;
  for (const o of Object.values(m.shmem?.objs ?? {})) shmem += Object.keys(o.pages).length;
  return shmem;
}

export function meminfoNatives(m: MmModel): NativeTable {
  return {
    mmstep_meminfo_pages(ctx, args) {
      // unsigned long mmstep_meminfo_pages(int item): 0 total, 1 free, 2 shmem, 3 anon (pages),
      // 4-6 the hugetlb pool's total, free and reserved (huge pages), 7 mapped THPs (pages).
      const i = Number(argInt('mmstep_meminfo_pages', args, 0));
      if (!(i >= 0 && i < ITEMS.length)) fault('bad-call', `mmstep_meminfo_pages: no item ${i}`);
      return BigInt(meminfoPages(m, ITEMS[i]));
    },
  };
}
