// `mmstep review`: the command prints the series/replies read by src/review, --json gives the
// same data, a mail with errors exits 1 with file:line:col, a missing file exits 2.
import * as assert from 'assert';
import * as path from 'path';
import { runCli, processIo } from '../../../src/cli/cli';
import type { CliIo } from '../../../src/cli/load';

const ROOT = path.join(__dirname, '../../../..');
const FIXTURE = path.join(ROOT, 'test/fixtures/review/hmm-v13-review-shape.mbox');

function capture(): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [], err: string[] = [];
  const io = { ...processIo(), color: false, out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) };
  return { io, out, err };
}

describe('cli: mmstep review', function () {
  it('prints each reply comment with the line it is anchored to', async function () {
    const c = capture();
    assert.strictEqual(await runCli(['review', FIXTURE], c.io), 0);
    const text = c.out.join('');
    assert.ok(text.includes('virtual document virtual:mm/hmm/migrate: new memory migration helper for use with device memory (10 lines rebuilt from quotes)\n'), text);
    assert.ok(text.includes(':new:8] Jerome Glisse:\n      The mapcount says so, and unmap deals with it later.\n'), text);
    assert.deepStrictEqual(c.err, ['']);
  });

  it('--json gives the thread as data', async function () {
    const c = capture();
    assert.strictEqual(await runCli(['review', FIXTURE, '--json'], c.io), 0);
    const t = JSON.parse(c.out.join(''));
    assert.deepStrictEqual(t.replies.map((r: { comments: unknown[] }) => r.comments.length), [2, 7]);
  });

  it('exits 1 on a mail with errors and 2 on a missing file', async function () {
    const c = capture();
    assert.strictEqual(await runCli(['review', path.join(ROOT, 'package.json')], c.io), 1);
    assert.match(c.err.join(''), /package\.json:1:1: error: not a mail header/);
    const d = capture();
    assert.strictEqual(await runCli(['review', path.join(ROOT, 'no-such.mbox')], d.io), 2);
    assert.strictEqual(await runCli(['review'], d.io), 2);
  });
});
