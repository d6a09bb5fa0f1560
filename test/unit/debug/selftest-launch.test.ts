// Debugging one of the kernel's own hmm-tests (issue 12 item 6): a launch with "selftest" and a
// Debian kernel tree stops at a breakpoint on the test's ioctl() line in the tree's
// hmm-tests.c, step in goes through mmstep's open/ioctl path (kernel/fs/chrdev_syscalls.c) into
// the tree's lib/test_hmm.c, a function breakpoint stops in the tree's migrate_vma_setup with
// the test's frames below it, the state panel shows the buffer's ptes become device-private
// entries, and the run ends with the test's TAP line as its verdict; in compound the panel shows
// the hugetlb page's 512 entries of one huge pmd. Bad launches get messages.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { StateView } from '../../../src/protocol/state';
import { Stepper } from './dap-stepper';
import { harnessFrameName } from '../../../src/debug/convert';
import { CACHE } from '../sim/kernel-tree-env';

const TREE = path.join(CACHE, 'linux-6.12');
const TEST_C = path.join(TREE, 'tools/testing/selftests/mm/hmm-tests.c');
const DRIVER = path.join(TREE, 'lib/test_hmm.c');
const MIGRATE_DEVICE = path.join(TREE, 'mm/migrate_device.c');

function lineOf(file: string, text: string): number {
  return fs.readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;
}

function lastState(s: Stepper): StateView | undefined {
  const ev = [...s.c.events].reverse().find((e) => e.event === 'mmstepState');
  return (ev?.body as { state: StateView } | undefined)?.state;
}

/** The kinds of the user process's ptes in the last state event, counted. */
function pteKinds(s: Stepper): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of lastState(s)?.processes.find((x) => x.pid === 1)?.ptes ?? []) out[p.kind] = (out[p.kind] ?? 0) + 1;
  return out;
}

describe('debug adapter: one of the kernel tree\'s own hmm-tests (launch "selftest")', function () {
  // migrate_mixed touches 6 pages (most tests write 1024 pages int by int first).
  this.timeout(300_000);
  let s: Stepper;
  before(function () {
    if (!fs.existsSync(TEST_C)) assert.fail(`${TEST_C} is missing: extract the Debian kernel trees with \`bash scripts/kernel-trees.sh\` (npm test does)`);
  });
  beforeEach(() => {
    s = new Stepper();
    s.eventTimeoutMs = 300_000;
  });
  afterEach(() => s.dispose());

  it('steps from the test\'s ioctl() into the driver and into the tree\'s migrate_vma_setup, and ends with the TAP line', async () => {
    const IOCTL = lineOf(TEST_C, 'ret = ioctl(fd, request, &cmd);');
    assert.ok(IOCTL > 0);
    const entry = await s.launch({ selftest: 'hmm2.hmm2_device_private.migrate_mixed', kernelTree: TREE }, true, async () => {
      const r = await s.request('setBreakpoints', { source: { path: TEST_C }, breakpoints: [{ line: IOCTL }] });
      assert.ok((r.body as DebugProtocol.SetBreakpointsResponse['body']).breakpoints[0].verified, JSON.stringify(r.body));
    });
    assert.strictEqual((entry as DebugProtocol.StoppedEvent).body.reason, 'entry');
    // the harness's wrapper is shown as the test's macro, at its TEST_F line
    const [wrapper] = await s.stack();
    assert.strictEqual(wrapper.name, 'TEST_F(hmm2, migrate_mixed)');
    assert.strictEqual(wrapper.line, lineOf(TEST_C, 'TEST_F(hmm2, migrate_mixed)'));
    const threads = (await s.request('threads')).body as DebugProtocol.ThreadsResponse['body'];
    // boot ran the built-in mm/gup_test.c's late_initcall, then insmod before the test: the
    // module's parameters (spm_addr_dev0/1), then its init
    assert.deepStrictEqual(threads.threads.map((t) => t.name).sort(), ['boot gup_test_init (done)', 'insmod (done)', 'insmod spm_addr_dev0 (done)', 'insmod spm_addr_dev1 (done)', 'main']);

    // The first ioctl of migrate_mixed: HMM_DMIRROR_MIGRATE_TO_DEV of a PROT_NONE range (-EINVAL).
    const hit = (await s.run('continue')) as DebugProtocol.StoppedEvent;
    assert.strictEqual(hit.body.reason, 'breakpoint', JSON.stringify(hit.body));
    let frames = await s.stack();
    assert.strictEqual(frames[0].name, 'hmm_dmirror_cmd');
    assert.strictEqual(frames[0].source?.path, TEST_C);
    assert.strictEqual(frames[0].line, IOCTL);
    assert.ok(frames.some((f) => f.name === 'hmm_migrate_sys_to_dev'), JSON.stringify(frames.map((f) => f.name)));
    assert.strictEqual(pteKinds(s)['device-private'], undefined, JSON.stringify(pteKinds(s)));

    // step in: the system call (our C), then the tree's driver's unlocked_ioctl
    const seen: string[] = [];
    for (let i = 0; i < 200; i++) {
      await s.run('stepIn');
      frames = await s.stack();
      const top = frames[0];
      seen.push(`${top.name}@${path.basename(top.source?.path ?? '?')}`);
      if (top.source?.path === DRIVER) break;
    }
    assert.strictEqual(frames[0].source?.path, DRIVER, seen.join(' → '));
    assert.ok(seen.some((x) => /@chrdev_syscalls\.c$/.test(x)), seen.join(' → '));
    assert.ok(frames.some((f) => f.name === 'hmm_dmirror_cmd' && f.source?.path === TEST_C), JSON.stringify(frames.map((f) => f.name)));

    // into the tree's mm/migrate_device.c: the driver refuses the PROT_NONE range and the range
    // with a hole before that; pages 2-5 (zero page, read-only, two written) go to device 1
    await s.request('setBreakpoints', { source: { path: TEST_C }, breakpoints: [] });
    const fb = await s.request('setFunctionBreakpoints', { breakpoints: [{ name: 'migrate_vma_setup' }] });
    assert.ok((fb.body as DebugProtocol.SetFunctionBreakpointsResponse['body']).breakpoints.every((b) => b.verified), JSON.stringify(fb.body));
    const setup = (await s.run('continue')) as DebugProtocol.StoppedEvent;
    assert.strictEqual(setup.body.reason, 'function breakpoint', JSON.stringify(setup.body));
    frames = await s.stack();
    assert.strictEqual(frames[0].name, 'migrate_vma_setup');
    assert.strictEqual(frames[0].source?.path, MIGRATE_DEVICE);
    const names = frames.map((f) => `${f.name}@${path.basename(f.source?.path ?? '?')}`);
    for (const want of ['dmirror_migrate_to_device@test_hmm.c', 'hmm_dmirror_cmd@hmm-tests.c', 'hmm_migrate_sys_to_dev@hmm-tests.c']) {
      assert.ok(names.includes(want), `${want} not in ${names.join(' ← ')}`);
    }
    assert.ok(names.some((n) => /@chrdev_syscalls\.c$/.test(n)), names.join(' ← '));

    // The driver migrates vma by vma (mprotect split the range): page 2, the zero page, becomes a
    // device-private entry in migrate_vma_pages; page 3 is under a migration entry when
    // migrate_vma_finalize starts, and a device-private entry once it returned. The state panel
    // (the mmstepState event of each stop) shows it.
    await s.request('setFunctionBreakpoints', { breakpoints: [{ name: 'migrate_vma_finalize' }] });
    let kinds = pteKinds(s);
    for (let i = 0; i < 4 && !kinds.migration; i++) {
      const fin = (await s.run('continue')) as DebugProtocol.StoppedEvent;
      assert.strictEqual(fin.body.reason, 'function breakpoint', JSON.stringify(fin.body));
      assert.strictEqual((await s.where()).name, 'migrate_vma_finalize');
      kinds = pteKinds(s);
    }
    assert.strictEqual(kinds.migration, 1, JSON.stringify(kinds));
    const before = kinds['device-private'] ?? 0;
    await s.run('stepOut');
    kinds = pteKinds(s);
    assert.strictEqual(kinds.migration, undefined, JSON.stringify(kinds));
    assert.strictEqual(kinds['device-private'], before + 1, JSON.stringify(kinds));

    // back out to the test: the frames unwind to hmm-tests.c
    await s.request('setFunctionBreakpoints', { breakpoints: [] });
    for (let i = 0; i < 10 && (await s.stack())[0].source?.path !== TEST_C; i++) await s.run('stepOut');
    assert.strictEqual((await s.stack())[0].source?.path, TEST_C);

    // to the end: the verdict is the test's TAP line
    const exited = s.c.nextEvent('exited', undefined, 300_000);
    const end = await s.run('continue');
    assert.strictEqual(end.event, 'terminated', JSON.stringify(end));
    assert.strictEqual(((await exited).body as DebugProtocol.ExitedEvent['body']).exitCode, 0);
    const console = s.c.events.filter((e) => e.event === 'output').map((e) => (e.body as DebugProtocol.OutputEvent['body']).output).join('');
    assert.match(console, /ok\s+selftest hmm2\.hmm2_device_private\.migrate_mixed: ok \d+ hmm2\.hmm2_device_private\.migrate_mixed/);
    assert.match(console, /== verdict: PASS/);
  });

  it('compound: at its mprotect the state panel shows the hugetlb page as 512 present entries of one huge pmd', async () => {
    const start = lineOf(TEST_C, 'TEST_F(hmm, compound)');
    const lines = fs.readFileSync(TEST_C, 'utf8').split('\n');
    const MPROTECT = lines.findIndex((l, i) => i >= start && l.includes('ret = mprotect(buffer->ptr, size, PROT_READ);')) + 1;
    assert.ok(MPROTECT > start);
    const hit = (await s.launch({ selftest: 'hmm.hmm_device_private.compound', kernelTree: TREE }, false, async () => {
      const r = await s.request('setBreakpoints', { source: { path: TEST_C }, breakpoints: [{ line: MPROTECT }] });
      assert.ok((r.body as DebugProtocol.SetBreakpointsResponse['body']).breakpoints[0].verified, JSON.stringify(r.body));
    })) as DebugProtocol.StoppedEvent;
    assert.strictEqual(hit.body.reason, 'breakpoint', JSON.stringify(hit.body));
    const huge = (lastState(s)?.processes.find((x) => x.pid === 1)?.ptes ?? []).filter((p) => p.bits.includes('huge'));
    assert.strictEqual(huge.length, 512);
    assert.ok(huge.every((p) => p.kind === 'present' && p.bits.includes('write')), JSON.stringify(huge[0]));
    // one 2 MiB page: consecutive frames from a 512-aligned head
    assert.strictEqual(huge[0].pfn! % 512, 0);
    assert.ok(huge.every((p, i) => p.pfn === huge[0].pfn! + i));
    // after the mprotect the same entries are read-only
    await s.request('setBreakpoints', { source: { path: TEST_C }, breakpoints: [] });
    await s.run('next');
    const after = (lastState(s)?.processes.find((x) => x.pid === 1)?.ptes ?? []).filter((p) => p.bits.includes('huge'));
    assert.strictEqual(after.length, 512);
    assert.ok(after.every((p) => !p.bits.includes('write')), JSON.stringify(after[0]));
  });

  it('a test the file does not have, or a selftest without a kernel tree, fails the launch with a message', async () => {
    await s.request('initialize', { adapterID: 'mmstep', pathFormat: 'path', linesStartAt1: true, columnsStartAt1: true });
    let r = await s.request('launch', { selftest: 'hmm.migrat', kernelTree: TREE });
    assert.strictEqual(r.success, false);
    assert.match(r.message ?? '', /hmm-tests\.c:1:1: error: no test named 'hmm\.migrat'/);
    r = await s.request('launch', { selftest: 'hmm.migrate', kernelTree: TREE });
    assert.match(r.message ?? '', /'hmm\.migrate' names 2 runs \(hmm\.hmm_device_private\.migrate, hmm\.hmm_device_coherent\.migrate\)/);
    r = await s.request('launch', { selftest: 'hmm.hmm_device_private.migrate' });
    assert.match(r.message ?? '', /set "kernelTree"/);
    r = await s.request('launch', { selftest: 'hmm.hmm_device_private.migrate', kernelTree: TREE, scenario: '/x.mmstep.yaml' });
    assert.match(r.message ?? '', /takes no "scenario"/);
  });
});

describe('debug adapter: frames of the kselftest harness', () => {
  it('shows a test\'s wrapper as its macro and leaves other names alone', () => {
    assert.strictEqual(harnessFrameName('__ksft_test__hmm__migrate'), 'TEST_F(hmm, migrate)');
    assert.strictEqual(harnessFrameName('__ksft_test__global__basic'), 'TEST(basic)');
    assert.strictEqual(harnessFrameName('__ksft_teardown__hmm2__double_map'), 'teardown of TEST_F(hmm2, double_map)');
    assert.strictEqual(harnessFrameName('hmm_migrate_sys_to_dev'), 'hmm_migrate_sys_to_dev');
    assert.strictEqual(harnessFrameName('__ksft_variant__hmm__hmm_device_private'), '__ksft_variant__hmm__hmm_device_private');
  });
});
