// Size limits on what a scenario asks for, reported at the item that goes over them before
// anything is allocated; and a VMA's unpopulated size costs nothing (issue 7, class 2).

import * as assert from 'assert';
import { createModel } from '../../../src/mm/build';
import { MAX_PROCESSES, MAX_RESIDENT_PAGES, MAX_VIEW_PAGES } from '../../../src/mm/limits';
import { populateAnonRange } from '../../../src/mm/populate';
import { SpecError } from '../../../src/mm/spec';
import { buildStateView } from '../../../src/mm/view';
import { parseScenario } from '../../../src/scenario/parse';
import { objPtr } from '../../../src/c/value';
import { pteAt } from '../../../src/mm/pgtable';
import { mkPtr } from '../../../src/c/value';
import { MAX_DEVICE_PAGES } from '../../../src/mm/limits';
import { expectFault, fakeCtx, Harness } from '../mm/helpers';
import type { Diagnostic } from '../../../src/sim/types';

function rejected(text: string): Diagnostic[] {
  const r = parseScenario('s.yaml', text);
  assert.strictEqual(r.scenario, undefined, 'expected the scenario to be rejected');
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  assert.ok(errors.length > 0);
  return errors;
}

const at = (d: Diagnostic) => [d.line, d.column];

describe('scenario/size limits', () => {
  it('a tiny scenario with a huge view range is refused at the range end, with sizes in words', () => {
    const text = [
      'name: v',
      'sources: [f.c]',
      'entry: {function: f}',
      'memory:',
      '  processes:',
      '    - pid: 1',
      '      vmas: [{start: 0x1000, end: 0x2000}]',
      'view:',
      '  ranges: [{pid: 1, start: 0, end: 0x800000000000}]',
      '',
    ].join('\n');
    assert.ok(text.length < 242);
    const ds = rejected(text);
    assert.strictEqual(ds.length, 1);
    assert.strictEqual(ds[0].message, 'view.ranges[0].end: view range of 2^47 bytes (34 billion pages) exceeds the limit of 262,144 pages (1 GiB)');
    assert.deepStrictEqual(at(ds[0]), [9, 36]);
    // Many ranges, each small enough, are limited together.
    const many = text.replace('[{pid: 1, start: 0, end: 0x800000000000}]', '[' + Array.from({ length: 5 }, (_, i) => `{pid: 1, start: ${i * 2 ** 28}, end: ${(i + 1) * 2 ** 28}}`).join(', ') + ']');
    const m = rejected(many);
    assert.match(m[0].message, /view\.ranges\[4\]: the view ranges cover 327,680 pages together, more than the limit of 262,144 pages/);
    // At the limit is fine.
    const ok = parseScenario('s.yaml', text.replace('0x800000000000', String(MAX_VIEW_PAGES * 4096)));
    assert.deepStrictEqual(ok.diagnostics, []);
  });

  it('processes, resident pages (through aliases too) and threads are counted before the model is built', () => {
    const procs = Array.from({ length: MAX_PROCESSES + 1 }, (_, i) => `    - {pid: ${i + 1}, vmas: [{start: 0x1000, end: 0x2000}]}`);
    const text = ['name: v', 'sources: [f.c]', 'entry: {function: f}', 'memory:', '  processes:', ...procs, ''].join('\n');
    const p = rejected(text);
    assert.match(p[0].message, /^memory\.processes\[64\]: 65 processes exceed the limit of 64$/);
    assert.deepStrictEqual(at(p[0]), [6 + MAX_PROCESSES, 7]);

    // 300 pages, each shared with the same 300 mappings (one alias): 90,300 mappings.
    const shares = '[' + Array.from({ length: 300 }, (_, i) => `{pid: 1, addr: ${0x100000 + i * 4096}}`).join(', ') + ']';
    const pages = Array.from({ length: 300 }, (_, i) => `        - {addr: ${0x1000 + i * 4096}, sharedWith: *s}`);
    const aliased = ['x-s: &s ' + shares, 'name: v', 'sources: [f.c]', 'entry: {function: f}', 'memory:', '  processes:', '    - pid: 1', '      vmas: [{start: 0x1000, end: 0x200000}]', '      pages:', ...pages, ''].join('\n');
    const r = rejected(aliased);
    assert.match(r[0].message, /resident pages .* exceed the limit \(256 MiB\)/);
    // page 217 is the one whose mappings pass 65,536 (218 × 301 = 65,618)
    assert.deepStrictEqual(at(r[0]), [10 + Math.floor(MAX_RESIDENT_PAGES / 301), 11]);

    const threads = 'threads: [' + Array.from({ length: 70 }, (_, i) => `{name: t${i}, function: f}`).join(', ') + ']\n';
    const t = rejected(['name: v', 'sources: [f.c]', 'entry: {function: f}', 'memory: {processes: []}', threads].join('\n'));
    assert.match(t[0].message, /^threads\[64\]: 70 threads exceed the limit of 64$/);
    assert.strictEqual(t[0].line, 5);
  });

  it('createModel checks the same limits itself, before allocating', () => {
    const processes = Array.from({ length: MAX_PROCESSES + 1 }, (_, i) => ({ pid: i + 1, vmas: [{ start: 0x1000, end: 0x2000 }] }));
    assert.throws(() => createModel({ processes }), (e: unknown) => e instanceof SpecError && e.path === 'memory.processes[64]');
    const vmas = Array.from({ length: 1025 }, (_, i) => ({ start: (i + 1) * 0x1000, end: (i + 2) * 0x1000 }));
    assert.throws(() => createModel({ processes: [{ pid: 1, vmas }] }), (e: unknown) => e instanceof SpecError && e.path === 'memory.processes[0].vmas[1024]');
    assert.throws(() => populateAnonRange(createModel({ processes: [{ pid: 1, vmas: [{ start: 0x1000, end: 2 ** 46 }] }] }), 1, 0x1000, 2 ** 31), /at most 1,048,576/);
  });

  it('one VMA over the whole user address space costs only its populated pages', () => {
    const spec = {
      processes: [{ pid: 1, vmas: [{ start: 0x1000, end: 2 ** 47 - 4096 }], pages: [{ addr: 0x7f0000000000 }, { addr: 0x1000 }] }],
    };
    const r = parseScenario('s.yaml', `name: v\nsources: [f.c]\nentry: {function: f}\nmemory: ${JSON.stringify(spec)}\n`);
    assert.deepStrictEqual(r.diagnostics, []);
    const m = createModel(spec);
    // Without a view range the view lists every populated pte of every VMA: 2 here, found
    // without visiting the 34 billion unpopulated ones (mocha's timeout would catch that).
    const view = buildStateView(m, { threadName: () => 'main' });
    assert.deepStrictEqual(view.processes[0].ptes.map((p) => p.addr), ['0x1000', '0x7f0000000000']);
    assert.throws(() => buildStateView(m, { threadName: () => 'main', ranges: [{ pid: 1, start: 0, end: 2 ** 40 }] }), /more than the limit of 262,144 pages/);
  });

  it('fork, mprotect and munmap of such a VMA cost only its populated pages too', () => {
    const top = 2 ** 47 - 4096;
    const h = new Harness({ processes: [{ pid: 1, vmas: [{ start: 0x1000, end: top }], pages: [{ addr: 0x7f0000000000 }] }] });
    const ctx = fakeCtx();
    const mm = objPtr(h.m.mms[1].obj);
    h.ptr(ctx, 'fork_mm', mm);
    assert.strictEqual(pteAt(h.m, 2, 0x7f0000000000) !== 0n, true);
    // (walked address by address, each of these took seconds: mocha's timeout catches that)
    for (const prot of [1n, 3n, 1n, 3n]) assert.strictEqual(h.big(ctx, 'mprotect_mm', mm, 0x1000n, BigInt(top - 0x1000), prot), 0n);
    assert.strictEqual(h.big(ctx, 'munmap_mm', mm, 0x1000n, BigInt(top - 0x1000)), 0n);
    assert.strictEqual(pteAt(h.m, 1, 0x7f0000000000), 0n);
  });

  it('device pools together are bounded before their struct pages are built', () => {
    const h = new Harness({ processes: [] });
    const ctx = fakeCtx();
    h.ptr(ctx, 'memremap_device_pages', 1n, mkPtr('c', 9), mkPtr('c', 8), BigInt(MAX_DEVICE_PAGES - 16));
    const before = Object.keys(h.m.pages).length;
    expectFault('bad-call', () => h.ptr(ctx, 'memremap_device_pages', 1n, mkPtr('c', 9), mkPtr('c', 8), 1n << 40n), /more than the limit of 262,144 \(1 GiB\)/);
    expectFault('bad-call', () => h.ptr(ctx, 'memremap_device_pages', 1n, mkPtr('c', 9), mkPtr('c', 8), 17n), /262,145 device pages/);
    assert.strictEqual(Object.keys(h.m.pages).length, before);
  });
});
