// `mmstep run SCENARIO --patch MAIL[#N|#<id>]` and `check --patch`, in-process on the Linux 6.12
// tree scenario, with mail made by `git format-patch` in the test: the patched run, a mail with
// no such patch, a hunk that does not apply (reported at the mail's @@ line), an unreadable mail.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs, UsageError } from '../../../src/cli/args';
import { runCli } from '../../../src/cli/cli';
import { captureIo } from './helpers';
import { FIXTURES, treeFile, useKernelCache } from '../sim/kernel-tree-env';
import { formatPatchSeries, removeSeries } from '../review/format-patch';

/** `text` with our own two lines after the collect loop reads its pte (skip the last page). */
function skipLast(text: string, marker = 'pte = ptep_get(ptep);'): string {
  const lines = text.split('\n');
  const fn = lines.findIndex((l) => l.startsWith('static int migrate_vma_collect_pmd('));
  const at = lines.findIndex((l, i) => i > fn && l.trim() === marker);
  assert.ok(fn >= 0 && at > fn);
  lines.splice(at + 1, 0, '\t\tif (addr == end - PAGE_SIZE)', '\t\t\tgoto next;');
  return lines.join('\n');
}

describe('cli: run --patch', function () {
  this.timeout(300000);
  useKernelCache();
  const scenario = path.join(FIXTURES, 'current-private-4pages-6.12.mmstep.yaml');
  let good = '';
  let stale = '';
  const dirs: string[] = [];
  before(() => {
    const tree = fs.readFileSync(treeFile('6.12'), 'utf8');
    const a = formatPatchSeries({ 'mm/migrate_device.c': tree }, [{ subject: 'mm/migrate_device: skip the last page (test)', files: { 'mm/migrate_device.c': skipLast(tree) } }]);
    // A patch made on a different version of the function: the line it removes is not in the tree.
    const other = tree.replace('\t\tpte = ptep_get(ptep);', '\t\tpte = ptep_get_lockless(ptep);');
    const b = formatPatchSeries({ 'mm/migrate_device.c': other }, [{ subject: 'mm/migrate_device: skip on another base (test)', files: { 'mm/migrate_device.c': skipLast(tree) } }]);
    dirs.push(a.dir, b.dir);
    good = a.patches[0];
    stale = b.patches[0];
  });
  after(() => dirs.forEach(removeSeries));

  it('parses --patch (repeatable) for run and check only', () => {
    assert.deepStrictEqual(parseArgs(['run', 's.yaml', '--patch', 'a.mbox#3', '--patch=b.mbox']).patch, ['a.mbox#3', 'b.mbox']);
    assert.deepStrictEqual(parseArgs(['check', 's.yaml', '--patch', 'a.mbox']).patch, ['a.mbox']);
    assert.throws(() => parseArgs(['review', 'x', '--patch', 'a']), UsageError);
    assert.throws(() => parseArgs(['run', 's.yaml', '--patch']), /--patch needs a mail file/);
  });

  it('runs the patched code: the last page stays, the verdict says why', async () => {
    const c = captureIo();
    const code = await runCli(['run', scenario, '--patch', `${good}#1`, '--quiet'], c);
    assert.strictEqual(code, 1, c.stderr);
    assert.match(c.stdout, /FAIL/);
    assert.match(c.stderr, /^mmstep: patched in memory by <[^>]+>: .*linux-6\.12\/mm\/migrate_device\.c \(1 hunk applied\)$/m);
    assert.match(c.stdout, /pte pid 1 0x7f0000003000 is device-private.*kind is present; pfn is 0x103/);
    const unpatched = captureIo();
    assert.strictEqual(await runCli(['run', scenario, '--quiet'], unpatched), 0, unpatched.stderr);
    const checked = captureIo();
    assert.strictEqual(await runCli(['check', scenario, '--patch', good], checked), 1, checked.stderr);
  });

  it('a mail with no such patch, a patch that does not apply, an unreadable mail: exit 2 with file:line:col', async () => {
    const none = captureIo();
    assert.strictEqual(await runCli(['run', scenario, '--patch', `${good}#4`], none), 2);
    assert.match(none.stderr, /: error: the mails hold no patch number 4 \(they hold 1\/1 </);
    const byId = captureIo();
    assert.strictEqual(await runCli(['run', scenario, '--patch', `${good}#<nope@example.org>`], byId), 2);
    assert.match(byId.stderr, /no patch with Message-ID <nope@example\.org>/);
    const bad = captureIo();
    assert.strictEqual(await runCli(['run', scenario, '--patch', stale], bad), 2);
    const m = /^(.*):(\d+):(\d+): error: hunk #1 \(-\d+,\d+ \+\d+,\d+\) does not apply to (\S+): (.*)$/m.exec(bad.stderr);
    assert.ok(m, bad.stderr);
    assert.strictEqual(m[1], stale);
    assert.match(fs.readFileSync(stale, 'utf8').split('\n')[Number(m[2]) - 1], /^@@ /);
    assert.match(m[4], /linux-6\.12\/mm\/migrate_device\.c$/);
    assert.match(m[5], /^no place matches its \d+ old lines \(fuzz 2\); nearest is line \d+ \(where it says\), where line \d+ reads 'pte = ptep_get\(ptep\);' but the patch removes 'pte = ptep_get_lockless\(ptep\);'$/);
    const missing = captureIo();
    assert.strictEqual(await runCli(['run', scenario, '--patch', '/nonexistent/x.mbox'], missing), 2);
    assert.match(missing.stderr, /^\/nonexistent\/x\.mbox:1:1: error: cannot read the patch mail: /m);
    const two = captureIo();
    assert.strictEqual(await runCli(['run', scenario, '--patch', `${good}#1`, '--patch', `${stale}#2`], two), 2);
    assert.match(two.stderr, /--patch names two patches/);
  });
});
