// The selftest runner (src/sim/selftest.ts) on our own kselftest-style files
// (test/fixtures/selftest/): every way a test ends becomes the right result and the TAP lines
// the kernel's harness prints, each test in a fresh model.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { runSelftests, type SelftestRun } from '../../../src/sim/selftest';
import { createModel } from '../../../src/mm/build';

const ROOT = path.resolve(__dirname, '../../../..');
const FIX = path.join(ROOT, 'test/fixtures/selftest');
const KERNEL = path.join(ROOT, 'kernel');

async function run(name: string, extra: Partial<Parameters<typeof runSelftests>[1]> = {}): Promise<{ run: SelftestRun; tap: string }> {
  let tap = '';
  const r = await runSelftests(path.join(FIX, name), {
    read: (p) => fs.promises.readFile(p, 'utf8'),
    kernelDir: KERNEL,
    onOutput: (t) => (tap += t),
    ...extra,
  });
  assert.deepStrictEqual(r.diagnostics.filter((d) => d.severity === 'error'), []);
  return { run: r, tap };
}

function byName(r: SelftestRun): Record<string, SelftestRun['results'][number]> {
  return Object.fromEntries(r.results.map((x) => [x.name, x]));
}

/** The lines of the TAP output from `#  RUN name` to its `ok`/`not ok` line. */
function block(tap: string, name: string): string[] {
  const lines = tap.split('\n');
  const start = lines.indexOf(`#  RUN           ${name} ...`);
  assert.ok(start >= 0, `no RUN line for ${name}`);
  const end = lines.findIndex((l, i) => i > start && /^(not )?ok \d+ /.test(l));
  return lines.slice(start, end + 1);
}

describe('selftest runner', () => {
  let basic: { run: SelftestRun; tap: string };
  before(async () => {
    basic = await run('basic.c', { stepBudget: 100_000 });
  });

  it('lists TEST (fixture global) first, then each TEST_F per FIXTURE_VARIANT_ADD in source order', () => {
    assert.deepStrictEqual(
      basic.run.results.map((r) => r.name),
      [
        'global.plain_pass',
        'global.expect_goes_on',
        'global.assert_ends',
        'global.skipped',
        'global.needs_device',
        'global.maps_memory',
        'global.null_deref',
        'global.exits_skip',
        'fix.one.value_is_ten',
        'fix.one.positive',
        'fix.two.value_is_ten',
        'fix.two.positive',
      ],
    );
    assert.strictEqual(basic.run.caseCount, 3);
    assert.ok(basic.tap.startsWith('TAP version 13\n1..12\n# Starting 12 tests from 3 test cases.\n'), basic.tap.slice(0, 200));
  });

  it('a test that returns is ok; the TAP lines are the kernel harness\'s', () => {
    assert.strictEqual(byName(basic.run)['global.plain_pass'].status, 'pass');
    assert.deepStrictEqual(block(basic.tap, 'global.plain_pass'), [
      '#  RUN           global.plain_pass ...',
      '#            OK  global.plain_pass',
      'ok 1 global.plain_pass',
    ]);
  });

  it('a failed EXPECT prints both values and the test goes on; the test is not ok', () => {
    const r = byName(basic.run)['global.expect_goes_on'];
    assert.strictEqual(r.status, 'fail');
    const b = block(basic.tap, 'global.expect_goes_on');
    assert.match(b[1], /^# .*basic\.c:27:expect_goes_on:Expected 1 \(1\) == 2 \(2\)$/);
    assert.match(b[2], /basic\.c:28:expect_goes_on:after the failed EXPECT$/);
    assert.match(b[b.length - 1], /^not ok 2 global\.expect_goes_on/);
  });

  it('a failed ASSERT runs the statement after it, then ends the test', () => {
    const r = byName(basic.run)['global.assert_ends'];
    assert.strictEqual(r.status, 'fail');
    assert.strictEqual(r.reason, 'Test terminated by assertion');
    assert.match(r.output, /Expected 7 \(7\) == seen \(-3\)/);
    assert.match(r.output, /extra log on failure/);
    assert.doesNotMatch(r.output, /never printed/);
  });

  it('SKIP gives its formatted reason on the ok line and stops the test', () => {
    const r = byName(basic.run)['global.skipped'];
    assert.strictEqual(r.status, 'skip');
    assert.strictEqual(r.reason, 'no device 5');
    assert.deepStrictEqual(block(basic.tap, 'global.skipped').slice(1), ['#      SKIP      no device 5', '#            OK  global.skipped', 'ok 4 global.skipped # SKIP no device 5']);
    assert.doesNotMatch(r.output, /never printed/);
  });

  it('a call to a function the model does not have is a SKIP naming it and the call', () => {
    const r = byName(basic.run)['global.needs_device'];
    assert.strictEqual(r.status, 'skip');
    assert.strictEqual(r.missing?.name, 'frobnicate_device');
    assert.strictEqual(r.missing?.line, 50);
    assert.strictEqual(r.reason, 'frobnicate_device() is not modelled by mmstep (called at basic.c:50:2)');
    assert.ok(basic.tap.includes('ok 5 global.needs_device # SKIP frobnicate_device() is not modelled by mmstep (called at basic.c:50:2)\n'));
  });

  it('a test runs as a user program: mmap gives user memory it writes and reads', () => {
    const r = byName(basic.run)['global.maps_memory'];
    assert.strictEqual(r.status, 'pass', r.reason);
    assert.strictEqual(r.needs, undefined);
  });

  it('each result lists the functions outside the model its code can reach (needs)', () => {
    const x = byName(basic.run);
    assert.deepStrictEqual(x['global.needs_device'].needs, ['frobnicate_device']);
    assert.strictEqual(x['global.plain_pass'].needs, undefined);
    assert.strictEqual(x['fix.one.positive'].needs, undefined);
  });

  it('a fault is not ok with its kind and file:line:col', () => {
    const r = byName(basic.run)['global.null_deref'];
    assert.strictEqual(r.status, 'fail');
    assert.strictEqual(r.fault?.kind, 'null-deref');
    assert.deepStrictEqual([path.basename(r.fault!.file), r.fault!.line, r.fault!.column], ['basic.c', 68, 2]);
    assert.match(r.output, /before the fault/);
    assert.match(basic.tap, /\nnot ok 7 global\.null_deref # {2}\S*basic\.c:68:2: null-deref: /);
  });

  it('exit(KSFT_SKIP) is a skip, as the kernel harness reads a child\'s exit status', () => {
    assert.strictEqual(byName(basic.run)['global.exits_skip'].status, 'skip');
  });

  it('TEST_F: setup, body and teardown with each variant\'s data; teardown after a failed ASSERT too', () => {
    const one = byName(basic.run)['fix.one.value_is_ten'];
    assert.strictEqual(one.status, 'pass');
    assert.deepStrictEqual(
      one.output.split('\n').filter(Boolean).map((l) => l.replace(/^# .*?:\d+:/, '')),
      ['value_is_ten:setup 10', 'value_is_ten:body goes on', 'value_is_ten:teardown 10'],
    );
    const two = byName(basic.run)['fix.two.value_is_ten'];
    assert.strictEqual(two.status, 'fail');
    assert.match(two.output, /Expected 10 \(10\) == self->value \(20\)[^]*teardown 20/);
    assert.doesNotMatch(two.output, /body goes on/);
    assert.strictEqual(byName(basic.run)['fix.two.positive'].status, 'pass');
  });

  it('the footer counts as the kernel harness does (skips count as passed)', () => {
    assert.deepStrictEqual(basic.run.totals, { pass: 5, fail: 4, skip: 3, xfail: 0, xpass: 0, error: 0 });
    assert.ok(basic.tap.endsWith('# FAILED: 8 / 12 tests passed.\n# Totals: pass:5 fail:4 xfail:0 xpass:0 skip:3 error:0\n'), basic.tap.slice(-200));
  });

  it('a setup that SKIPs (return or exit(0)) or fails an ASSERT runs neither body nor teardown', async () => {
    const { run: r } = await run('setup.c', { stepBudget: 20_000 });
    const x = byName(r);
    assert.strictEqual(x['dev.present.body'].status, 'pass');
    assert.match(x['dev.present.body'].output, /setup[^]*body[^]*teardown/);
    for (const [name, reason] of [
      ['dev.absent.body', 'unit 1 not available'],
      ['dev.exits.body', 'unit 2 gone'],
    ]) {
      assert.strictEqual(x[name].status, 'skip', name);
      assert.strictEqual(x[name].reason, reason);
      assert.doesNotMatch(x[name].output, /body|teardown/);
    }
    assert.strictEqual(x['broken.never'].status, 'fail');
    assert.doesNotMatch(x['broken.never'].output, /must not run/);
    // Each test in a fresh model: file-scope `runs` starts at 0 in both tests that count.
    assert.strictEqual(x['global.fresh_state'].status, 'pass');
    // A missing function after a failed EXPECT: the failure stands.
    assert.strictEqual(x['global.expect_then_missing'].status, 'fail');
    assert.strictEqual(x['global.expect_then_missing'].missing?.name, 'alarm');
    // A runaway loop stops at the per-test budget, at its line.
    const loop = x['global.runaway'];
    assert.strictEqual(loop.status, 'fail');
    assert.strictEqual(loop.fault?.kind, 'step-budget');
    assert.strictEqual(loop.fault?.line, 89);
    assert.ok(loop.steps > 20_000 && loop.steps < 20_100, String(loop.steps));
  });

  it('the process each test runs as gives natives and binds each thread (user memory plugs in here)', async () => {
    const bound: number[] = [];
    const { run: r } = await run('basic.c', {
      selectors: ['needs_device', 'assert_ends'],
      process: {
        model: () => createModel({ processes: [{ pid: 1, name: 't', vmas: [{ start: 0x10000, end: 0x20000 }] }] }),
        natives: () => ({ frobnicate_device: () => 0n }),
        bindThread: (_m, tid) => bound.push(tid),
      },
    });
    const x = byName(r);
    assert.strictEqual(x['global.needs_device'].status, 'pass');
    assert.strictEqual(x['global.needs_device'].needs, undefined);
    // Each test's entry is thread 1 of a fresh machine; a failed ASSERT's teardown is thread 2.
    assert.deepStrictEqual(bound, [1, 2, 1]);
  });

  it('every ASSERT_* / EXPECT_* macro holds on integers, pointers and strings, and prints both sides when not', async () => {
    const { run: r } = await run('checks.c');
    const x = byName(r);
    assert.strictEqual(x['global.all_hold'].status, 'pass', x['global.all_hold'].output);
    // As the kernel's harness prints them: signed as signed, unsigned as unsigned.
    assert.deepStrictEqual(
      x['global.signedness'].output.split('\n').filter(Boolean).map((l) => l.replace(/^# .*?checks\.c:/, '')),
      ['57:signedness:Expected 0 (0) == u (4294967295)', '58:signedness:Expected 0 (0) == s (-1)'],
    );
    assert.strictEqual(x['global.signedness'].status, 'fail');
    assert.strictEqual(x['global.signedness'].reason, undefined);
    assert.match(x['global.strings_differ'].output, /Expected 'hmm' == 'dmirror'\.\n.*Expected 'same' != 'same'\.\n$/);
    assert.match(x['global.pointer_is_null'].output, /Expected NULL \(0\) != none \(0\)/);
    assert.match(x['global.map_failed'].output, /Expected p \(18446744073709551615\) != MAP_FAILED \(18446744073709551615\)/);
    for (const n of ['global.strings_differ', 'global.pointer_is_null', 'global.map_failed']) assert.strictEqual(x[n].reason, 'Test terminated by assertion', n);
  });

  it('selectors pick tests by name, fixture or fixture.variant; unknown ones run nothing', async () => {
    const a = await run('basic.c', { selectors: ['fix.two', 'plain_pass'] });
    assert.deepStrictEqual(a.run.results.map((r) => `${r.index} ${r.name}`), ['1 global.plain_pass', '2 fix.two.value_is_ten', '3 fix.two.positive']);
    assert.ok(a.tap.startsWith('TAP version 13\n1..3\n# Starting 3 tests from 2 test cases.\n'));
    const b = await run('basic.c', { selectors: ['nosuch'] });
    assert.deepStrictEqual(b.run.unknown, ['nosuch']);
    assert.deepStrictEqual([b.run.results, b.tap], [[], '']);
  });
});
