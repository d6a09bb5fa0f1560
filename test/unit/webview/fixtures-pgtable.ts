// A StateView whose range crosses a pmd boundary, for the page-table picture tests: eight pages
// of process 1 at 0x7f00001fc000–0x7f0000203fff, the last four slots of the pte table under
// pmd[0] and the first four of the one under pmd[1] (the seed's restore loop walks such a range).
// The first two are migration entries (one a culprit of a violation), one a device-private
// entry, one none in a populated table; CPU 0 holds a stale translation; the stopped code's
// `addr` is in the second pmd. The migration array `dst` is all zero.

import type { PageView, PteView, StateView } from '../../../src/protocol/state';

const A = (n: number): string => '0x' + n.toString(16);
export const PMD1 = 0x7f0000200000;
const BASE = PMD1 - 4 * 0x1000;

export function pteAt(i: number, over: Partial<PteView> & Pick<PteView, 'kind'>): PteView {
  const addr = A(BASE + i * 0x1000);
  return { key: `pte:1:${addr}`, pid: 1, addr, bits: [], raw: '0x0', text: over.kind, ...over };
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
    content: `'D${pfn.toString(16)}'`,
    flags: [],
    ...over,
  };
}

export function stateCrossingPmds(): StateView {
  const ptes: PteView[] = [
    pteAt(0, { kind: 'migration', pfn: 0x100, bits: ['write'], raw: '0x100000000003e00', text: 'migration(W) -> pfn 0x100', ptlHolder: 'migrate' }),
    pteAt(1, { kind: 'migration', pfn: 0x101, bits: ['write'], raw: '0x101000000003e00', text: 'migration(W) -> pfn 0x101' }),
    pteAt(2, { kind: 'present', pfn: 0x102, bits: ['write', 'young'], raw: '0x102067', text: 'present -> pfn 0x102 [write young]' }),
    pteAt(3, { kind: 'device-private', pfn: 0x10000, bits: ['write'], raw: '0x1000000003c00', text: 'device-private(W) -> pfn 0x10000' }),
    pteAt(4, { kind: 'present', pfn: 0x104, bits: ['write', 'dirty', 'young'], raw: '0x104067', text: 'present -> pfn 0x104 [write dirty young]' }),
    pteAt(5, { kind: 'none', raw: '0x0', text: 'none' }),
    pteAt(6, { kind: 'none', raw: '0x0', text: 'none' }),
    pteAt(7, { kind: 'present', pfn: 0x105, bits: ['young'], raw: '0x105025', text: 'present -> pfn 0x105 [young]' }),
  ];
  return {
    step: 31,
    stage: 'restore',
    processes: [
      {
        pid: 1,
        name: 'app',
        vmas: [{ start: A(BASE), end: A(PMD1 + 0x4000), flags: ['read', 'write', 'anon'] }],
        ptes,
        mmapLock: 'read: migrate',
        tables: [
          { level: 'pgd', base: '0x0', used: 1 },
          { level: 'p4d', base: A(254 * 2 ** 39), index: 254, used: 1 },
          { level: 'pud', base: A(254 * 2 ** 39), index: 254, used: 1 },
          { level: 'pmd', base: A(0x7f0000000000), index: 0, used: 2 },
          { level: 'pte', base: A(0x7f0000000000), index: 0, used: 4 },
          { level: 'pte', base: A(PMD1), index: 1, used: 2 },
        ],
      },
    ],
    pages: [
      page(0x100, { refcount: 2, mapcount: 0, locked: true, lockHolder: 'migrate' }),
      page(0x101, { refcount: 1, mapcount: 0 }),
      page(0x102),
      page(0x104, { dirty: true }),
      page(0x105),
      page(0x10000, { zone: 'device-private', owner: 'dmirror0', lru: 'none', content: "'D1fd'" }),
    ],
    tlbs: [
      { cpu: 0, entries: [{ pid: 1, addr: ptes[0].addr, pfn: 0x100, write: true, stale: true }] },
      { cpu: 1, entries: [{ pid: 1, addr: ptes[4].addr, pfn: 0x104, write: true, stale: false }] },
    ],
    locks: [{ name: 'page lock pfn 0x100', kind: 'page', holder: 'migrate', waiters: [] }],
    arrays: [
      {
        name: 'src',
        length: 8,
        slots: [
          { index: 0, raw: '0x4003', pfn: 0x100, flags: ['MIGRATE_PFN_VALID', 'MIGRATE_PFN_MIGRATE'] },
          { index: 1, raw: '0x4043', pfn: 0x101, flags: ['MIGRATE_PFN_VALID', 'MIGRATE_PFN_MIGRATE'] },
        ],
      },
      { name: 'dst', length: 8, slots: [{ index: 0, raw: '0x0', flags: [] }] },
    ],
    violations: [
      {
        invariant: 'migration-entry-locked',
        message: 'the migration entry at 0x7f00001fd000 points at pfn 0x101, which is not locked',
        culprits: [ptes[1].key, 'page:257'],
      },
    ],
    changed: [ptes[4].key, 'page:260', ptes[1].key],
    focus: { addr: A(PMD1 + 0x100c) },
  };
}
