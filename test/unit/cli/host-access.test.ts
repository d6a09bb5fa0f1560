// A scenario reads only what it may: its sources and #includes come from the scenario's folder,
// the workspace and mmstep's kernel/, and are regular files of bounded size — never a host file
// echoed in an error, a FIFO that blocks, or /dev/zero (issue 7, class 9).

import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../../src/cli/cli';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { isInside, normalizePath, SourcePolicy, SourceRefused } from '../../../src/sim/source-policy';
import { captureIo } from './helpers';

const SCENARIO = (sources: string) => `name: host\nsources: [${sources}]\nentry: {function: f}\nmemory: {processes: []}\n`;

describe('cli/host access of scenarios', () => {
  let ws: string;
  before(function () {
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'mmstep-host-'));
    fs.writeFileSync(path.join(ws, 'f.c'), 'int f(void) { return 0; }\n');
    try {
      execFileSync('mkfifo', [path.join(ws, 'pipe.h')]);
    } catch {
      this.skip();
    }
    fs.symlinkSync('/etc/passwd', path.join(ws, 'passwd.h'));
    fs.symlinkSync('/dev/zero', path.join(ws, 'zero.c'));
    fs.symlinkSync(path.join(ws, 'f.c'), path.join(ws, 'inside.c'));
    fs.writeFileSync(path.join(ws, 'big.h'), Buffer.alloc(5 << 20, 0x20));
  });
  after(() => fs.rmSync(ws, { recursive: true, force: true }));

  /** Run a scenario whose g.c includes `include`; stdout + stderr and the exit status. */
  async function runWithInclude(include: string): Promise<{ code: number; text: string }> {
    fs.writeFileSync(path.join(ws, 'g.c'), `#include ${include}\nint f(void) { return 0; }\n`);
    fs.writeFileSync(path.join(ws, 's.mmstep.yaml'), SCENARIO('f.c, g.c').replace('f.c, ', ''));
    const io = captureIo(undefined, ws);
    const code = await runCli(['run', path.join(ws, 's.mmstep.yaml')], io);
    return { code, text: io.stdout + io.stderr };
  }

  it('an #include of /etc/passwd is refused at the #include, and no line of it is shown', async () => {
    for (const inc of ['"/etc/passwd"', '"../../../../../../../../etc/passwd"']) {
      const r = await runWithInclude(inc);
      assert.strictEqual(r.code, 2, r.text);
      // At the header name, as gcc reports it.
      assert.match(r.text, /g\.c:1:10: error: cannot include '[./]*etc\/passwd': \/etc\/passwd is outside the folders a scenario may read/);
      assert.doesNotMatch(r.text, /root:/);
    }
    // <...> searches only the include directories: nothing outside them is even tried
    const sys = await runWithInclude('</etc/passwd>');
    assert.match(sys.text, /g\.c:1:10: error: cannot find include file '\/etc\/passwd'/);
    assert.doesNotMatch(sys.text, /root:/);
  });

  it('an #include of a FIFO, a link out of the workspace or /dev/zero is refused, without blocking', async () => {
    let r = await runWithInclude('"pipe.h"');
    assert.match(r.text, /cannot include 'pipe\.h': .*pipe\.h is a FIFO \(named pipe\); only regular files can be read/);
    r = await runWithInclude('"passwd.h"');
    assert.match(r.text, /cannot include 'passwd\.h': .*passwd\.h is a symbolic link to \/etc\/passwd, which is outside/);
    assert.doesNotMatch(r.text, /root:/);
    r = await runWithInclude('"/dev/zero"');
    assert.match(r.text, /cannot include '\/dev\/zero': \/dev\/zero is outside/);
    r = await runWithInclude('"big.h"');
    assert.match(r.text, /big\.h is 5 MiB, more than the limit of 4 MiB per file/);
  });

  it('mmstep exec says why an #include was refused, as run does', async () => {
    for (const [inc, why] of [['"/etc/passwd"', /\/etc\/passwd is outside the folders/], ['"pipe.h"', /pipe\.h is a FIFO \(named pipe\)/]] as const) {
      fs.writeFileSync(path.join(ws, 'm.c'), `#include ${inc}\nint main(void) { return 0; }\n`);
      const io = captureIo(undefined, ws);
      const code = await runCli(['exec', path.join(ws, 'm.c')], io);
      assert.strictEqual(code, 2, io.stderr);
      assert.match(io.stderr, /m\.c:1:10: error: cannot include '[^']+': /);
      assert.match(io.stderr, why);
      assert.doesNotMatch(io.stdout + io.stderr, /root:/);
    }
  });

  it('sources: entries are refused at their position in the scenario', async () => {
    fs.writeFileSync(path.join(ws, 's.mmstep.yaml'), SCENARIO('f.c, passwd.h, pipe.h, zero.c, inside.c'));
    const io = captureIo(undefined, ws);
    const code = await runCli(['run', path.join(ws, 's.mmstep.yaml')], io);
    assert.strictEqual(code, 2);
    const lines = io.stderr.trim().split('\n');
    assert.strictEqual(lines.length, 3, io.stderr);
    assert.match(lines[0], /s\.mmstep\.yaml:2:16: error: cannot read C source 'passwd\.h': .* symbolic link to \/etc\/passwd, which is outside/);
    assert.match(lines[1], /s\.mmstep\.yaml:2:26: error: cannot read C source 'pipe\.h': .* FIFO/);
    assert.match(lines[2], /s\.mmstep\.yaml:2:34: error: cannot read C source 'zero\.c': .* symbolic link to \/dev\/zero/);
    // a link that stays inside the workspace is fine
    fs.writeFileSync(path.join(ws, 's.mmstep.yaml'), SCENARIO('inside.c'));
    assert.strictEqual(await runCli(['run', path.join(ws, 's.mmstep.yaml')], captureIo(undefined, ws)), 0);
  });

  it('the examples still read mmstep\'s own kernel/ from anywhere', async () => {
    const io = captureIo(undefined, ws);
    const code = await runCli(['check', path.resolve(__dirname, '../../../../examples/private-4pages.mmstep.yaml')], io);
    assert.strictEqual(code, 0, io.stdout + io.stderr);
  });

  it('NodeFileAccess never blocks on a FIFO nor reads a device without end', async () => {
    const files = new NodeFileAccess();
    await assert.rejects(files.readText(path.join(ws, 'pipe.h')), /is a FIFO \(named pipe\), not a regular file/);
    await assert.rejects(files.readText('/dev/zero'), /cannot read \/dev\/zero: is a device, not a regular file/);
    await assert.rejects(files.readText(path.join(ws, 'big.h')), /5,242,880 bytes, more than the limit of 4,194,304/);
    // A device inside an allowed root is still refused before it is opened.
    const policy = new SourcePolicy(files, ['/dev']);
    await assert.rejects(policy.readText('/dev/zero'), (e: unknown) => e instanceof SourceRefused && /\/dev\/zero is a device; only regular files/.test(e.message));
    await assert.rejects(policy.readText('/dev/../etc/passwd'), /\/etc\/passwd is outside the folders a scenario may read \(\/dev\)/);
  });

  it('paths are compared after normalisation, for files and URIs', () => {
    assert.strictEqual(normalizePath('/a/./b/../c//d'), '/a/c/d');
    assert.strictEqual(normalizePath('vscode-remote://ssh-remote+h/w/x/../y'), 'vscode-remote://ssh-remote+h/w/y');
    assert.ok(isInside('/w/kernel/mm/a.c', '/w/kernel'));
    assert.ok(!isInside('/w/kernel-evil/a.c', '/w/kernel'));
    assert.ok(!isInside('/w/kernel/../etc/passwd', '/w/kernel'));
    assert.ok(isInside('C:\\src\\linux\\mm\\a.c', 'C:/src/linux'));
  });
});
