// checkExpectations against hand-built StateViews: each kind of expectation passes on a
// matching state and fails, with a useful detail, on a state that differs in one field.

import * as assert from 'assert';
import type { PageView, PteView, StateView } from '../../../src/protocol/state';
import { checkExpectations, expectedOutcome, RunEnd } from '../../../src/scenario/expect';
import type { ExpectSpec } from '../../../src/scenario/types';

const A0 = 0x7f0000000000n;

function pte(addr: bigint, kind: PteView['kind'], pfn: number | undefined, bits: string[], text: string): PteView {
  return { key: `pte:1:0x${addr.toString(16)}`, pid: 1, addr: '0x' + addr.toString(16), kind, pfn, bits, raw: '0x0', text };
}

function page(pfn: number, over: Partial<PageView> = {}): PageView {
  return {
    key: `page:${pfn}`,
    pfn,
    zone: 'ram',
    free: false,
    refcount: 1,
    mapcount: 0,
    locked: true,
    lockHolder: 'main',
    lockWaiters: [],
    lru: 'isolated',
    pins: 0,
    dirty: false,
    anon: true,
    anonExclusive: false,
    content: 'A',
    flags: [],
    ...over,
  };
}

function view(over: Partial<StateView> = {}): StateView {
  return {
    step: 100,
    processes: [
      {
        pid: 1,
        name: 'app',
        vmas: [{ start: '0x7f0000000000', end: '0x7f0000002000', flags: ['VM_READ', 'VM_WRITE'] }],
        ptes: [
          pte(A0, 'migration', 0x100, ['write'], 'migration(W) -> pfn 0x100'),
          pte(A0 + 0x1000n, 'present', 0x101, ['write', 'young'], 'present(W,Y) -> pfn 0x101'),
          pte(A0 + 0x2000n, 'none', undefined, [], 'none'),
        ],
      },
    ],
    pages: [page(0x100), page(0x101, { refcount: 2, mapcount: 1, content: '0x41' })],
    tlbs: [],
    locks: [],
    arrays: [],
    violations: [],
    changed: [],
    ...over,
  };
}

const completed = (v = view()): RunEnd => ({ result: { outcome: 'completed', returned: '4', output: ['hello\n'] }, view: v });

function failing(expect: ExpectSpec, end = completed()): string[] {
  return checkExpectations(expect, end)
    .filter((r) => !r.ok)
    .map((r) => `${r.what} | ${r.detail}`);
}

describe('scenario/checkExpectations', () => {
  it('with no expectations checks only a clean completion', () => {
    const r = checkExpectations(undefined, completed());
    assert.deepStrictEqual(
      r.map((x) => [x.what, x.ok]),
      [
        ['outcome is completed', true],
        ['no invariant violated', true],
      ],
    );
  });

  it('derives the expected outcome from fault / violations when not given', () => {
    assert.strictEqual(expectedOutcome({}), 'completed');
    assert.strictEqual(expectedOutcome({ fault: { kind: 'null-deref' } }), 'fault');
    assert.strictEqual(expectedOutcome({ violations: ['mapcount'] }), 'violation');
    assert.strictEqual(expectedOutcome({ outcome: 'deadlock', violations: ['x'] }), 'deadlock');
  });

  it('checks the outcome and the return value', () => {
    assert.deepStrictEqual(failing({ returns: 4n }), []);
    assert.deepStrictEqual(failing({ returns: 3n }), ['returns 3 | returned 4']);
    const fault: RunEnd = { result: { outcome: 'fault', fault: { kind: 'null-deref', message: 'NULL', file: '/x/kernel/mm/a.c', line: 7, column: 3 } }, view: view() };
    const f = failing({ returns: 0n }, fault);
    assert.strictEqual(f.length, 2);
    assert.match(f[0], /^outcome is completed \| outcome is fault \(null-deref at \/x\/kernel\/mm\/a\.c:7:3: NULL\)/);
    assert.match(f[1], /did not return/);
  });

  it('matches a fault by kind, line and the end of its file path', () => {
    const end: RunEnd = { result: { outcome: 'fault', fault: { kind: 'out-of-bounds', message: 'pfns[4]', file: '/w/kernel/mm/hmm_migrate_v13.c', line: 120, column: 5 } }, view: view() };
    assert.deepStrictEqual(failing({ fault: { kind: 'out-of-bounds', line: 120, file: 'kernel/mm/hmm_migrate_v13.c' } }, end), []);
    assert.deepStrictEqual(failing({ fault: { file: 'hmm_migrate_v13.c' } }, end), []);
    assert.strictEqual(failing({ fault: { file: 'migrate_v13.c' } }, end).length, 1, 'a partial file name must not match');
    assert.strictEqual(failing({ fault: { line: 121 } }, end).length, 1);
    assert.strictEqual(failing({ fault: { kind: 'null-deref' } }, end).length, 1);
    assert.match(failing({ fault: { kind: 'null-deref' } })[1], /no fault/);
  });

  it('checks PTE kind, pfn and set / clear bits', () => {
    assert.deepStrictEqual(
      failing({
        ptes: [
          { pid: 1, addr: A0, kind: 'migration', pfn: 0x100, bits: ['write'] },
          { pid: 1, addr: A0 + 0x1000n, kind: 'present', bits: ['!dirty', 'young'] },
          { pid: 1, addr: A0 + 0x2000n, kind: 'none' },
        ],
      }),
      [],
    );
    const f = failing({ ptes: [{ pid: 1, addr: A0, kind: 'present', pfn: 0x101, bits: ['!write', 'dirty'] }] });
    assert.strictEqual(f.length, 1);
    assert.match(f[0], /kind is migration; pfn is 0x100; bit write is set; bit dirty is clear \(migration\(W\) -> pfn 0x100\)$/);
    assert.match(failing({ ptes: [{ pid: 2, addr: A0, kind: 'none' }] })[0], /no PTE for pid 2 at 0x7f0000000000/);
  });

  it('checks page fields by pfn and by (pid, addr) through the PTE, migration entries included', () => {
    const ok: ExpectSpec = {
      pages: [
        { page: { pfn: 0x100 }, refcount: 1, mapcount: 0, locked: true, lru: 'isolated', lockHolder: 'main', content: 'A', free: false },
        { page: { pid: 1, addr: A0 }, refcount: 1 },
        { page: { pid: 1, addr: A0 + 0x1000n }, refcount: 2, mapcount: 1, content: '65', pins: 0, dirty: false },
      ],
    };
    assert.deepStrictEqual(failing(ok), []);
    const bad = failing({ pages: [{ page: { pfn: 0x100 }, refcount: 2, lru: 'lru', locked: false, lockHolder: null }] });
    assert.deepStrictEqual(bad, ['page pfn 0x100: refcount 2, locked false, lockHolder null, lru lru | pfn 0x100: refcount is 1, locked is true, lockHolder is "main", lru is "isolated"']);
    assert.deepStrictEqual(failing({ pages: [{ page: { pfn: 0x101 }, refcount: 2, content: '66' }] }), ['page pfn 0x101: refcount 2, content 66 | pfn 0x101: content is "0x41"']);
  });

  it('explains why a page cannot be found', () => {
    assert.match(failing({ pages: [{ page: { pid: 1, addr: A0 + 0x2000n }, refcount: 1 }] })[0], /PTE at pid 1 0x7f0000002000 is none, which refers to no page/);
    assert.match(failing({ pages: [{ page: { pid: 1, addr: A0 + 0x5000n }, refcount: 1 }] })[0], /no PTE for pid 1 at 0x7f0000005000/);
    assert.match(failing({ pages: [{ page: { pfn: 0x999 } }] })[0], /^page pfn 0x999 exists \| pfn 0x999 is not in the state view/);
  });

  it('checks cached, flushed and stale TLB translations', () => {
    const v = view({ tlbs: [{ cpu: 0, entries: [{ pid: 1, addr: '0x7f0000000000', pfn: 0x100, write: true, stale: true }] }, { cpu: 1, entries: [] }] });
    const end: RunEnd = { result: { outcome: 'completed' }, view: v };
    assert.deepStrictEqual(
      failing(
        {
          tlb: [
            { cpu: 0, pid: 1, addr: A0, cached: true, stale: true },
            { cpu: 0, pid: 1, addr: A0 + 0x1000n, cached: false },
            { cpu: 1, pid: 1, addr: A0, cached: false },
          ],
        },
        end,
      ),
      [],
    );
    assert.deepStrictEqual(failing({ tlb: [{ cpu: 0, pid: 1, addr: A0, cached: false }] }, end), ['cpu 0 TLB does not cache pid 1 0x7f0000000000 | cached: -> pfn 0x100 rw, stale']);
    assert.deepStrictEqual(failing({ tlb: [{ cpu: 0, pid: 1, addr: A0, cached: true, stale: false }] }, end), ['cpu 0 TLB caches pid 1 0x7f0000000000 (not stale) | cached: -> pfn 0x100 rw, stale']);
    assert.deepStrictEqual(failing({ tlb: [{ cpu: 1, pid: 1, addr: A0, cached: true }] }, end), ['cpu 1 TLB caches pid 1 0x7f0000000000 | no translation cached']);
  });

  it('requires exactly the expected invariant violations', () => {
    const v = view({ violations: [{ invariant: 'mapcount', message: 'pfn 0x100 mapcount 1 but 0 PTEs' }] });
    const end: RunEnd = { result: { outcome: 'violation' }, view: v };
    assert.deepStrictEqual(failing({ violations: ['mapcount'] }, end), []);
    assert.deepStrictEqual(failing({ outcome: 'violation' }, end), ['no invariant violated | mapcount: pfn 0x100 mapcount 1 but 0 PTEs']);
    assert.strictEqual(failing({ violations: ['refcount'] }, end).length, 1);
  });

  it('checks printf output', () => {
    assert.deepStrictEqual(failing({ output: ['hell'] }), []);
    assert.deepStrictEqual(failing({ output: ['bye'] }), ['output contains "bye" | not found in the printf output']);
  });
});
