// The CLI on the real Simulation: the examples pass their expectations (the kernel-semantics
// walkthroughs), and broken scenarios or C sources give file:line:col diagnostics and exit 2.
// The last test runs the bundled dist/cli.js as a process, as `npm start` does.

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../../../src/cli/cli';
import { captureIo, ROOT } from './helpers';

const DEMO = 'examples/private-4pages.mmstep.yaml';
const TRYLOCK = 'examples/trylock-fails.mmstep.yaml';

function inOrder(text: string, parts: (string | RegExp)[]): void {
  let rest = text;
  for (const p of parts) {
    const m = typeof p === 'string' ? { index: rest.indexOf(p), length: p.length } : ((r) => (r ? { index: r.index, length: r[0].length } : { index: -1, length: 0 }))(p.exec(rest));
    assert.ok(m.index >= 0, `missing or out of order: ${String(p)}\n--- output ---\n${text}`);
    rest = rest.slice(m.index + m.length);
  }
}

describe('cli (real simulation)', () => {
  it('run private-4pages: stages, four migration entries, isolated locked pages, PASS', async () => {
    const io = captureIo();
    const code = await runCli(['run', DEMO], io);
    assert.strictEqual(io.stderr, '');
    inOrder(io.stdout, [
      'mmstep: private 4 pages',
      '== stage: collect [main]',
      '== stage: lock & isolate [main]',
      /0x7f0000000000 +migration +0x100 +migration\(W\) -> pfn 0x100/,
      /0x7f0000003000 +migration +0x103 +migration\(W\) -> pfn 0x103/,
      /0x100 +ram +1 +0 +yes \(main\) +isolated/,
      'Result: completed, returned 4',
      'Verdict: PASS',
    ]);
    assert.strictEqual(code, 0);
  });

  it('run trylock-fails: the holder thread runs, lock & isolate waits for it, PASS', async () => {
    const io = captureIo();
    const code = await runCli(['run', TRYLOCK], io);
    inOrder(io.stdout, ['== stage: collect [main]', '== stage: lock & isolate [main]', /0x7f0000001000 +present +0x101/, /0x101 +ram +2 +1 +yes \(main\) +isolated/, 'Verdict: PASS']);
    assert.strictEqual(code, 0, io.stdout);
  });

  it('check passes both examples (exit 0)', async () => {
    const io = captureIo();
    const code = await runCli(['check', DEMO, TRYLOCK], io);
    assert.strictEqual(code, 0, io.stdout + io.stderr);
    assert.match(io.stdout, /2 passed, 0 failed, 0 not loaded/);
  });

  it('run --json gives the final state view and the stages', async () => {
    const io = captureIo();
    assert.strictEqual(await runCli(['run', DEMO, '--json'], io), 0);
    const j = JSON.parse(io.stdout);
    assert.deepStrictEqual(
      j.state.processes[0].ptes.map((p: { kind: string }) => p.kind),
      ['migration', 'migration', 'migration', 'migration'],
    );
    assert.ok(j.stages.some((s: { name: string }) => s.name === 'collect'));
    assert.strictEqual(j.result.passed, true);
  });

  it('check fails (exit 1) a scenario whose expectations do not hold, naming each', async () => {
    const io = captureIo();
    assert.strictEqual(await runCli(['check', 'test/fixtures/scenarios/wrong-expectation.mmstep.yaml'], io), 1);
    assert.match(io.stdout, /FAIL wrong expectation/);
    assert.match(io.stdout, /FAIL pte pid 1 0x7f0000000000 is present — kind is migration \(migration\(W\) -> pfn 0x100\)/);
    assert.match(io.stdout, /FAIL page pfn 0x100: refcount 2 — pfn 0x100: refcount is 1/);
  });

  it('a lock held from outside that is never released ends in the expected deadlock', async () => {
    const io = captureIo();
    const code = await runCli(['run', 'test/fixtures/scenarios/external-lock-deadlock.mmstep.yaml'], io);
    assert.match(io.stdout, /Result: deadlock/);
    assert.match(io.stdout, /PASS page pfn 0x101: refcount 2, mapcount 1, locked true, lockHolder external/);
    assert.strictEqual(code, 0, io.stdout);
  });

  it('a missing C source and a C syntax error are load errors with file:line:col (exit 2)', async () => {
    let io = captureIo();
    assert.strictEqual(await runCli(['run', 'test/fixtures/scenarios/missing-source.mmstep.yaml'], io), 2);
    assert.match(io.stderr, /:\d+:\d+: error: .*does-not-exist\.c/);
    assert.doesNotMatch(io.stderr, /\n\s+at /);

    io = captureIo();
    assert.strictEqual(await runCli(['run', 'test/fixtures/scenarios/c-syntax-error.mmstep.yaml'], io), 2);
    assert.match(io.stderr, /bad-syntax\.c:[56]:\d+: error: /);
    assert.doesNotMatch(io.stderr, /\n\s+at /);
  });

  it('node dist/cli.js: run exits 0 on the demo, 2 with file:line:col on a malformed scenario', function () {
    const cli = path.join(ROOT, 'dist/cli.js');
    if (!fs.existsSync(cli)) this.skip(); // built by `npm run build` (npm test builds first)
    const ok = spawnSync(process.execPath, [cli, 'run', DEMO], { cwd: ROOT, encoding: 'utf8' });
    assert.strictEqual(ok.status, 0, ok.stdout + ok.stderr);
    assert.match(ok.stdout, /Verdict: PASS/);
    assert.doesNotMatch(ok.stdout, /\x1b\[/, 'no colour when stdout is not a terminal');
    const bad = spawnSync(process.execPath, [cli, 'run', 'test/fixtures/scenarios/schema-error.mmstep.yaml'], { cwd: ROOT, encoding: 'utf8' });
    assert.strictEqual(bad.status, 2);
    assert.match(bad.stderr, /^test\/fixtures\/scenarios\/schema-error\.mmstep\.yaml:10:7: error: /);
    assert.doesNotMatch(bad.stderr, /\n\s+at /);
  });
});
