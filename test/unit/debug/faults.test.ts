// Faults and invariant violations seen through the debugger. A run-time fault stops like an
// exception at the faulting line, exceptionInfo names it, and the run ends with exit code 1. An
// invariant violation (mapcount no longer equal to the PTEs mapping the page) stops only while
// the 'invariants' exception filter is on.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { MmstepDebugSession } from '../../../src/debug/session';
import { Adapter, nextEvent, startAdapter } from './harness';

const CRASH_C = [
  'struct thing {',
  '\tint v;',
  '};',
  '',
  'int crash(int x)',
  '{',
  '\tstruct thing *t = NULL;',
  '',
  '\tx = x + 1;',
  '\treturn t->v + x;',
  '}',
  '',
].join('\n');

const SCENARIO = [
  'name: NULL dereference',
  'sources: [crash.c]',
  'entry:',
  '  function: crash',
  '  args: [1]',
  'memory:',
  '  processes:',
  '    - pid: 1',
  '      name: p',
  '      vmas:',
  '        - { start: 0x7f0000000000, end: 0x7f0000001000, flags: [VM_READ] }',
  'expect:',
  '  outcome: completed',
  '',
].join('\n');

const root = path.resolve(__dirname, '../../../..');

/** Drops the rmap of a page its pte still maps: the mapcount invariant breaks. */
const DROP_C = [
  '#include <linux/mm.h>',
  '',
  'int drop_map(struct vm_area_struct *vma, unsigned long addr)',
  '{',
  '\tpgd_t *pgdp = pgd_offset(vma->vm_mm, addr);',
  '\tpud_t *pudp = pud_offset(pgdp, addr);',
  '\tpmd_t *pmdp = pmd_offset(pudp, addr);',
  '\tpte_t *ptep = pte_offset_map(pmdp, addr);',
  '\tstruct page *page = vm_normal_page(vma, addr, *ptep);',
  '',
  '\tpte_unmap(ptep);',
  '\tpage_remove_rmap(page, false);',
  '\treturn 0;',
  '}',
  '',
].join('\n');

const DROP_SCENARIO = (dir: string) =>
  [
    'name: mapcount broken',
    // pagewalk.c is there for its kernel/include directory (linux/mm.h)
    `sources: [${path.join(root, 'kernel/mm/pagewalk.c')}, ${path.join(dir, 'drop.c')}]`,
    'entry:',
    '  function: drop_map',
    '  args:',
    '    - vma: { pid: 1, addr: 0x7f0000000000 }',
    '    - 0x7f0000000000',
    'memory:',
    '  processes:',
    '    - pid: 1',
    '      name: app',
    '      vmas:',
    '        - { start: 0x7f0000000000, end: 0x7f0000001000, flags: [VM_READ, VM_WRITE] }',
    '      pages:',
    '        - { addr: 0x7f0000000000, pfn: 0x100, content: A }',
    'expect:',
    '  outcome: completed',
    '',
  ].join('\n');

describe('debug adapter: faults', function () {
  this.timeout(30000);
  let a: Adapter;
  let dir: string;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mmstep-fault-'));
    fs.writeFileSync(path.join(dir, 'crash.c'), CRASH_C);
    fs.writeFileSync(path.join(dir, 'crash.mmstep.yaml'), SCENARIO);
    fs.writeFileSync(path.join(dir, 'drop.c'), DROP_C);
    fs.writeFileSync(path.join(dir, 'drop.mmstep.yaml'), DROP_SCENARIO(dir));
    a = await startAdapter(() => new MmstepDebugSession(new NodeFileAccess()));
  });
  afterEach(async () => {
    await a.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stops on a NULL dereference at the faulting line, then exits 1', async () => {
    const initialized = a.dc.waitForEvent('initialized');
    await a.dc.launch({ scenario: path.join(dir, 'crash.mmstep.yaml'), stopOnEntry: false });
    await initialized;
    const stopped = nextEvent<DebugProtocol.StoppedEvent>(a.dc, 'stopped');
    await a.dc.configurationDoneRequest();
    const stop = await stopped;
    assert.strictEqual(stop.body.reason, 'exception');
    assert.match(stop.body.text ?? '', /NULL/i);

    const [top] = (await a.dc.stackTraceRequest({ threadId: stop.body.threadId ?? 1 })).body.stackFrames;
    assert.deepStrictEqual([top.name, top.line, top.source?.path], ['crash', 10, path.join(dir, 'crash.c')]);
    const info = await a.dc.exceptionInfoRequest({ threadId: 1 });
    assert.strictEqual(info.body.breakMode, 'always');
    assert.match(`${info.body.exceptionId} ${info.body.description}`, /NULL/i);

    const exited = nextEvent<DebugProtocol.ExitedEvent>(a.dc, 'exited');
    const verdict = nextEvent<DebugProtocol.OutputEvent>(a.dc, 'output', (e) => /== verdict/.test(e.body.output));
    await a.dc.continueRequest({ threadId: 1 });
    assert.strictEqual((await exited).body.exitCode, 1);
    assert.match((await verdict).body.output, /== run ended: fault/);
    assert.match((await verdict).body.output, /== verdict: FAIL/);
  });

  /** Launches drop.mmstep.yaml with the given exception filters; resolves at the first stop or the exit. */
  async function runDrop(filters: string[]): Promise<DebugProtocol.StoppedEvent | DebugProtocol.ExitedEvent> {
    const initialized = a.dc.waitForEvent('initialized');
    await a.dc.launch({ scenario: path.join(dir, 'drop.mmstep.yaml'), stopOnEntry: false });
    await initialized;
    await a.dc.setExceptionBreakpointsRequest({ filters });
    const first = Promise.race([nextEvent<DebugProtocol.StoppedEvent>(a.dc, 'stopped'), nextEvent<DebugProtocol.ExitedEvent>(a.dc, 'exited')]);
    await a.dc.configurationDoneRequest();
    return first;
  }

  it('stops after the step that breaks the mapcount invariant while "invariants" is on', async () => {
    const ev = await runDrop(['faults', 'invariants']);
    assert.strictEqual(ev.event, 'stopped');
    const stop = ev as DebugProtocol.StoppedEvent;
    assert.strictEqual(stop.body.reason, 'exception');
    assert.match(stop.body.text ?? '', /mapcount.*pfn 0x100/);
    const [top] = (await a.dc.stackTraceRequest({ threadId: 1 })).body.stackFrames;
    // on the statement that broke it, page_remove_rmap() (the state is the one after it)
    assert.deepStrictEqual([top.name, top.line], ['drop_map', 12]);
    const info = await a.dc.exceptionInfoRequest({ threadId: 1 });
    assert.strictEqual(info.body.exceptionId, 'mapcount');
  });

  it('runs through the violation with "invariants" off, and still fails the verdict', async () => {
    const ev = await runDrop(['faults']);
    assert.strictEqual(ev.event, 'exited');
    assert.strictEqual((ev as DebugProtocol.ExitedEvent).body.exitCode, 1);
  });
});
