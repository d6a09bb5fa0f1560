// The adapter's pure helpers: launch argument checks, load-failure and verdict texts, the
// access paths `evaluate` understands, and the DAP shapes of frames and breakpoints.

import * as assert from 'assert';
import { checkLaunchArguments } from '../../../src/debug/launch-args';
import { describeLoadFailure, formatRunSummary } from '../../../src/debug/messages';
import { parseAccessPath } from '../../../src/debug/evaluate';
import { baseName, stopText, toDapBreakpoint, toDapFrame, toDapThread } from '../../../src/debug/convert';
import { LoadError } from '../../../src/sim/types';

const identity = { line: (l: number) => l, column: (c: number) => c, path: (p: string) => p };

describe('debug helpers', () => {
  it('checks launch arguments and defaults stopOnEntry to true', () => {
    const ok = checkLaunchArguments({ scenario: '/a/b.mmstep.yaml' });
    assert.deepStrictEqual(ok, { ok: true, args: { scenario: '/a/b.mmstep.yaml', stopOnEntry: true, trace: false } });
    const off = checkLaunchArguments({ scenario: '/a.yaml', stopOnEntry: false, trace: true });
    assert.ok(off.ok && off.args.stopOnEntry === false && off.args.trace === true);
    for (const bad of [undefined, null, 3, {}, { scenario: '' }, { scenario: 7 }, { scenario: '/a', stopOnEntry: 'yes' }]) {
      const r = checkLaunchArguments(bad);
      assert.strictEqual(r.ok, false, JSON.stringify(bad));
      assert.match((r as { message: string }).message, /^mmstep: /);
    }
  });

  it('lists every diagnostic of a LoadError as file:line:col', () => {
    const e = new LoadError([
      { file: '/w/x.mmstep.yaml', line: 4, column: 3, severity: 'error', message: 'pages[0].pfn must be a number' },
      { file: '/w/kernel/walk.c', line: 12, column: 9, severity: 'error', message: "unsupported construct 'asm'" },
    ]);
    const text = describeLoadFailure('/w/x.mmstep.yaml', e);
    assert.strictEqual(
      text,
      [
        'mmstep: cannot load /w/x.mmstep.yaml (2 problems):',
        '/w/x.mmstep.yaml:4:3: error: pages[0].pfn must be a number',
        "/w/kernel/walk.c:12:9: error: unsupported construct 'asm'",
      ].join('\n'),
    );
    assert.strictEqual(
      describeLoadFailure('/w/y.yaml', new Error('cannot read /w/y.yaml: no such file')),
      'mmstep: cannot load /w/y.yaml: cannot read /w/y.yaml: no such file',
    );
  });

  it('summarises a run with its fault, expectations and verdict', () => {
    const text = formatRunSummary({
      outcome: 'fault',
      steps: 41,
      fault: { kind: 'NULL dereference', message: 'page is NULL', file: '/k/m.c', line: 30, column: 7 },
      expectations: [
        { what: 'return value', ok: true, detail: '' },
        { what: 'pfn 0x102 migrated', ok: false, detail: 'still mapped' },
      ],
      passed: false,
      output: [],
    });
    assert.match(text, /== run ended: fault after 41 steps/);
    assert.match(text, /\/k\/m\.c:30:7: NULL dereference: page is NULL/);
    assert.match(text, /ok {3}return value/);
    assert.match(text, /FAIL pfn 0x102 migrated — still mapped/);
    assert.match(text, /== verdict: FAIL\n$/);
  });

  it('parses the access paths evaluate supports and nothing else', () => {
    assert.deepStrictEqual(parseAccessPath(' migrate->src[2] '), {
      root: 'migrate',
      path: [
        { kind: 'member', op: '->', name: 'src' },
        { kind: 'index', index: '2' },
      ],
    });
    assert.deepStrictEqual(parseAccessPath('walk.vma -> vm_mm'), {
      root: 'walk',
      path: [
        { kind: 'member', op: '.', name: 'vma' },
        { kind: 'member', op: '->', name: 'vm_mm' },
      ],
    });
    for (const bad of ['a + 1', '*ptep', 'f(x)', '2', 'a[i]', 'a->', '']) assert.strictEqual(parseAccessPath(bad), undefined, bad);
  });

  it('maps frames, threads and breakpoints to DAP shapes', () => {
    const f = toDapFrame(
      { id: 7, tid: 1, name: 'migrate_vma_collect_pmd', file: '/k/migrate.c', line: 40, column: 3, endLine: 40, endColumn: 20 },
      identity,
    );
    assert.deepStrictEqual(f.source, { name: 'migrate.c', path: '/k/migrate.c' });
    assert.strictEqual(f.line, 40);
    const n = toDapFrame({ id: 8, tid: 1, name: 'isolate_lru_page', file: '', line: 0, column: 0, endLine: 0, endColumn: 0, native: true }, identity);
    assert.strictEqual(n.source, undefined);
    assert.strictEqual(n.name, 'isolate_lru_page [native]');
    assert.strictEqual(toDapThread({ id: 2, name: 'cpu-writer', status: 'blocked', blockedOn: 'lock_page(pfn 0x102)' }).name,
      'cpu-writer (blocked on lock_page(pfn 0x102))');
    const bp = toDapBreakpoint(3, { line: 20, verified: true, actualLine: 22 }, { path: '/k/m.c' }, identity);
    assert.strictEqual(bp.line, 22);
    assert.strictEqual(baseName('C:\\w\\k\\m.c'), 'm.c');
  });

  it('words exception stops without repeating the invariant name', () => {
    const inv = 'mapcount: page pfn 0x100: mapcount is 0 but 1 pte(s) map it';
    assert.strictEqual(stopText({ reason: 'exception', tid: 1, exceptionId: 'mapcount', description: inv }), inv);
    assert.strictEqual(
      stopText({ reason: 'exception', tid: 1, exceptionId: 'null-deref', description: 'page is NULL (/k/m.c:3:9)' }),
      'null-deref: page is NULL (/k/m.c:3:9)',
    );
    assert.strictEqual(stopText({ reason: 'step', tid: 1 }), undefined);
  });
});
