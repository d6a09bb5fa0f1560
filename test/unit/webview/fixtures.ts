// StateView fixtures for the webview tests: the 2016 collect walk over a 4-page private range of
// one process, at two stops. At the first stop the walk has replaced PTE 0 with a migration
// entry (page 0x100 locked, its mapcount dropped, CPU 0 still holding a stale translation); at
// the second it has done PTE 1 as well and flushed the TLB.

import type { PageView, PteView, StateView } from '../../../src/protocol/state';

const BASE = 0x7f0000000000;

function addr(i: number): string {
  return '0x' + (BASE + i * 0x1000).toString(16);
}

function present(i: number, pfn: number, bits: string[] = ['write', 'young']): PteView {
  const raw = (BigInt(pfn) << 12n) | 0x67n;
  return {
    key: `pte:1:${addr(i)}`,
    pid: 1,
    addr: addr(i),
    kind: 'present',
    pfn,
    bits,
    raw: '0x' + raw.toString(16),
    text: `present -> pfn 0x${pfn.toString(16)} [${bits.join(' ')}]`,
  };
}

function migration(i: number, pfn: number, holder?: string): PteView {
  return {
    key: `pte:1:${addr(i)}`,
    pid: 1,
    addr: addr(i),
    kind: 'migration',
    pfn,
    bits: ['write'],
    raw: '0x' + ((BigInt(pfn) << 12n) | 0x3e00n).toString(16),
    text: `migration(W) -> pfn 0x${pfn.toString(16)}`,
    ptlHolder: holder,
  };
}

function page(pfn: number, over: Partial<PageView> = {}): PageView {
  return {
    key: `page:${pfn}`,
    pfn,
    zone: 'ram',
    free: false,
    refcount: 1,
    mapcount: 1,
    locked: false,
    lockWaiters: [],
    lru: 'lru',
    pins: 0,
    dirty: false,
    anon: true,
    anonExclusive: true,
    content: `'P${pfn - 0x100}'`,
    flags: ['uptodate'],
    ...over,
  };
}

const vmas = [{ start: addr(0), end: addr(4), flags: ['read', 'write', 'anon', 'private'] }];

/** First stop: step 12 of the collect walk; one PTE changed. */
export function stateAtCollect(): StateView {
  return {
    step: 12,
    stage: 'collect',
    processes: [
      {
        pid: 1,
        name: 'app',
        vmas,
        ptes: [migration(0, 0x100, 'migrate'), present(1, 0x101, ['write', 'dirty', 'young']), present(2, 0x102), present(3, 0x103)],
        mmapLock: 'read: migrate',
      },
    ],
    pages: [
      page(0x100, { refcount: 2, mapcount: 0, locked: true, lockHolder: 'migrate' }),
      page(0x101, { dirty: true }),
      page(0x102),
      page(0x103),
      page(0x10000, { zone: 'device-private', owner: 'dmirror0', free: true, refcount: 0, mapcount: 0, lru: 'none', anon: false, anonExclusive: false, content: undefined, flags: [] }),
    ],
    tlbs: [
      {
        cpu: 0,
        entries: [
          { pid: 1, addr: addr(0), pfn: 0x100, write: true, stale: true },
          { pid: 1, addr: addr(1), pfn: 0x101, write: true, stale: false },
        ],
      },
      { cpu: 1, entries: [] },
    ],
    locks: [
      { name: 'ptl pmd 1:0x7f0000000000', kind: 'ptl', holder: 'migrate', waiters: [] },
      { name: 'page 0x100', kind: 'page', holder: 'migrate', waiters: [] },
    ],
    arrays: [
      {
        name: 'pfns',
        slots: [
          { index: 0, raw: '0x100003', pfn: 0x100, flags: ['MIGRATE_PFN_VALID', 'MIGRATE_PFN_MIGRATE'] },
          { index: 1, raw: '0x0', flags: [] },
          { index: 2, raw: '0x0', flags: [] },
          { index: 3, raw: '0x0', flags: [] },
        ],
      },
    ],
    violations: [],
    changed: ['pte:1:0x7f0000000000'],
  };
}

/** Second stop: step 20; PTE 1 became a migration entry, page 0x101 locked, TLB flushed. */
export function stateAfterSecondPte(): StateView {
  const s = stateAtCollect();
  s.step = 20;
  s.processes[0].ptes[0] = migration(0, 0x100);
  s.processes[0].ptes[1] = migration(1, 0x101, 'migrate');
  s.pages[1] = page(0x101, { dirty: true, refcount: 2, mapcount: 0, locked: true, lockHolder: 'migrate', lockWaiters: ['cpu-writer'] });
  s.tlbs = [
    { cpu: 0, entries: [] },
    { cpu: 1, entries: [] },
  ];
  s.locks = [
    { name: 'ptl pmd 1:0x7f0000000000', kind: 'ptl', holder: 'migrate', waiters: [] },
    { name: 'page 0x100', kind: 'page', holder: 'migrate', waiters: [] },
    { name: 'page 0x101', kind: 'page', holder: 'migrate', waiters: ['cpu-writer'] },
  ];
  s.arrays[0].slots[1] = { index: 1, raw: '0x101003', pfn: 0x101, flags: ['MIGRATE_PFN_VALID', 'MIGRATE_PFN_MIGRATE'] };
  s.changed = ['pte:1:0x7f0000001000', 'page:257', 'slot:pfns:1'];
  return s;
}

/**
 * A migration of `n` pages at the collect stage, for scale tests and the bench: n PTEs (the
 * first half already migration entries), n pages (those locked), a migration array of n slots,
 * and every 1000th PTE and page marked as changed.
 */
export function bigState(n: number, step = 1): StateView {
  const ptes: PteView[] = [];
  const pages: PageView[] = [];
  const changed: string[] = [];
  const half = Math.floor(n / 2);
  for (let i = 0; i < n; i++) {
    const pfn = 0x100 + i;
    ptes.push(i < half ? migration(i, pfn) : present(i, pfn));
    pages.push(page(pfn, i < half ? { refcount: 2, mapcount: 0, locked: true, lockHolder: 'migrate' } : {}));
    if (i % 1000 === 0) changed.push(`pte:1:${addr(i)}`, `page:${pfn}`);
  }
  return {
    step,
    stage: 'collect',
    processes: [{ pid: 1, name: 'app', vmas: [{ start: addr(0), end: addr(n), flags: ['read', 'write', 'anon', 'private'] }], ptes, mmapLock: 'read: migrate' }],
    pages,
    tlbs: [{ cpu: 0, entries: [{ pid: 1, addr: addr(0), pfn: 0x100, write: true, stale: true }] }],
    locks: [{ name: 'ptl pmd 1:0x7f0000000000', kind: 'ptl', holder: 'migrate', waiters: [] }],
    arrays: [
      {
        name: 'src',
        slots: ptes.map((p, index) => (index < half ? { index, raw: '0x' + ((0x100 + index) * 64 + 3).toString(16), pfn: 0x100 + index, flags: ['MIGRATE_PFN_VALID', 'MIGRATE_PFN_MIGRATE'] } : { index, raw: '0x0', flags: [] })),
      },
    ],
    violations: [],
    changed,
  };
}
