import * as assert from 'assert';
import { createModel, SpecError, type MemorySpec } from '../../../src/mm/index';
import { pteAt } from '../../../src/mm/pgtable';
import { decodePte } from '../../../src/mm/pte';
import { privateRange } from './helpers';

function specError(spec: unknown): SpecError {
  try {
    createModel(spec as MemorySpec);
  } catch (e) {
    assert.ok(e instanceof SpecError, `expected SpecError, got ${String(e)}`);
    return e;
  }
  assert.fail('expected a SpecError');
}

describe('mm/spec createModel', () => {
  it('builds resident pages with the documented defaults', () => {
    const m = createModel(privateRange(2));
    const pfns = Object.keys(m.pages).map(Number).sort((a, b) => a - b);
    assert.deepStrictEqual(pfns, [0x100, 0x101]);
    const p = m.pages[0x100];
    assert.strictEqual(p.refcount, 1);
    assert.strictEqual(p.mapcount, 1);
    assert.strictEqual(p.lru, 'lru');
    assert.strictEqual(p.locked, false);
    assert.strictEqual(p.anon, true);
    assert.strictEqual(p.anonExclusive, true);
    assert.strictEqual(p.content, '1:0x100000');
    const d = decodePte(pteAt(m, 1, 0x101000));
    assert.strictEqual(d.kind, 'present');
    assert.strictEqual(d.pfn, 0x101);
    assert.deepStrictEqual(d.bits, ['write', 'young']);
    assert.strictEqual(decodePte(pteAt(m, 1, 0x102000)).kind, 'none');
  });

  it('counts batch, isolation, pins and extra references in refcount', () => {
    const m = createModel({
      cpus: 2,
      processes: [
        {
          pid: 1,
          vmas: [{ start: 0x100000, end: 0x110000 }],
          pages: [
            { addr: 0x100000, lru: 'batch', batchCpu: 1 },
            { addr: 0x101000, pins: 2, extraRefs: 1 },
            { addr: 0x102000, lru: 'isolated', locked: true, lockOwner: 7 },
          ],
        },
      ],
    });
    assert.strictEqual(m.pages[0x100].refcount, 2);
    assert.deepStrictEqual(m.lruBatch, [[], [0x100]]);
    assert.strictEqual(m.pages[0x101].refcount, 4);
    assert.strictEqual(m.pages[0x101].pins, 2);
    assert.strictEqual(m.pages[0x102].refcount, 2);
    assert.strictEqual(m.pages[0x102].lockOwner, 7);
  });

  it('shares a page fork-style: read-only ptes in both, mapcount 2, not exclusive', () => {
    const m = createModel({
      processes: [
        { pid: 1, vmas: [{ start: 0x100000, end: 0x102000 }], pages: [{ addr: 0x100000, sharedWith: [{ pid: 2, addr: 0x200000 }] }] },
        { pid: 2, vmas: [{ start: 0x200000, end: 0x202000 }] },
      ],
    });
    const p = m.pages[0x100];
    assert.strictEqual(p.mapcount, 2);
    assert.strictEqual(p.refcount, 2);
    assert.strictEqual(p.anonExclusive, false);
    assert.deepStrictEqual(decodePte(pteAt(m, 2, 0x200000)).bits, ['young']);
    assert.strictEqual(decodePte(pteAt(m, 2, 0x200000)).pfn, 0x100);
  });

  it('accepts a spec without processes (plain C scenarios)', () => {
    const m = createModel({ processes: [], cpus: 2 });
    assert.deepStrictEqual(m.mms, {});
    assert.strictEqual(m.tlbs.length, 2);
  });

  it('preloads TLB entries from the current ptes', () => {
    const m = createModel(privateRange(1, { tlb: [{ cpu: 0, pid: 1, addr: '0x100000' }] }));
    assert.deepStrictEqual(m.tlbs[0], [{ pid: 1, vaddr: 0x100000, pfn: 0x100, write: true }]);
  });

  it('is plain data: structuredClone gives an equal copy', () => {
    const m = createModel(privateRange(3, { tlb: [{ cpu: 0, pid: 1, addr: 0x101000 }] }));
    assert.deepStrictEqual(structuredClone(m), m);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(m, (_k, v) => (typeof v === 'bigint' ? String(v) : v))).cpus, 1);
  });

  describe('errors carry a JSON path', () => {
    const cases: [string, unknown, string, RegExp][] = [
      [
        'page outside any VMA',
        { processes: [{ pid: 1, vmas: [{ start: 0x100000, end: 0x101000 }], pages: [{ addr: 0x100000 }, { addr: 0x105000 }] }] },
        'memory.processes[0].pages[1].addr',
        /not inside any VMA/,
      ],
      [
        'duplicate address',
        { processes: [{ pid: 1, vmas: [{ start: 0x100000, end: 0x102000 }], pages: [{ addr: 0x100000 }, { addr: '0x100000' }] }] },
        'memory.processes[0].pages[1].addr',
        /already has a page/,
      ],
      [
        'unaligned address',
        { processes: [{ pid: 1, vmas: [{ start: 0x100000, end: 0x102000 }], pages: [{ addr: 0x100010 }] }] },
        'memory.processes[0].pages[0].addr',
        /not page-aligned/,
      ],
      [
        'overlapping VMAs',
        { processes: [{ pid: 1, vmas: [{ start: 0x100000, end: 0x104000 }, { start: 0x103000, end: 0x105000 }] }] },
        'memory.processes[0].vmas[1]',
        /overlaps/,
      ],
      [
        'unknown field',
        { processes: [{ pid: 1, vmas: [{ start: 0x100000, end: 0x104000, flgs: [] }] }] },
        'memory.processes[0].vmas[0].flgs',
        /unknown field/,
      ],
      [
        'bad address text',
        { processes: [{ pid: 1, vmas: [{ start: 'zz', end: 0x104000 }] }] },
        'memory.processes[0].vmas[0].start',
        /expected an address/,
      ],
      [
        'sharing with a missing process',
        { processes: [{ pid: 1, vmas: [{ start: 0x100000, end: 0x104000 }], pages: [{ addr: 0x100000, sharedWith: [{ pid: 9, addr: 0 }] }] }] },
        'memory.processes[0].pages[0].sharedWith[0].pid',
        /no process with pid 9/,
      ],
      [
        'writable pte in a read-only VMA',
        { processes: [{ pid: 1, vmas: [{ start: 0x100000, end: 0x104000, flags: ['VM_READ'] }], pages: [{ addr: 0x100000, pte: { write: true } }] }] },
        'memory.processes[0].pages[0].pte.write',
        /lacks VM_WRITE/,
      ],
      [
        'TLB entry without a mapping',
        { processes: [{ pid: 1, vmas: [{ start: 0x100000, end: 0x104000 }] }], tlb: [{ cpu: 0, pid: 1, addr: 0x100000 }] },
        'memory.tlb[0].addr',
        /no page is mapped/,
      ],
      [
        'batch CPU out of range',
        { cpus: 1, processes: [{ pid: 1, vmas: [{ start: 0x100000, end: 0x104000 }], pages: [{ addr: 0x100000, lru: 'batch', batchCpu: 3 }] }] },
        'memory.processes[0].pages[0].batchCpu',
        /integer in \[0, 0\]/,
      ],
      ['duplicate pid', { processes: [{ pid: 1, vmas: [{ start: 0, end: 4096 }] }, { pid: 1, vmas: [{ start: 0, end: 4096 }] }] }, 'memory.processes[1].pid', /duplicate pid/],
      ['processes not a list', { processes: {} }, 'memory.processes', /expected a list/],
      ['zero-page pfn', { processes: [{ pid: 1, vmas: [{ start: 0, end: 4096 }], pages: [{ addr: 0, pfn: 0x10 }] }] }, 'memory.processes[0].pages[0].pfn', /zero page/],
    ];
    for (const [name, spec, path, msg] of cases) {
      it(name, () => {
        const e = specError(spec);
        assert.strictEqual(e.path, path);
        assert.match(e.detail, msg);
        assert.ok(e.message.startsWith(path + ': '));
      });
    }
  });
});
