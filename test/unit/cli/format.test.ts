// The CLI's text rendering of a state, a result and a verdict.

import * as assert from 'assert';
import { formatExpectations, formatResult, formatStage, formatState, table } from '../../../src/cli/format';
import { demoView } from './helpers';

describe('cli/format', () => {
  it('aligns table columns and trims trailing spaces', () => {
    assert.deepStrictEqual(table(['A', 'LONG'], [['xyz', ''], ['1', '2']]), ['  A    LONG', '  xyz', '  1    2']);
  });

  it('prints per process the PTEs of the range with their decoded text', () => {
    const text = formatState(demoView());
    const lines = text.split('\n');
    assert.strictEqual(lines[0], 'State at step 42 (stage: lock & isolate)');
    assert.ok(lines.includes('Process 1 (app)  VMAs: 0x7f0000000000-0x7f0000004000 [VM_READ VM_WRITE]'), text);
    assert.ok(lines.includes('  ADDR            KIND       PFN    PTE'), text);
    assert.ok(lines.includes('  0x7f0000001000  migration  0x101  migration(W) -> pfn 0x101'), text);
  });

  it('prints pages with refcount, mapcount, lock holder, LRU state and content', () => {
    const text = formatState(
      demoView((v) => {
        v.pages[1] = { ...v.pages[1], locked: false, lockHolder: undefined, lockWaiters: [], lru: 'lru', refcount: 2, mapcount: 1, dirty: true };
        v.pages[2] = { ...v.pages[2], lockWaiters: ['holder'] };
        v.pages[3] = { ...v.pages[3], free: true };
      }),
    );
    const lines = text.split('\n');
    assert.ok(lines.includes('  PFN    ZONE  REF    MAP  LOCKED                       LRU       PINS  CONTENT  FLAGS'), text);
    assert.ok(lines.includes('  0x100  ram   1      0    yes (main)                   isolated  0     A        anon'), text);
    assert.ok(lines.includes('  0x101  ram   2      1    no                           lru       0     B        dirty anon'), text);
    assert.ok(lines.includes('  0x102  ram   1      0    yes (main), waiters: holder  isolated  0     C        anon'), text);
    assert.ok(lines.includes('  0x103  ram   freed  -    yes (main)                   isolated  0     D        anon'), text);
  });

  it('prints TLB entries, marking stale ones in words, and violations', () => {
    const clean = formatState(demoView());
    assert.match(clean, /TLBs\n {2}cpu 0: empty\n/);
    assert.match(clean, /Violations\n {2}none\n/);
    const text = formatState(
      demoView((v) => {
        v.tlbs = [{ cpu: 0, entries: [{ pid: 1, addr: '0x7f0000000000', pfn: 0x100, write: true, stale: true }] }];
        v.violations = [{ invariant: 'mapcount', message: 'pfn 0x100: mapcount 0 but 1 PTE maps it' }];
        v.locks = [{ name: 'ptl of table 7', kind: 'ptl', holder: 'main', waiters: [] }, { name: 'idle', kind: 'spinlock', waiters: [] }];
      }),
    );
    assert.match(text, /cpu 0:\n {4}pid 1 0x7f0000000000 -> pfn 0x100 rw {2}STALE \(the PTE no longer maps this pfn\)\n/);
    assert.match(text, /Violations\n {2}mapcount: pfn 0x100: mapcount 0 but 1 PTE maps it\n/);
    assert.match(text, /Locks held\n {2}ptl of table 7 \(ptl\): held by main\n/);
    assert.doesNotMatch(text, /idle/);
  });

  it('uses no ANSI escapes unless asked for colour', () => {
    assert.doesNotMatch(formatState(demoView()), /\x1b/);
    assert.match(formatState(demoView(), { color: true }), /\x1b\[1mState at step/);
    assert.doesNotMatch(formatExpectations([{ what: 'x', ok: false, detail: 'y' }], false), /\x1b/);
  });

  it('prints the result with the return value, or the fault with file:line:col', () => {
    assert.strictEqual(formatResult({ outcome: 'completed', returned: '4', steps: 812 }), 'Result: completed, returned 4 (812 steps)\n');
    assert.strictEqual(
      formatResult({ outcome: 'fault', steps: 9, fault: { kind: 'null-deref', message: 'NULL pointer dereference of page', file: 'kernel/mm/a.c', line: 12, column: 5 } }),
      'Result: fault (9 steps)\n  null-deref at kernel/mm/a.c:12:5: NULL pointer dereference of page\n',
    );
  });

  it('prints each expectation and the verdict', () => {
    const text = formatExpectations(
      [
        { what: 'outcome is completed', ok: true, detail: 'outcome is completed' },
        { what: 'page pfn 0x100 refcount = 1', ok: false, detail: 'pfn 0x100: refcount is 2' },
      ],
      false,
    );
    assert.strictEqual(text, 'Expectations:\n  PASS outcome is completed\n  FAIL page pfn 0x100 refcount = 1 — pfn 0x100: refcount is 2\nVerdict: FAIL (1/2 expectations hold)\n');
    assert.match(formatExpectations([], true), /Verdict: PASS \(0\/0 expectations hold\)/);
  });

  it('prints a stage line with its thread', () => {
    assert.strictEqual(formatStage('collect', 'main'), '== stage: collect [main]\n');
  });
});
