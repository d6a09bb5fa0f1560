// The CLI in-process, over a scripted simulation: argument handling, exit codes, what `run` and
// `check` print, and load errors as file:line:col without stack traces.

import * as assert from 'assert';
import { parseArgs, UsageError } from '../../../src/cli/args';
import { runCli } from '../../../src/cli/cli';
import { scenarioSchema } from '../../../src/scenario/schema';
import { captureIo, demoView, scriptedLoader } from './helpers';

const DEMO = 'examples/private-4pages.mmstep.yaml';
const TRYLOCK = 'examples/trylock-fails.mmstep.yaml';

describe('cli/args', () => {
  it('parses commands, files and flags', () => {
    assert.deepStrictEqual(parseArgs(['run', 'a.yaml', '--json']), { command: 'run', files: ['a.yaml'], json: true, trace: false, quiet: false });
    assert.deepStrictEqual(parseArgs(['check', 'a', 'b']).files, ['a', 'b']);
    assert.strictEqual(parseArgs(['--help']).command, 'help');
    assert.strictEqual(parseArgs(['run', 'x', '-h']).command, 'help');
    assert.deepStrictEqual(parseArgs(['run', '--', '--odd-name.yaml']).files, ['--odd-name.yaml']);
  });

  it('rejects what it does not understand', () => {
    for (const argv of [[], ['frobnicate'], ['run'], ['run', 'a', 'b'], ['check'], ['check', 'a', '--trace'], ['run', 'a', '--json', '--trace'], ['--json']]) {
      assert.throws(() => parseArgs(argv), UsageError, JSON.stringify(argv));
    }
  });
});

describe('cli (scripted simulation)', () => {
  it('run prints the name, stages, output, final state, result and verdict; exit 0', async () => {
    const io = captureIo(scriptedLoader(demoView()));
    const code = await runCli(['run', DEMO], io);
    assert.strictEqual(io.stderr, '');
    assert.strictEqual(code, 0);
    const out = io.stdout;
    const order = [
      'mmstep: private 4 pages (examples/private-4pages.mmstep.yaml)',
      '== stage: collect [main]',
      'collected 4',
      '== stage: lock & isolate [main]',
      'isolated 4',
      'Final state at step 42 (stage: lock & isolate)',
      '  0x7f0000003000  migration  0x103  migration(W) -> pfn 0x103',
      'Result: completed, returned 4 (42 steps)',
      '  PASS page pfn 0x103: refcount 1, mapcount 0, locked true, lockHolder main, lru isolated, content D',
      'Verdict: PASS',
    ];
    let at = 0;
    for (const s of order) {
      const i = out.indexOf(s, at);
      assert.ok(i >= 0, `missing or out of order: ${JSON.stringify(s)} in\n${out}`);
      at = i + s.length;
    }
    assert.doesNotMatch(out, /\x1b/);
  });

  it('run exits 1 and names the failed expectation when the final state differs', async () => {
    const io = captureIo(scriptedLoader(demoView((v) => (v.pages[2].refcount = 2))));
    assert.strictEqual(await runCli(['run', DEMO], io), 1);
    assert.match(io.stdout, /FAIL page pfn 0x102: refcount 1, .* — pfn 0x102: refcount is 2\n/);
    assert.match(io.stdout, /Verdict: FAIL/);
  });

  it('run --quiet prints only the result and the verdict', async () => {
    const io = captureIo(scriptedLoader(demoView()));
    assert.strictEqual(await runCli(['run', DEMO, '--quiet'], io), 0);
    assert.doesNotMatch(io.stdout, /stage:|collected|State at step/);
    assert.match(io.stdout, /^mmstep: private 4 pages .*\nResult: completed, returned 4/);
  });

  it('run --json prints one JSON object with result, state and stages', async () => {
    const io = captureIo(scriptedLoader(demoView()));
    assert.strictEqual(await runCli(['run', DEMO, '--json'], io), 0);
    const j = JSON.parse(io.stdout);
    assert.strictEqual(j.name, 'private 4 pages');
    assert.strictEqual(j.result.outcome, 'completed');
    assert.strictEqual(j.result.passed, true);
    assert.strictEqual(j.state.pages.length, 4);
    assert.deepStrictEqual(
      j.stages.map((s: { name: string; thread: string }) => [s.name, s.thread]),
      [
        ['collect', 'main'],
        ['lock & isolate', 'main'],
      ],
    );
  });

  it('run --trace prints each executed statement with its file:line', async () => {
    const io = captureIo(scriptedLoader(demoView()));
    assert.strictEqual(await runCli(['run', DEMO, '--trace'], io), 0);
    assert.match(io.stdout, /\[main\] hmm_test_collect_isolate {2}examples\/private-4pages\.mmstep\.yaml:20 {2}\S/);
    assert.match(io.stdout, /:21 /);
  });

  it('run shows a fault with file:line:col', async () => {
    const io = captureIo(
      scriptedLoader(demoView(), { outcome: 'fault', fault: { kind: 'null-deref', message: 'NULL dereference', file: '/abs/kernel/mm/x.c', line: 3, column: 7 } }),
    );
    assert.strictEqual(await runCli(['run', DEMO], io), 1);
    assert.match(io.stdout, /Result: fault \(42 steps\)\n {2}null-deref at \/abs\/kernel\/mm\/x\.c:3:7: NULL dereference/);
  });

  it('load errors print file:line:col: error: msg and exit 2, never a stack trace', async () => {
    for (const [file, where] of [
      ['test/fixtures/scenarios/bad-yaml.mmstep.yaml', ':8:1: error: YAML syntax'],
      ['test/fixtures/scenarios/schema-error.mmstep.yaml', ':10:7: error: memory.processes[0].vmaz: unknown property'],
      ['test/fixtures/scenarios/semantic-error.mmstep.yaml', ':7:22: error: entry.args[0].vma.pid: no process with pid 2'],
    ]) {
      const io = captureIo(scriptedLoader(demoView()));
      assert.strictEqual(await runCli(['run', file], io), 2, file);
      assert.ok(io.stderr.includes(file + where), io.stderr);
      assert.strictEqual(io.stdout, '');
      assert.doesNotMatch(io.stderr, /\n\s+at /);
    }
  });

  it('a missing scenario file is a load error, not a crash', async () => {
    const io = captureIo(scriptedLoader(demoView()));
    assert.strictEqual(await runCli(['run', 'nope.mmstep.yaml'], io), 2);
    assert.match(io.stderr, /^nope\.mmstep\.yaml:1:1: error: cannot read .*nope\.mmstep\.yaml: no such file\n$/);
  });

  it('LoadErrors of the simulation (C sources) are printed as diagnostics', async () => {
    const { LoadError } = await import('../../../src/sim/types');
    const io = captureIo(async () => {
      throw new LoadError([{ file: '/r/kernel/mm/x.c', line: 4, column: 9, severity: 'error', message: "expected ';'" }]);
    });
    assert.strictEqual(await runCli(['run', DEMO], io), 2);
    assert.strictEqual(io.stderr, "/r/kernel/mm/x.c:4:9: error: expected ';'\n");
  });

  it('an unexpected exception is one line, exit 2', async () => {
    const io = captureIo(async () => {
      throw new TypeError('boom');
    });
    assert.strictEqual(await runCli(['run', DEMO], io), 2);
    assert.strictEqual(io.stderr, `${DEMO}:1:1: error: cannot load the scenario: boom\n`);
  });

  it('check: exit 0 when all pass, 1 when one fails, 2 when one cannot be loaded', async () => {
    let io = captureIo(scriptedLoader(demoView()));
    assert.strictEqual(await runCli(['check', DEMO], io), 0);
    assert.match(io.stdout, /^PASS private 4 pages \(examples\/private-4pages\.mmstep\.yaml\)\n1 passed, 0 failed, 0 not loaded\n$/);

    // The trylock scenario expects pfn 0x101 mapped and refcount 2: the demo's state fails it.
    io = captureIo(scriptedLoader(demoView()));
    assert.strictEqual(await runCli(['check', DEMO, TRYLOCK], io), 1);
    assert.match(io.stdout, /FAIL trylock fails .*\n {2}FAIL pte pid 1 0x7f0000001000 is present/);
    assert.match(io.stdout, /1 passed, 1 failed, 0 not loaded/);

    io = captureIo(scriptedLoader(demoView()));
    assert.strictEqual(await runCli(['check', DEMO, 'test/fixtures/scenarios/bad-yaml.mmstep.yaml', TRYLOCK], io), 2);
    assert.match(io.stderr, /bad-yaml\.mmstep\.yaml:8:1: error:/);
    assert.match(io.stdout, /1 passed, 1 failed, 1 not loaded/);
  });

  it('check --json reports each scenario', async () => {
    const io = captureIo(scriptedLoader(demoView()));
    assert.strictEqual(await runCli(['check', '--json', DEMO, 'test/fixtures/scenarios/schema-error.mmstep.yaml'], io), 2);
    const j = JSON.parse(io.stdout);
    assert.strictEqual(j.passed, false);
    assert.deepStrictEqual(
      j.scenarios.map((s: { status: string }) => s.status),
      ['pass', 'error'],
    );
    assert.match(j.scenarios[1].errors[0], /schema-error\.mmstep\.yaml:10:7: error: /);
  });

  it('help, version, schema and usage errors', async () => {
    let io = captureIo();
    assert.strictEqual(await runCli(['--help'], io), 0);
    assert.match(io.stdout, /^usage: mmstep <command>/);
    io = captureIo();
    assert.strictEqual(await runCli(['--version'], io), 0);
    assert.match(io.stdout, /^mmstep \d+\.\d+\.\d+\n$/);
    io = captureIo();
    assert.strictEqual(await runCli(['schema'], io), 0);
    assert.deepStrictEqual(JSON.parse(io.stdout), JSON.parse(JSON.stringify(scenarioSchema)));
    io = captureIo();
    assert.strictEqual(await runCli(['explode'], io), 2);
    assert.match(io.stderr, /^mmstep: unknown command "explode"\n\nusage:/);
  });
});
