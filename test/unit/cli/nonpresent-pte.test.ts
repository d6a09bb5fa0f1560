// The CLI shows the warnings of a run (a present-pte helper applied to a swap-format pte, issue 8
// item 7): `mmstep run` prints each as it happens and lists them after the result, `mmstep check`
// under the scenario's verdict and in its totals, both in --json; the fault mode prints the
// fault at the helper's file:line:col.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../../../src/cli/cli';
import { formatWarnings } from '../../../src/cli/format';
import { captureIo, ROOT } from './helpers';

const WARN = 'test/fixtures/scenarios/nonpresent-pte-warn.mmstep.yaml';
const FAULT = 'test/fixtures/scenarios/nonpresent-pte-fault.mmstep.yaml';
const C = 'kernel/test/nonpresent_pte.c';

function at(text: string): string {
  const lines = fs.readFileSync(path.join(ROOT, C), 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes(text));
  assert.ok(i >= 0);
  return `${C}:${i + 1}:${lines[i].indexOf(text) + 1}`;
}

describe('cli: warnings of present-pte helpers on swap-format ptes', function () {
  this.timeout(30000);
  const dirty = at('pte_dirty(pte)');
  const pfn = at('pte_pfn(pte)');

  it('run prints each warning when it happens and lists them after the result', async () => {
    const io = captureIo();
    const code = await runCli(['run', WARN], io);
    assert.strictEqual(code, 0, io.stdout + io.stderr);
    // Once as it happens (with the path the interpreter has) and once in the list after the result.
    assert.strictEqual(io.stdout.split(`${dirty}: warning: pte_dirty() on a non-present pte`).length - 1, 2, io.stdout);
    const summary = io.stdout.slice(io.stdout.indexOf('Result: completed'));
    assert.match(summary, /^Result: completed, returned 33685504 \(\d+ steps\)\nWarnings: 2 \(4 calls\)\n/);
    assert.ok(
      summary.includes(
        `  ${dirty}: warning: pte_dirty() on a non-present pte 0x6000000100000000, a device-private entry (device-private(W) -> pfn 0x100000): x86-64 (mainline) reads _PAGE_DIRTY | _PAGE_SAVED_DIRTY (bits 6, 58; 58 is ~offset bit 49) of the swap-format pte 0xc7ffffffdffffe00 and returns 0x1; the helper is only defined on present ptes (2 calls)\n`,
      ),
      summary,
    );
    assert.ok(summary.includes(`  ${pfn}: warning: pte_pfn() on a non-present pte 0x6000000100000000`), summary);
    assert.match(summary, /returns 0x20000; the helper is only defined on present ptes \(2 calls\)\nExpectations:/);
  });

  it('run --quiet still lists them; --json carries them in the state', async () => {
    const quiet = captureIo();
    await runCli(['run', '--quiet', WARN], quiet);
    assert.ok(!quiet.stdout.includes('collect: page'), 'no live output with --quiet');
    assert.match(quiet.stdout, /Warnings: 2 \(4 calls\)\n {2}kernel\/test\/nonpresent_pte\.c:\d+:7: warning: pte_dirty\(\)/);
    const json = captureIo();
    await runCli(['run', '--json', WARN], json);
    const j = JSON.parse(json.stdout);
    assert.deepStrictEqual(
      j.state.warnings.map((w: { helper: string; file: string; line: number; column: number; count: number }) => `${path.relative(ROOT, w.file)}:${w.line}:${w.column} ${w.helper} x${w.count}`),
      [`${dirty} pte_dirty x2`, `${pfn} pte_pfn x2`],
    );
  });

  it('check lists them under the verdict and counts them in the totals', async () => {
    const io = captureIo();
    const code = await runCli(['check', WARN, FAULT], io);
    assert.strictEqual(code, 0, io.stdout + io.stderr);
    assert.ok(io.stdout.includes(`PASS nonpresent pte helpers warn (${WARN})\n  Warnings: 2 (4 calls)\n    ${dirty}: warning: pte_dirty() on a non-present pte`), io.stdout);
    assert.ok(io.stdout.endsWith('2 passed, 0 failed, 0 not loaded, 2 warnings\n'), io.stdout);
    const json = captureIo();
    await runCli(['check', '--json', WARN, FAULT], json);
    const j = JSON.parse(json.stdout);
    assert.deepStrictEqual(j.scenarios.map((s: { warnings?: unknown[] }) => s.warnings?.length ?? 0), [2, 0]);
  });

  it('the fault mode prints the fault at the helper\'s file:line:col', async () => {
    const io = captureIo();
    assert.strictEqual(await runCli(['run', '--quiet', FAULT], io), 0, io.stdout);
    assert.ok(io.stdout.includes(`undefined-behaviour at ${dirty}: pte_dirty() on a non-present pte 0x6000000100000000, a device-private entry`), io.stdout);
    assert.ok(!io.stdout.includes('Warnings:'), io.stdout);
  });

  it('formatWarnings: nothing without warnings; the path through display()', () => {
    assert.strictEqual(formatWarnings(undefined), '');
    assert.strictEqual(formatWarnings([]), '');
    const w = { helper: 'pte_pfn', file: '/abs/a.c', line: 3, column: 9, message: 'pte_pfn() on …', count: 1 };
    assert.strictEqual(formatWarnings([w], { display: (f) => f.replace('/abs/', '') }), 'Warnings: 1 (1 call)\n  a.c:3:9: warning: pte_pfn() on …\n');
  });
});
