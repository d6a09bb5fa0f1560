// `mmstep exec`: a plain C program's output and exit status, a fault at file:line:col with
// exit 70, a load error with exit 2.

import * as assert from 'assert';
import * as path from 'path';
import { runCli } from '../../../src/cli/cli';
import { captureIo, ROOT } from './helpers';

const fixture = (f: string) => path.join(ROOT, 'test', 'fixtures', 'c', f);

describe('mmstep exec', () => {
  it("prints the program's output and exits with main's return value", async () => {
    const io = captureIo();
    assert.strictEqual(await runCli(['exec', fixture('exec-ok.c')], io), 3);
    assert.strictEqual(io.stdout, 'pfn 7f0000003\n');
    assert.strictEqual(io.stderr, '');
  });

  it('reports a run-time fault with file:line:col and exits 70', async () => {
    const io = captureIo();
    assert.strictEqual(await runCli(['exec', fixture('exec-fault.c')], io), 70);
    assert.match(io.stderr, /test\/fixtures\/c\/exec-fault\.c:10:9: fault: null-deref: NULL pointer dereference/);
  });

  it('reports a load error with file:line:col and exits 2; --json gives one object', async () => {
    const io = captureIo();
    assert.strictEqual(await runCli(['exec', path.join(ROOT, 'test', 'fixtures', 'scenarios', 'bad-syntax.c')], io), 2);
    assert.match(io.stderr, /bad-syntax\.c:\d+:\d+: error: syntax error/);
    const j = captureIo();
    assert.strictEqual(await runCli(['exec', '--json', fixture('exec-ok.c')], j), 3);
    const obj = JSON.parse(j.stdout);
    assert.strictEqual(obj.exitCode, 3);
    assert.strictEqual(obj.stdout, 'pfn 7f0000003\n');
  });
});
